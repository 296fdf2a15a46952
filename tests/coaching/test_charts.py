"""The SVG bar charts: figures in words for screen readers, nothing unescaped."""

from __future__ import annotations

from relance.coaching.charts import Bar, bar_chart
from tests.web.base import XSS


def test_it_draws_one_bar_per_item_in_proportion() -> None:
    svg = bar_chart(
        "Réponses", [Bar("E-mail", 50, "50 % (1 sur 2)"), Bar("Téléphone", None, "aucune", "—")]
    )
    assert svg.count('class="chart-bar"') == 1
    assert 'width="160.0"' in svg  # half of 320
    assert "<title" in svg and "<desc" in svg
    assert "E-mail: 50 % (1 sur 2); Téléphone: aucune" in svg
    assert ">—</text>" in svg


def test_it_escapes_labels_typed_by_users() -> None:
    svg = bar_chart(XSS, [Bar(XSS, 10, XSS)])
    assert "<script" not in svg.lower()
    assert "<img" not in svg.lower()


def test_it_cuts_a_long_label_on_the_chart_but_not_in_the_description() -> None:
    label = "Accompagnement éducatif et social en établissement"
    svg = bar_chart("Métiers", [Bar(label, 10, "10 %")])
    assert f"{label}: 10 %" in svg
    assert ">Accompagnement éducatif et so…</text>" in svg
