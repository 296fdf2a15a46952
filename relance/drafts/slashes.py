"""A slash typed between spaces on a phone: a pair, two shifts, a rate, or a list.

"polyvalence fauteuil / secrétariat" is one duty over two posts (« fauteuil et secrétariat »);
"horaires 6h-14h / 12h-20h" two shifts (« de 6 h à 14 h et de 12 h à 20 h »); "astreinte 1
semaine / 6" one week in six; "3 nuits / semaine" a rate, left to the units' reader
(« par semaine »); "pneus / vidange / plaquettes" a list of single words. A line with a slash
in it was handed back whole (194 of the bench's 209 such lines, session 36).

A list of longer notes ("remplacement congé / dosages HPLC / dissolution") stays as typed and
goes back to the candidate: split into notes, its pieces were said as pasted fragments (« vous
m'avez parlé de la dissolution », "You mentioned peak coming."), and a blind reader of writer
AU's catch-ups marked grammar down on six of the fourteen that changed (3.50 to 3.00 over
40). Two words side by side with no slash (« montage/démontage ») are `fr_slashes`'s.
"""

from __future__ import annotations

import itertools
import re

SLASH = re.compile(r"\s+/\s+")
AND = {"fr": "et", "en": "and"}
# What a number is counted per: "3 nuits / semaine", "8 comptes / trimestre", "1 we / mois".
PER = re.compile(
    r"(?:mois|semaines?|sem|jours?|j|ans?|années?|trimestres?|heures?|h|nuits?|"
    r"weeks?|wks?|months?|days?|years?|yrs?|hours?|hrs?|shifts?|nights?|quarters?)\b",
    re.IGNORECASE,
)
DIGIT = re.compile(r"\d")
CLOCK = re.compile(r"\d{1,2}[hH:.]\d{0,2}")
ONLY_COUNTED = re.compile(r"\d+\s*" + PER.pattern, re.IGNORECASE)
SHORT_WORD = re.compile(r"^[^\W\d_]{1,3}$")


def unslashed(note: str, lang: str) -> str:
    """The note with each spaced slash read as the pair, the shifts or the rate it stands for,
    or as typed."""
    return "\n".join(_line(line, lang) for line in note.split("\n"))


def _line(line: str, lang: str) -> str:
    parts = SLASH.split(line)
    if len(parts) < 2 or not all(part.strip() for part in parts):
        return line
    if _words_listed(parts):  # "pneus / vidange / plaquettes / batterie"
        return ", ".join(parts)
    joined = parts[0]
    for left, right in itertools.pairwise(parts):
        joint = _joint(left, right, lang, len(parts))
        if joint is None:
            return line  # a list of notes: said as typed it reads pasted, so it goes back
        joined += joint + right
    return joined


def _words_listed(parts: list[str]) -> bool:
    """Three single words or more, no number among them: a list as commas would type it."""
    one_each = all(len(part.split()) == 1 for part in parts)
    return len(parts) > 2 and one_each and not any(DIGIT.search(part) for part in parts)


def _joint(left: str, right: str, lang: str, count: int) -> str | None:
    if CLOCK.fullmatch(left.split()[-1].strip("()")) and CLOCK.fullmatch(
        right.split()[0].strip("()")
    ):
        return " / "  # "7h30 / 18h30": a start and an end, or two starts; not to guess
    if _counted(left, right):
        if PER.fullmatch(right.split()[0]) or ONLY_COUNTED.fullmatch(right.strip()):
            return " / "  # a rate ("3 nuits / semaine"), or "2 sem / 2 sem" with no places
        if right.strip().isdigit():
            return " sur " if lang == "fr" else " in "  # "1 semaine / 6": one week in six
        return f" {AND.get(lang, 'et')} "  # two shifts, two spells: both are the job
    # the slash binds closer than a comma: "dégâts des eaux / habitation, relation assurés"
    if count == 2 and _a_pair(left.rsplit(",", 1)[-1], right.split(",", 1)[0]):
        return f" {AND.get(lang, 'et')} "
    return None


def _counted(left: str, right: str) -> bool:
    """Two shifts, two counts, or a count per a span of time: "7h-19h / 19h-7h", "2j école /
    3j agence", "1 semaine / 6", "3 nuits / semaine"."""
    first = right.split()[0]
    return bool(DIGIT.search(left)) and (bool(DIGIT.search(first)) or bool(PER.fullmatch(first)))


def _a_pair(left: str, right: str) -> bool:
    """Two words in the place of one: "le secteur industrie / logistique", "Amadeus / check-in
    systems", "PGN / PGP obligatoire", "check in / check out"; not "dispo samedi matin 1 sur 2
    / ponctuelle", two things."""
    before, after = left.split(), right.split()
    if len(after) == 1 and not DIGIT.search(before[-1]):
        return True
    if len(before) == 1 and len(after) <= 3:
        return True
    if before[0].lower() == after[0].lower():
        return True
    return bool(SHORT_WORD.match(before[-1]) and SHORT_WORD.match(after[0]))
