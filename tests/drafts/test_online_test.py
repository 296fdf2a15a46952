"""An online test to take before a day is promised with its day (writer V's v24: an
"assessment en ligne" was left out)."""

from __future__ import annotations

from relance.drafts.next_steps import sentence
from tests.drafts.factories import make_ctx


def closing(process: str, lang: str = "fr") -> str:
    return sentence(make_ctx(lang=lang, process=process)).replace("\u00a0", " ")


def test_it_promises_an_online_assessment_by_its_day() -> None:
    said = closing("assessment en ligne (anglais + logique) a faire avant lundi 19/10")
    assert said.startswith("Comme convenu, je passerai le test en ligne d'ici le lundi 19 octobre")


def test_it_says_no_test_day_already_past() -> None:
    assert "d'ici" not in closing("test en ligne à faire avant le 10/10")
