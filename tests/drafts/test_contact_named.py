"""The contact named at the head of what she seeks is the addressee: « Sophie cherche… »
becomes « vous recherchez… » (issue 11: the census of notes handed back, session 32)."""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email
from relance.drafts.interviewer import contact_as_pronoun
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("note", "lang", "civility", "said"),
    [
        ("Sophie cherche quelqu'un de stable", "fr", "madame", "elle cherche quelqu'un de stable"),
        ("Mme Durand à besoin d'un cuisinier", "fr", "madame", "elle a besoin d'un cuisinier"),
        ("Sophie Durand veut un commis", "fr", "monsieur", "il veut un commis"),
        ("Sophie cherche un commis", "fr", "", "Sophie cherche un commis"),
        ("aroha needs someone for lunch", "en", "ms", "she needs someone for lunch"),
        ("Aroha needs someone for lunch", "en", "dr", "they need someone for lunch"),
        ("Aroha liked my answer", "en", "ms", "Aroha liked my answer"),
        ("Claire cherche un commis", "fr", "madame", "Claire cherche un commis"),
    ],
)
def test_it_makes_the_contact_a_pronoun(note: str, lang: str, civility: str, said: str) -> None:
    first = "Aroha" if lang == "en" else "Sophie"
    last = "Ngata" if lang == "en" else "Durand"
    assert contact_as_pronoun(note, lang, civility, first, last) == said


def test_it_says_what_the_named_contact_seeks_to_her() -> None:
    ctx = make_ctx(
        contact_civility="madame",
        contact_first_name="Sophie",
        contact_last_name="Durand",
        recruiter_needs="Sophie cherche quelqu'un de stable",
    )
    assert "vous recherchez quelqu'un de stable" in catchup_email(ctx).text
