"""English noun phrases that parse but that a native reader rejects in the list frames
(session 20, the blind readers' quotes: "you mentioned blue card current", "some OT", "the
role covers monthly targets", "kids holiday camps", "I was glad you liked those most", "I
was able to highlight my gamer myself", "… from vanuatu"). Each check reads word classes with
the lexicons already loaded (lemminflect, simplemma's case-keeping dictionary, the word
list's frequencies); none lists a writer's phrase.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Any

from relance.drafts.en_function_words import EN_PREPOSITIONS
from relance.drafts.slots import EN_DETERMINERS

REFLEXIVES = frozenset(["myself", "yourself", "himself", "herself", "ourselves", "themselves"])
# What the candidate told, not a strength it shows: "my example", "the month end close story".
TELLING = frozenset(["story", "stories", "example", "examples", "anecdote", "anecdotes"])
# What the role's list cannot hold besides `gate_en.NO_DUTY_HEADS`: a measure of the work
# ("monthly targets") is what is expected of it, and the shifts are its schedule.
MEASURES = frozenset(["target", "targets", "goal", "goals", "quota", "quotas", "kpi", "kpis"])
SCHEDULE = frozenset(["shift", "shifts", "rota", "rotas", "roster", "rosters", "hour", "hours"])
JOINS = frozenset(["and", "or", "who", "that", "which", "than", "plus"])
# Plural nouns of people before a noun lose their apostrophe when typed ("kids holiday
# camps", "drivers licence"): "people" and "staff" are the plural's own words ("staff room").
GROUP_WORDS = frozenset(["people", "staff", "crew", "team"])
# Nouns of people `gate_en.names_people` does not know: "my CISO deputy", "my 2 team leads".
PEOPLE_TOO = frozenset(
    ["kid", "child", "parent", "driver", "deputy", "lead", "student", "manager", "supervisor"]
)
PERSON_ENDS = ("ist", "ator", "ician")  # "specialist", "educator", "technician"
PRONOUN_OBJECTS = frozenset(["it", "this", "those", "these", "them", "all", "everything"])
LIKED = re.compile(r"^you (?:really )?(?:liked|loved|enjoyed|appreciated)\s+(.+)$", re.IGNORECASE)
MIXED = 3  # items of a list from which mixing reads pasted ("bookings and the switchboard" not)
# A verb's past this many times rarer than its noun's plural: the word reads as a noun.
STRONG_VERB = 10


def _parts(word: str) -> dict[str, Any]:
    from relance.drafts.morph_en import lemminflect_parts

    return lemminflect_parts(word.lower())


@cache
def _cased() -> Any:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary("en")


def capital_only(word: str) -> bool:
    """'canada', 'vanuatu', 'hamilton': a word typed small that simplemma's dictionary (which
    keeps the case) knows only with its capital, a place's or a name's; "china", "turkey",
    "english" are held small too and stay."""
    if not word.isalpha() or not word.islower() or len(word) < 3 or _parts(word):
        return False
    dictionary = _cased()
    return word not in dictionary and word.capitalize() in dictionary


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


def _runs(words: list[str]) -> list[list[str]]:
    """The item's noun runs: its words between prepositions, determiners, numbers, joins."""
    runs: list[list[str]] = [[]]
    for word in words:
        low = word.lower()
        cut = low in EN_PREPOSITIONS or low in EN_DETERMINERS or low in JOINS
        if cut or not word.replace("-", "").isalpha():
            runs.append([])
        else:
            runs[-1].append(word)
    return [run for run in runs if run]


def _verb_first(words: list[str]) -> bool:
    """'meet call quality scores', 'pass drug test', 'clear training certification': a verb
    read first (its past more frequent than its noun's plural) then a noun phrase whose head
    is one countable thing with no article, or a verb that is hardly ever a noun; whether
    read as a compound or as an action, the reader needs an article or a rewrite."""
    import lemminflect

    from relance.drafts.morph_en import en_countable, en_mostly_mass, en_word_frequency

    first = words[0]
    if len(words) < 3 or not first.isalpha() or not first.islower() or first.endswith("ing"):
        return False
    if first in EN_DETERMINERS or "VERB" not in _parts(first):
        return False
    past = sum(en_word_frequency(form) for form in lemminflect.getInflection(first, tag="VBD"))
    plurals = lemminflect.getInflection(first, tag="NNS")
    plural = sum(en_word_frequency(form) for form in plurals if form != first)
    rest = words[1:]
    if not all(word.isalpha() and word.islower() for word in rest):
        return False
    if any(word in EN_PREPOSITIONS or word in EN_DETERMINERS or word in JOINS for word in rest):
        return False
    if plural * STRONG_VERB < past:
        return True  # "meet": its noun is rare, the note is an action
    head = rest[-1]
    singular = head in _parts(head).get("NOUN", ())
    counted = singular and en_countable(head) and not en_mostly_mass(head)
    return past > plural and counted and not head.endswith("ing")


def item_fault(key: str, item: str, strength: bool, role: bool) -> str:
    """Why an item of a list frame reads wrong to a native reader, or ""."""
    words = re.findall(r"[\w'’-]+|%", item)
    if not words:
        return ""
    low = [word.lower() for word in words]
    if REFLEXIVES & set(low) and key != "strong_glad":
        return "a pronoun of a clause"  # "my gamer myself"; "that I train them myself" is one
    runs = _runs(words)
    head = runs[0][-1] if runs else ""
    if strength or key == "strong_glad":
        if _figure_only(low):
            return "a figure with no noun"  # "my twenty two percent" (writer U's u36)
        if head.lower() in TELLING and len(runs) == 1:
            # "my Kafka consumer lag story", "my example": what story? ("my story about the
            # resident who only ate when I sang" says it)
            return "a story told, not a strength"
        if head.islower() and _people(head) and head not in ("team", "crew"):
            return "a person, not a strength"  # "my gamer", "my CISO deputy"
        if "1" in low and low[low.index("1") + 1 :][:1] in (["year"], ["month"]):
            return "one year typed as a digit"  # "my 1 year at a Mississauga distributor"
        for before, word in itertools.pairwise(low):
            if before in ("years", "months", "year", "month") and word.endswith("ing"):
                return "years of what: no 'of'"  # "my 5 years cleaning"
    if runs and len(runs[0]) > 1 and not runs[0][0][:1].isdigit():
        fault = _state_after(runs[0])
        if fault:
            return fault
    for run in runs:
        fault = _modifier_fault(run)
        if fault:
            return fault
    if role:
        fault = _role_fault(words, runs, key.startswith("role_"))
        if fault:
            return fault
    return ""


NUMBER_WORDS = frozenset(
    [
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
        *("eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy"),
        *("eighty", "ninety", "hundred", "thousand", "million", "percent", "per", "cent", "%"),
        *("k", "half", "point"),
    ]
)


def _figure_only(low: list[str]) -> bool:
    """'my twenty two percent', 'my 22%': a figure whose thing the note did not say."""
    rest = [word for word in low if word not in EN_DETERMINERS]
    figures = [word for word in rest if word in NUMBER_WORDS or word.replace(".", "").isdigit()]
    return bool(rest) and len(figures) == len(rest)


def _state_after(run: list[str]) -> str:
    """'blue card current': a noun, then an adjective of its state the lexicon never counts
    as a noun ("a health professional" is one)."""
    from relance.drafts.morph_en import en_count_only

    noun, state = run[-2], run[-1]
    if not noun.islower() or not state.islower():
        return ""
    before, after = _parts(noun), _parts(state)
    if "NOUN" not in before or "ADJ" in before or "ADJ" not in after or "VERB" in after:
        return ""
    return "" if en_count_only(state) else "a noun and its state, no verb"


def _modifier_fault(run: list[str]) -> str:
    """'kids holiday camps', 'drivers licence': a plural noun of people before a noun, its
    apostrophe lost."""
    from relance.drafts.morph_en import en_plural

    for word, after in itertools.pairwise(run):
        plural = word.islower() and word.endswith("s") and en_plural(word)
        noun = after.islower() and "NOUN" in _parts(after) and after not in REFLEXIVES
        if plural and word not in GROUP_WORDS and noun and _people(word, verbs=True):
            return "a plural of people before a noun, its apostrophe lost"
    return ""


def _people(word: str, verbs: bool = False) -> bool:
    """A noun of people the lexicons name so ("deputy", "kids", "specialist"); a person's
    ending alone ("scanner", "catheter", "events") and a verb ("answer") are not read."""
    from relance.drafts.en_notes import PERSON_WORDS
    from relance.drafts.gate_en import PEOPLE_WORDS

    if "VERB" in _parts(word) and not verbs:
        return False
    singular = word[:-1] if word.endswith("s") else word
    known = PERSON_WORDS | PEOPLE_WORDS | PEOPLE_TOO
    return singular in known or (not verbs and singular.endswith(PERSON_ENDS))


def _role_fault(words: list[str], runs: list[list[str]], duty: bool) -> str:
    """What the role covers and what is expected are things of the job named in words: no
    shorthand for them ("some OT", "CSAT over 90%", "report to ASM"), no measure or schedule
    among the duties, no colloquial "bit of", no verb read as a noun."""
    # the head's run and a run after "to" (whom one reports to); "ordering from AAH" names
    # a supplier, which the recruiter knows
    after_to = [run for at, run in enumerate(runs) if at and _after(words, run) == "to"]
    for run in [*runs[:1], *after_to]:
        if _acronym(run[-1]) and run[-1] not in _cased():
            return f"shorthand: {run[-1]}"
    low = [word.lower() for word in words]
    if duty and runs and runs[0][-1].lower() in MEASURES | SCHEDULE:
        return f"no duty: {runs[0][-1]}"
    if "bit" in low and "of" in low[low.index("bit") :]:
        return "a colloquial quantity: bit of"
    if low[0] not in EN_DETERMINERS and _verb_first(words):
        return "an action where a thing is expected"
    return ""


def _after(words: list[str], run: list[str]) -> str:
    """The word before a run of the item: "to" in "report to ASM"."""
    at = next((i for i in range(len(words)) if words[i : i + len(run)] == run), 0)
    return words[at - 1].lower() if at else ""


GERUND_FIRST = re.compile(r"^[a-z]{4,}ing\b")


def list_fault(key: str, items: list[str]) -> tuple[str, str]:
    """A role's list whose items take "the" and whose others go bare ("tills, the food hall
    and the shelf filling", "the scrubber machine, toilets and bins"): the reader reads a
    list pasted, not a role understood."""
    if key not in ("role_items", "role_things", "role_things_also") or len(items) < MIXED:
        return "", ""
    from relance.drafts.morph_en import en_plural

    determined = [item for item in items if item.split()[0].lower() in EN_DETERMINERS]
    # "antisocial behaviour", "anaesthetic support" read bare beside "the arrears"; "tills",
    # "12.5-hour shifts" are things counted, which the reader expects with "the" as the rest
    counted = [
        item
        for item in items
        if item not in determined
        and not GERUND_FIRST.match(item)  # "supervising optical assistants": a task, none counted
        and (item[:1].isdigit() or en_plural(_runs(item.split())[0][-1]))
    ]
    if determined and counted:
        return "a list mixing 'the' and bare nouns", counted[0]
    return "", ""


def glad_fault(clause: str) -> str:
    """What the recruiter liked, said after "I was glad": a thing of the candidate's, never a
    pronoun whose thing the e-mail has not said ("you liked those most") nor a story told
    that the e-mail does not tell ("you liked my example")."""
    found = LIKED.match(clause)
    if not found:
        return ""
    what = found.group(1)
    first = what.split()[0].lower()
    if first in PRONOUN_OBJECTS:
        return "no thing the recruiter liked"
    if re.search(r"\b(?:I|I'm|I've|we)\b", what):
        return ""  # "how I manage pickers": a clause, its words read by the gate's others
    return item_fault("strong_glad", what, strength=True, role=False)


# A person where a strength is said: "I was able to highlight my hard worker", "my ex NSCDC
# volunteer" (writer BR's br34, br30): the candidate is the worker, no strength of theirs.
EN_PERSON_HEADS = frozenset(
    {"worker", "volunteer", "player", "learner", "leader", "person", "starter", "listener",
     "grafter", "communicator", "all-rounder", "multitasker", "self-starter", "team-player"}
)  # fmt: skip
EN_MY_HEAD = re.compile(r"\bmy\s+((?:[\w-]+\s+){0,3}[\w-]+)$", re.IGNORECASE)


def person_as_strength(item: str) -> bool:
    """Is this strength "my" and a person ("my hard worker", "my ex NSCDC volunteer")?"""
    found = EN_MY_HEAD.search(item.strip().rstrip("."))
    if not found:
        return False
    head = found[1].split()[-1].lower()
    return head in EN_PERSON_HEADS or _people(head)
