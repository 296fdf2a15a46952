"""English fragments that parse word by word but not as the frame's slot (session 12, the
blind readings of writers T and W: "What attracts me to the role is hours fit", "The idea of
joining a near home", "take attendance, leave notes and yard duty", "the role covers report
to the farm manager"). Each check reads the fragment's shape with lemminflect's lexicon, as
`gate_shapes` does; none knows a writer's phrases.
"""

from __future__ import annotations

import itertools

from relance.drafts.gate_shapes import EN_PREPOSITIONS
from relance.drafts.slots import EN_DETERMINERS

# Adverb particles that end a phrasal verb: "moving back", "setting up", "going out".
PARTICLES = frozenset(["back", "up", "out", "down", "away", "off", "home", "around", "over"])
ARTICLES = frozenset(["a", "an", "the"])


def _parts(word: str) -> frozenset[str]:
    from relance.drafts.morph_en import lemminflect_parts

    return frozenset(lemminflect_parts(word.lower()))


def _base_verb(word: str) -> bool:
    from relance.drafts.morph_en import en_can_be_verb

    return word.isalpha() and word.islower() and en_can_be_verb(word)


def _plural_noun(word: str) -> bool:
    from relance.drafts.morph_en import en_plural

    return word.isalpha() and word.islower() and word.endswith("s") and en_plural(word)


def np_shape_fault(words: list[str]) -> str:
    """Why an English item cannot fill a noun-phrase slot, or ""."""
    low = [w.lower() for w in words]
    if len(low) > 1 and low[0] in ARTICLES:
        after = low[1]
        if after in EN_PREPOSITIONS:
            return "a preposition after the article"  # "a near home"
        nxt = low[2] if len(low) > 2 else ""
        if after.endswith("ing") and (nxt in PARTICLES or nxt in EN_DETERMINERS):
            return "a verb's phrase after the article"  # "a moving back home to Galway"
    if low[0] not in EN_DETERMINERS and len(low) > 1 and _base_verb(words[0]):
        nxt = low[1]
        then = low[2] if len(low) > 2 else ""
        # "report to the farm manager", "lead the team": an action where a thing is
        # expected; "work with children", "customer service" stay things.
        if nxt in EN_DETERMINERS - {"some", "any"} or (
            nxt in ("to", "with", "for") and then in EN_DETERMINERS
        ):
            return "an action where a thing is expected"
    for before, word in itertools.pairwise(words):
        if _plural_noun(before) and _verb_after_subject(word):
            return "a clause without its verb's agreement"  # "hours fit", "shifts suit"
    return ""


def _verb_after_subject(word: str) -> bool:
    """'fit', 'suit', 'work' after a plural: the plural's verb, not a noun compound's tail
    ("flexible hours", "sales career" stays a noun only when the lexicon says so)."""
    parts = _parts(word)
    return _base_verb(word) and (parts <= {"VERB", "ADJ"} or word.lower() in ("fit", "suit"))


def later_action_fault(items: list[str]) -> tuple[str, str]:
    """A list of actions whose later piece is a bare noun ("take attendance, leave notes and
    yard duty"): once a second piece is an action, every piece after it is one. A list of
    two ("support the child in class and playground") may be an object's."""
    actions = 0
    for at, item in enumerate(items):
        words = item.split()
        if not words:
            continue
        first = words[0]
        if at and _base_verb(first.lower()) and len(words) > 1:
            actions += 1
            continue
        if at >= 2 and actions and first.islower() and first.lower() not in EN_DETERMINERS:
            parts = _parts(first)
            if "NOUN" in parts and "VERB" not in parts and first not in EN_PREPOSITIONS:
                return "a thing among actions", item
    return "", ""
