"""A day typed, then corrected in the same note: « elle m'appelle vendredi (férié ici en
alsace... elle a dit 'enfin, plutôt mardi') » (writer BY's by10) was « vous me rappelleriez
aujourd'hui », the Friday kept. The day said last, after "plutôt", "rather", "actually", is
the one agreed; the aside that corrected it is no step of its own.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts.dates import EN_WEEKDAYS, FR_WEEKDAYS

WEEKDAYS = {"fr": FR_WEEKDAYS, "en": EN_WEEKDAYS}
CORRECTION = {
    "fr": r"plutôt|plutot|finalement|en fait",
    "en": r"rather|actually|instead|in fact",
}


def _corrected(lang: str) -> re.Pattern[str]:
    day = WEEKDAYS[lang]
    return re.compile(
        rf"\b(?P<first>{day})\b(?P<aside>[^\n]*?)\b(?:{CORRECTION[lang]})[\s,]+(?:le\s+|on\s+)?"
        rf"(?P<second>{day})\b(?P<rest>[^\n]*)$",
        re.IGNORECASE,
    )


PATTERNS = {lang: _corrected(lang) for lang in WEEKDAYS}


def with_corrected_days(notes: str, lang: str) -> str:
    """The notes with each line's first day replaced by the day it was corrected to, and the
    aside that corrected it cut."""
    pattern = PATTERNS.get(lang)
    if pattern is None:
        return notes
    return "\n".join(_corrected_line(line, pattern) for line in notes.splitlines())


def _corrected_line(line: str, pattern: re.Pattern[str]) -> str:
    found = pattern.search(line)
    if found is None:
        return line
    rest = found["rest"].strip(" '\"’”»)")  # the aside's closing marks
    return line[: found.start()] + found["second"] + (" " + rest if rest else "")
