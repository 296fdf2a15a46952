"""After a refusal: the one optional e-mail asking briefly what would have strengthened the
application (Keejob: ask for the reasons). Nothing else follows a decision."""

from __future__ import annotations

from datetime import date, datetime

from relance.core import rule_ids as R
from relance.core.actions import Action
from relance.core.cycle import (
    Cycle,
    counts_as_sent,
    is_active,
)
from relance.core.errors import RuleViolation
from relance.core.facts import Channel, FollowUpFacts, Kind
from relance.core.i18n import N_
from relance.core.policy import Policy
from relance.core.rules_opening import OpeningDays
from relance.core.rules_slots import (
    LATE_REASON,
    SLOW_PERIOD_WARNING,
    graced_email_slot,
)

FEEDBACK_KINDS = frozenset({Kind.FEEDBACK_REQUEST})


def feedback_days(cycle: Cycle, policy: Policy) -> OpeningDays:
    """The first sendable day after the refusal, and the end of the catch-up's grace after it."""
    assert cycle.refusal is not None
    calendar = cycle.calendar
    refused_on = cycle.local_day(cycle.refusal.at)
    due = calendar.next_sendable_day(calendar.next_working_day(refused_on))
    return OpeningDays(due, calendar.add_working_days(due, policy.catchup_grace_days))


def delivered_feedback(cycle: Cycle) -> FollowUpFacts | None:
    """The feedback request of this cycle that went out (or is going): at most one, ever."""
    for row in cycle.rows:
        if row.kind is Kind.FEEDBACK_REQUEST and counts_as_sent(row):
            return row
    return None


def feedback_action(cycle: Cycle, now: datetime, policy: Policy) -> Action | None:
    """The optional feedback request, None without a refusal, once sent, or when lapsed."""
    if cycle.refusal is None or delivered_feedback(cycle) is not None:
        return None
    days = feedback_days(cycle, policy)
    slot = graced_email_slot(cycle, days.due, days.last, FEEDBACK_KINDS, now)
    if slot is None:
        return None  # lapsed
    params: dict[str, str | int] = {
        "reply_date": cycle.local_day(cycle.refusal.at).isoformat(),
        **slot.params,
    }
    reasons: tuple[str, ...] = (
        N_(
            "The recruiter declined on %(reply_date)s: nothing more to send, but you may ask "
            "in one short e-mail what would have strengthened your application."
        ),
    )
    if slot.late:
        reasons += (LATE_REASON,)
    return Action(
        kind=Kind.FEEDBACK_REQUEST,
        channel=Channel.EMAIL,
        interview_id=cycle.interview.id if cycle.interview else None,
        earliest=slot.start,
        latest=slot.latest,
        late=slot.late,
        optional=True,
        rule_ids=(R.FEEDBACK_REQUEST, R.TIME_WINDOW),
        reasons=reasons,
        warnings=(SLOW_PERIOD_WARNING,) if "window_date" in params else (),
        followup_id=slot.row.id if slot.row is not None else None,
        contact_id=slot.contact.id if slot.contact else None,
        params=params,
    )


def check_feedback(
    cycle: Cycle, policy: Policy, first_day: date, last_day: date, followup_id: int | None
) -> None:
    """The write guard's part: only after a refusal, once, within its days."""
    if cycle.refusal is None:
        raise RuleViolation(
            R.FEEDBACK_REQUEST,
            N_("A feedback request only follows a refusal from the recruiter."),
        )
    if delivered_feedback(cycle) is not None:
        raise RuleViolation(R.ONCE, N_("A feedback request already went out after this refusal."))
    for row in cycle.rows:
        if row.kind is Kind.FEEDBACK_REQUEST and is_active(row) and row.id != followup_id:
            raise RuleViolation(
                R.ONCE,
                N_("Another feedback request (#%(other_id)s) is already planned: change that one."),
                {"other_id": row.id},
            )
    days = feedback_days(cycle, policy)
    params = {"due_date": days.due.isoformat(), "last_date": days.last.isoformat()}
    if first_day < days.due:
        raise RuleViolation(
            R.FEEDBACK_REQUEST,
            N_("Not before the working day after the refusal, %(due_date)s."),
            params,
        )
    if last_day > days.last:
        raise RuleViolation(
            R.FEEDBACK_REQUEST,
            N_("Too late: the feedback request lapsed after %(last_date)s."),
            params,
        )
