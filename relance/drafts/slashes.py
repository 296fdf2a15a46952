"""A slash typed between spaces on a phone: a list, a pair, or a rate.

"implanto / proche / cabinet neuf" is three reasons; "polyvalence fauteuil / secrétariat" is
one duty over two posts (« fauteuil et secrétariat »); "astreintes 1 semaine / mois" and
"horaires 6h-14h / 12h-20h" are a rate and two shifts, kept as typed. A line with a slash in
it was handed back whole (194 of the bench's 209 such lines, session 36).
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
# What a second note can begin with and stand alone: a count, a determiner, a subject.
STANDS = re.compile(
    r"\s*(?:\d|(?:mon|ma|mes|le|la|les|l'|un|une|des|j'|je|il|elle|on|nous|my|the|a|an|i|he|"
    r"she|they|we)\b)",
    re.IGNORECASE,
)
SHORT_WORD = re.compile(r"^[^\W\d_]{1,3}$")


def unslashed(note: str, lang: str, standing_alone: bool = False) -> str:
    """The note with each spaced slash read as the list or the pair it stands for.

    `standing_alone`: a note split in two must give a second note that stands on its own
    ("8 ans en MAS", "j'ai cité le plan"), as a strong point is said with the candidate's
    possessive: "j'ai bien répondu sur FAIR / plan de gestion" is not "mon plan de gestion".
    """
    return "\n".join(_line(line, lang, standing_alone) for line in note.split("\n"))


def _line(line: str, lang: str, standing_alone: bool) -> str:
    parts = SLASH.split(line)
    if len(parts) < 2 or not all(part.strip() for part in parts):
        return line
    if _alternatives(parts):  # "pauses de matin / aprem / nuit en rotation": one note
        return line
    joined = parts[0]
    for left, right in itertools.pairwise(parts):
        joint = _joint(left, right, lang, len(parts))
        if joint == "; " and _inside_brackets(joined):
            joint = ", "  # "(état sanitaire / transport / contrepartie)" is one note's list
        if joint == "; " and standing_alone and len(parts) == 2 and not STANDS.match(right):
            return line
        joined += joint + right
    return joined


def _alternatives(parts: list[str]) -> bool:
    """One phrase with a word's alternatives inside it, not a list: the first and the last
    parts run on (a comma in their place would cut the phrase)."""
    inner = parts[1:-1]
    return (
        bool(inner)
        and all(len(part.split()) == 1 for part in inner)
        and len(parts[0].split()) > 1
        and len(parts[-1].split()) > 1
    )


def _inside_brackets(before: str) -> bool:
    return before.count("(") > before.count(")")


def _joint(left: str, right: str, lang: str, count: int) -> str:
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
    return "; "


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
