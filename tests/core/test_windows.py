from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from relance.core.calendar import WorkCalendar
from relance.core.facts import Channel, Place
from relance.core.windows import Window, first_window, window_containing
from tests.core.builders import at

FRANCE = WorkCalendar(Place())


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_it_opens_the_email_window_at_09_30_paris() -> None:
    window = first_window(FRANCE, "Europe/Paris", Channel.EMAIL, at(date(2025, 3, 12), 0))
    assert window == Window(utc(2025, 3, 12, 8, 30), utc(2025, 3, 12, 10, 30))


def test_it_starts_monday_at_11() -> None:
    window = first_window(FRANCE, "Europe/Paris", Channel.EMAIL, at(date(2025, 3, 15), 12))
    assert window == Window(utc(2025, 3, 17, 10, 0), utc(2025, 3, 17, 10, 30))


def test_it_drops_the_friday_afternoon_call_slot() -> None:
    window = first_window(FRANCE, "Europe/Paris", Channel.PHONE, at(date(2025, 3, 14), 13))
    assert window.start == at(date(2025, 3, 17), 11)


def test_it_offers_the_afternoon_call_slot_midweek() -> None:
    window = first_window(FRANCE, "Europe/Paris", Channel.PHONE, at(date(2025, 3, 12), 13))
    assert window == Window(at(date(2025, 3, 12), 14, 30), at(date(2025, 3, 12), 17, 30))


def test_it_clips_an_open_window_unless_asked_not_to() -> None:
    now = at(date(2025, 3, 12), 10, 15)
    assert first_window(FRANCE, "Europe/Paris", Channel.EMAIL, now).start == now
    whole = first_window(FRANCE, "Europe/Paris", Channel.EMAIL, now, clip=False)
    assert whole.start == at(date(2025, 3, 12), 9, 30)


def test_it_follows_the_spring_dst_change_in_paris() -> None:
    # Clocks go forward on Sunday 30 March 2025: Monday 11:00 is 09:00 UTC, not 10:00.
    before = first_window(FRANCE, "Europe/Paris", Channel.EMAIL, utc(2025, 3, 22))
    after = first_window(FRANCE, "Europe/Paris", Channel.EMAIL, utc(2025, 3, 29))
    assert before.start == utc(2025, 3, 24, 10, 0)
    assert after.start == utc(2025, 3, 31, 9, 0)


def test_it_follows_the_autumn_dst_change_in_paris() -> None:
    # Clocks go back on Sunday 26 October 2025.
    window = first_window(FRANCE, "Europe/Paris", Channel.EMAIL, utc(2025, 10, 25))
    assert window == Window(utc(2025, 10, 27, 10, 0), utc(2025, 10, 27, 10, 30))


def test_it_uses_the_recruiters_clock_in_montreal() -> None:
    # Montreal switches on 9 March 2025, three weeks before Paris.
    window = first_window(FRANCE, "America/Montreal", Channel.EMAIL, utc(2025, 3, 11))
    assert window == Window(utc(2025, 3, 11, 13, 30), utc(2025, 3, 11, 15, 30))
    window = first_window(FRANCE, "America/Montreal", Channel.EMAIL, utc(2025, 3, 6))
    assert window.start == utc(2025, 3, 6, 14, 30)


def test_it_skips_holidays_and_bridges() -> None:
    window = first_window(FRANCE, "Europe/Paris", Channel.EMAIL, at(date(2025, 5, 28), 12))
    assert window.start == at(date(2025, 6, 2), 11)


def test_it_finds_the_window_holding_a_moment() -> None:
    assert window_containing(FRANCE, "Europe/Paris", Channel.EMAIL, at(date(2025, 3, 12), 10))
    assert not window_containing(FRANCE, "Europe/Paris", Channel.EMAIL, at(date(2025, 3, 12), 12))
    assert not window_containing(FRANCE, "Europe/Paris", Channel.EMAIL, at(date(2025, 3, 17), 10))


def test_it_refuses_an_unknown_time_zone() -> None:
    with pytest.raises(ValueError, match="Unknown time zone 'Mars/Olympus'"):
        first_window(FRANCE, "Mars/Olympus", Channel.EMAIL, utc(2025, 3, 11))
