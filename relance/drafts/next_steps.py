"""What the debrief says of the next steps, when it says enough to confirm them.

The catch-up ends by asking how the process goes on, unless the recruiter already said it:
a decision date, or the next stage with its day ("2e entretien mardi", "réponse jeudi"). Then
the e-mail confirms what was said ("Vous m'avez indiqué une réponse d'ici le jeudi 15
octobre ; je reste disponible d'ici là…") and asks nothing: asking again would read as not
having listened. Only what can be read for sure is confirmed (a known stage, a date still to
come on the sending day); anything else leaves the question in place, never a guess.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from datetime import date

from relance.core.names import EN_DAYS, EN_MONTHS, FR_DAYS, FR_MONTHS
from relance.drafts import dates
from relance.drafts.context import DraftContext
from relance.drafts.grammar import fr_de
from relance.drafts.notes import fragments
from relance.drafts.screen import kept
from relance.drafts.templates import phrase

PROCESS = "process"
STAGES = {
    "fr": (
        (re.compile(r"\b(?:2e|2ème|deuxième|second)\s+entretien\b", re.I), "un second entretien"),
        (re.compile(r"\b(?:3e|3ème|troisième)\s+entretien\b", re.I), "un troisième entretien"),
        (re.compile(r"\bjournée\s+d'(?:essai|immersion)\b", re.I), "une journée d'essai"),
        (re.compile(r"\bmise\s+en\s+situation\b", re.I), "une mise en situation"),
        (re.compile(r"\b(?:test|tests)\s+(?:technique|écrit|de\s+\w+)\b", re.I), "un test"),
    ),
    "en": (
        (re.compile(r"\b(?:2nd|second)\s+(?:interview|round|stage)\b", re.I), "a second interview"),
        (re.compile(r"\b(?:3rd|third|final)\s+(?:interview|round)\b", re.I), "a final interview"),
        (re.compile(r"\btrial\s+shift\b", re.I), "a trial shift"),
        (re.compile(r"\b(?:assessment\s+(?:day|centre|center))\b", re.I), "an assessment day"),
        (re.compile(r"\b(?:technical|coding|written)\s+test\b", re.I), "a test"),
    ),
}  # fmt: skip
ANSWER = {
    "fr": re.compile(r"\b(?:réponse|reponse|retour|décision|decision|nouvelles|rappel)\b", re.I),
    "en": re.compile(r"\b(?:answer|decision|response|feedback|hear back|call back)\b", re.I),
}


# "réponse dans deux semaines" (as `dates.redated` leaves a duration): a span, not a date.
WITHIN = {
    "fr": re.compile(r"\b(?:d'ici|dans|sous)\s+([\w-]+\s+(?:jours?|semaines?|mois))\b", re.I),
    "en": re.compile(r"\b(?:in|within)\s+(\w+\s+(?:days?|weeks?|months?))\b", re.I),
}


def _date_pattern(lang: str) -> re.Pattern[str]:
    days = "|".join(FR_DAYS if lang == "fr" else EN_DAYS)
    months = "|".join(FR_MONTHS if lang == "fr" else EN_MONTHS)
    return re.compile(
        rf"\b(?:(?:{days})\s+)?(\d{{1,2}})(?:er)?\s+({months})(?:\s+(\d{{4}}))?\b", re.I
    )


def _day(match: re.Match[str], lang: str, send_on: date) -> date | None:
    months = [name.lower() for name in (FR_MONTHS if lang == "fr" else EN_MONTHS)]
    month = months.index(match.group(2).lower()) + 1
    year = int(match.group(3)) if match.group(3) else send_on.year
    try:
        day = date(year, month, int(match.group(1)))
    except ValueError:
        return None
    if not match.group(3) and day < send_on and (send_on - day).days > 180:
        day = day.replace(year=year + 1)  # "5 janvier" typed in December
    return day


def _first_day(item: str, cue: re.Pattern[str], lang: str, send_on: date) -> date | None:
    """The first date written after the cue ("2e entretien", "réponse"), or None."""
    found = cue.search(item)
    if found is None:
        return None
    own = _date_pattern(lang).search(item, found.end())
    return _day(own, lang, send_on) if own else None


def confirmed(ctx: DraftContext) -> str:
    """The sentence confirming the next steps the debrief gives, or "" to ask for them."""
    lang = ctx.lang
    items, _ = kept(fragments(ctx.process, lang), lang, PROCESS)
    items = [dates.redated(item, ctx.interview_day, ctx.send_on, lang) for item in items]
    stage = ""
    stage_day: date | None = None
    within = ""
    answer_day: date | None = ctx.decision_date
    for item in items:
        found = next(((p, name) for p, name in STAGES[lang] if p.search(item)), None)
        if found and not stage:
            stage = found[1]
            stage_day = _first_day(item, found[0], lang, ctx.send_on)
        elif answer_day is None:  # "réponse jeudi 15 octobre": the day after the word
            answer_day = _first_day(item, ANSWER[lang], lang, ctx.send_on)
            cue = ANSWER[lang].search(item)
            span = WITHIN[lang].search(item, cue.end()) if cue and not within else None
            within = span.group(1) if span else within
    if stage_day is not None and stage_day <= ctx.send_on:
        stage_day = None  # a stage already past: nothing to confirm about its day
    if answer_day is not None and answer_day <= ctx.send_on:
        answer_day = None
    answer = dates.future_day(answer_day, ctx.send_on, lang) if answer_day else ""
    if stage:
        when = dates.future_day(stage_day, ctx.send_on, lang) if stage_day else ""
        what = (
            f"{stage} {when}".strip() if lang == "fr" else f"{stage} on {when}" if when else stage
        )
        key = "next_steps_stage_answer" if answer else "next_steps_stage"
        return phrase(lang, key, stage=what, date=answer)
    if answer:
        return phrase(lang, "next_steps_answer", date=answer)
    if within and not stage:
        return phrase(lang, "next_steps_within", span=within, of=fr_de(within))
    return ""


def sentence(ctx: DraftContext) -> str:
    """The catch-up's last sentence: the next steps confirmed, or asked for."""
    return confirmed(ctx) or phrase(ctx.lang, "next_steps_ask")
