"""A need the recruiter named as a thing, typed without its article (session 19, English).

"conference season", "weekend cover", "patience with older customers", "HRIS migration to
SAP SuccessFactors": no person sought, no action, no determiner. The catch-up used to hand
these back; they read well after "You mentioned …" once the noun phrase has the article its
head asks for: none before a plural, a gerund or a mass noun ("weekend cover", "cash
handling", "resilience"), "the" before one thing that may be counted ("the Christmas rush").
Anything less certain is still handed back: a count or a figure ("10 vans short"), a list,
a person named by a singular noun ("tramper"), a bare count noun after a preposition ("after
system migration"), or an adjective ("calm under pressure").

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from relance.drafts import morph
from relance.drafts.gate_en import names_people
from relance.drafts.morph import NOUN, Shape

# The prepositions a need's complement may follow: "patience with older customers",
# "attention to brand guidelines", "accuracy on the system" ("than", "after", "before",
# "until" read as a comparison or a time, which the note does not finish).
COMPLEMENT = frozenset({"with", "on", "to", "for", "in", "at", "of", "across", "without"})
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words that make the note a comparison, a time or a clause the frame cannot finish.
OTHER_LINKS = frozenset(
    {"under", "than", "after", "before", "during", "until", "since", "about", "around", "by",
     "from", "as", "if", "so", "but", "when", "while", "who", "that", "which", "not", "no"}
)  # fmt: skip
MAX_WORDS = 7
MAX_HEAD = 3


def _parts(word: str) -> dict[str, tuple[str, ...]]:
    return morph.lemminflect_parts(word.lower())


def _bare_ok(word: str) -> bool:
    """A noun that stands with no article: a plural, a gerund, a mass noun ("customers",
    "handling", "resilience", "cover")."""
    low = word.lower()
    if morph.en_plural(low):
        return True
    parts = _parts(low)
    if low.endswith("ing") and ("VERB" in parts or "NOUN" in parts):
        return True
    if "NOUN" not in parts:
        return False
    return not morph.en_count_only(low) or morph.en_mostly_mass(low)


def _complement_ok(words: list[str]) -> bool:
    """The noun phrase after a preposition: determined, a name, or a noun that stands bare."""
    if not words:
        return False
    if words[0].lower() in morph.EN_DETERMINERS or words[0][:1].isupper():
        return True
    last = words[-1]
    return last[:1].isupper() or _bare_ok(last)


def en_need_thing(shape: Shape) -> str:
    """The need as a noun phrase after "You mentioned", with its article, or "" when no
    article can be chosen with certainty."""
    text = shape.text
    if shape.kind != NOUN or shape.determined or re.search(r"[\d,;:/+&()'\"]", text):
        return ""
    words = text.split()
    if len(words) > MAX_WORDS or not all(WORD.fullmatch(word) for word in words):
        return ""
    if not words[0].islower():
        return ""  # "CPA would be nice", "HRBP for …": a name first is read elsewhere
    if any(word.lower() in OTHER_LINKS for word in words):
        return ""  # "calm under pressure", "good attitude more than experience"
    cut = next((i for i, word in enumerate(words) if word.lower() in COMPLEMENT), len(words))
    if any(word.lower() in morph.EN_DETERMINERS | {"and", "or"} for word in words[:cut]):
        return ""  # "data and creativity": a list, whose every item would need its own look
    head_words, rest = words[:cut], words[cut + 1 :]
    if not head_words or (cut < len(words) and not _complement_ok(rest)):
        return ""
    if any(word.lower() in COMPLEMENT | {"and", "or"} for word in rest):
        return ""  # one complement only: "backlog of invoices after …" is not read further
    low = [word.lower() for word in words]
    if len(set(low)) < len(low) or len(head_words) > MAX_HEAD:
        return ""  # "listings listings listings", "shift cover weekends": typed in a row
    head = head_words[-1]
    if "NOUN" not in _parts(head) or names_people(head):
        return ""  # "keen lad": a person, said by the "looking for" frame or not at all
    if len(head_words) == 1 and "ADJ" in _parts(head):
        return ""  # "calm under pressure", "good with rotas": a quality, not a thing
    if any("NOUN" not in _parts(word) and "ADJ" not in _parts(word) for word in head_words):
        return ""  # "cut cloud costs": a verb, an action
    if len(head_words) == MAX_HEAD and "ADJ" not in _parts(head_words[0]):
        return ""  # "shift cover weekends": three nouns in a row
    gerund = head.lower().endswith("ing")
    if gerund and len(head_words) > 2:
        return ""  # "payments team scaling": a subject and its verb, not a thing
    low_head = head.lower()
    if "ADV" in _parts(low_head):
        return ""  # "outdoors in all weather": where, not what
    if morph.en_plural(low_head) or gerund:
        return text  # "early shifts", "cash handling"
    # "weekend cover", "customer service": a compound of nouns; "full licence", "strong work
    # ethic": an adjective first, after which English wants "a" or "the"
    first_noun = len(head_words) == 1 or "ADJ" not in _parts(head_words[0])
    if not morph.en_countable(low_head) or morph.en_mostly_mass(low_head):
        return text if first_noun or morph.en_mostly_mass(low_head) else ""
    if not first_noun:
        return ""  # "a full licence" or "the full licence": not chosen
    if not morph.en_count_only(low_head):
        return text if len(head_words) > 1 or cut == len(words) else ""  # "winter demand"
    if len(head_words) < 2 or cut < len(words):
        return ""  # "tramper", "backlog of invoices": a count noun alone or with its complement
    return "the " + text  # "the conference season", "the home loans pipeline"


EN_SOUGHT = re.compile(r"^(?:a|an|someone|somebody|people|several)\b", re.IGNORECASE)


# A group of people named by its size: "team of 8 on nights, toilets + gates + security areas"
# (writer R's r40): what follows is what the team does, never a need alone.
EN_GROUP = re.compile(r"^(?:a\s+)?(?:team|crew|staff|squad|group)\s+of\b", re.IGNORECASE)


def en_things_only(shapes: list[Shape], people: Callable[[Shape], bool]) -> set[str]:
    """The notes all of whose pieces are things, none a person sought or an action: a thing
    typed after a person or an action may continue it ("someone to take minutes at council
    + committee meetings", "drivers for rural routes + school runs"), never a need alone.
    `people`: whether a piece names people sought ("drivers for the parcel peak")."""
    other = {
        shape.source
        for shape in shapes
        if shape.kind != NOUN
        or EN_SOUGHT.match(shape.text)
        or people(shape)
        or EN_GROUP.match(shape.text)
    }
    return {shape.source for shape in shapes if shape.source not in other}
