"""Dates written the French and the English way, and wording that is true on the sending day.

Written by hand rather than through a locale: the output must not depend on the machine's
locales, and only a few forms are needed ("mardi 13 octobre", "le 1er octobre",
"Tuesday 13 October").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from relance.core.names import EN_DAYS, EN_MONTHS, FR_DAYS, FR_MONTHS


def format_date(day: date, lang: str, *, weekday: bool = True, today: date | None = None) -> str:
    """'mardi 13 octobre' / 'Tuesday 13 October'; the year only when it is not today's."""
    if lang == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        text = f"{number} {FR_MONTHS[day.month - 1]}"
        if weekday:
            text = f"{FR_DAYS[day.weekday()]} {text}"
    else:
        text = f"{day.day} {EN_MONTHS[day.month - 1]}"
        if weekday:
            text = f"{EN_DAYS[day.weekday()]} {text}"
    if today is None or today.year != day.year:
        text = f"{text} {day.year}"
    return text


@dataclass(frozen=True)
class When:
    """One past day, worded as seen from the sending day.

    `adverb` stands alone ("hier", "lundi", "le 13 octobre"); `of` follows a noun
    ("notre entretien d'hier", "notre entretien du 13 octobre"). In English both are the
    same ("yesterday", "on Monday", "on 13 October").
    """

    adverb: str
    of: str


def past_day(day: date, send_on: date, lang: str) -> When:
    """'hier' only the day after, a weekday name within the week, else the date itself."""
    days_ago = (send_on - day).days
    same_week = send_on.isocalendar()[:2] == day.isocalendar()[:2]
    if lang == "fr":
        if days_ago == 0:
            return When("aujourd'hui", "d'aujourd'hui")
        if days_ago == 1:
            return When("hier", "d'hier")
        if 1 < days_ago < 7:
            # "lundi" is this week's Monday; "lundi dernier" is the one of the week before.
            name = FR_DAYS[day.weekday()] + ("" if same_week else " dernier")
            return When(name, f"de {name}")
        written = format_date(day, lang, weekday=False, today=send_on)
        return When(f"le {written}", f"du {written}")
    if days_ago == 0:
        return When("today", "today")
    if days_ago == 1:
        return When("yesterday", "yesterday")
    if 1 < days_ago < 7:
        name = EN_DAYS[day.weekday()]
        wording = f"on {name}" if same_week else f"last {name}"
        return When(wording, wording)
    written = format_date(day, lang, weekday=False, today=send_on)
    return When(f"on {written}", f"on {written}")


def future_day(day: date, send_on: date, lang: str) -> str:
    """Always absolute: 'le vendredi 24 octobre', 'Friday 24 October'."""
    written = format_date(day, lang, weekday=True, today=send_on)
    return f"le {written}" if lang == "fr" else written


def by_day(day: date, send_on: date, lang: str, hour: str = "") -> str:
    """' d'ici le vendredi 24 octobre' / ' by Friday 24 October', with its hour when given, or
    "" when the day is not after the sending day: a deadline is said only while ahead."""
    if day <= send_on:
        return ""
    when = future_day(day, send_on, lang) + (f" {hour}" if hour else "")
    return f" d'ici {when}" if lang == "fr" else f" by {when}"


def stale_wording(text: str, day: date, written_for: date, send_on: date, lang: str) -> str | None:
    """The relative wording of `text` that was true on `written_for` but not on `send_on`.

    A draft written to go out the day after the interview says "hier"; sent three days
    later it must not. Returns the phrase to re-read, or None when the text still holds.
    """
    before, after = past_day(day, written_for, lang), past_day(day, send_on, lang)
    if before == after:
        return None
    return next((phrase for phrase in (before.of, before.adverb) if phrase in text), None)


FR_WEEKDAYS = "|".join(FR_DAYS)
EN_WEEKDAYS = "|".join(EN_DAYS)
NUMBER = r"(\d{1,2}|deux|trois|quinze|huit|dix|two|three)"


def _weekday_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def _next_weekday(
    match: re.Match[str], day: date, days: list[str], dated: Callable[[date], str]
) -> str:
    """'next friday' as a date when only one Friday can be meant: typed on a Tuesday, it may
    be that week's or the next (writer R's r34), so it stays as typed and reads no day
    (`typed_days` leaves a weekday after "next" unread)."""
    weekday = days.index(match.group(1).lower())
    if weekday > day.weekday():
        return match.group(0)
    return dated(_weekday_after(day, weekday))


def redated(text: str, day: date, send_on: date, lang: str) -> str:
    """Relative wording typed on the interview `day`, made true on any sending day.

    "réponse la semaine prochaine" typed on Tuesday 13 October reads "réponse la semaine du
    19 octobre"; "demain" becomes the date. A duration stays a duration, in words ("dans 8
    semaines" reads "dans huit semaines"): counted from the interview, it would be a date the
    recruiter never gave.
    """

    def dated(target: date) -> str:
        return format_date(target, lang, weekday=True, today=send_on)

    def plain(target: date) -> str:
        return format_date(target, lang, weekday=False, today=send_on)

    monday = day - timedelta(days=day.weekday()) + timedelta(days=7)
    if lang == "fr":
        days = list(FR_DAYS)
        rules: list[tuple[str, Callable[[re.Match[str]], str]]] = [
            (r"\bapr[eè]s[- ]demain\b", lambda m: f"le {dated(day + timedelta(days=2))}"),
            (r"\bdemain\b", lambda m: f"le {dated(day + timedelta(days=1))}"),
            (  # "fin de semaine pro": the Friday of the week after the interview's
                r"\b(?:d'ici\s+)?(?:la\s+)?fin\s+de\s+(?:la\s+)?semaine\s+pro(?:chaine)?\b",
                lambda m: f"d'ici le {dated(monday + timedelta(days=4))}",
            ),
            (r"\b(?:la\s+)?semaine\s+pro(?:chaine)?\b", lambda m: f"la semaine du {plain(monday)}"),
            (  # "vendredi prochain le 15" (writer AK's ak10): the day typed says which
                rf"\b({FR_WEEKDAYS})\s+prochain\s*,?\s+(?:le\s+)?(\d{{1,2}})\b",
                lambda m: f"{m.group(1)} {m.group(2)}",
            ),
            (
                rf"\b({FR_WEEKDAYS})\s+prochain\b",
                lambda m: f"le {dated(_weekday_after(day, days.index(m.group(1).lower())))}",
            ),
            (
                # not "réponse lundi ou mardi": the choice is read as typed, by the later day
                rf"\b(d'ici|avant|réponse|reponse|rappel)\s+({FR_WEEKDAYS})\b(?!\s+\d)"
                rf"(?!\s+ou\s+(?:le\s+)?(?:{FR_WEEKDAYS})\b)",
                lambda m: (
                    f"{m.group(1)} {dated(_weekday_after(day, days.index(m.group(2).lower())))}"
                ),
            ),
            (  # a duration stays one: "dans 8 semaines" is no date to invent
                rf"\b(d'ici|dans|sous)\s+{NUMBER}\s+(jours?|semaines?|mois)\b",
                lambda m: f"{m.group(1)} {_fr_count(m.group(2), m.group(3))} {m.group(3)}",
            ),
            (  # "une fin de semaine sur deux", "chaque fin de semaine": a weekend (Québec)
                r"(?<!\bune\s)(?<!\bchaque\s)(?<!\bcette\s)(?<!\bla\s)"
                r"\b(?:d'ici\s+(?:la\s+)?|en\s+)?fin\s+de\s+(?:la\s+)?semaine\b(?!\s+sur\b)",
                lambda m: f"d'ici le {dated(monday - timedelta(days=3))}",
            ),
        ]
    else:
        days = [name.lower() for name in EN_DAYS]
        rules = [
            (r"\bthe\s+day\s+after\s+tomorrow\b", lambda m: dated(day + timedelta(days=2))),
            (r"\btomorrow\b", lambda m: dated(day + timedelta(days=1))),
            (
                r"\b(?:by\s+)?(?:the\s+)?end\s+of\s+next\s+week\b",
                lambda m: f"by {dated(monday + timedelta(days=4))}",
            ),
            (r"\bnext\s+week\b", lambda m: f"the week of {plain(monday)}"),
            (rf"\bnext\s+({EN_WEEKDAYS})\b", lambda m: _next_weekday(m, day, days, dated)),
            (
                rf"\b(by|before|until)\s+({EN_WEEKDAYS})\b(?!\s+\d)",
                lambda m: (
                    f"{m.group(1)} {dated(_weekday_after(day, days.index(m.group(2).lower())))}"
                ),
            ),
            (
                rf"\b(in|within)\s+{NUMBER}\s+(days?|weeks?|months?)\b",
                lambda m: f"{m.group(1)} {spelled_number(m.group(2), 'en')} {m.group(3)}",
            ),
            (
                r"\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?week\b",
                lambda m: f"by {dated(monday - timedelta(days=3))}",
            ),
        ]
    for pattern, build in rules:
        text = re.sub(pattern, build, text, flags=re.IGNORECASE)
    return _weekday_once(text, lang)


def _weekday_once(text: str, lang: str) -> str:
    """« demain jeudi 7h30 » dated is « le jeudi 14 octobre à 7h30 », never « le jeudi 14
    octobre jeudi 7h30 » (writer BS's bs02, bs07 in the thank-you)."""
    at = "à" if lang == "fr" else "at"
    return WEEKDAY_TWICE[lang].sub(
        lambda m: m.group(1) + m.group(2) + (f" {at} " if m.group(3) else ""), text
    )


# Compiled once: `redated` runs on every note of every draft
WEEKDAY_TWICE = {
    lang: re.compile(
        rf"\b({weekdays})(\s+\d{{1,2}}(?:er|st|nd|rd|th)?\s+[^\W\d]+)\s+\1\b(\s+(?=\d))?",
        re.IGNORECASE,
    )
    for lang, weekdays in (("fr", FR_WEEKDAYS), ("en", EN_WEEKDAYS))
}


FR_WORDS = """zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
quinze seize dix-sept dix-huit dix-neuf vingt"""
EN_WORDS = """zero one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty"""
WORDS = {"fr": FR_WORDS.split(), "en": EN_WORDS.split()}


def _fr_count(number: str, unit: str) -> str:
    """'1 semaine' is "une semaine"; any other count as `spelled_number` writes it."""
    if number == "1" and unit.lower().startswith("semaine"):
        return "une"
    return spelled_number(number, "fr")


def spelled_number(number: str, lang: str) -> str:
    """'8' -> 'huit' / 'eight' up to twenty, as a letter writes a duration; else as typed."""
    if number.isdigit() and int(number) < len(WORDS[lang]):
        return WORDS[lang][int(number)]
    return number
