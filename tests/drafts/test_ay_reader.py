"""What writer AY's reader quoted and session 38 mended (issue 11): lines numbered « 1- »,
« 2- » kept their numbers in the e-mail (« mes 2- 12 ans dans le paysage et mes 1- permis
C »), and the recruiter's staff who "call in sick" went into it.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.notes import fragments
from tests.drafts.factories import make_ctx


def test_it_reads_a_number_and_a_dash_as_a_line_s_bullet() -> None:
    assert fragments("1- permis C\n2- 12 ans dans le paysage") == [
        "permis C",
        "12 ans dans le paysage",
    ]


def test_it_keeps_a_range_of_years_whole() -> None:
    assert fragments("3-5 ans en cuisine") == ["3-5 ans en cuisine"]


def test_it_leaves_out_the_recruiter_s_staff_calling_in_sick() -> None:
    draft = catchup_email(make_ctx(lang="en", expectations="the young ones call in sick"))
    assert "sick" not in draft.text
    assert [left.reason for left in draft.left_out] == ["site"]


def test_it_keeps_staff_calling_in_sick_as_a_planner_s_duty() -> None:
    # writer R's r27: "stay calm at 3am when 4 drivers call in sick" is the job
    draft = catchup_email(
        make_ctx(lang="en", expectations="stay calm at 3am when 4 drivers call in sick")
    )
    assert [left.text for left in draft.left_out] == []
