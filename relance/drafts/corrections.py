"""A day corrected in the notes replaces the day it corrects.

People type what they heard, then what was put right: « journée d'essai jeudi 3 à 4h / ah non
c'est vendredi 4, il a corrigé en partant », « 2e entretien le 9 à 14h / ah non c'est le 10,
elle a rectifié par mail », "induction Mon 7th - actually it's Tue 8th". Writer AC's reader
found both French drafts confirming the first day (a wrong date sent to the recruiter). The
correction is read before anything else reads the process notes: the note it corrects gets
the new day in place of the old one, and the correcting note goes.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts.stage_names import EN_WEEKDAYS as EN_DAYS
from relance.drafts.stage_names import WEEKDAYS as FR_DAYS

# A note that starts by putting the one before it right, then says the day.
MARKER = {
    "fr": re.compile(
        r"^\s*(?:(?:ah|oh|euh)\s+)?(?:non\s+)?(?:en\s+fait|finalement|non|rectif\w*|correction)"
        r"\b[\s,:!]*(?:(?:non\s+)?(?:c'est|ce\s+sera|ça\s+sera|plutôt)\s+)?",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^\s*(?:no\s+wait|wait|actually|correction|sorry|oops|my\s+bad)\b[\s,:!-]*"
        r"(?:(?:no\s+)?(?:it'?s|it\s+is|it\s+will\s+be|make\s+that)\s+)?",
        re.IGNORECASE,
    ),
}
# A day as typed: « vendredi 4 », « le 10 », "Tue 8th", "the 10th" (never an hour: « 4h »).
DAY = {
    "fr": re.compile(
        rf"\b(?:(?:{FR_DAYS})(?:\s+\d{{1,2}}(?:er)?|\s+prochain)?|le\s+\d{{1,2}}(?:er)?)\b"
        r"(?!\s*(?:h|:)\d*)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"\b(?:(?:next\s+)?(?:{EN_DAYS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|"
        r"the\s+\d{{1,2}}(?:st|nd|rd|th))"
        r"\b(?!\s*(?:am|pm|:)\d*)",
        re.IGNORECASE,
    ),
}
# Where a note splits into notes as the reader splits them: a line, « / », " - ".
NOTE_BREAK = re.compile(r"\n|\s+/\s+|\s+-\s+")


def corrected(text: str, lang: str) -> str:
    """The process notes with each corrected day put in place, or the text as typed."""
    if lang not in MARKER:
        return text
    notes = NOTE_BREAK.split(text)
    changed = False
    kept: list[str] = []
    for note in notes:
        new_day = _correcting_day(note, lang)
        old = DAY[lang].search(kept[-1]) if kept and new_day else None
        if old is None:
            kept.append(note)
            continue
        kept[-1] = kept[-1][: old.start()] + new_day + kept[-1][old.end() :]
        changed = True
    return "\n".join(kept) if changed else text


def _correcting_day(note: str, lang: str) -> str:
    """The day a note that corrects the one before it says, or ""."""
    marker = MARKER[lang].match(note)
    if marker is None:
        return ""
    day = DAY[lang].match(note, marker.end())
    return day[0] if day else ""
