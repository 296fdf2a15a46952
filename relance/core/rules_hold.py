"""Moments when nothing goes to the recruiter: a reply to confirm, an interview to come."""

from __future__ import annotations

from datetime import datetime, timedelta

from relance.core import rule_ids as R
from relance.core.actions import Action
from relance.core.cycle import Cycle, upcoming_interview
from relance.core.facts import ApplicationFacts, Kind
from relance.core.i18n import N_
from relance.core.windows import start_of_day, zone

_ONE_DAY = timedelta(days=1)


def confirm_reply_action(cycle: Cycle, now: datetime) -> Action:
    """Confirm or dismiss the possible reply: due at once, current until done."""
    assert cycle.pending_reply is not None
    tz = zone(cycle.app.candidate_timezone)
    received = cycle.pending_reply
    return Action(
        kind=Kind.CONFIRM_REPLY,
        channel=None,
        interview_id=cycle.interview.id if cycle.interview else None,
        earliest=min(received, now),
        latest=start_of_day(now.astimezone(tz).date() + _ONE_DAY, tz),
        rule_ids=(R.REPLY_PENDING,),
        reasons=(
            N_(
                "A message of %(received_date)s may be the recruiter's answer: confirm it (with "
                "its outcome and date) or dismiss it. Nothing goes to the recruiter until then."
            ),
        ),
        params={"received_date": received.astimezone(tz).date().isoformat()},
    )


def prepare_action(app: ApplicationFacts, now: datetime) -> list[Action]:
    """The day before an interview still to come: prepare the four closing questions."""
    interview = upcoming_interview(app, now)
    if interview is None:
        return []
    tz = zone(app.candidate_timezone)
    day = interview.at.astimezone(tz).date()
    return [
        Action(
            kind=Kind.PREPARE_INTERVIEW,
            channel=None,
            interview_id=interview.id,
            earliest=start_of_day(day - _ONE_DAY, tz),
            latest=interview.at,
            rule_ids=(R.UPCOMING_INTERVIEW,),
            reasons=(
                N_(
                    "Interview on %(interview_date)s: before leaving, ask when a decision will "
                    "come, how the process goes on, when you may call back, and whether by "
                    "e-mail or phone."
                ),
            ),
            params={"interview_date": day.isoformat()},
        )
    ]
