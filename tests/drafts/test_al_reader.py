"""What writer AL's reader found (issue 11, session 33): things promised for a trial already
over on the sending day, a buyer's negotiations with suppliers left out as salary talk.

The interview is on Friday 12 February 2027, the catch-up goes on Monday 15: « demain » in
the notes is the Saturday between."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from relance.drafts import catchup_email
from relance.drafts.draft import Draft
from relance.drafts.phone import expand_shorthand
from tests.drafts.factories import make_ctx

FRIDAY = datetime(2027, 2, 12, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))
MONDAY = date(2027, 2, 15)


def draft(process: str, lang: str = "fr") -> Draft:
    return catchup_email(make_ctx(lang=lang, process=process, interview_at=FRIDAY, send_on=MONDAY))


@pytest.mark.parametrize(
    ("process", "lang", "promise"),
    [
        # al12: the same line, the trial on Saturday 13
        (
            "essai demain samedi 13 à 7h au laboratoire\napporter tenue et chaussures de sécurité",
            "fr",
            "j'apporterai",
        ),
        ("rdv samedi 13 à 9h à l'agence, ramener carte vitale et RIB", "fr", "j'apporterai"),
        # al33: the trial on its line, what to bring on the next
        ("start trial tomorrow saturday 6am at the cellar\nbring boots and ID", "en", "bring"),
    ],
)
def test_it_promises_nothing_for_a_trial_already_over(
    process: str, lang: str, promise: str
) -> None:
    written = draft(process, lang)
    assert promise not in written.text.lower()
    assert [left.reason for left in written.left_out if left.part == "process"] == ["past"]


@pytest.mark.parametrize(
    ("process", "lang", "promise"),
    [
        (
            "essai mardi 16 à 7h au laboratoire\napporter tenue et chaussures de sécurité",
            "fr",
            "j'apporterai",
        ),
        ("essai samedi 13 fait\napporter RIB le premier jour", "fr", "j'apporterai"),
        ("ramener carte vitale et RIB mardi 16 à 9h à l'agence", "fr", "j'apporterai"),
        ("trial shift on Tuesday 16th at 6am\nbring boots and ID", "en", "i will bring"),
    ],
)
def test_it_still_promises_what_is_brought_to_a_step_ahead(
    process: str, lang: str, promise: str
) -> None:
    assert promise in draft(process, lang).text.lower()


def test_it_expands_no_shorthand_inside_a_decimal_number() -> None:
    # al36: "4.1 to 1.2" held "1 to 1", written "4.one-to-one.2"
    assert (
        expand_shorthand("our TRIR went from 4.1 to 1.2", "en") == "our TRIR went from 4.1 to 1.2"
    )
    assert (
        expand_shorthand("weekly 1 to 1 with my manager", "en")
        == "weekly one-to-one with my manager"
    )


def test_it_reads_the_words_of_the_jobs_title_as_its_trade() -> None:
    # al18: a payroll officer's test and portfolio were left out as salary talk
    ctx = make_ctx(
        position="Gestionnaire de paie confirmé(e) H/F",
        role_understood="paie de A à Z pour 45 clients TPE/PME",
        notes="elle a dit fourchette 34-37k, moi je vise 38",
        process="test technique paie envoyé ce soir, à renvoyer lundi avant 12h",
        interview_at=FRIDAY,
        send_on=MONDAY,
    )
    written = catchup_email(ctx)
    assert [(left.part, left.reason) for left in written.left_out] == [("notes", "salary")]
    assert "test" in written.text


def test_it_still_leaves_out_salary_talk_in_another_trade() -> None:
    ctx = make_ctx(role_understood="paie de A à Z pour 45 clients TPE/PME")
    assert [left.reason for left in catchup_email(ctx).left_out] == ["salary"]
