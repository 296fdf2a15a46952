"""A return promised with no day is said as such, not as "J'ai bien pris note des prochaines
étapes" (issue 11: blind readers of every writer marked that sentence as the agreed step
reduced to nothing); a return promised only on a condition, and "nothing was said", are not."""

from __future__ import annotations

from datetime import date

import pytest

from relance.drafts import catchup_email
from relance.drafts.next_steps import sentence
from tests.drafts.factories import make_ctx

ASK_FR = "Pourriez-vous m'indiquer comment se déroule la suite du recrutement ?"
NOTED_FR = (
    "J'ai bien pris note des prochaines étapes du recrutement et reste à votre disposition "
    "pour toute précision."
)


def closing(process: str, lang: str = "fr", **overrides: object) -> str:
    return sentence(make_ctx(lang=lang, process=process, **overrides)).replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("process", "lang", "said"),
    [
        ("elle me rappelle", "fr", "Vous m'avez indiqué que vous reviendriez vers moi ;"),
        ("on vous tiendra au courant", "fr", "vous reviendriez vers moi ;"),
        ("il revient vers moi, il a pas dit quand", "fr", "vous reviendriez vers moi ;"),
        (
            "elle me recontacte dans les prochains jours",
            "fr",
            "vous reviendriez vers moi dans les prochains jours ;",
        ),
        ("they'll be in touch", "en", "You told me you would be in touch;"),
        ("he say he will let me know", "en", "You told me you would be in touch;"),
        ("she'll get back to me soon", "en", "You told me you would be in touch soon;"),
    ],
)
def test_it_says_a_return_with_no_day(process: str, lang: str, said: str) -> None:
    assert said in closing(process, lang)


def test_it_keeps_next_week_as_the_week_it_is_on_the_sending_day() -> None:
    # typed on Tuesday 13 October, sent on Wednesday 14: "next week" is the week of the 19th
    said = closing("he'll give me a bell next week sometime", "en")
    assert "during the week of 19 October;" in said


def test_it_credits_no_one_through_an_agency() -> None:
    said = closing("la consultante me rappelle", agency_client="Lidl")
    assert said.startswith("J'ai bien noté qu'un retour est prévu ;")


def test_it_promises_no_return_that_depends_on_something() -> None:
    assert closing("la conseillère appelle si le client valide") == NOTED_FR


@pytest.mark.parametrize("process", ["rien de dit", "aucune date de réponse n'a été précisée"])
def test_it_asks_when_the_notes_say_nothing_was_agreed(process: str) -> None:
    assert closing(process) == ASK_FR


def test_it_says_a_dated_stage_the_learned_screen_doubted() -> None:
    said = closing(
        "il m'a dit que je dois venir jeudi 15 à 9h pour essai",
        send_on=date(2026, 10, 14),
    )
    assert "un essai le jeudi 15 octobre" in said


def test_it_says_the_day_the_candidate_is_expected_on_when_no_stage_is_named() -> None:
    said = closing("he told me to come for friday 16 at 6am at the packhouse", "en")
    assert said.startswith("You asked me to come in on Friday 16 October at 6 am;")
    said = closing("il m'a dit de passer vendredi 16 à 14h")
    assert said.startswith("Vous m'avez indiqué que vous m'attendiez le vendredi 16 octobre à 14 h")


def test_it_says_no_day_already_past() -> None:
    assert "attendiez" not in closing("il m'a dit de passer mardi 13 à 14h")


@pytest.mark.parametrize(
    ("process", "lang"),
    [("she didnt say when i hear back", "en"), ("elle a pas dit quand elle me rappelle", "fr")],
)
def test_it_promises_no_return_the_notes_say_was_not_said(process: str, lang: str) -> None:
    # writer AV's av36: "You told me you would be in touch" when nothing was said
    said = closing(process, lang)
    assert "in touch" not in said and "reviendriez" not in said


@pytest.mark.parametrize(
    ("notes", "lang"),
    [("she didnt say when i hear back", "en"), ("elle a pas dit quand elle rappelle", "fr")],
)
def test_it_lists_no_unsaid_return_as_private(notes: str, lang: str) -> None:
    # seen in the app (session 37): the note was listed as left out for "your private life"
    draft = catchup_email(make_ctx(lang=lang, notes=notes, process=""))
    assert [left.text for left in draft.left_out if left.part == "notes"] == []
