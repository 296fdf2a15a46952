"""English note pieces written out as a careful writer would (session 12): day and month
ranges typed short ("nights sun-thu", "season Apr-Oct" -> "Sunday to Thursday", "April to
October") and a job held "as" someone, which takes its article in English ("11 years as
corrections officer", "3 years of hospital porter" -> "as a corrections officer", "as a
hospital porter"). Session 13: a month alone, typed short or small ("opening in jan",
"from january", "done in june"), and a weekday before its date ("fri 16") are written whole,
with their capital; hours typed short, "at" before a clock time, tools typed small."""

from __future__ import annotations

import re

from relance.core.names import EN_DAYS, EN_MONTHS
from relance.drafts.en_determiners import EN_VOWEL_LETTER_NAMES, en_indefinite
from relance.drafts.morph_words import TOOLS_TOO

_SHORT = {name[:3].lower(): name for name in (*EN_DAYS, *EN_MONTHS)}
_SHORT |= {"tues": "Tuesday", "thur": "Thursday", "thurs": "Thursday", "sept": "September"}
_SHORT |= {name.lower(): name for name in (*EN_DAYS, *EN_MONTHS)}  # "june-aug", "feb-april"
_ABBREVIATION = "|".join(sorted(_SHORT, key=len, reverse=True))
# Both ends must be abbreviations of the same kind: "mar-apr", "mon-fri", never "part-time".
RANGE = re.compile(rf"\b({_ABBREVIATION})\.?\s*[-–/]\s*({_ABBREVIATION})\b\.?", re.IGNORECASE)
# A slash between days or months lists them, it spans none: "surgery days mon/wed/fri" are
# "Monday, Wednesday and Friday", never "Monday to Wednesday/Fri"; "tue/thu" are two days.
SLASHED = re.compile(
    rf"\b(?:{_ABBREVIATION})\.?(?:\s*/\s*(?:{_ABBREVIATION})\b\.?)+", re.IGNORECASE
)
# Short forms that are English words too ("may", "sun", "sat", "wed", "mar", "march") are a
# date only beside a day's number or after a word that brings one ("in may", "on sat").
_WORDS_TOO = frozenset(["may", "mar", "march", "sun", "sat", "wed"])
_BRINGS_DATE = (
    r"in|on|by|from|until|till|since|before|after|this|every|starting|early|mid|late|"
    r"end of|start of|beginning of"
)
ALONE = re.compile(rf"\b(?<![-–/])({_ABBREVIATION})\b(?![-–/])(\.)?", re.IGNORECASE)
DATE_BEFORE = re.compile(rf"(?:\b(?:{_BRINGS_DATE})|\d(?:st|nd|rd|th)?)\s+$", re.IGNORECASE)
SALES_DAYS = re.compile(r"\b(?:black friday|cyber monday)\b", re.IGNORECASE)
DATE_AFTER = re.compile(r"^\s+\d{1,2}(?:st|nd|rd|th)?\b")

# Nouns of a person by their ending: a job held "as" one is counted ("a porter").
PERSON_ENDINGS = ("er", "or", "ist", "ista", "ian", "eer", "man", "woman", "person", "ant", "ent")
PERSON_WORDS = frozenset(["nurse", "chef", "cook", "clerk", "guard", "aide", "assistant"])
# Things with a person's ending: "years of summer work", "years of tractor" are no job held.
THINGS = frozenset(
    [
        "summer", "winter", "water", "paper", "order", "power", "number", "matter", "weather",
        "border", "letter", "register", "counter", "computer", "cancer", "poster", "corner",
        "center", "other", "shelter", "river", "tower", "trailer", "container", "floor", "door",
        "motor", "tractor", "sector", "error", "color", "colour", "labor", "indoor", "outdoor",
        "monitor", "elevator", "generator", "refrigerator", "calculator", "plant",
        "restaurant", "content", "event", "percent", "current", "talent",
    ]
)  # fmt: skip
# "as corrections officer", "years of hospital porter", "3 years hospital porter": one to
# three lower-case words after "as", "years of" or a count of years, and then the end, a
# comma, a preposition or a conjunction.
AS_ROLE = re.compile(
    r"\b(as|(?:years?|months?|seasons?)\s+of|(?<=\d\s)(?:years?|months?|seasons?))"
    # "5 years in food plant": a preposition opens a place, never the job held
    r"\s+(?!(?:as|of|in|at|on|for|with|from|since|to|by)\b)((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)"
    r"(?=$|[,;.]|\s+(?:at|in|for|with|on|and|or|from|since|until)\b)"
)


def _slashed(match: re.Match[str]) -> str:
    names = [_SHORT[typed.strip(" .").lower()] for typed in match.group(0).split("/")]
    if len({name in EN_DAYS for name in names}) > 1:
        return match.group(0)  # a day and a month: no list of either
    return ", ".join(names[:-1]) + " and " + names[-1]


def _day_range(match: re.Match[str]) -> str:
    first, last = _SHORT[match.group(1).lower()], _SHORT[match.group(2).lower()]
    names = EN_DAYS if first in EN_DAYS else EN_MONTHS
    if last not in names:
        return match.group(0)
    # Two days or months in a row are both of them: "sat-sun" is "Saturday and Sunday".
    following = names[(names.index(first) + 1) % len(names)] == last
    return f"{first} {'and' if following else 'to'} {last}"


def is_person(word: str) -> bool:
    """'porter', 'corrections officer''s head 'officer', 'barista', 'nurse': a person's noun."""
    if word in THINGS or word.endswith("ment"):
        return False  # "payment", "equipment"
    return word in PERSON_WORDS or (len(word) > 4 and word.endswith(PERSON_ENDINGS))


def _as_role(match: re.Match[str]) -> str:
    lead, role = match.group(1), match.group(2)
    words = role.split()
    if words[0] in ("a", "an", "the", "my", "well", "part", "such", "soon", "much", "long"):
        return match.group(0)
    if not is_person(words[-1]):
        return match.group(0)  # "years of care", "as support": no person
    held = f"as {en_indefinite(role)}"
    return held if lead == "as" else f"{lead.split()[0]} {held}"


def _alone(match: re.Match[str]) -> str:
    typed = match.group(1)
    low = typed.lower()
    if _SHORT[low] in EN_DAYS and not DATE_AFTER.match(match.string[match.end() :]):
        # A weekday alone is left as typed: the next steps read "tues", "thurs" themselves
        # (`typed_days`), and "next wed" may be this week's or the next.
        return match.group(0)
    dated = bool(
        DATE_BEFORE.search(match.string[: match.start()])
        or DATE_AFTER.match(match.string[match.end() :])
    )
    # "may" may be a verb and "Jan" a person: a date only where one is said; a short form
    # or a name typed small ("jan", "fri", "january") is no word of its own.
    if not dated and (low in _WORDS_TOO or not typed.islower()):
        return match.group(0)
    return _SHORT[low]


# A clock time said after a verb or a place with no preposition: "show up 6:30", "start
# 5:30 in season", "on site 6am" take "at"; "from 04:30", "between 8am and 8pm" have theirs,
# a time before a noun names it ("5am starts", "5:30 gym sessions"), a range is a span.
# A time typed with a dot is one only on the quarter hours ("be at the yard 7.30"): "12.50
# an hour" is money, "2.8 MW" a measure.
CLOCK = re.compile(
    r"(?<= )(\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}:\d\d|\d{1,2}\.(?:00|15|30|45))"
    r"(?![\w:.%/]|\s?[-–]|\s+(?:an?|per|each)\b)"
    r"(?:\s+([a-z]+))?",
    re.IGNORECASE,
)
HAS_PREPOSITION = re.compile(
    r"\b(?:at|by|from|until|till|to|before|after|around|about|between|and|or|past|of|for|"
    r"til|than|since|approx|approximately|latest|earliest|the|a|an|every|each)\s+$",
    re.IGNORECASE,
)
# After a word ("show up 6:30") or a date ("Friday 16 5pm"), not after a count ("2 5pm").
AFTER_WORD_OR_DATE = re.compile(
    r"(?:[A-Za-z]|\b(?:" + "|".join((*EN_DAYS, *EN_MONTHS)) + r")\s+\d{1,2}(?:st|nd|rd|th)?)\s$"
)
DAY_WORDS = frozenset(["daily", "weekdays", "weekends", "sharp", "latest", "start", "every"])


def _at_clock(match: re.Match[str]) -> str:
    before = match.string[: match.start()]
    if HAS_PREPOSITION.search(before) or not AFTER_WORD_OR_DATE.search(before):
        return match.group(0)
    after = match.group(2)
    if after and after not in DAY_WORDS:
        from relance.drafts.morph_en import lemminflect_parts

        if "NOUN" in lemminflect_parts(after):
            return match.group(0)  # "5am starts": the time names the thing
    # "the late shifts 3pm to 11pm" (writer BJ's bj26): a span runs from its first hour
    span = after in ("to", "till", "until") and match.string[match.end() :].lstrip()[:1].isdigit()
    return ("from " if span else "at ") + match.group(0)


# A language or a tool whose name is a common word too ("go", "rust", "excel"): its name
# only where a skill is counted or listed: "6 yrs go", "3 in go", "go + postgres", "go/java",
# "my excel (pivot tables)", "schedules in excel"; never "could go perm", "excel at sales".
TOOL = re.compile(r"\b(go|rust|swift|excel)\b", re.IGNORECASE)
TOOL_BEFORE = re.compile(
    r"(?:\b(?:years?|months?)(?:\s+of)?|\b(?:in|my)|[+/,])\s*$|^\s*$", re.IGNORECASE
)
# "excel for reporting", "python for scraping": the tool and what it is used for (the verb
# "excel" takes "at" or "in", never "for" and a task).
TOOL_AFTER = re.compile(r"^(?:\s*$|\s*[+/,;.)(]|\s+and\s+[A-Z]|\s+for\s+[a-z]+ing\b)")


def _tool(match: re.Match[str]) -> str:
    before, after = match.string[: match.start()], match.string[match.end() :]
    if not TOOL_BEFORE.search(before) or not TOOL_AFTER.match(after):
        return match.group(0)
    # "go for" is a phrasal verb ("go for it"), never the language and its use
    used_for = bool(re.match(r"\s+for\s", after)) and match.group(1).lower() != "go"
    if not before.strip() and after.strip()[:1] not in ("+", "/") and not used_for:
        return match.group(0)  # "go" alone, "excel at sales": a word
    return TOOLS_TOO[match.group(1).lower()]


AMPERSAND = re.compile(r"(?<=[a-z]) & (?=[a-z])")
# A region typed small after "in": "in north cork", "in south wales" -> "in North Cork".
REGION = re.compile(r"\b(?<=in )(?:north|south|east|west)(?:-(?:east|west))?\s+[a-z]+\b")
QUARTER = re.compile(r"\b[qh][1-4]\b(?=\s+\d{4}|\s*$|[,;.)])|(?<=\bby )[qh][1-4]\b")
# Hours typed short and glued: "39hrs", "within 24h", "12hr shifts", "2 hour drive".
HOURS = re.compile(r"(?<![\d.,])(\d{1,2}(?:\.\d)?)(\s?(?:h|hrs?)|\s(?:hours?))\b(?:\s+([a-z]+))?")


def _hours(match: re.Match[str]) -> str:
    count, unit, after = match.group(1), match.group(2).strip(), match.group(3)
    if after and unit in ("h", "hr", "hour"):  # "39hrs calving season": a plural is no compound
        from relance.drafts.morph_en import lemminflect_parts

        if set(lemminflect_parts(after)) & {"NOUN"} and after not in ("a", "per", "each"):
            return f"{count}-hour {after}"  # "12-hour shifts", "a 2-hour drive"
    unit = "hour" if count == "1" else "hours"
    return f"{count} {unit}" + (f" {after}" if after else "")


# "a NHS practice" (writer BK's bk38): an acronym said letter by letter, its first a vowel's
# sound ("en", "em", "ef"…), takes "an".
AN_ACRONYM = re.compile(
    rf"\b([Aa])\s+(?=[{''.join(sorted(EN_VOWEL_LETTER_NAMES))}][A-Z0-9&]{{1,4}}\b(?!\s*\d))"
)  # "a EUR 850,000"


def written_out(piece: str) -> str:
    """The English piece with its days and months written whole, its day ranges, and the
    article of a job held as someone."""
    piece = ALONE.sub(_alone, RANGE.sub(_day_range, SLASHED.sub(_slashed, piece)))
    piece = SALES_DAYS.sub(lambda match: match.group(0).title(), piece)  # "Black Friday"
    piece = CLOCK.sub(_at_clock, HOURS.sub(_hours, piece))
    piece = AN_ACRONYM.sub(r"\1n ", piece)
    piece = REGION.sub(lambda match: match.group(0).title(), TOOL.sub(_tool, piece))
    piece = QUARTER.sub(lambda match: match.group(0).upper(), piece)  # "by q2": "by Q2"
    # "school groups & families", "hi-vis & boots": a spaced ampersand between words typed
    # small is "and" in a sentence ("H&S", "Marks & Spencer" keep theirs).
    piece = AMPERSAND.sub(" and ", piece)
    return learner_slips(AS_ROLE.sub(_as_role, piece))


# The slips of a learner of English (writer AA's aa27: "stay in UK long time", "weekend 1 on
# 2"): a country that takes "the", "a long time" without its article, one in every N.
THE_COUNTRY = re.compile(
    r"\b(in|to|from|across|around)\s+(UK|US|USA|UAE|Netherlands|Philippines)\b"
)
LONG_TIME = re.compile(r"(?<!\ba )(?<!\bfor )\blong time(?=\s*(?:,|$))")
ONE_IN = re.compile(
    r"\b(weekends?|nights?|shifts?|sundays?|saturdays?)\s+1\s+(?:on|in|out of|/)\s*(\d)\b", re.I
)


# "my numbers at previous job" (writer AC's ac36): a job held before takes its owner.
OWN_JOB = re.compile(
    r"\b(at|in|from|on|since|during)\s+(previous|last|former|old|current|present)\s+"
    r"(job|role|company|employer|position|workplace|post)\b",
    re.I,
)


def learner_slips(piece: str) -> str:
    piece = OWN_JOB.sub(r"\1 my \2 \3", piece)
    piece = THE_COUNTRY.sub(r"\1 the \2", piece)
    piece = LONG_TIME.sub("for a long time", piece)
    return ONE_IN.sub(_one_in, piece)


def _one_in(found: re.Match[str]) -> str:
    unit = found[1].lower().removesuffix("s")
    return f"one {unit.title() if unit.endswith('day') else unit} in {found[2]}"
