"""An English job title typed as one run with what the ad says about it.

"gas engineer gas safe registered domestic service and breakdown van provided", "PCV Bus
Driver experienced Cambridge depot full time", "Assistant herdsperson 300 cow dairy near
Okehampton house available", "Ramp Agent seasonal summer 2039 Bristol Airport" (writer BU):
no dash or bar parts the title from the rest, and the catch-up wrote "for the gas engineer gas
safe registered domestic service and breakdown van provided role". The title is its words up
to the last person's noun ("engineer", "Driver", "herdsperson", "Agent") before the first word
only an ad says (a number, "experienced", "seasonal", "provided", "full time"); a title with no
such word is left whole ("Senior Sales Executive").
"""

from __future__ import annotations

import re

# words of the ad, never of the title: the contract, the hours, the perks, the wish
AD_WORDS = frozenset(
    {"experienced", "seasonal", "temporary", "temp", "permanent", "perm", "contract", "full"}
    | {"part", "nights", "weekends", "immediate", "urgent", "urgently", "provided", "available"}
    | {"required", "wanted", "needed", "near", "based", "hybrid", "remote", "registered"}
    | {"ongoing", "live-in", "accommodation", "salary", "bonus", "ote", "asap", "start"}
)
# a person's noun by its ending, or one of the trade words that have none
PERSON = re.compile(r"(?:er|or|ist|ian|ant|ent|person|man|woman|ive|ee|eer)$")
PERSON_WORDS = frozenset(
    {"agent", "chef", "cook", "nurse", "hand", "clerk", "lead", "mechanic", "guard", "carer"}
    | {"herdsperson", "operative", "executive", "associate", "apprentice", "trainee", "barista"}
)
MIN_WORDS = 4
# words whose number belongs to the title: "Staff Nurse Band 5", "Teaching Assistant Level 2",
# "Analyst, Tier 1", "Industrial Placement Year 2038-39", "Graduate Programme 2034"
GRADED = frozenset(
    {"band", "level", "tier", "grade", "year", "class", "programme", "program", "scheme"}
    | {"intake", "cohort", "cat", "category", "step", "pay"}
)


def _person(word: str) -> bool:
    lower = word.lower().rstrip(",;:")
    return lower in PERSON_WORDS or (len(lower) > 3 and bool(PERSON.search(lower)))


def _ad_word(word: str) -> bool:
    return word.lower() in AD_WORDS or any(char.isdigit() for char in word) or word in "£$€+"


def head_run(title: str) -> str:
    """The title without the ad's words typed after it in the same run."""
    words = title.split()
    if len(words) < MIN_WORDS:
        return title
    first_ad = next(
        (
            i
            for i, word in enumerate(words)
            if _ad_word(word) and not (i and words[i - 1].lower().rstrip(",") in GRADED)
        ),
        None,
    )
    if first_ad is None or first_ad == 0:
        return title
    heads = [i for i in range(first_ad) if _person(words[i])]
    if not heads:
        return title
    return " ".join(words[: heads[-1] + 1]).rstrip(",;:")
