"""Words of the trades a French note types: anglicisms kept, brands capitalised, clipped
words and missing accents written out, so the note is said rather than handed back."""

from __future__ import annotations

import pytest

from relance.drafts import morph
from relance.drafts.accents import restored
from relance.drafts.notes import fragments


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("recruter 2 vendeuses avant noel", "recruter 2 vendeuses avant Noël"),
        ("un apprenti qui se leve tot le matin", "un apprenti qui se lève tôt le matin"),
        ("heures sup possibles", "heures supplémentaires possibles"),
        ("env. 200 vaccins", "environ 200 vaccins"),
        ("je connais sap et kafka", "je connais SAP et Kafka"),
    ],
)
def test_it_writes_out_what_a_phone_clips(typed: str, written: str) -> None:
    assert fragments(typed, "fr") == [written]


def test_it_restores_an_accent_when_only_the_capital_is_in_doubt() -> None:
    assert restored("premiere", "fr") == "première"
    assert restored("reunion", "fr") == "réunion"


def test_it_still_leaves_a_word_whose_accent_the_note_does_not_say() -> None:
    assert restored("cote", "fr") == "cote"


def test_it_says_a_note_with_an_anglicism_of_the_trade() -> None:
    assert morph.shape("le picking vocal", "fr").clean
    assert morph.shape("un backlog à tenir à jour", "fr").clean


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("CAP AEPE obtenu juin 2026", "CAP AEPE obtenu en juin 2026"),
        ("etre la 9h30", "être là à 9 h 30"),
        ("couvrir le secrétariat jusqu'a 17h30", "couvrir le secrétariat jusqu'à 17 h 30"),
    ],
)
def test_it_writes_the_little_words_a_phone_leaves_out(typed: str, written: str) -> None:
    assert fragments(typed, "fr") == [written]


def test_it_hands_back_two_notes_run_together() -> None:
    assert morph.shape("partir dimanche soir revenir vendredi", "fr").why.startswith("telegraph")
    assert morph.shape("DEAS juin 2026", "fr").why.startswith("telegraph")


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("gcse maths and english", "GCSE maths and English"),
        ("rotating shifts incl nights", "rotating shifts including nights"),
        ("good attitude with subbies", "good attitude with subcontractors"),
        ("start 7th December", "start on 7 December"),
    ],
)
def test_it_writes_out_english_shorthand(typed: str, written: str) -> None:
    assert fragments(typed, "en") == [written]
