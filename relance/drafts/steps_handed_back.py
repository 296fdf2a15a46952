"""Next steps agreed for a day the draft could not phrase: handed back to the candidate.

"présentation au client puis entretien chez Boiron le 10 ou le 12", "site visit mon 9th
7.30am": a stage with its day was agreed, yet no sentence of `next_steps` reads it for
sure. "J'ai bien pris note des prochaines étapes" would be true, but it confirms nothing,
and three blind readers (writers Z, H and I) counted it a fault each time a day was agreed:
the recruiter expects the day confirmed. The draft does not guess the stage: it marks the
place and lists the notes beside it, so the candidate writes the step in a few words.
Notes with no day ("ils me rappellent", "they'll be in touch") or a day already past keep
the acknowledgement.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from relance.drafts.return_said import COMES_BACK
from relance.drafts.typed_days import first_day

# A day or an hour: a weekday, a day's number with a month or an ordinal, "demain", "8h30".
DAY_OR_HOUR = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|"
    r"fri|sat|demain|tomorrow)\b"
    r"|\b\d{1,2}\s?(?:h|am|pm)\b|\b\d{1,2}h\d{2}\b|\b\d{1,2}[.:]\d{2}\s?(?:am|pm)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th|er)?\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|"
    r"sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)\w*"
    r"|\b\d{1,2}/\d{1,2}\b",
    re.IGNORECASE,
)


def dated(items: list[str], lang: str, interview_day: date, send_on: date) -> list[str]:
    """The notes of the process that give a day or an hour still to come on the sending
    day: a day already past ("2e entretien lundi 12" sent on the 14th) is no step to write."""
    return [
        item
        for item in items
        if DAY_OR_HOUR.search(item) and not _past(item, lang, interview_day, send_on)
    ]


def all_past(items: list[str], lang: str, interview_day: date, send_on: date) -> bool:
    """Do the notes give days, every one of them between the interview and the sending day?
    (writer BA's ba04, ba17: a trial on Friday 2 November, the French catch-up going on
    Monday 5 after the holiday and its bridge: « J'ai bien pris note des prochaines étapes »
    then speaks of steps already taken.) A day read before the interview is more likely a
    date misread (« le 14 mai » typed in April, read in October) than a step over: the
    acknowledgement stays."""
    days = [item for item in items if DAY_OR_HOUR.search(item)]
    if any(UNREAD_DAY.search(item) for item in items if item not in days):
        return False  # « si ok entretien la semaine du 17 » (an14): a day still to come?
    if any(ANSWER_TO_COME.search(item) or COMES_BACK[lang].search(item) for item in items):
        return False  # « elle me dit oui ou non après la fête des mères » (an07): told
    return bool(days) and all(_over_since(item, lang, interview_day, send_on) for item in days)


def _over_since(item: str, lang: str, interview_day: date, send_on: date) -> bool:
    """The item's day is past on the sending day, and not before the interview."""
    day = _day(item, lang, interview_day)
    return day is not None and day >= interview_day and _past_day(day, item, send_on)


# the recruiter's answer announced, with or without a day the notes give
ANSWER_TO_COME = re.compile(
    r"\b(?:réponse|retour|décision|oui\s+ou\s+non|answer|decision|outcome|yes\s+or\s+no)\b",
    re.IGNORECASE,
)
# a day's number the notes give without its month or weekday: read by no module for sure
UNREAD_DAY = re.compile(
    r"\b(?:du|le|au|dès\s+le|the|from\s+the|w/c)\s+\d{1,2}(?:st|nd|rd|th|er)?\b"
    r"(?!\s*(?:h\b|min|%|€|k\b|ans\b|years?\b|mois\b|jours?\b|days?\b))",
    re.IGNORECASE,
)


# The recruiter sending something: « il m'envoie le fichier de logs lundi matin »
RECRUITER_SENDS = re.compile(
    r"\bm['’]\s?(?:envoie|envoient|enverra|enverront|transmet\w*)\b|"
    r"\bme\s+(?:fait|feront|fera)\s+parvenir\b|"
    r"\b(?:send|sends|email|emails|e-mail)\s+me\b|\b(?:will|'ll)\s+(?:send|email)\b",
    re.IGNORECASE,
)


# "demain" in notes typed on the interview's day (writer BV's bv11: « elle m'appelle demain »,
# the 14th, a holiday, the catch-up going on the 15th, was handed back as a step to confirm)
TOMORROW = re.compile(r"\b(?:demain|tomorrow|tmrw|tmw)\b", re.IGNORECASE)


def _day(item: str, lang: str, interview_day: date) -> date | None:
    day = first_day(item, lang, interview_day)
    if day is None and TOMORROW.search(item) and not DAY_OR_HOUR.search(TOMORROW.sub("", item)):
        return interview_day + timedelta(days=1)  # no other day typed, unread ("wed 2 may")
    return day


def _past(item: str, lang: str, interview_day: date, send_on: date) -> bool:
    """A day already past; or the sending day itself when the recruiter sends something
    then (writer AL's al07: the file for a case study, sent on the Monday the catch-up goes
    out, was handed back as a step to confirm)."""
    day = _day(item, lang, interview_day)
    return day is not None and _past_day(day, item, send_on)


def _past_day(day: date, item: str, send_on: date) -> bool:
    return day < send_on or (day == send_on and bool(RECRUITER_SENDS.search(item)))
