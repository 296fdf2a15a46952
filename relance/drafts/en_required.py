"""A requirement typed as a noun and a word of need: "class 2 licence needed before the training
starts", "DBS check required", "forklift experience essential", "own car a must".

Read as an infinitive ("class" is a verb too) such a note came out as "someone able to class 2
licence needed" (writers L and W, l27 and w32). Said as a clause ("You mentioned that a class 2
licence is needed before the training starts.") only where the noun phrase takes a determiner
for sure; anything else is left to the other readings, which hand it back."""

import re

from relance.drafts import morph
from relance.drafts.en_determiners import EN_VOWEL_LETTER_NAMES
from relance.drafts.morph_en import EN_NATIONALITY

REQUIRED = re.compile(
    r"^(?P<thing>[^,;:+/()]+?)\s+(?:is\s+|are\s+)?(?P<need>needed|required|essential|"
    r"mandatory|compulsory|a\s+must|preferred|desirable|an\s+advantage|a\s+plus)(?P<when>\s+(?:before|by|from|for)\s+[^,;:+/()]+)?$",
    re.IGNORECASE,
)
# Words that make the noun phrase the candidate's or a person's: "own car essential" wants
# "their own car", "my licence needed" is the candidate's; both are left as typed.
NOT_A_THING = frozenset(
    {"own", "my", "your", "their", "his", "her", "our", "someone", "people", "need", "i", "you"}
)
MAX_WORDS = 5
# Nouns counted in the lexicon but said without an article when needed: "a forklift
# experience is needed" is no English.
MASS_TOO = frozenset(
    {"experience", "knowledge", "clearance", "certification", "insurance", "transport",
     "availability", "flexibility", "accommodation", "equipment", "evidence"}
)  # fmt: skip


def _word_ok(word: str) -> bool:
    """A number, an acronym or a word of the dictionary: never shorthand left as typed."""
    if word.isdigit() or (word.isupper() and word.isalpha() and len(word) > 1):
        return True
    return word.isalpha() and word.islower() and morph.en_known(word)


def _article(thing: str) -> tuple[str, str] | None:
    """The determiner and the verb the noun phrase takes, or None when unsure."""
    from relance.drafts.gate_en import _mostly_mass

    head = thing.split()[-1]
    if not head.isalpha() or not head.islower():
        return None
    if morph.en_plural(head):
        return "", "are"  # "references needed": "references are needed"
    if head.endswith("ing") or head in MASS_TOO or _mostly_mass(head):
        return "", "is"  # "forklift experience", "fire warden training"
    if morph.en_count_only(head) or morph.en_countable(head):
        first = thing.split()[0]
        vowel = first[0] in EN_VOWEL_LETTER_NAMES if first.isupper() else first[0] in "aeio"
        return ("an " if vowel else "a "), "is"
    return None


def required(item: str) -> str | None:
    """The note said as a clause ("a class 2 licence is needed before the training starts"),
    or None when it is not of this shape or not certain to read correctly."""
    item = item.strip().rstrip(".")
    nation = item.split(" ", 1)[0].lower() in EN_NATIONALITY
    if item[:1].isupper() and item[1:2].islower():  # "Class 2 licence preferred": the phone's
        item = item[0].lower() + item[1:]  # capital, not a name
    found = REQUIRED.match(item)
    if not found:
        return None
    words = found["thing"].split()
    when = (found["when"] or "").split()
    if not words or len(words) > MAX_WORDS or words[0].lower() in NOT_A_THING:
        return None
    if {"not", "no", "never"} & {word.lower() for word in words}:
        return None  # "Arabic not needed" (writer BI's bi38): never "Arabic not is needed"
    if words[0].isdigit() or not all(_word_ok(word) for word in [*words, *when]):
        return None  # "2 references needed": a count first is a list of the candidate's
    determined = _article(found["thing"])
    if determined is None:
        return None
    article, verb = determined
    if nation:  # "a Welsh speaker is desirable", "the Welsh language" (writer BJ's bj29)
        thing = found["thing"]
        article = "the " if thing.split()[-1].lower() == "language" else article
        return _said(article + thing[0].upper() + thing[1:], verb, found["need"], when)
    return _said(article + found["thing"], verb, found["need"], when)


def _said(thing: str, verb: str, need: str, when: list[str]) -> str:
    tail = " " + " ".join(when) if when else ""
    need = re.sub(r"\s+", " ", need.lower())
    return f"{thing} {verb} {need}{tail}"


def said_apart(item: str) -> tuple[list[str], str]:
    """The requirements of a note said as clauses, and what is left of the note to read:
    "class 2 licence needed before the training starts, they reimburse" -> (["a class 2
    licence is needed before the training starts"], "they reimburse")."""
    clauses: list[str] = []
    kept: list[str] = []
    for part in item.split(", "):
        clause = required(part)
        (clauses if clause else kept).append(clause or part)
    return clauses, ", ".join(kept)
