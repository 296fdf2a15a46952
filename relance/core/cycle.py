"""Reading an application's facts: the current cycle, its silence period, its rows.

A cycle starts with the latest interview; a silence period starts with the cycle or
with the latest recruiter reply inside it. The golden rule "never follow up twice"
is counted per silence period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from relance.core import rule_ids as R
from relance.core.calendar import WorkCalendar, calendar_for
from relance.core.facts import (
    CLOSED_STATUSES,
    DELIVERED_STATES,
    ApplicationFacts,
    ApplicationStatus,
    CallOutcome,
    Channel,
    ContactFacts,
    FollowUpFacts,
    FollowUpState,
    InterviewFacts,
    Kind,
    ReplyFacts,
    ReplyOutcome,
)
from relance.core.windows import zone

FOLLOWUP_KINDS = frozenset({Kind.FOLLOWUP_EMAIL, Kind.FOLLOWUP_CALL})
OPENING_KINDS = frozenset({Kind.CATCHUP, Kind.THANKYOU})
# Rows that can still be withdrawn; SENDING and COMMITTING are in flight and may go out.
CANCELLABLE_STATES = frozenset(
    {FollowUpState.PLANNED, FollowUpState.DRAFTED, FollowUpState.APPROVED}
)
IN_FLIGHT_STATES = frozenset({FollowUpState.SENDING, FollowUpState.COMMITTING})
_ACTIVE_STATES = CANCELLABLE_STATES | IN_FLIGHT_STATES
_STOPPING_REPLIES = {
    ReplyOutcome.OFFER: R.DECISION_ENDS,
    ReplyOutcome.REJECTION: R.DECISION_ENDS,
    ReplyOutcome.NEXT_ROUND: R.NEXT_ROUND,
}


def is_delivered(row: FollowUpFacts) -> bool:
    """Reached the recruiter, or may have. A call that reached nobody does not count."""
    if row.state not in DELIVERED_STATES:
        return False
    return not (row.kind is Kind.FOLLOWUP_CALL and row.call_outcome is CallOutcome.NO_ANSWER)


def counts_as_sent(row: FollowUpFacts) -> bool:
    """Delivered, or being sent right now: either way, planning another would be a second."""
    return row.state in IN_FLIGHT_STATES or is_delivered(row)


def is_active(row: FollowUpFacts) -> bool:
    return row.state in _ACTIVE_STATES


def row_moment(row: FollowUpFacts) -> datetime | None:
    return row.done_at or row.due_at


@dataclass(slots=True)
class Cycle:
    app: ApplicationFacts
    calendar: WorkCalendar
    place_tz: ZoneInfo
    interview: InterviewFacts | None
    interview_day: date | None  # local date at the place of work
    period_start: datetime | None  # the interview, or the latest reply after it
    last_reply: ReplyFacts | None
    rows: tuple[FollowUpFacts, ...]  # rows of this cycle
    stop_rule: str | None  # set when no catch-up, thank-you or follow-up may be sent
    # The refusal an optional feedback request may answer (the only message after a decision).
    refusal: ReplyFacts | None = None
    # The latest reply of the cycle that gave a date: it replaces the interview's dates.
    dated_reply: ReplyFacts | None = None
    # The first message still waiting for the candidate's word: everything holds until then.
    pending_reply: datetime | None = None

    def in_period(self, row: FollowUpFacts) -> bool:
        moment = row_moment(row)
        return moment is None or self.period_start is None or moment >= self.period_start

    def delivered_followup(self) -> FollowUpFacts | None:
        """The follow-up sent (or being sent) in this silence period, if any (the latest)."""
        found = None
        for row in self.rows:
            if row.kind in FOLLOWUP_KINDS and counts_as_sent(row) and self.in_period(row):
                moment = row_moment(row)
                if found is None or (moment and (row_moment(found) or moment) <= moment):
                    found = row
        return found

    def delivered_opening(self) -> FollowUpFacts | None:
        for row in self.rows:
            if row.kind in OPENING_KINDS and counts_as_sent(row):
                return row
        return None

    def failed_call_attempts(self) -> list[datetime]:
        """Calls of this silence period that reached nobody and left no message, sorted."""
        seen: set[datetime] = set()
        for row in self.rows:
            if row.kind is not Kind.FOLLOWUP_CALL:
                continue
            seen.update(a for a in row.failed_call_attempts if self._after_start(a))
            done = row.done_at
            if row.call_outcome is CallOutcome.NO_ANSWER and done and self._after_start(done):
                seen.add(done)
        return sorted(seen)

    def _after_start(self, moment: datetime) -> bool:
        return self.period_start is None or moment >= self.period_start

    def local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.place_tz).date()


def cycle_of(app: ApplicationFacts, now: datetime, *, held_at: datetime | None = None) -> Cycle:
    """The cycle of the latest interview that took place by `held_at` (default: `now`).

    Replies count up to `now`; an interview still to come opens no cycle yet.
    """
    calendar = calendar_for(app.place)
    place_tz = zone(app.place.timezone)
    pending = min(app.pending_replies, default=None)
    happened = held_at or now
    interview = max(
        (i for i in app.interviews if i.at <= happened), key=_interview_order, default=None
    )
    coming = any(i.at > happened for i in app.interviews)
    if interview is None:
        no_cycle = R.AFTER_INTERVIEW
        if app.status in CLOSED_STATUSES:
            no_cycle = R.CLOSED
        elif coming:
            no_cycle = R.UPCOMING_INTERVIEW
        return Cycle(
            app, calendar, place_tz, None, None, None, None, (), no_cycle, pending_reply=pending
        )
    last_reply = None
    dated_reply = None
    for reply in app.replies:
        if not interview.at <= reply.at <= now:
            continue
        if last_reply is None or reply.at >= last_reply.at:
            last_reply = reply
        if reply.new_date is not None and (dated_reply is None or reply.at >= dated_reply.at):
            dated_reply = reply
    stop: str | None = None
    # A later interview already set contradicts a refusal: no feedback request for it.
    refusal = None if coming else _refusal(app, interview, last_reply, now)
    if refusal is not None:
        stop = R.DECISION_ENDS
    elif app.status in CLOSED_STATUSES:
        stop = R.CLOSED
    elif last_reply is not None:
        stop = _STOPPING_REPLIES.get(last_reply.outcome)
    if stop is None and coming:
        stop = R.UPCOMING_INTERVIEW  # the next round is set: the last one needs no follow-up
    rows = tuple(row for row in app.followups if _in_cycle(row, interview))
    return Cycle(
        app,
        calendar,
        place_tz,
        interview,
        interview.at.astimezone(place_tz).date(),
        last_reply.at if last_reply else interview.at,
        last_reply,
        rows,
        stop,
        refusal,
        dated_reply,
        pending,
    )


def _refusal(
    app: ApplicationFacts, interview: InterviewFacts, last_reply: ReplyFacts | None, now: datetime
) -> ReplyFacts | None:
    """The cycle's first refusal, when the recruiter's last word is a refusal.

    Recording a refusal closes the application as not retained: that closed status still
    allows the feedback request; any other (withdrawn, an offer, no answer) does not.
    """
    if last_reply is None or last_reply.outcome is not ReplyOutcome.REJECTION:
        return None
    if app.status in CLOSED_STATUSES and app.status is not ApplicationStatus.REJECTED:
        return None
    refusals = [
        reply
        for reply in app.replies
        if interview.at <= reply.at <= now and reply.outcome is ReplyOutcome.REJECTION
    ]
    return min(refusals, key=lambda reply: reply.at)


def upcoming_interview(app: ApplicationFacts, now: datetime) -> InterviewFacts | None:
    """The next interview still to take place, if one is recorded."""
    return min((i for i in app.interviews if i.at > now), key=_interview_order, default=None)


def _interview_order(interview: InterviewFacts) -> tuple[datetime, int]:
    return interview.at, interview.round


def _in_cycle(row: FollowUpFacts, interview: InterviewFacts) -> bool:
    if row.interview_id == interview.id:
        return True
    moment = row_moment(row)
    if row.interview_id is not None:
        # A follow-up of the round before that went out after this interview took place
        # (recorded late, the worker sent it meanwhile) was read in this round: it counts
        # against "never follow up twice" here too.
        sent_since = moment is not None and moment >= interview.at
        return row.kind in FOLLOWUP_KINDS and counts_as_sent(row) and sent_since
    return moment is None or moment >= interview.at


# --- channel ---------------------------------------------------------------------------


def recruiter_preference(cycle: Cycle) -> Channel | None:
    """The agreement's stated channel, else a contact's (decision-makers first)."""
    if cycle.interview is not None and cycle.interview.agreement.preferred_channel:
        return cycle.interview.agreement.preferred_channel
    for contact in _by_rank(cycle.app.contacts):
        if contact.preferred_channel is not None:
            return contact.preferred_channel
    return None


def callable_contact(app: ApplicationFacts) -> ContactFacts | None:
    for contact in app.contacts:
        if contact.callable:
            return contact
    return None


def email_contact(app: ApplicationFacts) -> ContactFacts | None:
    ranked = _by_rank(app.contacts)
    for contact in ranked:
        if contact.has_email:
            return contact
    return ranked[0] if ranked else None


def _by_rank(contacts: tuple[ContactFacts, ...]) -> list[ContactFacts]:
    return sorted(contacts, key=lambda c: not c.is_decision_maker)


def recruiter_zone(cycle: Cycle, contact: ContactFacts | None) -> ZoneInfo:
    if contact is not None and contact.timezone:
        return zone(contact.timezone)
    return cycle.place_tz
