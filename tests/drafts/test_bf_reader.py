"""What writer BF's reader quoted and session 41 mended (issue 11): earning more given as the
motive (read as a leak), the job's stability named as the reason, a portfolio managed read as
one to send, a second technical round read as the HR round after it.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from tests.drafts.factories import handed_back, make_ctx


def test_it_hands_back_earning_more_as_the_motive() -> None:
    draft = catchup_email(make_ctx(motivation="gagner plus qu'avec 2 mi-temps"))
    assert "gagner plus" not in draft.text
    assert handed_back(draft, "motivation") == ["gagner plus qu'avec 2 mi-temps"]


def test_it_hands_back_the_stable_job_as_the_reason() -> None:
    draft = catchup_email(make_ctx(lang="en", motivation="the stable public job"))
    assert "the stable public job" not in draft.text


def test_it_reads_a_portfolio_managed_as_no_document() -> None:
    needs = "client is a retail bank, they need credit card portfolio analytics"
    draft = catchup_email(make_ctx(lang="en", recruiter_needs=needs))
    assert "my portfolio" not in draft.text


def test_it_reads_tech_round_2_as_the_next_step() -> None:
    process = "tech round 2 Thursday 15th 3pm on Teams (case study)\nHR round after if cleared"
    draft = catchup_email(make_ctx(lang="en", process=process))
    assert "a second technical interview on Thursday 15 October at 3\u00a0pm" in draft.text
