"""Plausibility limits every write path applies: dates per field, text per column.

The web forms, the CLI, the API and the import all reach the services, which call
these checks before writing, so a value is refused the same way, with the same
message, whichever way it came in. The ranges are documented in docs/input-limits.md.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext as _

from relance.tracker.services.spoken import spoken_day

# Any date or time typed anywhere (including `agenda --as-of`): far enough from year 1
# and 9999 that the calendar arithmetic of the rules engine can never overflow.
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100
# An interview is recorded shortly before or after it happens; an import may bring
# back a few years of history.
INTERVIEW_YEARS_BEFORE, INTERVIEW_YEARS_AFTER = 5, 2
# A date promised by the recruiter (decision, call-back, "no news means no", a new
# date given in a reply) lies after the interview or the reply, within this span.
PROMISE_YEARS = 2
# Text columns without a database limit (bodies, notes) still get one: a message
# or a note longer than this is a mistake (a pasted file), and it keeps the tone
# check and the exports bounded.
LONG_TEXT_LIMIT = 50_000

# Characters that end a line for some mail or text programs, beyond CR and LF.
LINE_BREAKS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# What a multi-line text (a message, a note) may hold of the C0/C1 controls.
TEXT_CONTROLS_ALLOWED = frozenset("\n\r\t")


def _years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def check_year(value: date | datetime, label: str) -> None:
    """Refuse a year Relance cannot plan with (0026 typed for 2026, 9999, 0001)."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValidationError(
            _("%(label)s (%(value)s): the year must be between %(low)d and %(high)d."),
            code="date_range",
            params={
                "label": label,
                "value": spoken_day(value),
                "low": EARLIEST_YEAR,
                "high": LATEST_YEAR,
            },
        )


def check_interview_moment(at: datetime, now: datetime) -> None:
    label = _("The interview date")
    check_year(at, label)
    today = now.date()
    low, high = _years(today, -INTERVIEW_YEARS_BEFORE), _years(today, INTERVIEW_YEARS_AFTER)
    if not low <= at.date() <= high:
        raise ValidationError(
            _("%(label)s (%(value)s) must be between %(low)s and %(high)s."),
            code="date_range",
            params={
                "label": label,
                "value": spoken_day(at),
                "low": spoken_day(low),
                "high": spoken_day(high),
            },
        )


def check_promised_day(value: date | None, start: date, label: str) -> None:
    """A date promised at `start` (an interview or a reply day): not decades away.

    Whether it may be before `start` is the caller's rule, with its own wording.
    """
    if value is None:
        return
    check_year(value, label)
    latest = _years(start, PROMISE_YEARS)
    if value > latest:
        raise ValidationError(
            _("%(label)s (%(date)s) is more than %(n)d years away; it should be by %(latest)s."),
            code="date_range",
            params={
                "label": label,
                "date": spoken_day(value),
                "n": PROMISE_YEARS,
                "latest": spoken_day(latest),
            },
        )


def _bad_character(value: str, allowed: frozenset[str]) -> str | None:
    for char in value:
        if char in allowed:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs") or char in LINE_BREAKS:
            return char
    return None


def check_text(value: str, label: str, max_length: int | None, *, multiline: bool) -> str:
    """Refuse what the database or a mail header cannot hold; returns `value` unchanged.

    A one-line text (a name, a subject) holds no control character and no line break
    of any kind (U+2028 would split a mail header); a multi-line one allows newlines and
    tabs. Lone surrogates are never stored: no encoder can write them out again.
    """
    if not isinstance(value, str):
        raise ValidationError(_("%(label)s: expected text."), code="type", params={"label": label})
    limit = max_length if max_length is not None else LONG_TEXT_LIMIT
    if len(value) > limit:
        raise ValidationError(
            _("%(label)s is too long: %(got)d characters, at most %(n)d."),
            code="length",
            params={"label": label, "got": len(value), "n": limit},
        )
    bad = _bad_character(value, TEXT_CONTROLS_ALLOWED if multiline else frozenset())
    if bad is not None:
        if not multiline and bad in LINE_BREAKS:
            message = _("%(label)s must fit on one line (it holds the character U+%(code)04X).")
        else:
            message = _("%(label)s holds a character that cannot be stored (U+%(code)04X).")
        raise ValidationError(message, code="character", params={"label": label, "code": ord(bad)})
    return value


def check_fields(model: type[models.Model], values: Mapping[str, object]) -> None:
    """Check each text value against its model field: its length and whether it is one line.

    A TextField is multi-line; a CharField is one line. The field's verbose name is the
    label, so the messages speak of "company" or "subject" as the forms do.
    """
    for name, value in values.items():
        field = model._meta.get_field(name)
        assert isinstance(field, models.Field)
        label = str(field.verbose_name).capitalize()
        if isinstance(value, str):
            check_text(
                value,
                label,
                field.max_length,
                multiline=isinstance(field, models.TextField),
            )
        elif value is not None and isinstance(field, (models.CharField, models.TextField)):
            check_text(value, label, field.max_length, multiline=False)  # type: ignore[arg-type]


def check_web_url(value: str, label: str) -> str:
    """Only http(s) addresses: a `javascript:` link would run when clicked."""
    value = value.strip()
    if not value:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        raise ValidationError(
            _("%(label)s must be a web address starting with http:// or https://."),
            code="url",
            params={"label": label},
        ) from None
    return value
