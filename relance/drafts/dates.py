"""Dates written the French and the English way, and wording that is true on the sending day.

Written by hand rather than through a locale: the output must not depend on the machine's
locales, and only a few forms are needed ("mardi 13 octobre", "le 1er octobre",
"Tuesday 13 October").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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


def stale_wording(text: str, day: date, written_for: date, send_on: date, lang: str) -> str | None:
    """The relative wording of `text` that was true on `written_for` but not on `send_on`.

    A draft written to go out the day after the interview says "hier"; sent three days
    later it must not. Returns the phrase to re-read, or None when the text still holds.
    """
    before, after = past_day(day, written_for, lang), past_day(day, send_on, lang)
    if before == after:
        return None
    return next((phrase for phrase in (before.of, before.adverb) if phrase in text), None)
