"""A duration and a trade typed without a preposition: "3 years supervisor at Co-op", "2 years
call centre at Sky", "4 years care", "8 years HRBP in manufacturing".

The commonest strong point of the English sets (writers I, J, K, L, M, P, Q and the independent
set) is handed back whole when the trade has no "as" or "in" before it. A careful candidate
says it with the trade as a noun before "experience": "my 2 years of call centre experience
at Sky". Only where every word is a dictionary word, an acronym or a name typed with its
capital; a place typed small and unknown ("at wells", "in lagos") leaves the note as it was."""

import re

from relance.drafts import morph

YEARS = re.compile(
    r"^(?P<count>\d{1,2})\s+(?P<unit>years?|months?)\s+(?P<what>[A-Za-z][A-Za-z ]*?)"
    r"(?:\s+(?P<prep>at|in)\s+(?P<where>[^,;:+/()]+))?$"
)
# Words that already make the note readable ("3 years as a…", "2 years in a care home") or
# that no trade begins with.
NOT_A_TRADE = frozenset(
    {"as", "in", "at", "on", "of", "with", "for", "the", "a", "an", "my", "and", "or", "working",
     "experience", "old", "ago", "here", "there", "abroad", "total", "now"}
)  # fmt: skip
DETERMINERS = frozenset({"a", "an", "the"})
MAX_TRADE_WORDS = 3


def _trade_word(word: str) -> bool:
    """An acronym ("HRBP", "PM") or a singular noun of the dictionary ("call", "centre")."""
    if word.isupper() and word.isalpha() and 1 < len(word) <= 5:
        return True
    if not word.islower() or word in NOT_A_TRADE or morph.en_plural(word):
        return False
    return morph.en_known(word) and word in morph.lemminflect_parts(word).get("NOUN", ())


def _place_ok(prep: str, where: str) -> bool:
    """'at a steakhouse', 'at JD Sports', 'in manufacturing'; never 'at wells' (a bank typed
    small) nor 'in lagos' (a city without its capital)."""
    words = where.split()
    if any(word in ("and", "or") or word.isdigit() for word in words):
        return False  # "in Poland and 2 here": a second duration, the candidate's to write
    for word in words:
        if word[:1].isupper():
            continue
        if word in DETERMINERS:
            continue
        # a word the lexicon knows as a common word: "chelsea", "leeds" typed small are names
        if not word.isalpha() or not morph.lemminflect_parts(word):
            return False
    first = words[0]
    if first[:1].isupper() or first in DETERMINERS:
        return True
    # a sector said without an article: "in manufacturing", "in retail"
    return prep == "in" and len(words) == 1 and (first.endswith("ing") or first == "retail")


def years_of(item: str) -> str | None:
    """'2 years call centre at Sky' -> '2 years of call centre experience at Sky', or None."""
    found = YEARS.match(item.strip().rstrip("."))
    if not found:
        return None
    trade = found["what"].split()
    if not trade or len(trade) > MAX_TRADE_WORDS or not all(_trade_word(w) for w in trade):
        return None
    if found["prep"] and not _place_ok(found["prep"], found["where"]):
        return None
    count, unit = int(found["count"]), found["unit"].rstrip("s")
    duration = f"{count} {unit}s" if count != 1 else unit  # "my year of crew experience"
    place = f" {found['prep']} {found['where']}" if found["prep"] else ""
    if worker(trade[-1]):  # "2 years as a kitchen porter", never "of kitchen porter experience"
        from relance.drafts.en_determiners import en_indefinite

        return f"{duration} as {en_indefinite(' '.join(trade))}{place}"
    return f"{duration} of {' '.join(trade)} experience{place}"


# People named by their trade whose ending says nothing of it (writer AU's au30: "2 yrs kitchen
# porter" was "my 2 years of kitchen porter experience").
WORKERS = frozenset(
    {"assistant", "attendant", "barista", "chef", "cook", "nurse", "porter", "florist",
     "pharmacist", "receptionist", "technician", "electrician", "mechanic", "operative",
     "agent", "officer", "clerk", "steward", "stewardess", "guard", "waitress",
     "apprentice", "medic", "paramedic", "midwife", "therapist", "analyst",
     "consultant", "architect", "engineer", "secretary", "administrator", "coordinator"}
)  # fmt: skip


def worker(word: str) -> bool:
    """'driver', 'cleaner', 'supervisor': a person named by a verb's agent ending, or a trade
    listed; never "order", "counter" (no verb before "-er" that names a person is read)."""
    if word in WORKERS:
        return True
    if not word.endswith(("er", "or")) or len(word) < 5:
        return False
    stems = (word[:-2], word[:-1], word[:-2] + "e")  # pick-er, drive-r, supervis-or
    verbs = any(morph.lemminflect_parts(stem).get("VERB") for stem in stems)
    return verbs and word not in ("counter", "computer", "order", "border", "folder")


def ends_with_place(noun: str) -> bool:
    """'my 2 years of front desk experience at a hotel in Sentosa': said last in a list, so
    that what follows is never read as part of the place ("in Sentosa and Malay")."""
    return bool(re.search(r" experience (?:at|in) ", noun))


# "ServSafe current", "SIA licence in date" (writer Y's y32: "my ServSafe current"): the
# state typed after the qualification goes before it, as English puts an adjective.
EN_STATE_AFTER = re.compile(
    r"^(?P<what>[\w' -]{2,40}?)\s+(?P<state>current|valid|in date|up to date|up-to-date)$",
    re.IGNORECASE,
)


# "CSCS green" (writer BU's bu32: "my CSCS green"): a card's colour typed after the
# scheme's name, as a builder says it; the card is named: "my CSCS green card".
EN_CARD_COLOUR = re.compile(
    r"^(?P<scheme>[A-Z]{3,6})\s+(?P<colour>green|blue|gold|black|red|white|yellow)(?:\s+card)?$",
    re.IGNORECASE,
)


def state_first(item: str) -> str:
    """'ServSafe current' -> 'current ServSafe', 'SIA licence in date' -> 'up-to-date SIA
    licence', 'CSCS green' -> 'CSCS green card'; anything else as typed."""
    card = EN_CARD_COLOUR.match(item.strip())
    if card and card["scheme"].isupper():
        return f"{card['scheme']} {card['colour'].lower()} card"
    found = EN_STATE_AFTER.match(item.strip())
    if found is None or found["what"].split(" ", 1)[0].lower() in ("my", "the", "a", "an"):
        return item
    state = found["state"].lower()
    state = state if state in ("current", "valid") else "up-to-date"
    return f"{state} {found['what']}"


# A duration typed last, without its "for": "she liked i did nights at Wincanton 4 years"
# (writer BX's bx40) was "I was glad you liked that I did nights at Wincanton 4 years."
BARE_LAST_DURATION = re.compile(
    r"^(?P<head>.*\b(?:did|worked|done|drove|driven|ran|run|managed|been|was|spent)\b.*?\s)"
    r"(?P<last>\w+)\s+(?P<count>\d{1,2})\s+(?P<unit>years?|months?|weeks?)\s*$",
    re.IGNORECASE,
)
DURATION_BEFORE = frozenset({"for", "in", "over", "of", "last", "past", "the", "a", "about"})


def with_for(item: str) -> str:
    """The item with "for" before a duration typed last after a verb's clause."""
    found = BARE_LAST_DURATION.match(item)
    if found is None or found["last"].lower() in DURATION_BEFORE or found["last"].isdigit():
        return item
    return f"{found['head']}{found['last']} for {found['count']} {found['unit']}"
