"""What writer AK's reader found (issue 11, session 32): another employer's offer in the
e-mail, papers promised that come only once hired, agreed days handed back, a morning stage
of the sending day confirmed as under way.

The interview is on Tuesday 13 October 2026, the catch-up goes on Wednesday 14."""

from __future__ import annotations

from datetime import date

import pytest

from relance.drafts import catchup_email, returned
from relance.drafts.dates import redated
from relance.drafts.document_requests import split
from relance.drafts.next_steps import sentence
from relance.drafts.notes import fragments
from relance.drafts.privacy import reason
from tests.drafts.factories import make_ctx

DAY, SEND_ON = date(2026, 10, 13), date(2026, 10, 14)


def closing(process: str, lang: str = "fr") -> str:
    return sentence(make_ctx(lang=lang, process=process)).replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("la pharmacie de la gare me propose aussi un cdi", "fr"),
        ("on m a aussi proposé un poste", "fr"),
        ("Tesco offered me a job too", "en"),
    ],
)
def test_it_keeps_another_employers_offer_out(note: str, lang: str) -> None:
    assert reason(note, lang) == "elsewhere"


@pytest.mark.parametrize(
    ("note", "lang"),
    [("il me propose un CDI", "fr"), ("she offered me a trial shift", "en")],
)
def test_it_says_this_employers_own_offer(note: str, lang: str) -> None:
    assert reason(note, lang) == ""


def test_it_leaves_another_offer_out_of_the_email() -> None:
    draft = catchup_email(make_ctx(notes="la pharmacie de la gare me propose aussi un cdi"))
    assert "pharmacie de la gare" not in draft.text
    assert [left.reason for left in draft.left_out if left.part == "notes"] == ["elsewhere"]


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("si ok ils m'envoient le dossier de recrutement à renvoyer avant le 22", "fr"),
        ("si je suis retenue il faudra envoyer mon casier judiciaire", "fr"),
        ("references will be asked only if successful", "en"),
    ],
)
def test_it_promises_no_paper_asked_only_once_hired(note: str, lang: str) -> None:
    assert returned.sentence([note], lang, DAY, SEND_ON) == ("", "")
    assert split(fragments(note, lang), lang)[1] == []


@pytest.mark.parametrize(
    ("process", "lang", "said"),
    [
        ("ramener carte pro + RIB lundi 14h a l'agence", "fr",
         "vous m'attendiez le lundi 19 octobre à 14 h"),
        ("bring passport + proof of address, monday 19th 10am at the office", "en",
         "Monday 19 October at 10 am"),
        ("rdv lundi 19 a 8h30 a l'agence pour signer contrat", "fr",
         "la signature du contrat le lundi 19 octobre"),
        ("elle appelle vendredi prochain le 16 pour dire la reponse", "fr",
         "vous me rappelleriez le vendredi 16 octobre"),
        ("results within 10 working days by email", "en", "within ten working days"),
    ],
)  # fmt: skip
def test_it_confirms_an_agreed_day_in_other_words(process: str, lang: str, said: str) -> None:
    assert said in closing(process, lang)


def test_it_reads_vendredi_prochain_by_the_day_typed() -> None:
    assert redated("vendredi prochain le 23", DAY, SEND_ON, "fr") == "vendredi 23"


def test_it_dates_no_stage_the_notes_call_probable() -> None:
    said = closing("entretien client probable semaine du 19")
    assert "19" not in said and "d'ici là" not in said


@pytest.mark.parametrize(
    ("part", "note", "lang", "absent"),
    [
        ("motivation", "rester dans relation client", "fr", "dans relation"),
        ("strong_points", "je sais faire aide aux devoirs et le repas", "fr", "faire aide"),
        ("strong_points", "panel of 2, both librarians", "en", "my both"),
        ("strong_points", "first job after college!!", "en", "first job"),
    ],
)
def test_it_never_writes_a_note_with_no_article_where_one_is_owed(
    part: str, note: str, lang: str, absent: str
) -> None:
    draft = catchup_email(make_ctx(lang=lang, **{part: note}))
    assert absent not in draft.text


def test_it_says_who_a_need_is_for() -> None:
    draft = catchup_email(make_ctx(recruiter_needs="ils ont besoin pour le pavillon des urgences"))
    assert "vous avez besoin de quelqu'un pour le pavillon des urgences" in draft.text
