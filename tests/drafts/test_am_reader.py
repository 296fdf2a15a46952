"""What writer AM's reader quoted and session 34 mended as shapes (issue 11): a duty named by
its gerund ("unloading cages"), an answer due at a part of a month in English ("by the end of
the month"), an ordinal that is a day ("by the 2nd"), the process notes never listed as left
out by the tone screen, and a French plural reason said in a frame readers accept.

AM's interview is on Thursday 25 March 2027 and the catch-up goes on Friday 26.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from relance.drafts import catchup_email
from relance.drafts.draft import Draft
from relance.drafts.phone import spelled
from tests.drafts.factories import make_ctx

THURSDAY = datetime(2027, 3, 25, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))
FRIDAY = date(2027, 3, 26)


def draft(lang: str = "en", **parts: str) -> Draft:
    return catchup_email(
        make_ctx(
            lang=lang,
            interview_at=THURSDAY,
            send_on=FRIDAY,
            position="Customer Assistant",
            company="Tesco",
            **parts,
        )
    )


@pytest.mark.parametrize(
    ("role", "said"),
    [
        # am30: the whole role was handed back for "unloading"
        (
            "unloading cages, filling shelves, facing up b4 6",
            "the role covers unloading cages, filling shelves and facing up before 6.",
        ),
        ("checking in guests, handling complaints", "checking in guests and handling complaints"),
        ("working nights and weekends", "the role covers working nights and weekends."),
    ],
)
def test_it_says_a_duty_named_by_its_gerund(role: str, said: str) -> None:
    written = draft(role_understood=role, expectations="")
    assert said in written.text
    assert not [item for item in written.review if item.part == "role_understood"]


def test_it_still_hands_back_a_gerund_and_its_adverb() -> None:
    written = draft(role_understood="going well", expectations="")
    assert [item.text for item in written.review if item.part == "role_understood"] == [
        "going well"
    ]


@pytest.mark.parametrize(
    ("process", "said"),
    [
        # am40: "I have noted the next steps" with no day
        ("they'll email by the end of the month", "an answer by the end of March"),
        ("she will let me know mid-april", "an answer by mid-April"),
        ("answer by end of april", "an answer by the end of April"),
    ],
)
def test_it_says_an_answer_due_at_a_part_of_a_month(process: str, said: str) -> None:
    assert said in draft(process=process).text


def test_it_says_no_part_of_a_month_already_over() -> None:
    text = draft(process="they'll email by mid march").text
    assert "mid-March" not in text


def test_it_reads_an_ordinal_as_a_day_when_no_noun_follows() -> None:
    assert "an answer by Friday 2 April" in draft(process="answer by the 2nd").text
    assert "an answer by Friday 2 April" in draft(process="they will call me by friday 2nd").text
    assert spelled("2nd interview with the store manager", "en").startswith("second interview")
    assert spelled("1st round done", "en") == "first round done"


def test_it_lists_no_process_note_as_left_out_by_the_tone_screen() -> None:
    # the e-mail says the day of "answer by the 2nd": no note was kept from it
    written = draft(process="answer by the 2nd")
    assert [left for left in written.left_out if left.part == "process"] == []


def test_it_says_a_plural_reason_in_a_frame_of_its_own() -> None:
    written = draft(lang="fr", motivation="produits locaux\nhoraires de jour")
    assert "Ce poste m'attire notamment pour les produits locaux et les horaires de jour." in (
        written.text
    )


@pytest.mark.parametrize("reason", ["walking distance", "gaming industry", "thinking of FE-1s"])
def test_it_gives_no_gerund_as_a_reason_to_want_the_job(reason: str) -> None:
    # a duty in the role's list, never "What attracts me to the role is walking distance."
    written = draft(motivation=reason)
    assert f"is {reason}" not in written.text
    assert [item.text for item in written.review if item.part == "motivation"] == [reason]


def test_it_reads_a_noun_and_its_months_as_no_action() -> None:
    # t37: "the role is to season April to October"
    written = draft(role_understood="", expectations="season Apr-Oct, 6-day weeks during tech")
    assert "to season" not in written.text


def test_it_reads_their_before_a_verb_as_there() -> None:
    # y33: "As I understand it, your is a checklist on the app"
    written = draft(role_understood="their is a checklist on the app for each room")
    assert "there is a checklist on the app for each room" in written.text


@pytest.mark.parametrize(
    "reason",
    ["les animaux depuis toute petite", "horaires compatibles", "avantages sociaux", "les enfants"],
)
def test_it_says_no_plural_reason_that_cannot_stand_in_the_frame(reason: str) -> None:
    written = draft(lang="fr", motivation=reason)
    assert "m'attire notamment pour" not in written.text


def test_it_keeps_the_place_near_home_first_and_the_plural_reason_after() -> None:
    written = draft(lang="fr", motivation="près de chez moi\nhoraires fixes")
    said = "J'apprécie que le lieu de travail soit près de chez moi. Le poste m'attire aussi pour"
    assert said in written.text
    assert written.text.count("près de chez moi") == 1


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("le client a besoin de renfort", "le client a besoin de renfort"),
        ("elle a envie de changer", "elle a envie de changer"),
        ("caces a jour", "caces à jour"),
    ],
)
def test_it_keeps_the_verb_of_avoir_besoin_and_avoir_envie(typed: str, written: str) -> None:
    # d22, n11: « votre client à besoin d'agents »; « elle a envié de … »
    assert spelled(typed, "fr").lower() == written.lower()


def test_it_says_no_clause_as_a_need_named() -> None:
    # t25: « vous m'avez parlé de la clientèle chinoise revient depuis 2023 »
    written = draft(lang="fr", recruiter_needs="la clientèle chinoise revient depuis 2023")
    assert "parlé de la clientèle" not in written.text
    # a relative clause and a participle keep their noun phrase
    written = draft(lang="fr", recruiter_needs="la gestion des commandes qui arrivent le lundi")
    assert "parlé de la gestion des commandes qui arrivent le lundi" in written.text


def test_it_says_a_clause_of_the_clients_need_as_told() -> None:
    written = draft(lang="fr", recruiter_needs="le client a besoin d'agents pour la saison")
    assert "que le client a besoin d'agents pour la saison." in written.text


def test_it_says_an_answer_within_a_range_of_weeks() -> None:
    # l34, s28, t36: "they email results in 2-3 weeks" was "the next steps", no span
    assert "within two to three weeks" in draft(process="they email results in 2-3 weeks").text
    text = draft(lang="fr", process="réponse sous 2-3 semaines").text
    assert "dans un délai de deux à trois semaines" in text
