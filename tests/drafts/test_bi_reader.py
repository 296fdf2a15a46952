"""What writer BI's reader quoted and session 42 mended (issue 11): a disability adjustment
noted back to the recruiter (read as a leak), a school the candidate means to leave for given
as the motive.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.motive_fit import unfit
from tests.drafts.factories import make_ctx


def test_it_leaves_a_disability_adjustment_out() -> None:
    notes = "amenagement demandé: ecran 27 pouces + fauteuil, la referente handicap doit valider"
    draft = catchup_email(make_ctx(notes=notes))
    assert "aménagement" not in draft.text.lower()
    assert [item.reason for item in draft.left_out if item.part == "notes"] == ["personal"]


def test_it_hands_back_a_school_to_leave_for_as_the_motive() -> None:
    draft = catchup_email(make_ctx(lang="en", motivation="law school in 2 yrs"))
    assert "law school" not in draft.text
    assert unfit("reprendre mes études de droit", False, "fr")
