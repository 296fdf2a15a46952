"""The determiner an English noun phrase takes in the catch-up's sentences: "my" before a
strong point ("my forklift licence"), "the" before a bare singular noun the role covers
("the food hall", "the CSCS card"), "a" or "an" before one thing expected ("a driving
licence", "an HGV licence"), and none before an activity or a mass noun ("student
supervision", "great customer service"). Kept apart from `determiners`, the French ones,
as English reads its heads with its own lexicon (`morph_en`).
"""

from __future__ import annotations

import re

from relance.drafts import morph
from relance.drafts.determiners import en_tools
from relance.drafts.en_activities import as_experience as en_as_experience
from relance.drafts.morph import Shape
from relance.drafts.morph_words import EN_FUNCTION


def en_mine(shape: Shape) -> str:
    """A strong point as the candidate's own: "my 5 years in retail", "my forklift licence";
    a name or an acronym stands alone ("Python and SQL")."""
    text = shape.text
    if shape.determined and not text[:1].isdigit():
        return text
    experience = en_as_experience(text) or en_tools(text)  # never "my inspection and testing"
    if experience:
        return experience
    if acronym_before_count_noun(text, owned=True):
        return "my " + text  # "my CSCS card", "my HR licence", never "CSCS card" bare
    if EN_LEVELLED.match(text) or EN_QUALIFICATION.search(text):
        return "my " + text  # "my RHS level 2", never "I was able to highlight RHS level 2"
    if text[:1].isupper() and not _en_name_before_noun(text):
        return text
    return "my " + text


# A qualification named by its body and its level: "RHS level 2", "NVQ Level 3", "QQI level 6"
# (writer O's o39), the candidate's own as a licence is.
EN_LEVELLED = re.compile(r"^[A-Z]{2,6}\s+(?:level|grade|stage)\s+\d\b", re.IGNORECASE)
# A degree or a certificate with its level or class: "BSc Cyber Security 2:1", "RYA Powerboat
# L2 and VHF SRC" (writer BZ's reader, session 52: "lacks 'my'"); a tool ("Python and SQL")
# has neither.
EN_QUALIFICATION = re.compile(
    r"^(?:BSc|MSc|BA|MA|BEng|MEng|PhD|HND|HNC|NVQ|BTEC|MBA|LLB|PGCE|GCSEs?)\b|"
    r"\b(?:L[1-7]|[12]:[12])(?:\s|$)"
)


def _en_name_before_noun(text: str) -> bool:
    """'Christmas availability', 'Excel skills', 'Spanish fluency': a name (one capital, then
    small letters) used before a common noun, which is the candidate's like any other ("my
    Christmas availability"); "Python and SQL", "Level 3 PT" stay bare."""
    words = text.split()
    first, head = words[0], words[-1]
    if len(words) < 2 or not first.isalpha() or not first[1:].islower() or not head.isalpha():
        return False
    if not head.islower() or any(word.lower() in ("and", "or") for word in words):
        return False
    return head in morph.lemminflect_parts(head).get("NOUN", ())


def en_expected(shape: Shape) -> str:
    """What is expected, said after "you mentioned": a quality reads bare ("great customer
    service"), a name before a noun that may be counted takes "the" as the role's "the CSCS
    card" does ("the DBS check", "the ParaPro test or 60 credit hours": the first of two)."""
    head = shape.text.split(" or ")[0]
    # the name and its noun alone: "STCW basic safety", "SWMS every day" are no one thing
    if not shape.determined and len(head.split()) == 2 and acronym_before_count_noun(head, True):
        return "the " + shape.text
    if not shape.determined and en_one_countable(shape.text):
        return en_indefinite(shape.text)  # "a driving licence", "a team player"
    return shape.text


def en_one_countable(text: str) -> bool:
    """'driving licence', 'team player', 'quarterly revenue target': a bare noun phrase of
    small words whose head is one thing that may be counted, which English never leaves
    without its article ("you mentioned driving assessment", writer O's reader). The head
    is told countable when the lexicon has no mass use of it ("player", "target"), or when a
    gerund before it makes it one kind of thing whose plural is common ("driving licence",
    "a driving assessment"); "great customer service", "good english communication",
    "conversational mandarin" stay bare."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(_en_small_word(word) for word in words):
        return False
    if not words[-1].islower():
        return False
    if any(word in EN_FUNCTION or word in morph.EN_DETERMINERS for word in words):
        return False
    if words[-1] in EN_ONE_DOCUMENT:
        return True  # "a valid licence", "a UAE driving licence", "a clean record" (ac36, ac38)
    if not all(word.islower() for word in words):
        return False
    if _en_rare_noun(text):
        return True  # "a weekend rota"
    if len(words) == 3 and morph.en_can_be_verb(words[0]):
        return False  # "document test strategy", "clear training certification": a duty?
    if words[-1] in EN_ONE_EVENT and not morph.en_can_be_verb(words[0]):
        return True
    head = words[-1]
    if head not in morph.lemminflect_parts(head).get("NOUN", ()) or head.endswith("ing"):
        return False
    if any(word in EN_LANGUAGE_WORDS for word in words):
        return False  # "conversational mandarin": a language, never "a"
    if morph.en_count_only(head):
        return True
    gerund = any(word.endswith("ing") for word in words[:-1])
    return gerund and morph.en_countable(head) and not morph.en_mostly_mass(head)


EN_LANGUAGE_WORDS = frozenset(
    [
        "english",
        "welsh",
        "irish",
        "french",
        "spanish",
        "german",
        "italian",
        "polish",
        "portuguese",
        "romanian",
        "urdu",
        "punjabi",
        "arabic",
        "mandarin",
        "cantonese",
        "gaelic",
        "hindi",
        "swahili",
    ]
)


def acronym_before_count_noun(text: str, owned: bool = False) -> bool:
    """'CSCS card', 'RF scanner': an acronym before a singular count noun, which English never
    leaves without a determiner ("NVQ level 3", "Python and SQL" stand alone). `owned`: the
    candidate's own, where "my" fits a noun that may be counted too ("my HR licence", "my
    SQL experience"), as "the" would not ("the HR experience")."""
    words = text.split()
    # a name in capitals or with a capital inside it ("ParaPro test", "PowerBI report")
    named = words[0].isupper() or (words[0].isalpha() and not words[0][1:].islower())
    if len(words) < 2 or not named or not words[-1].isalpha():
        return False
    head = words[-1]
    if owned and head.islower() and head not in EN_FUNCTION:
        nouns = morph.lemminflect_parts(head).get("NOUN", ())
        if head.endswith("s") and head not in nouns and nouns:  # "my ASE certificates"
            return morph.en_countable(nouns[0])
        return head in nouns and morph.en_countable(head)
    return head.islower() and morph.en_count_only(head)


# Words after which a noun phrase's head is behind: "brand I love", "pay during training".
EN_AFTER_HEAD = frozenset(
    {"i", "we", "you", "that", "which", "who", "to", "of", "for", "with", "in", "on", "at",
     "near", "during", "from", "and", "or"}
)  # fmt: skip


def _en_count_head(text: str) -> bool:
    """Is the head of this bare noun phrase (its last word before a preposition or a
    relative clause) a singular count noun?"""
    words = text.split()
    cut = next((i for i, word in enumerate(words) if word.lower() in EN_AFTER_HEAD), len(words))
    head = words[cut - 1] if cut > 1 else ""
    return head.isalpha() and head.islower() and morph.en_count_only(head)


EN_FOR = re.compile(r"\bfor\s+((?:[A-Za-z]+\s+){0,2}[a-z]+)$")


def en_after_for(text: str) -> str:
    """'screening officers for new terminal', 'a team leader for night pick' (writer O's
    o36): the singular count noun after "for" at the end of the people sought takes "the"
    ("for the new terminal"); "for nights", "for weekend work", "for Tesco" stay."""
    found = EN_FOR.search(text)
    if not found or " with " in text:
        return text  # "people with clean record for airport permit": the gate reads it whole
    words = found.group(1).split()
    head = words[-1]
    if words[0].lower() in morph.EN_DETERMINERS or words[0].lower() in EN_FUNCTION:
        return text
    if head not in morph.lemminflect_parts(head).get("NOUN", ()) or head.endswith("ing"):
        return text
    if not morph.en_count_only(head) or morph.en_mostly_mass(head):
        return text  # "weekend work", "weekend cover": a mass use too, which needs none
    return text[: found.start(1)] + "the " + found.group(1)


# "the public" is one of the nouns English never leaves bare: "greet public" (writer O's o30)
# is "greet the public", "deal with general public" "deal with the general public".
EN_PUBLIC = re.compile(r"^([a-z]+(?:\s+(?:with|to|for))?)\s+((?:general\s+)?public)\b(?!\s+[a-z])")


def en_the_public(action: str) -> str:
    return EN_PUBLIC.sub(r"\1 the \2", action)


def _en_rare_noun(text: str) -> bool:
    """'weekend rota': a word the part-of-speech lexicon does not know ("rota"), but the
    word list does, after a noun: the head of a compound, which takes "the" (writer O's
    o34, "the role covers weekend rota")."""
    words = text.lower().split()
    if len(words) < 2 or morph.lemminflect_parts(words[-1]):
        return False
    return morph.en_known(words[-1]) and morph.en_noun_only(words[-2])


def _en_activity(word: str) -> bool:
    """'feeding', 'shelving': a gerund whose plural is rare, an activity rather than a thing
    ("building", "meeting", "opening" are counted, and take their article)."""
    parts = morph.lemminflect_parts(word)
    return "VERB" in parts and (not morph.en_countable(word) or morph.en_mostly_mass(word))


# The letters whose name starts with a vowel sound: "an HGV licence", "an MBA", "a UAE visa".
EN_VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")


def en_indefinite(words: str) -> str:
    """`words` after "a" or "an", chosen by the first letter (the drafts' stages and workplaces);
    an acronym by its first letter's name."""
    first = words.split(" ", 1)[0]
    if len(first) > 1 and first.isupper() and first.isalpha():
        return ("an " if first[0] in EN_VOWEL_LETTER_NAMES else "a ") + words
    return ("an " if words[:1].lower() in "aeiou" else "a ") + words


# Heads that name one document or one record, always counted: "a valid licence".
EN_ONE_DOCUMENT = frozenset(
    {
        "licence",
        "license",
        "permit",
        "passport",
        "visa",
        "certificate",
        "diploma",
        "record",
        "card",
        "check",
    }
)
# One event passed once, as a check is (writer CA's ca30: "you mentioned fitness test"), after
# a word that is no verb ("pass drug test" is a duty)
EN_ONE_EVENT = frozenset({"test", "assessment", "exam", "screening"})


def _en_small_word(word: str) -> bool:
    """A lower-case word, or an acronym of a few letters ("UAE", "HGV") before the head."""
    return word.isalpha() and (word.islower() or (word.isupper() and len(word) <= 5))


EN_PARTICLES = frozenset({"to", "with", "for", "on", "up", "out", "into", "across"})
# "everything from seedbeds to sales floor" (writer BA's ba37): a pronoun or a quantifier
# first is its own determiner, never "the everything"
EN_QUANTIFIERS = frozenset(
    {"everything", "anything", "something", "nothing", "everyone", "anyone", "all", "each",
     "both", "most", "much", "many", "several", "some", "any", "every", "either", "neither"}
)  # fmt: skip


# A noun of a verb and its particle, typed alone: "pick-ups", "drop-offs", "check-ins"
HYPHENATED_NOUN = re.compile(r"^[a-z]+-(?:ups?|offs?|ins?|outs?|overs?|downs?|backs?)$")


def en_article(shape: Shape) -> str:
    """A bare singular noun first ("food hall", "mission") takes "the"; a plural, a name or
    an adjective first ("early shifts", "great team") reads without one."""
    text = shape.text
    first = text.split(" ", 1)[0]
    if not shape.determined and acronym_before_count_noun(text):
        return "the " + text  # "the CSCS card"
    if not shape.determined and text == first and HYPHENATED_NOUN.match(text):
        return "the " + text  # "the pick-ups", beside "the games" (writer CA's ca40)
    if shape.determined or not first.isalpha() or not first.islower():
        return text
    if first in EN_QUANTIFIERS:
        return text
    rest = text.split(" ")[1:2]
    if _en_gerund(first) and rest:
        return text  # "helping local people": a gerund and its object take no article
    if first.endswith("ing") and not rest and _en_activity(first):
        return text  # "feeding", "grading": an activity, never "the feeding"
    if not morph.en_plural(first) and not morph.en_noun_only(first):
        # "green energy mission", "big change agenda": an adjective or a noun used as one
        # before a singular count noun, which never stands without a determiner.
        parts = morph.lemminflect_parts(first)
        compound = "VERB" in parts and "NOUN" not in parts  # "open source", never "the …"
        return "the " + text if _en_count_head(text) and not compound else text
    if morph.en_plural(first):
        return text
    last = text.split(" ")[-1].lower()
    if last.isalpha() and "NOUN" not in morph.lemminflect_parts(last) and not _en_rare_noun(text):
        return text  # "term time only": no noun phrase to take "the"
    second = text.split(" ")[1:2]
    if second and second[0] in EN_PARTICLES and morph.en_can_be_verb(first):
        return text  # "report to the director": a verb and its preposition
    if _en_activity_head(text):
        return text  # "student supervision", "calf rearing": never "the calf rearing"
    return "the " + text


def en_even_articles(things: list[str]) -> list[str]:
    """A list the role covers, its articles even: beside a bare singular ("petty cash",
    "feeding"), an activity drops the "the" it was given ("the filing, petty cash and minute
    taking", writer BR's br35, reads "filing, petty cash and minute taking"); a thing keeps
    it ("the till and stock rotation"). Word frequencies cannot tell a mass noun here: "till"
    is as rarely plural as "mobility"."""
    if len(things) < 2 or not any(_en_bare_singular(thing) for thing in things):
        return things
    return [_en_unarticled(thing) for thing in things]


def _en_bare_singular(thing: str) -> bool:
    words = thing.split()
    return (
        words[0].isalpha()
        and words[0].islower()
        and words[0] not in ("the", "a", "an", "my", "your")
        and not morph.en_plural(words[-1])
    )


def _en_unarticled(thing: str) -> str:
    """'the filing' -> 'filing': one lower-case gerund loses the "the" it was given."""
    rest = thing.removeprefix("the ")
    if rest == thing or " " in rest or not rest.isalpha() or not rest.islower():
        return thing
    return rest if _en_gerund(rest) else thing


def _en_gerund(word: str) -> bool:
    return word.endswith("ing") and "VERB" in morph.lemminflect_parts(word)


RARE_PLURAL = 0.03  # plural to singular use below which a head is an activity, uncounted


def _en_activity_head(text: str) -> bool:
    """'student supervision', 'shelf filling': a compound whose head is an activity, a
    gerund or a noun the word list rarely counts, which reads without "the"."""
    words = text.split()
    cut = next((i for i, word in enumerate(words) if word.lower() in EN_AFTER_HEAD), len(words))
    head = words[cut - 1] if cut > 1 else ""
    if not head.isalpha() or not head.islower() or morph.en_plural(head):
        return False  # "the toolbox talks": a plural keeps the article the role gave it
    if _en_gerund(head):
        return True
    return _en_mass(head)


def _en_mass(head: str) -> bool:
    """A noun the word list rarely counts ("mobility", "supervision"): no "the" before it."""
    if "NOUN" not in morph.lemminflect_parts(head) or morph.en_count_only(head):
        return False
    import lemminflect

    from relance.drafts.morph_en import en_word_frequency

    plurals = [form for form in lemminflect.getInflection(head, "NNS") if form != head]
    counted = sum(en_word_frequency(form) for form in plurals)
    return counted < RARE_PLURAL * max(en_word_frequency(head), 1)
