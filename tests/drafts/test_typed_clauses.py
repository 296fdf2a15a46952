"""A first-person thought typed on a phone, said as the candidate's own sentence."""

from __future__ import annotations

import pytest

from relance.drafts.typed_sentences import said_as_typed


def said(note: str, part: str = "motivation", lang: str = "fr") -> str:
    return said_as_typed(note, note, lang, part)[0]


def test_it_says_two_clauses_joined_by_a_comma_as_one_sentence() -> None:
    assert said("j'ai grandi à Saint-Laurent, je veux y revenir") == (
        "J'ai grandi à Saint-Laurent et je souhaite y revenir."
    )


def test_it_says_an_english_thought_with_its_capitals() -> None:
    assert said("i grew up in Leeds, i want to come back", lang="en") == (
        "I grew up in Leeds and I want to come back."
    )


@pytest.mark.parametrize(
    "note",
    [
        "j'ai parlé du devis type et du contrat obsèques, j'avais révisé",  # a note to oneself
        "j'aime la route, pas rester enfermé",  # no second clause
        "j'aime l'optique je veux passer le BTS opticien plus tard",  # two run together
        "j'ai bien vendu mon portefeuille",  # a self-rating
        "Annecy j'aime le calme et c'est mon coin",  # not opened on « je »
    ],
)
def test_it_hands_back_a_note_typed_for_oneself(note: str) -> None:
    assert said(note) == ""


def test_it_hands_back_such_a_clause_among_the_strong_points() -> None:
    assert said("j'ai proposé un club scratch au collège", part="strong_points") == ""
