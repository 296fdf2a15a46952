"""A time of day typed in the notes ("mercredi 6h", "rdv 7h", "9:30", "2pm"), as a sentence
writes it: "à 6 h", "à 14 h 30" (the French typographic norm), "at 6 am", "at 9:30 am".

A time in brackets or followed by "de"/"of"/"min" is a duration ("test pratique (2h)", "3h de
route"), never the hour of a meeting. Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

# The hours a meeting, a trial or a shift may start at ("mission commence lundi 5h").
EARLIEST, LATEST = 5, 22
# A night shift starts later, as a range typed says ("shift test samedi 10 juin 23h-7h",
# writer AT's at13); "deadline Friday 23:59" is no hour to meet at.
NIGHT_START = 23
RANGE_AFTER = re.compile(r"\s*(?:-|à|a|to|till|until)\s*\d", re.I)
FROM_BEFORE = re.compile(r"\b(?:from|starting|dès|des|à\s+partir\s+de)\s+$", re.I)
# A break's hours are no hour to meet at: "pause midi 12h-14h".
BREAK_BEFORE = re.compile(r"\b(?:pause|break)\b[^\d]{0,12}$", re.I)
TYPED = re.compile(
    r"(?<![\w(/:.-])(?P<hour>\d{1,2})(?:\s*(?P<h>h)\s*(?P<hmin>\d{2})?|:(?P<min>\d{2}))?"
    # a range's start is the hour it starts at ("8am-11am", "23h-7h"); never its end
    r"\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?(?![\w)/:]|-(?!\s*\d))(?!\s*(?:de|d'|of|min|mn|hours?)\b)"
    # "10 h heure d'Abidjan" (writer U's u22) is a time in a zone, "10 heures" alone a span
    r"(?!\s*heures?\b(?!\s+(?:d'|de\s|locale|française|fr\b)))",
    re.I,
)


# Noon typed as a word: "à rendre pour lundi 30 midi" (writer U's u04), "due mon 30th noon".
# Not the meal's time: "pause (de) midi", "le midi", "service du midi", "at lunch/noon break",
# a service « midi et soir » (writer AE's ae20: the trial starts at 9h30, not at noon).
NOON = re.compile(
    r"(?<!\bpause\s)(?<!\bpause\sde\s)(?<!\ble\s)(?<!\bdu\s)(?<!\bde\s)(?<!\bau\s)"
    r"(?<!\bservice\s)(?<!\bservices\s)"
    r"\b(?:midi|noon|midday)\b(?!\s*(?:-|à|to)\s*\d)(?!\s+(?:break|shift|service|rush))"
    r"(?!\s*(?:et|ou|/|\+|&)\s*soir)",
    re.I,
)


# "come in tomorrow at 4 for a trial shift" (writer BO's bo30): a bare hour after "at", from
# one to four, is the afternoon's; never "at 3 sites" (a noun follows), never "at 3.30pm"
# (read as typed), never at 5 or 6 (a bakery's or a depot's morning as often as an evening)
EN_BARE_AT = re.compile(
    r"\bat\s+(?P<hour>[1-4])(?=\s*(?:$|[,;)]|\.(?!\d)|(?:for|on|with|tomorrow|today|then|and|"
    r"to|sharp|o'clock)\b))",
    re.I,
)


# The hour to arrive at, typed beside the service's ("essai demain midi, arriver 9h30",
# writer BS's bs15): the candidate is there at the first, whatever the second says.
ARRIVAL = re.compile(
    r"\b(?:arriv\w*|(?:être|etre)\s+(?:là|la|sur\s+place)|rdv|rendez-vous|arrive|"
    r"be\s+there|be\s+in|report|turn\s+up)\s+(?:à\s+|a\s+|at\s+|vers\s+|for\s+|by\s+)?(?=\d)",
    re.I,
)


def first_hour(text: str, start: int = 0) -> tuple[int, int] | None:
    """The first time of day typed from `start`, as (hour, minutes), or None. A bare number
    is no time: it takes an "h", a colon with minutes, or am/pm; noon may be a word, and a
    bare hour after "at" from one to four is the afternoon's. An hour to arrive at comes
    first."""
    arrival = ARRIVAL.search(text, start)
    if arrival:
        typed_there = _first_typed(text, arrival.end())
        if typed_there and typed_there[1] == arrival.end():
            return typed_there[0]
    typed = _first_typed(text, start)
    noon = NOON.search(text, start)
    if noon and (typed is None or noon.start() < typed[1]):
        return 12, 0
    bare = EN_BARE_AT.search(text, start)
    if bare and (typed is None or bare.start() < typed[1]):
        return int(bare["hour"]) + 12, 0
    return typed[0] if typed else None


def _first_typed(text: str, start: int) -> tuple[tuple[int, int], int] | None:
    for found in TYPED.finditer(text, start):
        if not (found["h"] or found["min"] or found["ampm"]):
            continue
        hour, minutes = int(found["hour"]), int(found["hmin"] or found["min"] or 0)
        ampm = (found["ampm"] or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        if BREAK_BEFORE.search(text, 0, found.start()):
            continue
        starts = RANGE_AFTER.match(text, found.end()) or FROM_BEFORE.search(text, 0, found.start())
        night = hour == NIGHT_START and starts is not None
        if not (EARLIEST <= hour <= LATEST or night) or minutes > 59:
            continue  # "entretien 1h avec le DG": an hour long, not at one in the morning
        return (hour, minutes), found.start()
    return None


def written(hour: tuple[int, int], lang: str) -> str:
    """'à 6 h', 'à 14 h 30', 'à midi'; 'at 6 am', 'at 2:30 pm', 'at noon'."""
    hours, minutes = hour
    if lang == "fr" and (hours, minutes) == (12, 0):
        return "à midi"
    if lang == "fr":
        return f"à {hours}\u00a0h" + (f"\u00a0{minutes:02d}" if minutes else "")
    if (hours, minutes) == (12, 0):
        return "at noon"
    half = "am" if hours < 12 else "pm"
    twelve = hours % 12 or 12
    return f"at {twelve}" + (f":{minutes:02d}" if minutes else "") + f"\u00a0{half}"
