"""English note pieces written out as a careful writer would (session 12): day and month
ranges typed short ("nights sun-thu", "season Apr-Oct" -> "Sunday to Thursday", "April to
October") and a job held "as" someone, which takes its article in English ("11 years as
corrections officer", "3 years of hospital porter" -> "as a corrections officer", "as a
hospital porter")."""

from __future__ import annotations

import re

from relance.core.names import EN_DAYS, EN_MONTHS
from relance.drafts.determiners import en_indefinite

_SHORT = {name[:3].lower(): name for name in (*EN_DAYS, *EN_MONTHS)}
_SHORT |= {"tues": "Tuesday", "thur": "Thursday", "thurs": "Thursday", "sept": "September"}
_ABBREVIATION = "|".join(sorted(_SHORT, key=len, reverse=True))
# Both ends must be abbreviations of the same kind: "mar-apr", "mon-fri", never "part-time".
RANGE = re.compile(rf"\b({_ABBREVIATION})\.?\s*[-–/]\s*({_ABBREVIATION})\b\.?", re.IGNORECASE)

# Nouns of a person by their ending: a job held "as" one is counted ("a porter").
PERSON_ENDINGS = ("er", "or", "ist", "ista", "ian", "eer", "man", "woman", "person", "ant", "ent")
PERSON_WORDS = frozenset(["nurse", "chef", "cook", "clerk", "guard", "aide", "assistant"])
# Things with a person's ending: "years of summer work", "years of tractor" are no job held.
THINGS = frozenset(
    [
        "summer", "winter", "water", "paper", "order", "power", "number", "matter", "weather",
        "border", "letter", "register", "counter", "computer", "cancer", "poster", "corner",
        "center", "other", "shelter", "river", "tower", "trailer", "container", "floor", "door",
        "motor", "tractor", "sector", "error", "color", "colour", "labor", "indoor", "outdoor",
        "monitor", "elevator", "generator", "refrigerator", "calculator",
    ]
)  # fmt: skip
# "as corrections officer", "years of hospital porter", "3 years hospital porter": one to
# three lower-case words after "as", "years of" or a count of years, and then the end, a
# comma, a preposition or a conjunction.
AS_ROLE = re.compile(
    r"\b(as|(?:years?|months?|seasons?)\s+of|(?<=\d\s)(?:years?|months?|seasons?))"
    r"\s+(?!as\b|of\b)((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)"
    r"(?=$|[,;.]|\s+(?:at|in|for|with|on|and|or|from|since|until)\b)"
)


def _day_range(match: re.Match[str]) -> str:
    first, last = _SHORT[match.group(1).lower()], _SHORT[match.group(2).lower()]
    names = EN_DAYS if first in EN_DAYS else EN_MONTHS
    if last not in names:
        return match.group(0)
    # Two days or months in a row are both of them: "sat-sun" is "Saturday and Sunday".
    following = names[(names.index(first) + 1) % len(names)] == last
    return f"{first} {'and' if following else 'to'} {last}"


def is_person(word: str) -> bool:
    """'porter', 'corrections officer''s head 'officer', 'barista', 'nurse': a person's noun."""
    if word in THINGS or word.endswith("ment"):
        return False  # "payment", "equipment"
    return word in PERSON_WORDS or (len(word) > 4 and word.endswith(PERSON_ENDINGS))


def _as_role(match: re.Match[str]) -> str:
    lead, role = match.group(1), match.group(2)
    words = role.split()
    if words[0] in ("a", "an", "the", "my", "well", "part", "such", "soon", "much", "long"):
        return match.group(0)
    if not is_person(words[-1]):
        return match.group(0)  # "years of care", "as support": no person
    held = f"as {en_indefinite(role)}"
    return held if lead == "as" else f"{lead.split()[0]} {held}"


def written_out(piece: str) -> str:
    """The English piece with its day ranges and the article of a job held as someone."""
    return AS_ROLE.sub(_as_role, RANGE.sub(_day_range, piece))
