"""A start agreed on a condition: "si ok : début lundi 19/10", "start mon 7th if refs ok".

The notes give the day the job would start once a condition is met (the answer, the
references, a complete file). It is no outcome (`agreed.outcome` never thanks for a job
on a condition) and no stage to attend, so `next_steps` used to hand it back for the
candidate to write (writers Q, S, X, O: q25, s03, x02, x13, o09, o39). A careful candidate
confirms it as the notes give it, the condition kept, the outcome not presumed: « J'ai bien
noté qu'en cas de réponse favorable, mon arrivée serait prévue le lundi 19 octobre. »

Only a start of the candidate's job is said: a training course or a cohort that starts on a
day (`agreed.EVENT_STARTS`) is another step, and a start typed without its condition is an
outcome (`agreed`).

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from relance.drafts import dates, hours, typed_days
from relance.drafts.agreed import EVENT_STARTS, FARTHEST_START, START
from relance.drafts.templates import phrase

# The condition, on the recruiter's side: the answer, the file, the references, the client.
CONDITION = {
    "fr": re.compile(
        r"\b(?:si|s'il|sous\s+réserve\s+(?:de|d'|que))\b(?!\s+(?:je\s+veux|ça\s+me\s+va|"
        r"intéressée?|partante?|d'accord)\b)",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:if|subject\s+to|pending|once)\b(?!\s+(?:keen|interested|i\s+want|happy)\b)", re.I
    ),
}
# A maybe is no day agreed: "début peut-être lundi si ok".
UNSURE = re.compile(
    r"\b(?:peut-être|éventuel\w*|maybe|possibly|perhaps|probably|prob|tbc|tbd|ou\s+pas|or\s+not)\b",
    re.I,
)

STEP_END = re.compile(r"[,;+]|\s(?:puis|ensuite|then|and\s+then)\b|\s[-–]\s", re.I)


def sentence(items: list[str], lang: str, interview_day: date, send_on: date) -> str:
    """The start day a condition governs, confirmed with its condition, or ""."""
    for item in items:
        condition = CONDITION[lang].search(item)
        begins = START[lang].search(item)
        if not condition or not begins or UNSURE.search(item):
            continue
        if EVENT_STARTS[lang].search(item[: begins.end()]):
            continue  # "formation commence le 3 juin si retenue": the course, not the job
        day = typed_days.first_day(item, lang, interview_day, begins.end())
        if day is None or day <= send_on or day - interview_day > FARTHEST_START:
            continue
        if typed_days.first_day(item, lang, interview_day, 0) != day:
            continue  # another day typed before the start's: whose it is, the notes must say
        when = dates.future_day(day, send_on, lang)
        # the start's own hour, not one typed for a later step ("…, passer à l'agence à 9h")
        end = STEP_END.search(item, begins.end())
        hour = hours.first_hour(item[: end.start() if end else len(item)], begins.end())
        if hour:
            when += " " + hours.written(hour, lang)
        return phrase(lang, "next_steps_start_if", date=when)
    return ""


# Where the condition's clause ends: "si le client valide → entretien chez SEB mardi 1er".
CLAUSE_END = re.compile(r"->|→|=>|:|,|;|\s[-–—]\s")


LEADING_MARKS = re.compile(r"^(?:\s|->|→|=>|[:,;–—-])+")
# A condition said in two words, with no mark after it: "si ok", "if successful".
SHORT_CONDITION = re.compile(
    r"(?:si|if)\s+(?:ok|oui|yes|bon|retenue?|concluant|successful|positive|all\s+good)\b", re.I
)


def stage_sentence(items: list[str], lang: str, read: Callable[[str], str]) -> str:
    """A stage agreed on a condition ("si le client valide → entretien chez SEB mardi 1er
    10h", o09), confirmed with its condition, or "". `read` gives the stage of a text and
    its day as the closing writes them (`next_steps`), or "" when it has no day ahead."""
    for item in items:
        condition = CONDITION[lang].search(item)
        if not condition or UNSURE.search(item):
            continue
        short = SHORT_CONDITION.match(item, condition.start())
        if short:  # "si ok entretien chez Boiron mardi 10 → …": the step up to the next mark
            rest = LEADING_MARKS.sub("", item[short.end() :])
            end = CLAUSE_END.search(rest)
            rest = rest[: end.start()] if end else rest
        else:  # "si le client valide → entretien …": the step after the condition's clause
            end = CLAUSE_END.search(item, condition.end())
            rest = item[end.end() :] if end else ""
        if not rest.strip() or CONDITION[lang].search(rest):
            continue  # no step after the condition, or a second condition on it
        written = read(rest)
        if written:
            return phrase(lang, "next_steps_stage_if", stage=written)
    return ""


def borrowed(item: str, day: date | None, lang: str, days: tuple[date, date]) -> bool:
    """Is a stage's day the day of a start that hangs on it? « début lundi 15 si la visite
    médicale est ok » names no day for the medical (writer BT's bt22: « une visite médicale
    le lundi 15 novembre »); « … si visite médicale ok (vendredi 16 à 10h) » does. `days`:
    the interview's and the sending day."""
    interview_day, send_on = days
    if day is None or not sentence([item], lang, interview_day, send_on):
        return False
    return typed_days.first_day(item, lang, interview_day, 0) == day
