"""What a note types after an arrow: the recruiter's reaction, the candidate's standing
(session 14, writer Z's reading; wording from several writers' sets)."""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email
from relance.drafts.arrows import without_reaction, without_standing
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("typed", "point"),
    [
        ("IV catheters → she said 'you've clearly done this a lot'", "IV catheters"),
        ("4 yrs Navy, electrician's mate → he lit up", "4 yrs Navy, electrician's mate"),
        ("forklift licence -> the manager smiled", "forklift licence"),
        ("caces 1 3 5 → il a dit top", "caces 1 3 5"),
        ("habilitations B1V BR à jour → ok pour elle", "habilitations B1V BR à jour"),
        ("clean licence -> fine for him", "clean licence"),
    ],
)
def test_it_keeps_the_point_without_the_recruiters_reaction(typed: str, point: str) -> None:
    assert without_reaction(typed, "en") == point


@pytest.mark.parametrize(
    "typed",
    ["→ she laughed", "site visit → booked for friday", "airport permit → need ID"],
)
def test_it_keeps_a_note_whose_arrow_is_no_reaction(typed: str) -> None:
    assert without_reaction(typed, "en") == typed


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("welsh level 3 → i'm around level 2, doing a course evenings", "welsh level 3"),
        ("ParaPro test or 60 credit hrs → have 30 credits only", "ParaPro test or 60 credit hrs"),
        ("must be RVT registered → I'm not yet", "must be RVT registered"),
        ("permis C → j'ai que le B", "permis C"),
    ],
)
def test_it_keeps_the_requirement_without_where_the_candidate_stands(
    typed: str, asked: str
) -> None:
    assert without_standing(typed) == asked


def test_it_keeps_a_requirement_whose_arrow_says_what_it_asks() -> None:
    typed = "airport permit → need ID + police clearance"
    assert without_standing(typed) == typed


def test_it_never_says_the_candidates_standing_as_the_recruiters_expectation() -> None:
    note = "welsh level 3 → i'm around level 2, doing Dysgu Cymraeg course evenings"
    text = catchup_email(make_ctx(lang="en", expectations=note)).text
    assert "Dysgu" not in text and "you mentioned doing" not in text


def test_it_writes_a_strong_point_the_recruiter_reacted_to() -> None:
    note = "IV catheters, anaesthesia monitoring → she said 'you've clearly done this a lot'"
    text = catchup_email(make_ctx(lang="en", strong_points=note)).text
    assert "anaesthesia monitoring" in text and "clearly" not in text
