from __future__ import annotations

from datetime import date

import pytest

from relance.core.calendar import WorkCalendar, calendar_for
from relance.core.errors import CalendarError
from relance.core.facts import Place

FRANCE = WorkCalendar(Place())
MOSELLE = WorkCalendar(Place(subdivision="57"))
BAS_RHIN = WorkCalendar(Place(subdivision="67"))
REUNION = WorkCalendar(Place(subdivision="974", timezone="Indian/Reunion"))


def test_it_counts_easter_monday_everywhere_in_france() -> None:
    assert FRANCE.is_holiday(date(2025, 4, 21))
    assert not FRANCE.is_working_day(date(2025, 4, 21))


def test_it_keeps_good_friday_and_26_december_for_alsace_moselle_only() -> None:
    for day in (date(2025, 4, 18), date(2025, 12, 26)):
        assert not FRANCE.is_holiday(day)
        assert MOSELLE.is_holiday(day)
        assert BAS_RHIN.is_holiday(day)


def test_it_maps_bas_rhin_and_haut_rhin_to_alsace() -> None:
    assert BAS_RHIN.subdivision == "6AE"
    assert WorkCalendar(Place(subdivision="68")).subdivision == "6AE"
    assert MOSELLE.subdivision == "57"


def test_it_refuses_the_deprecated_grand_est_code() -> None:
    with pytest.raises(CalendarError, match="57"):
        WorkCalendar(Place(subdivision="GES"))


def test_it_treats_other_metropolitan_departements_as_national() -> None:
    assert WorkCalendar(Place(subdivision="75")).subdivision is None


def test_it_refuses_unknown_country_and_subdivision() -> None:
    with pytest.raises(ValueError, match="Unknown country code 'XX'"):
        WorkCalendar(Place(country="XX"))
    with pytest.raises(ValueError, match="Unknown subdivision '99'"):
        WorkCalendar(Place(subdivision="99"))


def test_it_knows_the_abolition_day_of_la_reunion() -> None:
    assert REUNION.is_holiday(date(2025, 12, 20))
    assert not FRANCE.is_holiday(date(2025, 12, 20))


def test_it_counts_whit_monday_as_a_holiday() -> None:
    assert not FRANCE.is_working_day(date(2025, 6, 9))


def test_it_counts_christmas_as_a_holiday() -> None:
    assert FRANCE.is_holiday(date(2025, 12, 25))


def test_it_finds_the_ascension_bridge_friday() -> None:
    assert FRANCE.is_working_day(date(2025, 5, 30))
    assert FRANCE.is_bridge_day(date(2025, 5, 30))
    assert not FRANCE.is_sendable_day(date(2025, 5, 30))


def test_it_finds_the_monday_before_a_tuesday_holiday() -> None:
    # 11 November 2025 is a Tuesday.
    assert FRANCE.is_bridge_day(date(2025, 11, 10))
    assert not FRANCE.is_bridge_day(date(2025, 11, 12))


def test_it_treats_the_friday_after_christmas_as_a_bridge_nationally() -> None:
    assert FRANCE.is_bridge_day(date(2025, 12, 26))
    assert FRANCE.is_working_day(date(2025, 12, 26))


def test_it_adds_working_days_over_a_weekend_and_a_holiday() -> None:
    assert FRANCE.add_working_days(date(2025, 4, 17), 2) == date(2025, 4, 22)
    assert MOSELLE.add_working_days(date(2025, 4, 17), 2) == date(2025, 4, 23)
    assert FRANCE.add_working_days(date(2025, 3, 15), 0) == date(2025, 3, 15)


def test_it_finds_the_next_working_day() -> None:
    assert FRANCE.next_working_day(date(2025, 3, 14)) == date(2025, 3, 17)
    assert FRANCE.next_working_day(date(2025, 5, 28)) == date(2025, 5, 30)


def test_it_knows_the_slow_periods() -> None:
    assert FRANCE.in_slow_period(date(2025, 7, 14))
    assert FRANCE.in_slow_period(date(2025, 8, 20))
    assert not FRANCE.in_slow_period(date(2025, 8, 21))
    assert FRANCE.in_slow_period(date(2026, 1, 2))
    assert not FRANCE.in_slow_period(date(2026, 1, 3))


def test_it_uses_other_countries_by_iso_code() -> None:
    quebec = WorkCalendar(Place(country="CA", subdivision="QC"))
    assert quebec.is_holiday(date(2025, 6, 24))  # Fête nationale
    assert not FRANCE.is_holiday(date(2025, 6, 24))


def test_it_shares_one_calendar_per_place() -> None:
    assert calendar_for(Place(subdivision="57")) is calendar_for(Place(subdivision="57"))


def test_it_keeps_england_s_bank_holidays_for_a_british_job_with_no_nation_given() -> None:
    britain = WorkCalendar(Place("GB", timezone="Europe/London"))
    scotland = WorkCalendar(Place("GB", "SCT", "Europe/London"))
    for day in (date(2028, 4, 17), date(2028, 8, 28)):  # Easter Monday, summer bank holiday
        assert britain.is_holiday(day)
        assert not scotland.is_holiday(day)
    assert britain.next_sendable_day(date(2028, 4, 14)) == date(2028, 4, 18)
