"""A fact of the role typed as a count (session 19, English): "28 beds", "10-hour shifts",
"20 hours a week", "4 year apprenticeship", "28 bed respiratory ward".

The role's frame ("I understood that the role covers …") says them once written as a careful
writer does: a measure before a noun is hyphenated and takes its article ("a 4-year
apprenticeship", "an 8-bed ICU"); a count of things stays as typed ("250 Premier clients").
A duration alone ("4 days", "37 hours"), a range, a time of day, a count of people ("6
staff": how many work there, or how many the role leads?) or anything else is still handed
back.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts import morph

UNITS = ("hour", "day", "week", "month", "year", "bed", "room", "seat", "table", "mile")
# "4 year apprenticeship", "10-hour shifts", "28 bed respiratory ward", "12.5-hour shifts"
MEASURE = re.compile(
    rf"^(\d+(?:\.5)?)[\s-]({'|'.join(UNITS)})s?\s+(?:of\s+)?((?:[A-Za-z]+\s+)?[A-Za-z]+)$",
    re.IGNORECASE,
)
# Words after "3 days" that make it no measure of a thing: a rate, a place ("3 days in office",
# writer AB's ab29: "the role covers a 3-day in office").
MEASURE_NOT_BEFORE = frozenset({"a", "per", "in", "at", "on", "from", "with", "off", "to", "for"})
# "20 hours a week", "37.5 hours per week"
WEEKLY = re.compile(r"^\d+(?:\.5)?\s+hours\s+(?:a|per)\s+(?:week|day)$", re.IGNORECASE)
# "28 beds", "250 Premier clients", "3 rotating shifts"
COUNTED = re.compile(
    r"^([2-9]|[1-9]\d{1,3})\+?\s+((?:[A-Za-z]+\s+)?)([a-z]+)"
    r"(?:\s+(?:a|per)\s+(?:day|week|night|shift|hour))?$"
)  # "150 stops per day", "300 covers a night"
TIME_WORDS = frozenset(
    {"hours", "days", "weeks", "months", "years", "minutes", "mins", "nights", "shifts", "covers"}
)
# How a number is said decides "a" or "an": "an 8-bed ICU", "an 11-hour day", "an 18-month …"
AN_NUMBERS = re.compile(r"^(?:8|11|18|8\d|8\d\d)(?:\.5)?$")


def en_counted(text: str) -> str:
    """The count as the role's frame says it, or "" if it is not one of the shapes read."""
    text = text.strip()
    if WEEKLY.match(text):
        return text
    measure = MEASURE.match(text)
    if measure and measure.group(3).split()[0].lower() in MEASURE_NOT_BEFORE:
        measure = None  # "14 rooms per shift": a count and its rate; "3 days in office"
    if measure:
        number, unit, rest = measure.groups()
        head = rest.split()[-1]
        unknown = [word for word in rest.split() if not (word.isupper() or morph.en_known(word))]
        if unknown or not head.isalpha():
            return ""
        if morph.en_plural(head.lower()):
            return f"{number}-{unit.lower()} {rest}"  # "10-hour shifts"
        if head.isupper() and unit.lower() not in PLACES:
            return ""  # "2 weeks OJT": a period of it, not one thing
        if not head.isupper() and not _one_thing(head.lower()):
            return ""  # "7 week training paid", "3 weeks training": no thing counted last
        article = "an" if AN_NUMBERS.match(number) else "a"
        return f"{article} {number}-{unit.lower()} {rest}"  # "a 4-year apprenticeship"
    counted = COUNTED.match(text)
    if counted:
        _, before, noun = counted.groups()
        if noun in TIME_WORDS or not morph.en_plural(noun) or names_counted_people(noun):
            return ""
        if before and not (before[:1].isupper() or morph.en_known(before.strip())):
            return ""
        return text
    return ""


PLACES = frozenset({"bed", "room", "seat", "table"})


def _one_thing(noun: str) -> bool:
    """'apprenticeship', 'ward', 'week': a noun counted one at a time ("a 4-year
    apprenticeship"); 'training' is a mass noun ("3 weeks of training", never "a 3-week
    training")."""
    if "NOUN" not in morph.lemminflect_parts(noun):
        return False
    return morph.en_countable(noun) and not morph.en_mostly_mass(noun)


def names_counted_people(noun: str) -> bool:
    """'6 carers', '2 squads of engineers': how many work there, or how many the role leads?
    The note does not say: not written."""
    from relance.drafts.gate_en import names_people

    return names_people(noun) or noun in ("squads", "teams", "people", "staff")
