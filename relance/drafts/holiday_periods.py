"""An answer promised after a holiday: « réponse après les vacances de Noël », "they'll let
me know after Christmas".

No day is typed, so the closing acknowledged the steps vaguely ("J'ai bien pris note des
prochaines étapes…"). The holiday is said as a careful writer names it, and only while it
is still ahead on the sending day (an answer "after Christmas" read in January is no step).

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

# (pattern, as written, the last month and day on which the holiday is still ahead)
HOLIDAYS = {
    "fr": (
        (
            r"(?:les\s+)?(?:vacances|congés)\s+de\s+no[eë]l|no[eë]l",
            "les vacances de Noël",
            (12, 24),
        ),
        (
            r"(?:les\s+)?fêtes(?:\s+de\s+fin\s+d'année)?|(?:les\s+)?fetes",
            "les fêtes de fin d'année",
            (12, 24),
        ),
        (r"(?:le\s+)?nouvel\s+an|(?:le\s+)?jour\s+de\s+l'an", "le Nouvel An", (12, 31)),
        (
            r"(?:les\s+)?vacances\s+de\s+la\s+toussaint|(?:la\s+)?toussaint",
            "les vacances de la Toussaint",
            (10, 31),
        ),
    ),
    "en": (
        (r"christmas|xmas", "Christmas", (12, 24)),
        (r"the\s+holidays|the\s+holiday\s+season", "the holidays", (12, 24)),
        (r"(?:the\s+)?new\s+year", "the New Year", (12, 31)),
    ),
}
AFTER = {"fr": r"\b(?:après|au\s+retour\s+(?:de|des)|à\s+la\s+rentrée\s+(?:de|des))\s+",
         # "decision in the new year" (writer AI's ai38): after it
         "en": r"\b(?:after|over|in(?=\s+the\s+new\s+year\b))\s+"}  # fmt: skip
# « réponse définitive avant les vacances de Noël », "answer before xmas" (writer V's v12, v36)
BEFORE = {"fr": r"\b(?:avant|d'ici)\s+", "en": r"\b(?:before|by)\s+"}
# How far ahead a holiday may be to be this year's: an interview in the autumn.
EARLIEST_MONTH = 9


def after_holiday(item: str, lang: str, send_on: date, start: int = 0) -> str:
    """'les vacances de Noël', 'Christmas' when the item promises something after a holiday
    still ahead on the sending day, typed from `start`; else ""."""
    return _holiday(AFTER[lang], item, lang, send_on, start)


def before_holiday(item: str, lang: str, send_on: date, start: int = 0) -> str:
    """The same, for something promised before the holiday."""
    return _holiday(BEFORE[lang], item, lang, send_on, start)


@cache
def _compiled(lead: str, pattern: str) -> re.Pattern[str]:
    return re.compile(lead + rf"(?:{pattern})\b", re.IGNORECASE)


def _holiday(lead: str, item: str, lang: str, send_on: date, start: int) -> str:
    for pattern, written, (month, day) in HOLIDAYS[lang]:
        found = _compiled(lead, pattern).search(item, start)
        if not found:
            continue
        ahead = send_on.month >= EARLIEST_MONTH and send_on <= date(send_on.year, month, day)
        return written if ahead else ""
    return ""
