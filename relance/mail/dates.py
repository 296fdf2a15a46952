"""Dates in a recruiter's words, French or English, relative to the message's date.

"d'ici la fin de la semaine prochaine", "le 15 janvier", "lundi prochain", "early next week",
"by the end of the month", "on January 15th", "dans deux semaines"... A vague range resolves to
its latest plausible day: following up before the recruiter's own date is the mistake to avoid.
Matching runs on `fold(text)`, which keeps positions, so spans point into the original text.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "janv": 1, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
}  # fmt: skip
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "dix": 10, "quinze": 14, "one": 1, "a": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "ten": 10, "fifteen": 15, "a couple of": 2, "a few": 3, "quelques": 3,
}  # fmt: skip

MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
WEEKDAY = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"
NUMBER = r"(?P<n>\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
DAY = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?"
YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
EDGE = (
    r"(?P<edge>au debut de|at the beginning of|beginning of|start of|debut|early|the middle of|"
    r"middle of|milieu de|mi-|mid-|mid|the end of|end of|fin|late)"
)


def fold(text: str) -> str:
    """Lowercase without accents, one character for one, so match positions stay valid."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0].lower()[:1] or char
        out.append("'" if base in "’‘`" else base)
    return "".join(out)


@dataclass(frozen=True)
class FoundDate:
    day: date
    start: int
    end: int


Resolver = Callable[[re.Match[str], date], date | None]


def _friday(day: date, weeks_ahead: int = 0) -> date:
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=weeks_ahead)
    if weeks_ahead == 0 and day.weekday() >= 5:
        monday += timedelta(weeks=1)  # "this week" said on a weekend means the coming one
    return monday + timedelta(days=4)


def _week(match: re.Match[str], ref: date) -> date:
    edge = match.group("edge") if "edge" in match.re.groupindex else ""
    edge = edge or ""
    ahead = 1 if match.group("which") in ("prochaine", "next") else 0
    friday = _friday(ref, ahead)
    if edge.startswith(("debut", "early", "start", "beginning", "au debut", "at the")):
        return friday - timedelta(days=3)  # Tuesday
    if edge.startswith(("mi", "mid", "milieu", "the middle")):
        return friday - timedelta(days=2)
    return friday


def _month_part(month: int, year: int, edge: str) -> date:
    if edge.startswith(("debut", "early", "start", "beginning", "au debut", "at the")):
        return date(year, month, 7)
    if edge.startswith(("mi", "mid", "milieu", "the middle")):
        return date(year, month, 15)
    return date(year, month, calendar.monthrange(year, month)[1])


def _this_or_next_month(match: re.Match[str], ref: date) -> date:
    month, year = ref.month, ref.year
    if match.groupdict().get("which") in ("prochain", "next"):
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return _month_part(month, year, match.group("edge"))


def _named_month(match: re.Match[str], ref: date) -> date:
    month = MONTHS[match.group("month")]
    year = int(match.group("year") or 0) or (ref.year + (month < ref.month))
    return _month_part(month, year, match.group("edge"))


def _day_month(match: re.Match[str], ref: date) -> date | None:
    month, day = MONTHS[match.group("month")], int(match.group("day"))
    return _next_occurrence(ref, month, day, match.group("year"))


def _numeric(match: re.Match[str], ref: date) -> date | None:
    # French order (day/month); ISO dates have their own pattern.
    day, month = int(match.group("day")), int(match.group("m"))
    return _next_occurrence(ref, month, day, match.group("y"))


def _iso(match: re.Match[str], ref: date) -> date | None:
    try:
        return date(int(match.group("y")), int(match.group("m")), int(match.group("day")))
    except ValueError:
        return None


def _next_occurrence(ref: date, month: int, day: int, year: str | None) -> date | None:
    try:
        if year:
            return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
        found = date(ref.year, month, day)
        return found if found >= ref - timedelta(days=7) else date(ref.year + 1, month, day)
    except ValueError:
        return None


def _weekday(match: re.Match[str], ref: date) -> date:
    target = WEEKDAYS[match.group("weekday")]
    ahead = (target - ref.weekday()) % 7 or 7
    return ref + timedelta(days=ahead)


def _span(match: re.Match[str], ref: date) -> date:
    count = NUMBERS.get(match.group("n")) or int(match.group("n"))
    unit = match.group("unit")
    if unit.startswith(("semaine", "week")):
        return ref + timedelta(weeks=count)
    if unit.startswith(("mois", "month")):
        return ref + timedelta(days=30 * count)
    return ref + timedelta(days=count)


PATTERNS: list[tuple[str, Resolver]] = [
    (rf"(?:{EDGE}\s*(?:de\s+|d')?(?:la\s+)?)?semaine\s+(?P<which>prochaine)", _week),
    (rf"(?:{EDGE}\s*(?:of\s+)?(?:the\s+)?)?(?P<which>next|this)\s+week\b", _week),
    (rf"{EDGE}\s*(?:de\s+|d'|of\s+)?(?:la\s+|the\s+|cette\s+)?(?P<which>semaine|week)\b", _week),
    (r"(?P<which>cette)\s+semaine", _week),
    (rf"{EDGE}\s*(?:du\s+|de\s+ce\s+|of\s+)?(?:the\s+)?(?:mois|month)(?:\s+(?P<which>prochain))?",
     _this_or_next_month),
    (rf"{EDGE}\s*(?:of\s+)?(?P<which>next|this)\s+month", _this_or_next_month),
    (rf"{EDGE}\s*(?:de\s+|d'|of\s+)?{MONTH}{YEAR}", _named_month),
    (rf"\b{DAY}\s+(?:de\s+)?{MONTH}{YEAR}", _day_month),
    (rf"\b{MONTH}\s+{DAY}\b{YEAR}", _day_month),
    (r"\b(?P<y>20\d\d)-(?P<m>[01]?\d)-(?P<day>[0-3]?\d)\b", _iso),
    (r"\b(?P<day>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>(?:20)?\d\d))?\b", _numeric),
    (rf"\b{WEEKDAY}(?:\s+(?:prochain|next))?\b", _weekday),
    (rf"\bnext\s+{WEEKDAY}\b", _weekday),
    (rf"\b(?:dans|sous|d'ici|within|in|en)\s+(?:les\s+|the\s+)?{NUMBER}\s+"
     r"(?P<unit>jours?|semaines?|mois|days?|weeks?|months?)\b", _span),
    (r"\bquinze jours\b|\bfortnight\b", lambda m, ref: ref + timedelta(days=14)),
    (r"\bapres-demain\b|\bday after tomorrow\b", lambda m, ref: ref + timedelta(days=2)),
    (r"\bdemain\b|\btomorrow\b", lambda m, ref: ref + timedelta(days=1)),
    (r"\b(?:dans les|in the) (?:prochains jours|next few days|coming days)\b",
     lambda m, ref: ref + timedelta(days=7)),
]  # fmt: skip
COMPILED = [(re.compile(pattern), resolve) for pattern, resolve in PATTERNS]


def find_dates(text: str, ref: date) -> list[FoundDate]:
    """Every date expression, leftmost first, the longest where two overlap."""
    folded = fold(text)
    found: list[FoundDate] = []
    for pattern, resolve in COMPILED:
        for match in pattern.finditer(folded):
            day = resolve(match, ref)
            if day is not None:
                found.append(FoundDate(day, match.start(), match.end()))
    found.sort(key=lambda item: (item.start, item.start - item.end))
    kept: list[FoundDate] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept
