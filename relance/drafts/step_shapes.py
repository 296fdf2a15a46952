"""The shape of a process note that decides whose step it is and what kind of day it gives.

Blind readers of writer R's set faulted closings that read the right words the wrong way:
"elle me rappelle lundi 30 ou mardi 1er" confirmed as an answer by Monday (a callback on one
of two days is no deadline), "assessment link → complete within 48h" dated from the
interview (the delay runs from the link's arrival, a day no one knows), "next friday" typed
on a Tuesday read as the Friday of that week (either Friday may be meant). Each reading here
says only what the note's shape makes sure; anything else is left unread, so the closing
hands the step back (the marked place) rather than guess.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from datetime import date

from relance.core.names import EN_DAYS
from relance.drafts import dates, typed_days
from relance.drafts.templates import phrase

# The recruiter calls the candidate: "elle me rappelle", "il m'appelle", "she'll call me".
CALLBACK = {
    # « elle appelle vendredi 15 pour dire la réponse » (writer AK's ak10): the call is hers
    "fr": re.compile(
        r"\b(?:me\s+r?appel\w*|m['’]appel\w*|me\s+recontacte\w*|rappel|"
        r"(?:il|elle|ils|elles)\s+(?:va\s+|vont\s+)?appel\w*)\b",
        re.I,
    ),
    "en": re.compile(
        r"(?<!\bi\s)(?<!\bi'll\s)(?<!\bi\swill\s)\b(?:call|ring|phone)s?\s+(?:me|back)\b|"
        # "call friday 11 am to talk offer" (writer AD's ad29): a call set for a day
        r"^\s*(?:a\s+|phone\s+)?call\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
        re.I,
    ),
}
# A delay counted from something sent later ("will send an assessment link → complete within
# 48h", "il m'envoie le test, à rendre sous 3 jours"): no day can be computed from it.
SENT_LATER = re.compile(
    r"\b(?:will\s+(?:send|email)|'ll\s+(?:send|email)|sends?|emails?|sending|envoie|enverra|"
    r"va\s+m'envoyer|m'envoie)\b",
    re.I,
)
# A note about a link: the work is done online, nothing is sent back by the candidate.
LINK = re.compile(r"(?<!\bvia\s)\b(?:link|lien)\b", re.I)  # not "à renvoyer via lien github"
# An offer awaited is a decision, not "an answer on the next steps", and never presumed.
OFFER_AWAITED = re.compile(r"\boffers?\b", re.I)


def either_days(item: str, lang: str, after: date, start: int) -> tuple[date, date] | None:
    """'lundi 30 ou mardi 1er', 'tue 1st or wed 2nd' typed after `start`: the two days of
    which one will be set, or None."""
    span = typed_days.day_span(item, lang, after, start)
    if span and typed_days.span_is_choice(item, start):
        return span
    return None


# "ring me monday seven or tuesday" (writer AD's ad35): a second weekday with no date
OR_WEEKDAY = re.compile(r"\bor\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)


def or_weekday(item: str, lang: str, after: date, start: int) -> tuple[date, date] | None:
    """A call on a dated day "or" a weekday typed alone after it: the two days, the second
    the first such weekday after the first, or None."""
    second = OR_WEEKDAY.search(item, start) if lang == "en" else None
    first = typed_days.first_day(item, lang, after, start) if second else None
    if first is None or second is None:
        return None
    weekday = next(
        i for i, name in enumerate(EN_DAYS) if name.lower().startswith(second[1].lower())
    )
    gap = (weekday - first.weekday()) % 7 or 7
    return first, date.fromordinal(first.toordinal() + gap)


def is_callback(item: str, lang: str) -> bool:
    """The note says the recruiter calls the candidate back, not that an answer is due."""
    return bool(CALLBACK[lang].search(item))


def one_day_call(item: str, lang: str) -> bool:
    """'ils m'appellent vendredi 27': a call on one day; 'elle me rappelle lundi ou mardi'
    names two, and is read as an answer by the later one."""
    if DEADLINE_WORD.search(item):
        return False  # "elle me rappelle avant le 4", "call me by the 4th": an answer by then
    # "… pour me dire salarié ou agent co" (writer AB's ab12): the call's purpose names no day
    days = re.split(r"\b(?:pour|to\s+(?:tell|let|say|confirm))\b", item, maxsplit=1)[0]
    return is_callback(item, lang) and not re.search(r"\b(?:ou|or)\b", days, re.I)


DEADLINE_WORD = re.compile(
    r"\b(?:avant|d'ici|au\s+plus\s+tard|by|before|no\s+later\s+than|at\s+the\s+latest)\b", re.I
)


def runs_from_sending(before: str) -> bool:
    """The words typed before a delay say it runs from something not yet sent."""
    return bool(SENT_LATER.search(before))


def done_online(item: str) -> bool:
    return bool(LINK.search(item))


def awaits_offer(item: str, lang: str) -> bool:
    return lang == "en" and bool(OFFER_AWAITED.search(item))


def callback_sentence(days: tuple[date, date], send_on: date, lang: str, suffix: str) -> str:
    """'… que vous me rappelleriez le lundi 30 novembre ou le mardi 1er décembre': both days,
    since which of the two is not known."""
    first, last = (dates.format_date(day, lang, weekday=True, today=send_on) for day in days)
    if days[0] == days[1]:  # "ils m'appellent vendredi 27": one day
        written = f"le {first}" if lang == "fr" else f"for {first}"
        return phrase(lang, "next_steps_callback_either" + suffix, date=written)
    if first.split(" ")[-1] == last.split(" ")[-1]:  # one month: "lundi 30 ou mardi 31 mars"
        first = " ".join(first.split(" ")[:2])
    written = f"le {first} ou le {last}" if lang == "fr" else f"for {first} or {last}"
    return phrase(lang, "next_steps_callback_either" + suffix, date=written)


NEXT_WEEKDAY = re.compile(r"\bnext\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def next_unsure(item: str, lang: str, interview_day: date) -> bool:
    """'trial shift next saturday' typed on a Tuesday: a day was agreed, but which Saturday
    is not sure, so the stage is handed back with its marked place, never said without it."""
    found = NEXT_WEEKDAY.search(item) if lang == "en" else None
    return found is not None and WEEKDAY_NAMES.index(found[1].lower()) > interview_day.weekday()
