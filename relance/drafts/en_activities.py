"""A trade's activity typed as a strong point, said as experience: "inspection and testing"
is "my experience in inspection and testing", never "my inspection and testing"; "deviation
and CAPA in Trackwise" likewise (writer BE, session 41: "I was able to highlight my
inspection and testing", "my deviation and CAPA in Trackwise"). The English twin of
fr_activities.

Only a list led by a lower-case noun of activity (its head, before a preposition) is read,
its other items with no article of their own: a verb's gerund ("testing", "welding"), or a
noun ending as an activity does ("-tion", "-sion", "-ance", "-ery", "-try"); a quality ("my
organisation", "my patience"), a thing held ("my licence") keeps its possessive."""

from __future__ import annotations

import re

ENDINGS = ("tion", "sion", "ance", "ery", "try")
# Nouns with an activity's ending that are qualities, things or people: as typed.
NOT_ACTIVITIES = frozenset(
    {"organisation", "organization", "communication", "presentation", "motivation",
     "attention", "concentration", "dedication", "determination", "passion", "position",
     "qualification", "certification", "registration", "education", "reputation", "vision",
     "patience", "confidence", "experience", "attendance", "appearance", "balance",
     "tolerance", "endurance", "resilience", "question", "station", "version", "mission",
     "ambition", "discretion", "reliability", "flexibility", "availability", "entry",
     "every", "bakery", "gallery", "battery", "delivery", "recovery", "discovery",
     "story", "country", "industry", "ministry", "registry", "poetry", "tapestry", "pantry",
     "ancestry", "chemistry", "geometry", "bravery", "slavery", "nursery", "surgery",
     "evening", "wedding", "clothing"}
)  # fmt: skip
ITEMS = re.compile(r"\s*(?:,|&|\+|\band\b)\s*")
WORD = re.compile(r"^[a-z][a-z-]+$")
JOINED = re.compile(r"\s+[&+]\s+")


def _activity(word: str) -> bool:
    from relance.drafts.morph_en import lemminflect_parts

    if not WORD.match(word) or word in NOT_ACTIVITIES:
        return False
    parts = lemminflect_parts(word)
    if word.endswith("ing"):  # a verb's gerund: "testing" (test), never "thing", "ring"
        return "ADJ" not in parts and any(lemma != word for lemma in parts.get("VERB", ()))
    return word.endswith(ENDINGS) and "NOUN" in parts


def _head(item: str) -> str:
    """The item's last word before a preposition or a bracket: "building maintenance" is
    maintenance, "dissertation project on churn" a project."""
    from relance.drafts.en_function_words import EN_PREPOSITIONS

    words: list[str] = []
    for word in item.split():
        if word.lower() in EN_PREPOSITIONS or not word[:1].isalpha():
            break
        words.append(word)
    return words[-1].lower() if words else ""


def as_experience(text: str) -> str:
    """ "my experience in inspection and testing"; "" when the piece is no list of activities."""
    from relance.drafts.slots import EN_DETERMINERS

    items = [item for item in ITEMS.split(text.strip()) if item]
    if not items or not items[0][:1].islower() or not _activity(_head(items[0])):
        return ""
    if any(item.split()[0].lower() in EN_DETERMINERS for item in items[1:]):
        return ""
    return "my experience in " + JOINED.sub(" and ", text.strip())
