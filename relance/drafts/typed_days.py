"""A day as a phone types it in the notes, read for sure or not at all.

"jeudi 3 dec", "tues 1st dec", "Dec 1", "le 8 décembre", "mercredi 2" (the next Wednesday
that is the 2nd), "samedi" (the first Saturday after the interview). Months and weekdays may
be cut short ("déc", "janv", "tues", "thurs") when a day's number is next to them, so that a
word like "mon" or "mar" elsewhere is never read as a day; a weekday alone only when cut to
four letters or more ("thurs", "tues", "vend"). A date whose weekday does not
match its number ("mardi 3 décembre" when the 3rd is a Thursday) is not read: the notes say
two things and the e-mail must not pick one.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from relance.core.names import EN_DAYS, EN_MONTHS, FR_DAYS, FR_MONTHS

# How far ahead "mercredi 2" may lie: a stage is set within the coming weeks, not a year.
MONTHS_AHEAD = 3
WORD = r"[^\W\d_]+\.?"
NUMBER = r"(\d{1,2})(?:st|nd|rd|th|er|ème|e)?"
# "1st" reaches here as "first" (the English shorthand list spells it out).
EN_ORDINALS = ("first", "second", "third")
ORDINAL = r"(?:the\s+)?(?:" + NUMBER + r"|(first|second|third))"
# Followed by an hour ("lundi 7 h", "tues 7pm", "9:30") or the end of a span of hours
# ("trial shift saturday 12-6", writer AE's ae25), a number is no day of the month; one with
# its ordinal's ending is ("fri 16th 7am").
NOT_DAY = r"(?![/.]\d)(?:(?<=[^\W\d_])|(?!\s*(?:h\b|h\d|am\b|pm\b|:|\d|[-–]\s*\d)))"
# "27/10", "21.10", "10/16" (a US month first): read only when a single reading falls in the
# weeks around the interview; "24/7", "3/5 ans", "1/2" are no days.
NUMERIC = (
    r"\b(?:({WORD})\s+)?(?:(?:le|the|on)\s+)?(\d{{1,2}})[/.](\d{{1,2}})(?:[/.](\d{{2,4}}))?"
    r"(?![/.]?\d)"
)
NUMERIC_BEHIND = 30  # days before the interview a numeric date is still read (as past)
CUT_ALONE = 4  # "mon", "sat", "mar" may be words; "thurs" is a day
UNAMBIGUOUS_EN_CUTS = frozenset({"tue", "wed", "thu", "fri"})
# "w/c 7 dec", "week commencing 7th" (British): a week named by its Monday, as "week of"
WEEK = re.compile(
    r"(?:\bsemaine\s+du|\bweek\s+of|\bweek\s+commencing|\bw/c|\bw\.c\.)\s*$", re.IGNORECASE
)
# "cette semaine", "this week": the interview's week, said of an offer or of work handed in
THIS_WEEK = re.compile(r"\b(?:cette\s+semaine|this\s+week)\b", re.IGNORECASE)


def _fold(word: str) -> str:
    text = unicodedata.normalize("NFD", word.lower().rstrip("."))
    return "".join(char for char in text if not unicodedata.combining(char))


def _index(word: str, names: tuple[str, ...], *, cut: bool) -> int | None:
    """The place of `word` in `names` (whole, or when `cut` a unique prefix of 3 letters+)."""
    low = _fold(word)
    folded = [_fold(name) for name in names]
    if low in folded:
        return folded.index(low)
    if not cut or len(low) < 3:
        return None
    found = [place for place, name in enumerate(folded) if name.startswith(low)]
    return found[0] if len(found) == 1 else None


def _names(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (FR_DAYS, FR_MONTHS) if lang == "fr" else (EN_DAYS, EN_MONTHS)


def _number(match: re.Match[str], plain: int, word: int) -> int:
    if match.group(plain):
        return int(match.group(plain))
    return EN_ORDINALS.index(match.group(word).lower()) + 1


def _dated(year: int, month: int, number: int, weekday: int | None, after: date) -> date | None:
    try:
        day = date(year, month, number)
    except ValueError:
        return None
    if day < after and (after - day).days > 180:
        day = day.replace(year=year + 1)  # "5 janvier" typed in December
    if weekday is not None and day.weekday() != weekday:
        return None
    return day


# Words before a day's number alone: "on the 21st", "le 21", "for the 3rd", "by the 4th".
BARE_DAY = frozenset({"on", "for", "le", "by", "before", "until", "till", "avant"})


def _next_number(number: int, after: date) -> date | None:
    """'le 21': the first 21st after `after` (this month's or the next)."""
    year, month = after.year, after.month
    for _ in range(2):
        try:
            day = date(year, month, number)
        except ValueError:
            day = None
        if day is not None and day > after:
            return day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _weekday_number(weekday: int, number: int, after: date) -> date | None:
    """'mercredi 2': the first Wednesday the 2nd after `after`, within a few months."""
    year, month = after.year, after.month
    for _ in range(MONTHS_AHEAD + 1):
        try:
            day = date(year, month, number)
        except ValueError:
            day = None
        if day is not None and day > after and day.weekday() == weekday:
            return day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def first_day(
    text: str, lang: str, after: date, start: int = 0, *, latest: bool = False
) -> date | None:
    """The first day written in `text` from `start`, read as a day after `after` (the
    interview), or None when none is written or it cannot be read for sure. Of two weekdays
    typed as a choice ("lundi ou mardi"), the later one when `latest` (an answer comes by
    then), else None (a stage on one of two days has no day to confirm)."""
    text = SHUT.sub(lambda closure: " " * len(closure[0]), text)  # same length, same offsets
    days, months = _names(lang)
    # "thurs", "tues", "vend": a weekday cut to four letters or more is one day only.
    cuts = {name[:size] for name in days for size in range(CUT_ALONE, len(name))}
    if lang == "en":  # "they'll ring me fri" (writer V's v31): no English word but the day's
        cuts |= UNAMBIGUOUS_EN_CUTS
    full_day = "|".join(sorted((*days, *cuts), key=len, reverse=True))
    patterns = (
        # "jeudi 3 dec", "tues first dec", "le 8 décembre 2026"
        rf"\b(?:({WORD})\s+)?(?:le\s+)?{ORDINAL}(?:\s+of)?\s+({WORD})(?:\s+(\d{{4}}))?",
        # "Dec 1st", "December 1"
        rf"\b(?:({WORD})\s+)?({WORD})\s+{ORDINAL}{NOT_DAY}",
        # "mercredi 2", "monday the 7th"
        rf"\b({WORD})\s+{ORDINAL}\b{NOT_DAY}",
        # "mardi 27/10", "fri 10/16", "le 21.10"
        NUMERIC.format(WORD=WORD),
        # "samedi", "on Friday": the first such day after the interview, unless "jeudi ou vendredi"
        rf"\b({full_day})\b",
    )
    found: list[tuple[int, date | None]] = []
    for kind, pattern in enumerate(patterns):
        for match in re.finditer(pattern, text[start:], re.IGNORECASE):
            before = text[: start + match.start()] + (match.group(1) or "")
            if kind == 0 and WEEK.search(before):
                read: date | bool | None = None  # "la semaine du 19 octobre": a week, no day
            else:
                rest = text[start + match.end() :]
                read = _read(kind, match, (days, months), after, rest, latest, lang)
            if read is not False:
                if _one_of_two(text[: start + match.start()], text[start + match.end() :]):
                    read = None  # "Jan 6th or 7th", "le 6 ou 7 janvier": no day for sure
                found.append((match.start(), read))  # type: ignore[arg-type]
                break
    if not found:
        return None
    return min(found, key=lambda seen: seen[0])[1]


# "decision in the new year, office shut till the 4th" (writer AI's ai38): the day a place
# opens again is no day for a step.
SHUT = re.compile(r"\b(?:shut|closed|fermée?s?|fermeture)\b[^,;.]*", re.I)
# A day typed as one of two numbers: "Jan 6th or 7th", "le 6 ou le 7", "6 ou 7 janvier".
CHOICE_AFTER = re.compile(r"^\s*(?:or|ou)\s+(?:the\s+|le\s+)?\d{1,2}(?:st|nd|rd|th|er)?\b", re.I)
CHOICE_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th|er)?\s+(?:or|ou)\s+(?:the\s+|le\s+)?$", re.I)


def _one_of_two(before: str, after: str) -> bool:
    return bool(CHOICE_AFTER.match(after) or CHOICE_BEFORE.search(before))


def _read(
    kind: int,
    match: re.Match[str],
    names: tuple[tuple[str, ...], tuple[str, ...]],
    after: date,
    rest: str,
    latest: bool,
    lang: str,
) -> date | bool | None:
    """The day a match writes; None when it writes one that cannot be read for sure;
    False when the match is no day at all (a word that is neither weekday nor month)."""
    days, months = names
    if kind == 0:
        month = _index(match.group(4), months, cut=True)
        if month is None:
            return False
        # "visite du site 3 dec": a word before that is no weekday says nothing of the day.
        weekday = _index(match.group(1), days, cut=True) if match.group(1) else None
        number = _number(match, 2, 3)
        year = int(match.group(5)) if match.group(5) else after.year
        return _dated(year, month + 1, number, weekday, after)
    if kind == 1:
        month = _index(match.group(2), months, cut=True)
        if month is None:
            return False
        weekday = _index(match.group(1), days, cut=True) if match.group(1) else None
        return _dated(after.year, month + 1, _number(match, 3, 4), weekday, after)
    if kind == 2:
        weekday = _index(match.group(1), days, cut=True)
        bare = match.group(1).lower() in BARE_DAY and not re.search(r"\d(?:e|ème)\b", match[0])
        if weekday is None and bare and match.group(2):  # never "le 2e entretien"
            return _next_number(int(match.group(2)), after)  # "on the 21st", "le 21"
        if weekday is None:
            return False
        day = _weekday_number(weekday, _number(match, 2, 3), after)
        if day is not None and _next_either(match, weekday, after, lang):
            # "next friday 27th" names one of the two Fridays; "next saturday 9-1" its hours
            soonest = after + timedelta(days=weekday - after.weekday())
            return day if (day - soonest).days in (0, 7) else None
        return day
    if kind == 3:
        weekday = _index(match.group(1), days, cut=True) if match.group(1) else None
        if weekday is not None and _next_either(match, weekday, after, lang):
            return None  # "next saturday 9-1": the hours are no date, the Saturday unsure
        return _numeric(match, days, after, rest, lang)
    weekday = _index(match.group(1), days, cut=True)
    assert weekday is not None
    if _next_either(match, weekday, after, lang):
        return None  # "next friday" typed on a Tuesday: either Friday may be meant
    day = after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)
    # "lundi ou mardi", "lundi ou le mardi 1er décembre" (« mardi prochain » redated)
    other = re.match(rf"\s+(?:ou|or)\s+(?:le\s+)?({'|'.join(days)})\b", rest, re.IGNORECASE)
    if other is None:
        return day
    if not latest:
        return None  # "jeudi ou vendredi": no one day to confirm
    second = _index(other.group(1), days, cut=False)
    assert second is not None
    return max(day, after + timedelta(days=(second - after.weekday() - 1) % 7 + 1))


def _next_either(match: re.Match[str], weekday: int, after: date, lang: str) -> bool:
    """'next friday' typed on a Tuesday may be that week's Friday or the next one (writer R's
    r34): `dates.redated` leaves it as typed, and no day is read from it. Typed on a Saturday,
    or "next Monday" on a Tuesday, only one day can be meant."""
    before = match.string[: match.start()]
    return (
        lang == "en" and weekday > after.weekday() and bool(re.search(r"\bnext\s+$", before, re.I))
    )


def _numeric(
    match: re.Match[str], days: tuple[str, ...], after: date, rest: str, lang: str
) -> date | bool | None:
    """'27/10' (day first in French), '10/16' (in English, month first as the US writes it,
    or day first as the UK does): the one reading that falls from a month before the
    interview to a few months after it; False when none does or the number is a count
    ("3/5 ans"), None when two do ("11/12" in English)."""
    if re.match(r"\s*(?:ans?|years?|h\b|%)", rest, re.IGNORECASE):
        return False
    first, second = int(match.group(2)), int(match.group(3))
    year = int(match.group(4)) if match.group(4) else None
    if year is not None and year < 100:
        year += 2000
    weekday = _index(match.group(1), days, cut=True) if match.group(1) else None
    readings = set()
    orders = ((first, second),) if lang == "fr" else ((first, second), (second, first))
    for number, month in orders:
        for candidate_year in (year,) if year else (after.year, after.year + 1):
            try:
                day = date(candidate_year, month, number)
            except ValueError:
                continue
            if -NUMERIC_BEHIND <= (day - after).days <= MONTHS_AHEAD * 31:
                readings.add(day)
    if len(readings) != 1:
        return False if not readings else None
    day = readings.pop()
    if weekday is not None and day.weekday() != weekday:
        return None
    return day


SPAN = (
    rf"\b({WORD})\s+(\d{{1,2}}|first|second|third)(?:st|nd|rd|th|er)?\s+"
    rf"(et|and|&|-|au|to|ou|or)\s+({WORD})\s+(\d{{1,2}}|first|second|third)(?:st|nd|rd|th|er)?\b"
)
SPAN_LONGEST = 6  # "lundi 19 et mardi 20": days of one stage, within a week


def day_span(text: str, lang: str, after: date, start: int = 0) -> tuple[date, date] | None:
    """'lundi 19 et mardi 20 oct' -> the two days, when both are read for sure, in order and
    at most a week apart; None otherwise."""
    days, _ = _names(lang)
    match = re.search(SPAN, text[start:], re.IGNORECASE)
    if match is None:
        return None
    first_weekday = _index(match.group(1), days, cut=True)
    second_weekday = _index(match.group(4), days, cut=True)
    if first_weekday is None or second_weekday is None:
        return None
    last = first_day(text[start + match.start(4) :], lang, after)
    if last is None or last.day != _day_number(match.group(5)) or last.weekday() != second_weekday:
        return None
    first = last - timedelta(days=(last.weekday() - first_weekday) % 7)
    if first.day != _day_number(match.group(2)) or not 0 < (last - first).days <= SPAN_LONGEST:
        return None
    return first, last


def _day_number(typed: str) -> int:
    """'19' -> 19; 'first' -> 1 ("1st" as the English shorthand list spells it out)."""
    word = typed.lower()
    return EN_ORDINALS.index(word) + 1 if word in EN_ORDINALS else int(word)


def span_is_choice(text: str, start: int = 0) -> bool:
    """'tue 1st or wed 2nd', 'mardi 1er ou mercredi 2': one of the two days, not both."""
    match = re.search(SPAN, text[start:], re.IGNORECASE)
    return match is not None and match.group(3).lower() in ("ou", "or")


WEEK_OF = re.compile(
    r"(?:\b(?:la\s+)?semaine\s+du|\b(?:the\s+)?week\s+(?:of|commencing)|\bw/c|\bw\.c\.)\s+",
    re.IGNORECASE,
)


def first_week(text: str, lang: str, after: date, start: int = 0) -> date | None:
    """'semaine du 26 oct', 'week of 10/26', 'la semaine du 26': that week's Monday, or None
    when the day named is no Monday."""
    match = WEEK_OF.search(text, start)
    if match is None:
        return None
    rest = text[match.end() :]
    day = first_day(rest, lang, after)
    alone = re.match(r"(\d{1,2})(?:er|st|nd|rd|th)?\b(?![/.]\d)", rest)
    if day is None and alone:  # "la semaine du 26": the next 26th
        day = _next_number(int(alone.group(1)), after)
    # A week is named by its Monday: "week of 7th" on a Saturday says no week for sure.
    return day if day and day.weekday() == 0 else None
