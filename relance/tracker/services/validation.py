"""Input checks shared by every write path, with messages in the user's language."""

from __future__ import annotations

import functools
import zoneinfo
from datetime import UTC, date, datetime

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import validate_email as django_validate_email
from django.utils.translation import gettext as _

from relance.core.calendar import WorkCalendar
from relance.core.facts import Place
from relance.tracker.services.bounds import check_text, check_year
from relance.tracker.services.spoken import spoken_day, spoken_moment


def normalise_phone(raw: str, country: str = "FR") -> str:
    """Return the number in E.164, or raise ValidationError."""
    try:
        parsed = phonenumbers.parse(raw, country or "FR")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(
            _("“%(number)s” is not a phone number."), code="phone", params={"number": raw}
        ) from exc
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError(
            _("“%(number)s” is not a valid phone number."), code="phone", params={"number": raw}
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str, country: str = "") -> str:
    """As people of `country` write it ("01 45 48 53 91"); international otherwise."""
    parsed = phonenumbers.parse(e164, None)
    national = country and phonenumbers.region_code_for_number(parsed) == country.upper()
    style = phonenumbers.PhoneNumberFormat.NATIONAL if national else None
    return phonenumbers.format_number(parsed, style or phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@functools.cache
def _iana_zones() -> frozenset[str]:
    # Some systems list their own links too: they are files, not zones of the world.
    return frozenset(zoneinfo.available_timezones()) - {"localtime", "posixrules", "Factory"}


def validate_timezone(name: str) -> str:
    """An IANA zone name; not a file path or `localtime`, which ZoneInfo would also open."""
    try:
        if not isinstance(name, str) or name not in _iana_zones():
            raise ValueError(name)
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            _("Unknown time zone “%(tz)s”. Use a name like Europe/Paris."),
            code="timezone",
            params={"tz": name},
        ) from exc
    return name


def validate_place(country: str, subdivision: str, timezone: str) -> Place:
    validate_timezone(timezone)
    place = Place(country=country.upper(), subdivision=subdivision or None, timezone=timezone)
    try:
        WorkCalendar(place)
    except ValueError as exc:
        raise ValidationError(
            _("Unknown place of work: %(detail)s"), code="place", params={"detail": str(exc)}
        ) from exc
    return place


def validate_email(value: str) -> str:
    value = value.strip()
    try:
        # A line break inside would add a header to the messages sent to this address.
        check_text(value, "e-mail", 254, multiline=False)
        django_validate_email(value)
    except ValidationError as exc:
        raise ValidationError(
            _("“%(email)s” is not a valid e-mail address."), code="email", params={"email": value}
        ) from exc
    return value


def validate_not_before(value: date | None, floor: date, label: str) -> None:
    if value is not None and value < floor:
        raise ValidationError(
            _("%(label)s (%(date)s) cannot be before the interview (%(floor)s)."),
            code="date",
            params={"label": label, "date": spoken_day(value), "floor": spoken_day(floor)},
        )


def parse_moment(value: str, tz: str) -> datetime:
    """A date and time typed by a person: local to `tz` unless it carries an offset."""
    try:
        parsed = datetime.fromisoformat(str(value).strip().replace(" ", "T", 1))
    except ValueError:
        raise ValidationError(
            _("“%(v)s” is not a date and time (expected 2026-03-10 14:30)."),
            code="moment",
            params={"v": value},
        ) from None
    # Before any time-zone arithmetic, which overflows near year 1 and 9999.
    check_year(parsed, _("The date"))
    if parsed.tzinfo is None:
        parsed = localize(parsed, tz)
    return parsed.astimezone(UTC)


def localize(naive: datetime, tz: str) -> datetime:
    """A wall-clock time in `tz`, refused when the clocks skip it (spring DST change).

    An hour that happens twice (autumn) is read as its first occurrence.
    """
    zone = zoneinfo.ZoneInfo(tz)
    aware = naive.replace(tzinfo=zone, fold=0)
    if aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive.replace(fold=0):
        raise ValidationError(
            _("%(time)s does not exist in %(tz)s: the clocks skip that hour."),
            code="dst_gap",
            params={"time": spoken_moment(naive), "tz": tz},
        )
    return aware


def parse_day(value: str | None) -> date | None:
    if value is None or value == "":
        return None
    try:
        day = date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            _("“%(v)s” is not a date (expected 2026-03-10)."), code="date", params={"v": value}
        ) from None
    check_year(day, _("The date"))
    return day
