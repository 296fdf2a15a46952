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
# A day put right inside its own note: « test jeudi 17... non vendredi 18 a 8h », « avant
# jeudi 17... non elle a dit vendredi 18 finalement » (writer BC's bc07, bc05), "Tue 15th, no
# wait, Wed 16th". Only the second day is kept.
INLINE = {
    lang: re.compile(
        rf"(?P<old>{DAY[lang].pattern})\s*(?:\.{{2,}}|…|,|-|–)?\s*{marker}\b[\s,:!-]*"
        rf"{said}(?P<new>{DAY[lang].pattern})(?:\s+{settled}\b)?",
        re.IGNORECASE,
    )
    for lang, marker, said, settled in (
        (
            "fr",
            r"(?:(?:ah|oh|euh)\s+)?(?:non|pardon|en\s+fait)",
            r"(?:(?:il|elle|on)\s+(?:a|m'a)\s+(?:dit|corrigé|précisé)\s+|c'est\s+|plutôt\s+)?",
            "finalement",
        ),
        (
            "en",
            r"(?:no\s+wait|no|wait|actually|sorry)",
            r"(?:(?:she|he|they)\s+said\s+|it'?s\s+|make\s+that\s+)?",
            "actually",
        ),
    )
}
# A note that only gives the deadline of the form the note before returns: « elle m'envoie
# le dossier à remplir et renvoyer signés / renvoyer avant vendredi 18 » (writer BC's bc05,
# whose catch-up promised « [le nom du document demandé] »). It joins the note before.
BARE_RETURN = {
    "fr": re.compile(
        r"^\s*(?:(?:à|a)\s+)?(?:renvoyer|retourner|rendre)\s+(?P<when>(?:avant|d'ici|pour\s+le|sous)"
        r"\b.*)$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^\s*(?:to\s+)?(?:send|return)\s+(?:(?:it|them)\s+)?(?:back\s+)?"
        r"(?P<when>(?:by|before|within)\b.*)$",
        re.IGNORECASE,
    ),
}
RETURNS = {
    "fr": re.compile(r"\b(?:renvoy|renvoi|retourn|rendre)", re.IGNORECASE),
    "en": re.compile(r"\b(?:send\s+(?:\w+\s+){0,2}back|return)", re.IGNORECASE),
}
# Where a note splits into notes as the reader splits them: a line, « / », " - ".
NOTE_BREAK = re.compile(r"\n|\s+/\s+|\s+-\s+")


def corrected(text: str, lang: str) -> str:
    """The process notes with each corrected day put in place, or the text as typed."""
    if lang not in MARKER:
        return text
    text = INLINE[lang].sub(lambda match: match["new"], text)
    notes = NOTE_BREAK.split(text)
    changed = False
    kept: list[str] = []
    for note in notes:
        deadline = BARE_RETURN[lang].match(note)
        if deadline and kept and RETURNS[lang].search(kept[-1]) and not DAY[lang].search(kept[-1]):
            kept[-1] = kept[-1].rstrip() + " " + deadline["when"].strip()
            changed = True
            continue
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
