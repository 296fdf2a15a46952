"""A day corrected in the notes replaces the day it corrects (writer AC's ac01, ac15)."""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.corrections import corrected
from tests.drafts.factories import make_ctx


def test_it_puts_the_corrected_weekday_in_place() -> None:
    typed = "journée d'essai jeudi 15 a 4h du mat\nah non c'est vendredi 16, il a corrigé"
    assert corrected(typed, "fr") == "journée d'essai vendredi 16 a 4h du mat"


def test_it_puts_a_corrected_date_in_place_on_one_line() -> None:
    typed = "2e entretien le 9 à 14h / non en fait c'est le 10, elle a rectifié par mail"
    assert corrected(typed, "fr") == "2e entretien le 10 à 14h"


def test_it_reads_an_english_correction() -> None:
    typed = "induction next Mon at 9am - actually it's Tue 20th"
    assert corrected(typed, "en") == "induction Tue 20th at 9am"


def test_it_leaves_notes_without_a_correction_as_typed() -> None:
    typed = "non fumeur\nrdv lundi 19 à 9h - apporter le RIB"
    assert corrected(typed, "fr") == typed


def test_it_confirms_the_corrected_day_in_the_catchup() -> None:
    ctx = make_ctx(process="journée d'essai jeudi 15 à 7h\nah non c'est vendredi 16, il a corrigé")
    text = catchup_email(ctx).text.replace("\u00a0", " ")
    assert "journée d'essai le vendredi 16 octobre à 7 h" in text
    assert "jeudi 15" not in text
