"""The length limit trims notes, the longest first, but never a field to nothing: its
sentence would go with no marked place to say so (writer M's m05, session 32)."""

from __future__ import annotations

from relance.drafts.compose import WORD_LIMITS, Plan, base_values, fit
from tests.drafts.factories import make_ctx


def plan(notes: dict[str, list[str]]) -> Plan:
    def sentences(trimmed: dict[str, list[str]]) -> dict[str, str]:
        return {part: " ".join(items) for part, items in trimmed.items()}

    return Plan("catchup", notes=notes, sentences=sentences)


def render(values: dict[str, str]) -> str:
    return " ".join(values.values())


def test_it_trims_the_longest_field_first() -> None:
    long = ["mot " * 30] * 5
    values = fit(plan({"a": long, "b": ["court"]}), {}, "fr", render)
    assert values["b"] == "court"
    assert len(render(values).split()) <= WORD_LIMITS["catchup"]


def test_it_keeps_the_first_note_of_every_field() -> None:
    fixed = {"documents": "mot " * 220}
    values = fit(plan({"a": ["un deux trois", "quatre"], "b": ["cinq six"]}), fixed, "fr", render)
    assert (values["a"], values["b"]) == ("un deux trois", "cinq six")


def test_it_shortens_a_long_title_on_no_little_word() -> None:
    ctx = make_ctx(position="Adjoint administratif principal de 2e classe")
    assert not base_values(ctx, short=True)["position"].endswith(" de")
