"""English notes said once written as a careful writer does, nothing added (session 19):
facts of the role typed as counts, reasons typed as how near the job is, the interview
recalled ("told him about …")."""

from __future__ import annotations

import pytest

from relance.drafts.catchup import built
from relance.drafts.en_counts import en_counted
from relance.drafts.en_near import en_near
from relance.drafts.en_told import en_told
from relance.drafts.motive_fit import unfit
from relance.drafts.notes import fragments
from relance.drafts.role_phrasing import role
from relance.drafts.strengths import strong_points
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("28 bed respiratory ward", "a 28-bed respiratory ward"),  # the test set
        ("8-bed ICU", "an 8-bed ICU"),  # writer W
        ("10-hour shifts", "10-hour shifts"),
        ("4 year apprenticeship", "a 4-year apprenticeship"),
        ("20 hours a week", "20 hours a week"),
    ],
)
def test_it_writes_a_count_of_the_role_as_a_careful_writer_does(typed: str, said: str) -> None:
    assert en_counted(typed) == said


@pytest.mark.parametrize(
    "typed",
    [
        "4 days",  # a duration alone: of what?
        "6 staff",  # how many work there, or how many the role leads?
        "3 weeks training",  # writer H: a mass noun, never "a 3-week training"
        "2 weeks OJT",  # writer H
        "37 hours",
    ],
)
def test_it_keeps_a_count_it_cannot_read(typed: str) -> None:
    assert en_counted(typed) == ""


def test_it_says_the_counts_of_a_role_in_its_sentence() -> None:
    written = role(fragments("van deliveries, scanning, 8-hour shifts", "en"), "en")
    assert written.sentence.endswith("scanning and 8-hour shifts.")
    assert not written.to_rewrite


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("closer to home", "It would also bring me closer to home."),  # writers O, P, fresh
        ("20 min from home", "The site is also 20 minutes from home."),  # writer I
        ("15 min drive", "The site is also a 15-minute drive from home."),  # writer X
        ("15 min by bus", "The site is also 15 minutes from home by bus."),  # writer P
        ("shorter commute", "It would also mean a shorter commute."),  # writers I, W
    ],
)
def test_it_says_how_near_the_job_is(typed: str, said: str) -> None:
    assert en_near(typed) == said


@pytest.mark.parametrize("typed", ["close to home in Mavis Bank", "20 min", "near my sister"])
def test_it_adds_nothing_to_how_near_the_job_is(typed: str) -> None:
    assert en_near(typed) == ""  # writer T: a place named; a figure with no means or place


def test_it_never_joins_a_workplace_named_near_home() -> None:
    # "steady hours, near home" once read "The idea of joining a near home appeals to me."
    ctx = make_ctx(lang="en", company="Tesco", motivation="steady hours, near home")
    sentence = built(ctx, "motivation", ["steady hours, near home"], False).sentence
    assert sentence.endswith("The site is also close to home.")
    assert "joining a near home" not in sentence


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # the independent set
        ("told him about organising the stockroom at JD", "organising the stockroom at JD"),
        ("showed my prompt book", "my prompt book"),  # writer T
    ],
)
def test_it_recalls_what_the_candidate_told_the_recruiter(typed: str, said: str) -> None:
    written = strong_points([typed], "en")
    assert written.sentence.startswith("In our conversation, I ")
    assert written.sentence.endswith(f" {said}.")
    assert "you" in written.sentence and not written.to_rewrite


@pytest.mark.parametrize(
    "typed",
    [
        "talked about the Terraform monorepo migration I led",  # a clause inside
        "talked about volunteering at the charity shop on high st",  # a street typed small
        "talked about how I handled the rush during move in week",
    ],
)
def test_it_recalls_nothing_it_cannot_vouch_for(typed: str) -> None:
    assert en_told(typed) == ""


def test_it_leaves_behind_no_less_than_a_comparison() -> None:
    assert unfit("less agency", True, "en")
    assert not unfit("less politics than the big builders", True, "en")


def test_it_says_how_near_the_job_is_after_the_reasons_of_the_job() -> None:
    # writer P (p08): "It is also 15 minutes away by bus." never crowds out "the career"
    ctx = make_ctx(lang="en", company="Tesco")
    notes = ["hotel near my flat, 15 min by bus", "career growth"]
    sentence = built(ctx, "motivation", notes, False).sentence
    assert "career growth" in sentence and "15 minutes" not in sentence


def test_it_recalls_what_was_shown_with_its_i_typed() -> None:
    # writer P (p08): never "I also told you that I showed the app I use for linen stock."
    written = strong_points(["I showed the app I use for linen stock"], "en").sentence
    assert written == "In our conversation, I showed you the app I use for linen stock."
    assert "told you that I" not in strong_points(["I talked about how I cope"], "en").sentence


def test_it_never_makes_an_action_of_a_fact_said_with_the_role() -> None:
    # writer K (k33): "progress notes in the app after every shift" is said with the role;
    # the expectations never read it as "to progress notes in the app"
    from relance.drafts.role_phrasing import expectations

    typed = ["progress notes in the app after every shift", "follow behaviour support plans"]
    written = expectations(typed, "en", facts_to_role=True).sentence
    assert "to progress notes" not in written


def test_it_never_reads_nouns_joined_by_and_as_an_action() -> None:
    # writer S (s27): "floor + rota + training", never "the role is to floor and rota…"
    written = role(["floor + rota + training", "cash up, tronc allocation"], "en").sentence
    assert "to floor" not in written


def test_it_never_says_a_return_with_no_place() -> None:
    # writer J (j40): "come back sober + fit for shifts (drug & alcohol testing)": from where?
    from relance.drafts.role_phrasing import expectations

    typed = ["pass PTS first time", "come back sober + fit for shifts (drug and alcohol testing)"]
    written = expectations(typed, "en", facts_to_role=True)
    assert "sober" not in written.sentence


def test_it_reads_no_measure_in_days_at_a_place() -> None:
    # writer AB's ab29: "the role covers a 3-day in office"
    assert en_counted("3 days in office") == ""
