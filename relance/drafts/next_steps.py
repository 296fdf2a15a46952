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
from datetime import date, timedelta

from relance.core.names import EN_DAYS, EN_MONTHS, FR_DAYS, FR_MONTHS
from relance.drafts import dates
from relance.drafts.context import DraftContext
from relance.drafts.grammar import fr_de
from relance.drafts.notes import fragments
from relance.drafts.screen import kept
from relance.drafts.templates import phrase

PROCESS = "process"
# Words that end a stage's name: its day or its delay ("… mercredi", "… dans 10 jours").
WHEN = (
    r"(?:dans|sous|d'ici|le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|"
    r"semaine|la|avant|après|en|à|au|pour)\b"
)
FOLLOWING = rf"(?:\s+(?!{WHEN})[\w'-]+){{0,3}}"  # "le directeur de site", "la DRH régionale"
# Little words a stage's name cannot end with ("entretien avec le directeur de").
DANGLING = frozenset({"de", "du", "des", "d'", "et", "avec", "à", "au", "aux", "the", "of"})
# A stage named as typed ("" below): the matched words after their article.
STAGES = {
    "fr": (
        (re.compile(r"\b(?:2e|2ème|deuxième|second)\s+entretien\b", re.I), "un second entretien"),
        (re.compile(r"\b(?:3e|3ème|troisième)\s+entretien\b", re.I), "un troisième entretien"),
        (re.compile(r"\bjournée\s+d'(?:essai|immersion)\b", re.I), "une journée d'essai"),
        (re.compile(r"\bmise\s+en\s+situation\b", re.I), "une mise en situation"),
        (re.compile(r"\b(?:test|tests)\s+(?:technique|écrit|de\s+\w+)\b", re.I), "un test"),
        (re.compile(r"\bentretien\s+client\b", re.I), "un entretien avec le client"),
        (re.compile(r"\b(?:rdv|rendez-vous)\s+client\b", re.I), "un rendez-vous avec le client"),
        # "entretien avec le co-titulaire mercredi": the person as typed, the day apart.
        (re.compile(rf"\bentretien\s+avec\s+(?:le|la|l')\s*[\w+-]+{FOLLOWING}", re.I), ""),
    ),
    "en": (
        (re.compile(r"\b(?:2nd|second)\s+(?:interview|round|stage)\b", re.I),
         "a second interview"),
        (re.compile(r"\b(?:3rd|third)\s+(?:interview|round)\b|\bfinal\b", re.I),
         "a final interview"),
        (re.compile(r"\b(?:partner|client|panel|hr)\s+interview\b", re.I), ""),
        (re.compile(r"\btrial\s+shift\b", re.I), "a trial shift"),
        (re.compile(r"\b(?:assessment\s+(?:day|centre|center))\b", re.I), "an assessment day"),
        (re.compile(r"\b(?:technical|coding|written)\s+test\b", re.I), "a test"),
    ),
}  # fmt: skip
# A stage the notes say is behind: "entretien RH fait", "results from assessment day".
DONE = {
    "fr": re.compile(
        r"\b(?:fait|faite|faits|passé|passée|terminé|terminée|effectué|effectuée|validé|validée|"
        r"réussi|réussie|ok)\b|\b(?:résultats?|retour|suite)\s+(?:du|de\s+la|de\s+l'|des)\s",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:done|passed|completed|finished|went\s+well|had)\b|"
        r"\b(?:results?|feedback|outcome)\s+(?:from|of|after)\s",
        re.I,
    ),
}
ANSWER = {
    "fr": re.compile(
        r"\b(?:réponse|reponse|retour|décision|decision|nouvelles|rappel|rappelle|résultats?|"
        r"affectation)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:answer|decision|response|feedback|hear back|call back|email|call|let me know|"
        r"results?)\b",
        re.I,
    ),
}


# "réponse dans deux semaines" (as `dates.redated` leaves a duration): a span, not a date.
WITHIN = {
    "fr": re.compile(r"\b(?:d'ici|dans|sous)\s+([\w-]+\s+(?:jours?|semaines?|mois))\b", re.I),
    "en": re.compile(r"\b(?:in|within)\s+(\w+\s+(?:days?|weeks?|months?))\b", re.I),
}


WEEK = re.compile(r"(?:semaine\s+du|week\s+of)\s+$", re.I)


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


def _first_day(item: str, cue: re.Pattern[str], lang: str, ctx: DraftContext) -> date | None:
    """The first day written after the cue ("2e entretien", "réponse"), or None: a date, or
    a weekday alone, the first one after the interview ("il me rappelle samedi")."""
    found = cue.search(item)
    if found is None:
        return None
    own = _date_pattern(lang).search(item, found.end())
    if own is not None and WEEK.search(item[: own.start()]):
        return None  # "la semaine du 19 octobre": a week, no day to confirm
    names = [name.lower() for name in (FR_DAYS if lang == "fr" else EN_DAYS)]
    bare = re.compile(rf"\b({'|'.join(names)})\b(?!\s+\d)", re.I).search(item, found.end())
    if bare is not None and (own is None or bare.start() < own.start()):
        weekday = names.index(bare.group(1).lower())
        after = ctx.interview_day
        return after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)
    return _day(own, lang, ctx.send_on) if own else None


def _named_stage(match: re.Match[str], lang: str) -> str:
    """'entretien avec le co-titulaire' -> 'un entretien avec le co-titulaire'."""
    kept = match.group(0).split()
    while kept and kept[-1].lower() in DANGLING:
        kept.pop()
    words = " ".join(kept)
    if lang == "fr":
        return "un " + words
    return ("an " if words[:1].lower() in "aeiou" else "a ") + words


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
        # The stage typed first is the next one ("entretien avec le DG + test de personnalité").
        matched = [(m.start(), p, name) for p, name in STAGES[lang] if (m := p.search(item))]
        found = min(matched, key=lambda seen: seen[0])[1:] if matched else None
        if found and DONE[lang].search(item):
            found = None  # a stage behind the candidate is no next step to confirm
        if found and not stage:
            match = found[0].search(item)
            assert match is not None
            stage = found[1] or _named_stage(match, lang)
            stage_day = _first_day(item, found[0], lang, ctx)
        elif answer_day is None:  # "réponse jeudi 15 octobre": the day after the word
            answer_day = _first_day(item, ANSWER[lang], lang, ctx)
            cue = ANSWER[lang].search(item)
            span = WITHIN[lang].search(item, cue.end()) if cue and not within else None
            within = span.group(1) if span else within
    if stage_day is not None and stage_day < ctx.send_on:
        stage, stage_day = "", None  # a stage already past: no next step to confirm
    elif stage_day is not None and stage_day == ctx.send_on:
        stage_day = None  # on the sending day: the stage stands, its day says nothing new
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
