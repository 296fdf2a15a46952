"""Working days of the place of work: public holidays, bridge days, slow periods.

Holidays come from the pinned `holidays` package. All delays of the method count
working days (Monday to Friday minus the place's public holidays).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

from relance.core.errors import CalendarError
from relance.core.facts import Place

_ONE_DAY = timedelta(days=1)
_THURSDAY, _FRIDAY, _MONDAY, _TUESDAY = 3, 4, 0, 1

# Alsace (Bas-Rhin 67, Haut-Rhin 68) is one subdivision in `holidays`; passing 67 or 68 raises.
# "GES" (Grand Est) is deprecated there and silently drops Good Friday and 26 December.
_FRENCH_ALIASES = {"67": "6AE", "68": "6AE", "975": "PM", "977": "BL", "978": "MF"}
_FRENCH_REFUSED = {
    "GES": "Grand Est is not a holiday zone: use 57 (Moselle) or 67/68 (Alsace), "
    "or no subdivision elsewhere in Grand Est",
}
# `holidays` gives the United Kingdom without a nation only the days all four share: no Easter
# Monday, no August bank holiday. Most British jobs are in England; its calendar is the one a
# recruiter there keeps, and a place in Scotland, Wales or Northern Ireland says so (SCT, WLS, NIR).
_NATION_BY_DEFAULT = {"GB": "ENG", "UK": "ENG"}
# Metropolitan départements share the national holidays (57, 67 and 68 aside).
_METROPOLITAN = frozenset(
    [f"{n:02d}" for n in range(1, 96) if n not in (20, 57, 67, 68)] + ["2A", "2B"]
)


def resolve_subdivision(country: str, subdivision: str | None) -> tuple[str, str | None]:
    """The (country, subdivision) to hand to `holidays`, or CalendarError with the reason."""
    code = (country or "").strip().upper()
    if code not in holidays.list_supported_countries():
        raise CalendarError(f"Unknown country code {country!r}: use an ISO 3166 code like FR")
    sub = (subdivision or "").strip() or None
    if sub is None:
        return code, _NATION_BY_DEFAULT.get(code)
    if code == "FR":
        if sub.upper() in _FRENCH_REFUSED:
            raise CalendarError(_FRENCH_REFUSED[sub.upper()])
        if sub in _METROPOLITAN:
            return code, None
        sub = _FRENCH_ALIASES.get(sub, sub)
        if sub.startswith("Zone "):
            raise CalendarError(f"{sub!r} is a school-holiday zone, not a place of work")
    entity = holidays.country_holidays(code, years=())
    aliases = getattr(entity, "subdivisions_aliases", {}) or {}
    sub = aliases.get(sub, sub)
    if sub not in entity.subdivisions:
        known = ", ".join(s for s in entity.subdivisions if not s.startswith("Zone ")) or "none"
        raise CalendarError(
            f"Unknown subdivision {subdivision!r} for {code}; known subdivisions: {known}"
        )
    return code, sub


def _slow_period(d: date) -> bool:
    # Summer (14 July–20 August) and year end (24 December–2 January): Cadremploi, Europe 1.
    m, day = d.month, d.day
    if m == 7:
        return day >= 14
    if m == 8:
        return day <= 20
    return (m == 12 and day >= 24) or (m == 1 and day <= 2)


class WorkCalendar:
    """Public holidays of one place of work, cached per year (the engine asks a lot)."""

    def __init__(self, place: Place):
        self.country, self.subdivision = resolve_subdivision(place.country, place.subdivision)
        self._years: dict[int, frozenset[date]] = {}
        self._names: dict[date, str] = {}
        self._sendable: dict[date, bool] = {}
        self._added: dict[tuple[date, int], date] = {}

    def _holidays_of(self, year: int) -> frozenset[date]:
        found = self._years.get(year)
        if found is None:
            table = holidays.country_holidays(self.country, subdiv=self.subdivision, years=year)
            self._names.update(table.items())
            found = self._years[year] = frozenset(table.keys())
        return found

    def holiday_name(self, d: date) -> str | None:
        return self._names.get(d) if self.is_holiday(d) else None

    def is_holiday(self, d: date) -> bool:
        return d in self._holidays_of(d.year)

    def is_working_day(self, d: date) -> bool:
        return d.weekday() < 5 and d not in self._holidays_of(d.year)

    def is_bridge_day(self, d: date) -> bool:
        """A likely pont: the Friday after a Thursday holiday, the Monday before a Tuesday one."""
        weekday = d.weekday()
        if weekday == _FRIDAY:
            return self.is_holiday(d - _ONE_DAY)
        if weekday == _MONDAY:
            return self.is_holiday(d + _ONE_DAY)
        return False

    def is_sendable_day(self, d: date) -> bool:
        """A working day that is not a likely bridge day."""
        cached = self._sendable.get(d)
        if cached is None:
            cached = self._sendable[d] = self.is_working_day(d) and not self.is_bridge_day(d)
        return cached

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after d."""
        found = self._added.get((d, 1))
        if found is not None:
            return found
        d += _ONE_DAY
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after d (d itself when n is 0); d may be a day off."""
        key = (d, n)
        found = self._added.get(key)
        if found is None:
            if n < 0:
                raise ValueError("add_working_days counts forward only")
            found = d
            for _ in range(n):
                found = self.next_working_day(found)
            # Bounded in practice: a few years of dates times a handful of delays.
            self._added[key] = found
        return found

    def next_sendable_day(self, d: date) -> date:
        """d when it is sendable, else the first sendable day after it."""
        while not self.is_sendable_day(d):
            d += _ONE_DAY
        return d

    def in_slow_period(self, d: date) -> bool:
        return _slow_period(d)


@lru_cache(maxsize=256)
def calendar_for(place: Place) -> WorkCalendar:
    """One shared calendar per place (Place is frozen, hence hashable)."""
    return WorkCalendar(place)
