"""Placing an action in time: the first allowed window from a day, existing rows, warnings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from relance.core import rule_ids as R
from relance.core.actions import Action
from relance.core.cycle import (
    IN_FLIGHT_STATES,
    Cycle,
    email_contact,
    is_active,
    recruiter_zone,
)
from relance.core.facts import Channel, ContactFacts, FollowUpFacts, FollowUpState, Kind
from relance.core.i18n import N_
from relance.core.windows import (
    Window,
    first_window,
    last_window_end,
    start_of_day,
    window_containing,
    zone,
)

_ONE_DAY = timedelta(days=1)
SLOW_PERIOD_WARNING = N_(
    "%(window_date)s falls in a slow period (summer or year end): the answer may take longer."
)
LATE_REASON = N_("Late: it was due on %(due_date)s; it may go until %(last_date)s, then lapses.")
MOVED_REASON = N_(
    "%(due_date)s is not a sendable day or its window has passed: moved to the next allowed slot."
)


def day_floor(cycle: Cycle, tz: ZoneInfo, day: date) -> datetime:
    """The first instant of day both at the place of work and for the recruiter."""
    floor = start_of_day(day, tz)
    if tz is not cycle.place_tz:
        floor = max(floor, start_of_day(day, cycle.place_tz))
    return floor


def ideal_and_actual(
    cycle: Cycle, tz: ZoneInfo, channel: Channel, floor: datetime, now: datetime
) -> tuple[Window, Window]:
    """The window the action should have had, and the first one still open at `now`."""
    ideal = first_window(cycle.calendar, tz, channel, floor, whole_after=True)
    if ideal.end > now:
        return ideal, ideal
    return ideal, first_window(cycle.calendar, tz, channel, now, clip=False)


def matching_row(cycle: Cycle, kinds: frozenset[Kind], floor: datetime) -> FollowUpFacts | None:
    """The pending row this action already is: same kind, same silence period.

    After a reply, a row due before the new floor was planned for the old dates: it is
    cancelled (stale_followups), not moved. Before any reply, the row just moves.
    """

    # A row already being sent is the one: the others would be seconds. A failed one waits
    # for the candidate (sent it myself, back to draft, retry): planning another beside it
    # would make two of one follow-up.
    def order(row: FollowUpFacts) -> tuple[bool, bool, int]:
        return row.state not in IN_FLIGHT_STATES, row.state is FollowUpState.FAILED, row.id

    for row in sorted(cycle.rows, key=order):
        fresh = cycle.last_reply is None or row.due_at is None or row.due_at >= floor
        waiting = is_active(row) or row.state is FollowUpState.FAILED
        if fresh and row.kind in kinds and waiting and cycle.in_period(row):
            return row
    return None


def honour_row_time(
    cycle: Cycle, tz: ZoneInfo, channel: Channel, row: FollowUpFacts | None, window: Window
) -> Window:
    """A row scheduled later in a valid window keeps its time (the candidate chose it)."""
    if row is None or row.due_at is None or row.due_at <= window.end:
        return window
    chosen = window_containing(cycle.calendar, tz, channel, row.due_at)
    return chosen if chosen is not None else window


def slow_period_params(cycle: Cycle, tz: ZoneInfo, window: Window) -> dict[str, str | int]:
    day = window.start.astimezone(tz).date()
    return {"window_date": day.isoformat()} if cycle.calendar.in_slow_period(day) else {}


def suggestion(
    cycle: Cycle,
    kind: Kind,
    day: date,
    now: datetime,
    rule_ids: tuple[str, ...],
    reasons: tuple[str, ...],
    params: dict[str, str | int],
) -> Action:
    """A suggestion to the candidate: from the start of its day, in the candidate's time zone;
    it stays current until acted upon."""
    tz = zone(cycle.app.candidate_timezone)
    earliest = start_of_day(day, tz)
    last_day = max(day, now.astimezone(tz).date())
    return Action(
        kind=kind,
        channel=None,
        interview_id=cycle.interview.id if cycle.interview else None,
        earliest=earliest,
        latest=start_of_day(last_day + _ONE_DAY, tz),
        rule_ids=rule_ids,
        reasons=reasons,
        params={**params, "due_date": day.isoformat()},
    )


def moved(cycle: Cycle, tz: ZoneInfo, window: Window, day: date) -> bool:
    return window.start.astimezone(tz).date() != day


def timing_rules(is_moved: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if is_moved:
        return (R.SENDABLE_DAY, R.TIME_WINDOW), (MOVED_REASON,)
    return (R.TIME_WINDOW,), ()


@dataclass(frozen=True, slots=True)
class GracedSlot:
    """An e-mail due on one day and still sendable, marked late, until a last day."""

    start: datetime  # the window the action opens in
    latest: datetime  # the end of the last day's window
    late: bool
    row: FollowUpFacts | None  # the pending row this action already is
    contact: ContactFacts | None
    params: dict[str, str | int]  # due_date, last_date and the slow-period date if any


def graced_email_slot(
    cycle: Cycle, due: date, last: date, kinds: frozenset[Kind], now: datetime
) -> GracedSlot | None:
    """The catch-up's, thank-you's or feedback request's slot; None once it lapsed."""
    contact = email_contact(cycle.app)
    tz = recruiter_zone(cycle, contact)
    floor = day_floor(cycle, tz, due)
    ideal, window = ideal_and_actual(cycle, tz, Channel.EMAIL, floor, now)
    row = matching_row(cycle, kinds, floor)
    window = honour_row_time(cycle, tz, Channel.EMAIL, row, window)
    if window.start.astimezone(tz).date() > last:
        return None
    params: dict[str, str | int] = {
        "due_date": due.isoformat(),
        "last_date": last.isoformat(),
        **slow_period_params(cycle, tz, window),
    }
    return GracedSlot(
        start=window.start,
        latest=last_window_end(cycle.calendar, tz, Channel.EMAIL, last),
        late=window.start > ideal.start,
        row=row,
        contact=contact,
        params=params,
    )
