"""The time-of-day slots when a message or a call may reach the recruiter.

Slots are in the recruiter's local time and are built as local wall-clock datetimes
with zoneinfo, then converted to UTC: never add durations to aware local datetimes,
DST changes would shift them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from relance.core.calendar import WorkCalendar
from relance.core.facts import Channel

_ONE_DAY = timedelta(days=1)
# HelloWork, Flexijobs, Keljob, Inc.
SLOTS: dict[Channel, tuple[tuple[time, time], ...]] = {
    Channel.EMAIL: ((time(9, 30), time(11, 30)),),
    Channel.PHONE: ((time(10, 0), time(12, 0)), (time(14, 30), time(17, 30))),
}
MONDAY_NOT_BEFORE = time(11, 0)
FRIDAY_NOT_AFTER = time(14, 0)
# How far ahead to look for a sendable day before giving up (a broken calendar).
_SEARCH_DAYS = 60


@dataclass(frozen=True, slots=True)
class Window:
    start: datetime  # UTC
    end: datetime  # UTC


def zone(tz: str | ZoneInfo) -> ZoneInfo:
    """A ZoneInfo, or ValueError naming the unknown time zone."""
    if isinstance(tz, ZoneInfo):
        return tz
    return _zone(tz)


@lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"Unknown time zone {name!r}: use a name like Europe/Paris") from exc


def local_slots(channel: Channel, weekday: int) -> tuple[tuple[time, time], ...]:
    """The day's slots in local wall-clock time, Monday and Friday trimmed."""
    return _local_slots(channel, weekday)


@lru_cache(maxsize=32)
def _local_slots(channel: Channel, weekday: int) -> tuple[tuple[time, time], ...]:
    trimmed = []
    for start, end in SLOTS[channel]:
        if weekday == 0:
            start = max(start, MONDAY_NOT_BEFORE)
        if weekday == 4:
            end = min(end, FRIDAY_NOT_AFTER)
        if start < end:
            trimmed.append((start, end))
    return tuple(trimmed)


@lru_cache(maxsize=65536)
def windows_on(day: date, tz: ZoneInfo, channel: Channel) -> tuple[Window, ...]:
    """The day's windows in UTC (the day being sendable is the caller's business)."""
    return tuple(
        Window(
            datetime.combine(day, start, tzinfo=tz).astimezone(UTC),
            datetime.combine(day, end, tzinfo=tz).astimezone(UTC),
        )
        for start, end in _local_slots(channel, day.weekday())
    )


def local_date(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


@lru_cache(maxsize=65536)
def start_of_day(day: date, tz: ZoneInfo) -> datetime:
    """Local midnight of day, in UTC."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def first_window(
    calendar: WorkCalendar,
    tz: str | ZoneInfo,
    channel: Channel,
    not_before: datetime,
    *,
    clip: bool = True,
    whole_after: bool = False,
) -> Window:
    """The earliest allowed window on a sendable day that ends after not_before.

    With clip (the default) a window already open at not_before starts at not_before;
    without, it keeps its natural start (the planner shows whole slots). With
    whole_after, a window already open is skipped: the result starts at or after
    not_before (a date floor must not be crossed).
    """
    zi = zone(tz)
    day = local_date(not_before, zi)
    for _ in range(_SEARCH_DAYS):
        if calendar.is_sendable_day(day):
            for window in windows_on(day, zi, channel):
                if window.end <= not_before:
                    continue
                if window.start < not_before:
                    if whole_after:
                        continue
                    if clip:
                        return Window(not_before, window.end)
                return window
        day += _ONE_DAY
    raise ValueError(f"No sendable day within {_SEARCH_DAYS} days of {not_before:%Y-%m-%d}")


def last_window_end(calendar: WorkCalendar, tz: ZoneInfo, channel: Channel, day: date) -> datetime:
    """The end of the last window on the last sendable day at or before day."""
    for _ in range(_SEARCH_DAYS):
        if calendar.is_sendable_day(day):
            found = windows_on(day, tz, channel)
            if found:
                return found[-1].end
        day -= _ONE_DAY
    raise ValueError(f"No sendable day within {_SEARCH_DAYS} days before {day:%Y-%m-%d}")


def window_containing(
    calendar: WorkCalendar, tz: str | ZoneInfo, channel: Channel, moment: datetime
) -> Window | None:
    """The allowed window holding moment, or None when moment is outside every window."""
    zi = zone(tz)
    day = local_date(moment, zi)
    if not calendar.is_sendable_day(day):
        return None
    for window in windows_on(day, zi, channel):
        if window.start <= moment < window.end:
            return window
    return None
