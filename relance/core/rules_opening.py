"""The day after the interview: the catch-up e-mail, or the optional thank-you."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from relance.core import rule_ids as R
from relance.core.actions import Action
from relance.core.cycle import OPENING_KINDS, Cycle, row_moment
from relance.core.facts import Channel, Kind
from relance.core.i18n import N_
from relance.core.policy import Policy
from relance.core.rules_slots import (
    LATE_REASON,
    SLOW_PERIOD_WARNING,
    graced_email_slot,
)


@dataclass(frozen=True, slots=True)
class OpeningDays:
    due: date  # the first sendable day after the interview
    last: date  # the end of the grace period, included


def opening_days(cycle: Cycle, policy: Policy) -> OpeningDays:
    assert cycle.interview_day is not None
    calendar = cycle.calendar
    due = calendar.next_sendable_day(calendar.next_working_day(cycle.interview_day))
    return OpeningDays(due, calendar.add_working_days(due, policy.catchup_grace_days))


def delivered_catchup_day(cycle: Cycle) -> date | None:
    """The day a catch-up e-mail went out in this cycle (a thank-you does not count)."""
    row = cycle.delivered_opening()
    if row is None or row.kind is not Kind.CATCHUP:
        return None
    moment = row_moment(row)
    return cycle.local_day(moment) if moment else cycle.interview_day


def opening_action(cycle: Cycle, now: datetime, policy: Policy) -> Action | None:
    """The catch-up (or thank-you) still to send, None when sent, superseded or lapsed."""
    interview = cycle.interview
    if interview is None or cycle.last_reply is not None or cycle.delivered_opening():
        return None
    obtained = interview.agreement.obtained
    kind = Kind.THANKYOU if obtained else Kind.CATCHUP
    days = opening_days(cycle, policy)
    slot = graced_email_slot(cycle, days.due, days.last, OPENING_KINDS, now)
    if slot is None:
        return None  # lapsed
    params: dict[str, str | int] = {
        "interview_date": interview.at.astimezone(cycle.place_tz).date().isoformat(),
        **slot.params,
    }
    if obtained:
        rule_ids: tuple[str, ...] = (R.THANKYOU, R.TIME_WINDOW)
        reasons: tuple[str, ...] = (
            N_(
                "The next steps were agreed at the interview of %(interview_date)s: you may "
                "send a short thank-you that asks nothing."
            ),
        )
    else:
        rule_ids = (R.CATCHUP_NEXT_DAY, R.CATCHUP_GRACE, R.TIME_WINDOW)
        reasons = (
            N_(
                "The next steps were not obtained at the interview of %(interview_date)s: a "
                "catch-up e-mail is due the next working day, %(due_date)s."
            ),
        )
    if slot.late:
        reasons += (LATE_REASON,)
    row = slot.row
    return Action(
        kind=kind,
        channel=Channel.EMAIL,
        interview_id=interview.id,
        earliest=slot.start,
        latest=slot.latest,
        late=slot.late,
        optional=obtained,
        rule_ids=rule_ids,
        reasons=reasons,
        warnings=(SLOW_PERIOD_WARNING,) if "window_date" in params else (),
        followup_id=row.id if row is not None and row.kind is kind else None,
        contact_id=slot.contact.id if slot.contact else None,
        params=params,
    )
