"""English fragments that parse word by word but not as the frame's slot (session 12, the
blind readings of writers T and W: "What attracts me to the role is hours fit", "The idea of
joining a near home", "the role covers report to the farm manager", "you were looking for
nights on a distribution site"). Each check reads the fragment's shape with lemminflect's
lexicon, as `gate_shapes` does; none knows a writer's phrases.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from relance.drafts.en_function_words import EN_BEFORE_BASE, EN_PREPOSITIONS
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


# Lower-case words typed in a row with no little word between them, this many or more: a list
# whose commas the phone dropped ("calendar management claims processing minutes of meeting
# travel arrangements", writer BO's bo33), never one thing ("first time delivery rate")
LISTED_RUN = 5
JOINING = frozenset(
    ["and", "or", "&", "+", "plus", "of", "with", "for", "to", "in", "on", "at", "as", "by", "from",
     "into", "per", "via", "than", "like", "who", "that", "which", "is", "are", "be"]
)  # fmt: skip


def _run_of_nouns(low: list[str]) -> bool:
    run = 0
    for word in low:
        joins = word in JOINING or word in EN_DETERMINERS or word in EN_PREPOSITIONS
        run = 0 if joins or not word.isalpha() else run + 1
        if run >= LISTED_RUN:
            return True
    return False


def np_shape_fault(words: list[str]) -> str:
    """Why an English item cannot fill a noun-phrase slot, or ""."""
    low = [w.lower() for w in words]
    if _run_of_nouns(low) and all(word.islower() for word in words if word.isalpha()):
        return "nouns in a row: a list without its commas"
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
        acted = len(low) > 2 and _plural_noun(nxt) and _parts(nxt) == {"NOUN"}
        if acted and then in EN_PREPOSITIONS:
            # "report incidents within 24h" (writer H, h33): a verb, its object and its
            # complement, never "you mentioned report incidents…"; "work shifts", "stock
            # levels" (the plural a verb's form too), "process improvements" stay things
            return "an action where a thing is expected"
    for before, word in itertools.pairwise(words):
        if _plural_noun(before) and _verb_after_subject(word):
            return "a clause without its verb's agreement"  # "hours fit", "shifts suit"
        if before.lower() == "of" and _verb_only(word):
            return "a verb after 'of'"  # "my 6 years of sit down" (writer H, h30)
    return bare_head_fault(words)


def _verb_only(word: str) -> bool:
    """'sit', 'go', 'deliver': a base form the lexicon lists as a verb and nothing else."""
    return _base_verb(word) and _parts(word) == {"VERB"}


# A vague noun a careful writer replaces by what it stands for: "the till maths thing went
# fine" (writer H, h27), "rota stuff"; "things" stays ("keep things tidy").
VAGUE = re.compile(r"\b(?:thing|stuff|whatever|etc)\b", re.IGNORECASE)


# A label left alone once its values went elsewhere: "dates: 10-14 jun, 26-30 aug" said "You
# mentioned dates." (writer CA's ca31): it tells the recruiter nothing.
LONE_LABEL = re.compile(r"\s*(?:the\s+)?(?:dates|days|times|hours|details|info|infos|figures)\s*")


def vague_fault(text: str) -> str:
    """Why notes hold a word no e-mail to a recruiter says, or ""."""
    if LONE_LABEL.fullmatch(text):
        return text.strip()
    found = VAGUE.search(text)
    return found.group(0) if found else ""


def bare_head_fault(words: list[str]) -> str:
    """'HCA certificate from BC', 'diploma in agriculture': a singular count noun heads the
    phrase and nothing determines it ("my HCA certificate"); a plural ("flexible hours"), a
    mass noun ("steady work", "public service") or a name needs none."""
    from relance.drafts.morph_en import en_count_only

    if words[0].lower() in EN_DETERMINERS or words[0][:1].isdigit():
        return ""
    run: list[str] = []
    for word in words:
        if word.lower() in STOPS or not word.replace("-", "").isalpha():
            break
        run.append(word)
    head = run[-1] if run else ""
    if not head.islower() or head.endswith("ing") or not en_count_only(head):
        return ""
    return "" if _mostly_mass(head) else "a singular noun without its article"


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


# The needs' "$items" name whom the recruiter looks for ("You told me you were looking for
# drivers for rural routes"): a person, never a thing ("nights on a distribution site").
PEOPLE_WORDS = frozenset(
    [
        *("someone", "somebody", "anyone", "people", "person", "staff", "crew", "team"),
        *("apprentice", "graduate", "grad", "candidate", "volunteer", "hand", "profile", "pair"),
    ]
)
NEEDS_PERSON_KEYS = frozenset(
    ["needs_search", "needs_profile", "needs_search_able", "needs_search_able_list"]
)
STOPS = frozenset(["who", "that", "to", "able", "with", "and", "or", *EN_PREPOSITIONS])


def names_people(word: str) -> bool:
    """'apprentices', 'operator', 'staff', 'senior': a noun of people, one or several."""
    from relance.drafts.en_notes import is_person

    low = word.lower().strip(",.")
    singular = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return low in PEOPLE_WORDS or singular in PEOPLE_WORDS or is_person(singular)


def person_fault(item: str) -> str:
    """Why an item of the needs' "looking for" names no person, or ""."""
    words = item.split()
    if not words or not words[0][:1].islower():
        return ""  # a name, an acronym: not read
    for word in words:
        if word.lower().strip(",.") in STOPS:
            break
        if word.isupper() and len(word) > 1:
            return ""  # "an RGN": a title typed short, not read
        if names_people(word):
            return ""
    return "no person where the recruiter looks for someone"


# People counted as a group: "staff who stay" needs no article.
GROUPS = frozenset(["staff", "crew", "people", "team", "hand", "pair", "profile"])
PRONOUNS = frozenset(["someone", "somebody", "anyone", "anybody"])  # "someone" takes no "a"
MAX_SOUGHT_WORDS = 3


def one_sought(text: str) -> bool:
    """'chemistry teacher to take over 5 sections', 'senior who can own the ledger service':
    one person sought, typed without the article English asks for ("a chemistry teacher")."""
    from relance.drafts.morph_en import en_plural

    run: list[str] = []
    for word in text.split():
        if word.lower() in STOPS:
            break
        run.append(word)
    if not run or len(run) > MAX_SOUGHT_WORDS or run[0].lower() in EN_DETERMINERS:
        return False
    if not all(word.islower() and word.replace("-", "").isalpha() for word in run):
        return False  # "ASM to support SM": a title typed short is not read
    head = run[-1]
    if head in GROUPS or head in PRONOUNS or en_plural(head) or not names_people(head):
        return False
    # "weekend cover", "a monitor": a person's ending on a verb's noun is no one sought
    from relance.drafts.en_notes import PERSON_WORDS

    parts = _parts(head)
    if "ADJ" in parts and (len(run) > 1 or text.split()[1:2] not in (["who"], ["to"])):
        return False  # "patient w/ older customers": a quality; "senior who can…" a person
    known = head in PERSON_WORDS or head in PEOPLE_WORDS
    return known or ("NOUN" in parts and "VERB" not in parts)  # "looker": a tool, unknown


COMPLEMENT_VERBS = frozenset(
    ["be", "become", "keep", "stay", "remain", "get", "turn", "go", "show", "feel", "seem"]
)


def bare_object_fault(words: list[str]) -> str:
    """'lead team of 9', 'build site GM team': a verb's object whose head is a singular
    count noun, with no article ("lead the team", "train staff", "check drawings" stay)."""
    from relance.drafts.morph_en import en_count_only

    if not words or not _base_verb(words[0]) or words[0] in COMPLEMENT_VERBS:
        return ""  # "keep people safe", "stay local": the verb's complement is no object
    run: list[str] = []
    for word in words[1:]:
        low = word.lower()
        if low in EN_DETERMINERS or word[:1].isdigit() or low.endswith("'s"):
            return ""
        if low in STOPS or low in PARTICLES or low == "past" or not word.isalpha():
            break
        run.append(word)
    lower = [w for w in run if w.islower()]
    if not lower or run[-1] != lower[-1]:
        return ""  # "report to Director of Retail", "run the CTP": a name is the head
    head = lower[-1]
    if _parts(head) - {"NOUN", "VERB"}:
        return ""  # "safe", "tidy", "local": an adjective, a complement
    if en_count_only(head) and not head.endswith("ing") and not _mostly_mass(head):
        return "a noun without its article after a verb"
    return ""


def _mostly_mass(noun: str) -> bool:
    from relance.drafts.morph_en import en_mostly_mass

    return en_mostly_mass(noun)


WITH_WHAT = re.compile(r"^\S+\s+with\s+(.+)$")  # "people with patience", "someone with…"


def with_fault(item: str) -> str:
    """'people with clean record for airport permit' (writer Z, z35): what the people sought
    have, each noun phrase of it read for its article ("airport permit"); "people with
    patience", "someone with a car for work" stay."""
    having = WITH_WHAT.match(item)
    if not having:
        return ""
    phrase: list[str] = []
    for word in [*having.group(1).split(), "."]:
        if word.lower() in EN_PREPOSITIONS or word == ".":
            fault = bare_head_fault(phrase) if phrase else ""
            if fault:
                return fault
            phrase = []
        else:
            phrase.append(word)
    return ""


SOMEONE_TO = re.compile(r"^\S+(?:\s+\S+)?\s+(?:able\s+)?to\s+(.+)$")  # "someone to lead…"


def en_slot_fault(key: str, actions: bool, items: list[str]) -> tuple[str, str]:
    """(why, the item at fault) for the classes above, or ("", "")."""
    if actions:
        for item in items:
            fault = bare_object_fault(item.split()) or run_on_fault(item.split())
            if fault:
                return fault, item
        return later_action_fault(items)
    if key in NEEDS_PERSON_KEYS:
        fault = person_fault(items[0])
        wanted = SOMEONE_TO.match(items[0])
        if not fault and wanted:
            fault = bare_object_fault(wanted.group(1).split())
        if fault:
            return fault, items[0]
        for item in items:
            fault = with_fault(item)
            if fault:
                return fault, item
    return "", ""


def run_on_fault(words: list[str]) -> str:
    """'pick up at the DC drive to the stores unload with pallet jack': a second action
    after a plural noun, without its comma or its "and" ("help guests find sizes": "help"
    takes a bare verb)."""
    if not words or words[0].lower() in EN_BEFORE_BASE:
        return ""
    for before, word in itertools.pairwise(words[1:]):
        if _plural_noun(before) and _base_verb(word) and _parts(word) == {"VERB"}:
            return "two actions without a comma"
    return ""


# What a role's "covers" cannot hold: what the candidate must hold or is given (a licence, a
# card, a car, leave), a stretch of time ("the first year", "one weekend day") or their
# availability. The role sentence says duties; these are conditions, perks or the schedule.
NO_DUTY_HEADS = frozenset(
    [
        *("licence", "license", "card", "ticket", "permit", "certificate", "clearance"),
        *("car", "van", "phone", "laptop", "uniform", "discount", "bonus", "perk", "perks"),
        *("leave", "accommodation", "parking", "availability", "allowance", "proof"),
        *("year", "years", "day", "days", "week", "weeks", "month", "months", "weekend"),
    ]
)
# A team is whom the role works with, not what it covers ("the squad of 4 analysts", writer
# U's u26), unless a verb names the duty ("managing the team").
TEAM_HEADS = frozenset(["squad", "squads", "team", "teams", "crew", "crews", "colleagues"])


def no_duty(text: str) -> str:
    """Why a noun phrase is no duty for "the role covers …" ("the license active by start",
    "the PTS card", "december availability", "the study leave for exams"), or ""."""
    from relance.drafts.morph_en import lemminflect_parts

    words = [word.lower().strip(",.") for word in text.split()]
    run: list[str] = []
    for word in words:
        if word in STOPS:
            break
        run.append(word)
    if run and run[-1] in NO_DUTY_HEADS:
        return f"no duty: {run[-1]}"
    if run and run[-1] in TEAM_HEADS and (len(run) == 1 or run[0] in ("the", "a", "an")):
        return f"no duty: {run[-1]}"
    if len(run) > 1:
        # "license active (by start)": a noun and its state after it, with no verb between
        noun, state = lemminflect_parts(run[-2]), lemminflect_parts(run[-1])
        if "NOUN" in noun and "ADJ" in state and not {"VERB", "ADV"} & set(state):
            return f"a noun and its state, no verb: {run[-2]} {run[-1]}"
    return ""


def people_sought(text: str) -> bool:
    """'reliable people for nights', 'consistent day staff', 'safe drivers', 'relief milkers
    for member farms': people sought, the plural head after its adjectives or nouns."""
    from relance.drafts.morph_en import en_plural

    run: list[str] = []
    for word in text.split():
        if word.lower() in STOPS:
            break
        run.append(word)
    if not 1 < len(run) <= MAX_SOUGHT_WORDS or run[0].lower() in EN_DETERMINERS:
        return False
    if not all(word.islower() and word.replace("-", "").isalpha() for word in run):
        return False
    head = run[-1]
    if any("VERB" in _parts(word) and not {"NOUN", "ADJ"} & _parts(word) for word in run[:-1]):
        return False  # "want people open to retrain": a verb first
    # "day staff" needs no article; "platform team" does ("a platform team")
    return (head in ("people", "staff") or en_plural(head)) and names_people(head)


# A need that is a skill or a background: "good handover skills", "RF scanner experience"
# are sought in someone ("someone with good handover skills").
SKILL_HEADS = frozenset(
    ["experience", "skills", "skill", "knowledge", "background", "qualifications", "training"]
)


def skill_sought(text: str) -> bool:
    """'good handover skills', 'healthcare experience', 'experience with Gainsight': a skill
    whose head ends the phrase or comes before its complement."""
    run: list[str] = []
    for word in text.split():
        if word.lower() in STOPS:
            break
        run.append(word)
    if not run or run[0].lower() in EN_DETERMINERS or not run[-1].islower():
        return False
    if re.search(r"\bwith\b", text):
        return False  # "experience with Gainsight": never "someone with experience with…"
    return run[-1] in SKILL_HEADS and all(word.replace("-", "").isalnum() for word in run)


RARE_VERB = 0.02
# "5-year", "12-hour": a measure before the object's noun, which is no determiner
MEASURE = re.compile(r"^\d+[-–][a-z]+$")


def en_object_fault(words: list[str], verb: str, parts: dict[str, Any]) -> str:
    """The verb's object read as a noun phrase with no article (writer BE: "to field visits
    Musanze and Huye", "to pass 5-year background check")."""
    from relance.drafts.morph_en import en_mostly_noun, en_plural

    noun_first = len(words) > 1 and "NOUN" in parts and words[1].islower()
    # a verb's past fifty times rarer than the noun's plural ("fielded", "fields"); never
    # "document queries", "service boilers", "source suppliers"
    if noun_first and en_mostly_noun(verb, RARE_VERB) and en_plural(words[1].lower()):
        return "a noun read as a verb"  # "field visits": the visits, no "to field"
    if len(words) > 2 and MEASURE.match(words[1].lower()):
        cut = next((i for i, w in enumerate(words) if i > 1 and w.lower() in EN_PREPOSITIONS), 0)
        last = words[cut - 1] if cut else words[-1]
        if last.isalpha() and last.islower() and not en_plural(last.lower()):
            return "an object without its article"  # never "pass 5-year background check"
    return ""
