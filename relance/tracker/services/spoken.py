"""Dates as people say them, in the active language, for every sentence a person reads.

ISO dates stay where machines read them (JSON fields, events, exports); a refusal, a
reason or a nudge says "lundi 6 janvier 2020" / "Monday 6 January 2020", with "1er" on
the first of the month in French and the year only when it is not the current one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def spoken_date(day: date, pattern: str) -> str:
    """A date as people say it: "1er décembre" in French, "1 December" in English."""
    text = date_format(day, pattern)
    if day.day == 1 and (get_language() or "").startswith("fr"):
        text = re.sub(r"(^|\s)1(\s)", r"\g<1>1er\g<2>", text, count=1)
    return text


def spoken_day(day: date) -> str:
    """'lundi 6 janvier', with the year when it is not this year ('lundi 6 janvier 2020')."""
    if isinstance(day, datetime):
        day = day.date()
    same_year = day.year == timezone.localdate().year
    return spoken_date(day, "l j F" if same_year else "l j F Y")


def spoken_moment(moment: datetime) -> str:
    """'lundi 6 janvier 2020, 14:30': a local (or naive) wall-clock time."""
    return _("%(day)s, %(time)s") % {"day": spoken_day(moment), "time": date_format(moment, "H:i")}


def readable(params: Mapping[str, object], pattern: str = "j F") -> dict[str, object]:
    """ISO dates from the engine, written the way people read them ("9 March")."""
    out: dict[str, object] = {}
    for name, value in params.items():
        if isinstance(value, str) and ISO_DATE.fullmatch(value):
            out[name] = spoken_date(date.fromisoformat(value), pattern)
        else:
            out[name] = value
    return out


def spoken_params(params: Mapping[str, object]) -> dict[str, object]:
    """A refusal's ISO dates as whole days: 'lundi 6 janvier 2020'."""
    out: dict[str, object] = {}
    for name, value in params.items():
        if isinstance(value, str) and ISO_DATE.fullmatch(value):
            out[name] = spoken_day(date.fromisoformat(value))
        else:
            out[name] = value
    return out
