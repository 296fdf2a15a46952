"""Reading an English note fragment: lemminflect's lexicon of parts of speech and
pyspellchecker's word list (English has no spaCy model on the package index, only
third-party re-uploads of one, not depended on). Loaded lazily. `morph.shape` is the entry
point.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from typing import Any

from relance.drafts.morph_words import (
    ADJECTIVE,
    CLAUSE,
    EN_DETERMINERS,
    EN_FUNCTION,
    EN_SOMEONE,
    INFINITIVE,
    MINE,
    NOUN,
    SYMBOL,
    TOOLS_TOO,
    YOURS,
    Shape,
    proper,
    trade_words,
    unclean,
)


@cache
def _en_words() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def en_word_frequency(word: str) -> int:
    """How often pyspellchecker's English word list saw the word (0: never)."""
    return int(_en_words().word_frequency[word.lower()])


def _en_parts(word: str) -> frozenset[str]:
    import lemminflect

    return frozenset(lemminflect.getAllLemmas(word.lower()))


def en_known(word: str) -> bool:
    low = word.lower()
    if low in EN_FUNCTION or low in EN_DETERMINERS or low in trade_words("en"):
        return True
    return bool(_en_words().known([low])) or bool(_en_parts(low))


def en_can_be_verb(word: str) -> bool:
    """'order' can be a verb's base form ("order stock"); 'stock' too, 'reporting' not."""
    import lemminflect

    return word in lemminflect.getAllLemmas(word).get("VERB", ())


# A word whose past form is this much rarer than its plural is read as a noun first.
NOUN_FIRST_RATIO = 0.3


def en_mostly_noun(word: str, ratio: float = NOUN_FIRST_RATIO, pair: bool = False) -> bool:
    """'floor', 'market', 'price': a word the lexicon knows as a verb too, but which the word
    list sees far more often as a noun (its plural) than as a verb (its past form): "floor
    safety" is the safety of the floor, never "to floor safety". 'order', 'stock', 'book'
    are verbs often enough to be read as one in a list of actions."""
    import lemminflect

    low = word.lower()
    if "NOUN" not in _en_parts(low):
        return False
    # `pair`: a noun before a plural ("gift sets", writer BJ's bj37), where a past form read
    # mostly as an adjective ("gifted") counts for half: never "to gift sets"
    past = sum(
        en_word_frequency(form) / (2 if pair and "ADJ" in _en_parts(form) else 1)
        for form in lemminflect.getInflection(low, tag="VBD")
    )
    plurals = lemminflect.getInflection(low, tag="NNS")
    plural = sum(en_word_frequency(form) for form in plurals if form != low)
    return plural > 0 and past < ratio * plural


EN_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+(?:[.,:]\d+)*|[^\w\s]")
EN_FINITE = frozenset(
    {"is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could",
     "should", "must", "does", "do", "did", "seemed", "went", "felt", "looked", "liked", "loved",
     "said", "told", "asked", "mentioned", "wants", "needs"}
)  # fmt: skip
EN_NUMBERED = frozenset(
    {"since", "about", "around", "over", "under", "within", "after", "before", "level", "band",
     "year", "grade", "than", "every", "per", "aged", "until", "till", "from"}
)  # fmt: skip
EN_MODALS = frozenset(
    {"can", "could", "will", "would", "should", "must", "may", "might", "need", "needs", "am",
     "is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "cannot", "can't"}
)  # fmt: skip
# Nouns of people the lexicon also lists as verbs ("to people", "to staff", "to man").
GROUP_NOUNS = frozenset({"people", "staff", "crew", "man", "men", "team", "person"})
# A nation's or a language's adjective typed with its capital, never a verb: "Welsh language
# is desirable" (writer BJ's bj29) was read as "to welsh" and written "a welsh language";
# typed in lower case ("fluent in welsh") it is a slip the vouch refuses (`vouch.EN_NATIONS`).
EN_NATIONALITY = frozenset(
    {"welsh", "english", "scottish", "irish", "british", "french", "polish", "dutch", "swiss",
     "spanish", "german", "italian", "portuguese", "danish", "swedish", "finnish", "turkish",
     "romanian", "urdu", "punjabi", "arabic", "mandarin", "cantonese", "gaelic"}
)  # fmt: skip
EN_YOU = re.compile(r"^you\b", re.IGNORECASE)
EN_MINE = re.compile(r"^(?:I|I'm|I've|I'd|I'll|me)\b")


# "hands on w/ cats", "client facing": an adjective typed in two words, then no noun, which no
# determiner can go before (writer O's o34: "highlight my hands on with cats").
EN_SPLIT_ADJECTIVE = re.compile(
    r"^(?:hands|client|customer|public|forward|self)[\s-]+(?:on|facing|thinking|motivated|starter)"
    r"(?:\s+(?:with|w/|in|at|for)\b.*)?$",
    re.IGNORECASE,
)


def _en_graded(words: list[str], low: list[str]) -> bool:
    """ "band 5 on AMU", "level 3": a grade, never "to band 5" ("train 2 juniors" acts)."""
    graded = len(words) > 1 and words[1].isdigit()
    return graded and (len(words) == 2 or low[2] in EN_FUNCTION)


# The candidate's own clause after a topic typed first: "GMP basics i did the Springboard course
# last spring" (writer BJ's bj33) read as a clause became "I also felt that GMP basics I did…".
EN_PERSONS = frozenset({"i"})  # "the driving we can teach": a noun and its relative clause
TOPIC_CLAUSE_WORDS = 3  # "the job I wanted" is one too: the clause must have its object
EN_WHEN_WORDS = frozenset(
    {"last", "next", "this", "that", "yesterday", "today", "then", "spring", "summer", "autumn",
     "fall", "winter", "year", "week", "month", "morning", "afternoon", "evening", "there",
     "here", "so", "and", "but", "also", "now", "later", "before", "after", "since", "when",
     "if", "because", "once"}
)  # fmt: skip


# Second-language turns a reader stops at (writer BJ's bj25): "good" for "well" after a verb
# and its object, a duration said with "was doing".
EN_GOOD_FOR_WELL = re.compile(
    r"\b(?:know|knows|knew|speak|speaks|spoke|drive|drives|drove|do|does|did|work|works|worked|"
    r"went|cook|cooks|write|writes|wrote|manage|manages|managed)\b(?:\s+[\w'-]+){0,3}\s+good$",
    re.IGNORECASE,
)
EN_DURATION_DOING = re.compile(r"\b(?:was|were)\s+doing\s+\d+\s+(?:years?|months?|yrs?)\b", re.I)


def _en_topic_first(low: list[str]) -> bool:
    """Is a subject pronoun typed after other words, none of them saying when or joining?"""
    for index, word in enumerate(low[1:], start=1):
        if word in EN_FINITE:
            return False
        if word in EN_PERSONS:
            clause = len(low) - index - 1 >= TOPIC_CLAUSE_WORDS
            return clause and not any(before in EN_WHEN_WORDS for before in low[:index])
    return False


def _en_finite(low: list[str], index: int) -> bool:
    """A finite verb at low[index], never the "am" of an hour ("someone reliable at 5am",
    writer BX's bx35, read as a clause with no subject)."""
    word = low[index]
    return word in EN_FINITE and not (word == "am" and low[index - 1][:1].isdigit())


@lru_cache(maxsize=2048)
def en_shape(fragment: str) -> Shape:
    text = fragment.strip()
    words = [w for w in EN_WORD.findall(text) if w[0].isalnum()]
    if not words:
        return Shape(text, NOUN, False, "empty")
    low = [w.lower() for w in words]
    why = "symbol" if SYMBOL.search(text) else unclean(words, "en", en_known)
    from relance.drafts.rephrase import is_action

    if EN_YOU.match(text):
        kind = YOURS
    elif EN_MINE.match(text):
        kind = MINE
    elif (
        (is_action(text, "en") or _en_infinitive(words, low))
        and not en_tool_named(words[0])
        and not _en_graded(words, low)
        and not (words[0][:1].isupper() and low[0] in EN_NATIONALITY)
    ):
        kind = INFINITIVE
    elif any(_en_finite(low, i) for i in range(1, len(low))) and not _en_relative(low):
        kind = CLAUSE
        subject = low[0] in EN_DETERMINERS | {"it", "we", "there", "everything"} or (
            proper(words[0]) and not words[0][:1].isdigit()
        )
        if not subject and not why:
            why = "no subject"
        if not why and _en_topic_first(low):
            why = "a topic before its clause"
    elif (
        all(_en_parts(w) == frozenset({"ADJ"}) or w in ("and", "very", "really") for w in low)
        and any(w not in ("and", "very", "really") for w in low)
    ) or en_adjective_list(text):
        kind = ADJECTIVE
    else:
        kind = NOUN
    if not why and (EN_GOOD_FOR_WELL.search(text) or EN_DURATION_DOING.search(text)):
        why = "a turn of another language"  # "I know london roads good" (bj25)
    if not why and kind == NOUN and any(w in ("me", "us", "him", "them") for w in low):
        why = "a clause without its subject"  # "nights suit me"
    if not why and kind == NOUN and low[0] in EN_MODALS:
        why = "no subject"  # "can start the 14th"
    if not why and kind == NOUN and _en_past(low[0]):
        why = "no subject"  # "did Amazon Flex last Christmas"
    if not why and kind in (NOUN, ADJECTIVE, INFINITIVE) and low[0] in EN_FUNCTION:
        why = "starts with a preposition"
    if not why and kind in (NOUN, ADJECTIVE):
        why = _en_telegraphic(words)
    if not why and kind == NOUN and EN_SPLIT_ADJECTIVE.match(text):
        why = "an adjective in two words, no noun after it"  # "my hands on with cats"
    determined = low[0] in EN_DETERMINERS or low[0].isdigit() or bool(EN_SOMEONE.match(text))
    return Shape(text, kind, not why, why, determined, "", "", tuple(low))


def en_tool_named(word: str) -> bool:
    """'Excel for reporting': the software the notes name with its capital, never the verb."""
    return word in TOOLS_TOO.values()


def _en_infinitive(words: list[str], low: list[str]) -> bool:
    """'pass ACA exams', 'restock shelves', 'order the stock': a verb's base form first, then
    its object. 'picking and loading' is no base form; 'reach truck' (a noun too, then a
    noun) stays a noun phrase."""
    if len(low) < 2 or not en_can_be_verb(low[0]):
        return False
    if low[0] in GROUP_NOUNS and low[1] in ("with", "who", "that"):
        return False  # "people with patience" (writer H, h38): never "able to people with…"
    if low[1] == "and" and len(low) == 3 and words[0].islower() and not en_can_be_verb(low[2]):
        return False  # "speed and cleanliness": two nouns, the second never a verb
    if low[1] in EN_DETERMINERS | {"and", "with", "up", "out"}:
        return True
    second = words[1]
    if second.isdigit() and en_mostly_noun(low[0]):
        return False  # "class 1 licence", "level 3 diploma": a noun and its grade
    if second.isdigit() or (len(second) > 1 and second.isupper()):
        return True  # "pass ACA exams", "hit 120 picks an hour"
    return _en_parts(low[0]) == frozenset({"VERB"})  # "restock shelves", "deliver on time"


# Single words listed with commas or "and": "smart, professional", "calm and friendly".
WORD_LIST = re.compile(r"[a-z]+(?:\s*,\s*[a-z]+)*(?:\s*,\s*|,?\s+and\s+)[a-z]+")


def en_adjective_list(text: str) -> bool:
    """'smart, professional' (writer H, h39): words listed, each one an adjective by the
    lexicon though some are nouns too ("professional"), are qualities, not nouns in a row;
    "reception, patrols" are no list of adjectives."""
    if not WORD_LIST.fullmatch(text.strip()):
        return False
    words = [w for w in re.findall(r"[a-z]+", text) if w != "and"]
    return all("ADJ" in _en_parts(w) for w in words)


def _en_relative(low: list[str]) -> bool:
    """'someone who can mentor juniors': the verb belongs to a relative clause."""
    for word in low[1:]:
        if word in ("who", "that", "which", "whose"):
            return True
        if word in EN_FINITE:
            return False
    return False


def _en_past(word: str) -> bool:
    """'did', 'built', 'led', 'picked': a verb in the past, not a noun or an adjective."""
    import lemminflect

    parts = lemminflect.getAllLemmas(word)
    verb = parts.get("VERB", ())
    if not verb or word in verb or "NOUN" in parts or "ADJ" in parts:
        return False
    return word in lemminflect.getInflection(verb[0], tag="VBD")


def en_noun_only(word: str) -> bool:
    """'mission', 'team': a word the lexicon knows as a noun and not as an adjective."""
    parts = lemminflect_parts(word)
    return "NOUN" in parts and "ADJ" not in parts


def en_adjective_only(word: str) -> bool:
    """'nice', 'bigger': a word typed small that the lexicon knows only as an adjective."""
    return word.islower() and set(lemminflect_parts(word)) == {"ADJ"}


def lemminflect_parts(word: str) -> dict[str, Any]:
    import lemminflect

    return dict(lemminflect.getAllLemmas(word))


def en_count_only(word: str) -> bool:
    """'mission', 'agenda', 'brand': a singular noun the lexicon never uses as a mass noun
    (its plurals do not include the singular, as "work" or "energy" do), which cannot stand
    without a determiner ("the green energy mission", never "is green energy mission")."""
    import lemminflect

    low = word.lower()
    if low not in lemminflect.getAllLemmas(low).get("NOUN", ()):
        return False
    plurals = lemminflect.getAllInflections(low, "NOUN").get("NNS", ())
    return bool(plurals) and low not in plurals


RARE_PLURAL = 0.03  # plural to singular use below which a noun is read as a mass noun


def en_mostly_mass(noun: str) -> bool:
    """'churn', 'growth', 'exposure': lemminflect gives them plurals, but the word list's
    frequencies say the plural is rare (under 3% of the singular's use); 'team' (12%),
    'licence' (4%) are counted."""
    import lemminflect

    plurals = lemminflect.getInflection(noun, "NNS")
    singular = en_word_frequency(noun)
    return bool(plurals) and singular > 0 and en_word_frequency(plurals[0]) < RARE_PLURAL * singular


def en_countable(word: str) -> bool:
    """'licence', 'career', 'card': a noun the lexicon gives a plural of its own ("licences"),
    whether or not it may be used as a mass noun too."""
    import lemminflect

    low = word.lower()
    plurals = lemminflect.getAllInflections(low, "NOUN").get("NNS", ())
    return any(plural != low for plural in plurals)


def en_plural(word: str) -> bool:
    """'engineers', 'drivers': a plural noun, which needs no article."""
    import lemminflect

    nouns = lemminflect.getAllLemmas(word).get("NOUN", ())
    return bool(nouns) and word not in nouns


def _en_telegraphic(words: list[str]) -> str:
    """'5 yrs retail mgmt' once expanded is fine in English ('retail management'); only a
    run of four bare nouns or more reads as a note."""
    for left, right in itertools.pairwise(words):
        numbered = right[:1].isdigit() and left.isalpha() and left.islower()
        if numbered and left not in EN_FUNCTION | EN_DETERMINERS | EN_NUMBERED:
            return f"telegraphic: {left} {right}"
    for name, number, noun in zip(words, words[1:], words[2:], strict=False):
        # "AMU 40 beds" (writer H, h28): a name, a count and what it counts, no verb between
        acronym = len(name) > 1 and name.isalpha() and name.isupper()
        if acronym and number.isdigit() and noun.islower() and en_plural(noun):
            return f"telegraphic: {name} {number} {noun}"
    run = 0
    for word in words:
        parts = _en_parts(word)
        run = run + 1 if parts == frozenset({"NOUN"}) else 0
        if run >= 4:
            return "telegraphic"
    return ""
