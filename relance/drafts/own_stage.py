"""A stage the candidate takes alone by a deadline, said as the candidate's promise.

"test en ligne (orthographe + logique) à faire avant vendredi 16 18h", "test de planification
à faire à la maison …, à renvoyer avant vendredi 27 midi", "language assessment link sent to my
mail, do it by thursday 15 5pm": no one attends it on a day, the candidate does it by one.
"Vous m'avez indiqué que la suite du recrutement passerait par un test en ligne ; je reste
disponible d'ici là" dropped the day, and "d'ici là" then referred to nothing (blind readers
of writers L and N quoted it). The e-mail now restates the promise with its day and hour:
"Comme convenu, je passerai le test en ligne d'ici le vendredi 16 octobre à 18 h."

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from datetime import date

from relance.drafts import dates, hours
from relance.drafts.templates import phrase

# The day typed right after the deadline's word: "avant vendredi 16", "d'ici le dimanche 18",
# "pour lundi 9"; "by fri 16th", "before the 19th". "Avant" alone ("à faire avant", before the
# interview) is no day.
BY_DAY = {
    "fr": re.compile(
        r"\b(?:avant|d'ici|pour)\s+(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"dimanche)\b|\d)",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:by|before)\s+(?:the\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d)",
        re.I,
    ),
}
# The work goes back to the recruiter ("à renvoyer", "send back"), rather than being taken
# online ("à faire", "do it by").
RETURNED = {
    "fr": re.compile(r"\b(?:renvoyer|rendre|retourner)\b", re.I),
    "en": re.compile(r"\b(?:send\s+(?:it\s+)?back|back\s+to|submit|return)\b", re.I),
}
# "test Excel en ligne à faire avant", "… à faire avant (lien reçu par mail)": before the
# stage agreed with its day, no day of its own.
BEFORE_IT = {
    "fr": re.compile(
        r"\b(?:à|a)\s+(?:faire|compléter|completer|passer)\s+avant\b(?!\s+(?:le\s+)?"
        r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d))",
        re.I,
    ),
    # "take-home: account plan, due 48h before" (writer O's o28): due before the stage
    "en": re.compile(r"\b(?:complete|take|do)\s+(?:it\s+)?(?:before\s+(?:it|then)|beforehand)\b|"
                     r"\bdue\s+(?:\d+\s*(?:h|hrs?|hours?|days?)\s+)?before\s*$", re.I),
}  # fmt: skip
CLAUSE = re.compile(r",\s*(?:et\s+|and\s+)?|;\s*")
NOON = re.compile(r"\b(?:midi|noon)\b", re.I)
ARTICLE = {"un ": "le ", "une ": "la ", "des ": "les ", "a ": "the ", "an ": "the "}


def by_hour(item: str, start: int) -> tuple[int, int] | None:
    """The hour the deadline gives after `start` ("vendredi 16 18h", "midi"), or None;
    "minuit" is left out: "d'ici le vendredi 16" says the same day."""
    hour = hours.first_hour(item, start)
    if hour is None and NOON.search(item, start):
        return (12, 0)
    return hour


def deadline(item: str, lang: str) -> re.Match[str] | None:
    return BY_DAY[lang].search(item)


def definite(name: str) -> str:
    """'un test en ligne' -> 'le test en ligne', 'an online assessment' -> 'the online
    assessment'; the definite article, as the stage was agreed."""
    for indefinite, article in ARTICLE.items():
        if name.startswith(indefinite):
            rest = name[len(indefinite) :]
            if article in ("le ", "la ") and re.match(r"[aeiouyéèêh]", rest, re.I):
                return "l'" + rest  # "une évaluation" -> "l'évaluation"
            return article + rest
    return name


def held_today(name: str, lang: str) -> str:
    """The stage held on the sending day, as the thanks name it: "today's drug screen",
    « l'entretien de ce jour avec le co-titulaire » (never « le co-titulaire de ce jour »)."""
    stage = definite(name)
    if lang == "en":
        return "today's " + re.sub(r"^(?:the|an?)\s+", "", stage)
    head, *complement = re.split(r"(?=\s(?:avec|chez)\s)", stage, maxsplit=1)
    return f"{head} de ce jour{''.join(complement)}"


def sentence(
    name: str, by: date, hour: tuple[int, int] | None, back: bool, lang: str, send_on: date
) -> str:
    """'Comme convenu, je passerai le test en ligne d'ici le vendredi 16 octobre à 18 h ; …'"""
    written = ""
    if hour:  # "à midi" rather than "à 12 h", as one says it
        written = "à midi" if lang == "fr" and hour == (12, 0) else hours.written(hour, lang)
    when = dates.by_day(by, send_on, lang, written)
    if not when:
        return ""
    act = "own_stage_return" if back else "own_stage_take"
    what = phrase(lang, act, stage=definite(name))
    return phrase(lang, "next_steps_own_stage", what=what, when=when)


def before_parts(items: list[str], lang: str) -> list[str]:
    """The clauses of the notes that say a stage is done before the one agreed ("et un test
    de personnalité en ligne à faire avant"), to be read as stages of their own."""
    # The clause alone first; then its whole note, for a stage named in a clause of its own
    # ("take-home: account plan, due 48h before")
    return [
        said
        for item in items
        for part in CLAUSE.split(item)
        if BEFORE_IT[lang].search(part)
        for said in (part, item)
    ]


def before_sentence(what_name: str, back: bool, stage: str, lang: str) -> str:
    """'Comme convenu, je passerai le test en ligne avant le second entretien du lundi
    7 décembre à 10 h ; …': `stage` is the agreed stage with its day, as written."""
    act = "own_stage_return" if back else "own_stage_take"
    what = phrase(lang, act, stage=definite(what_name))
    return phrase(lang, "next_steps_own_before", what=what, stage=stage)


# A stage held at a distance or by others (« 2e entretien en visio avec la direction des
# programmes lundi 22 à 10h », writer BE's be23): no one welcomes the candidate, so « Je vous
# remercie de m'accueillir aujourd'hui » would be untrue.
AT_A_DISTANCE = re.compile(
    r"\b(?:visio\w*|vidéo|video|teams|zoom|skype|t[ée]l[ée]phon\w*|phone|call|remote|"
    r"en ligne|online|avec (?:la|le|les|mon|ma|son|sa) (?:direction|directeur|directrice|"
    r"dg|drh|manager|responsable|siège|comité|jury)|with (?:the|their|my) (?:director|head|"
    r"ceo|md|board|panel|manager|team lead))\b",
    re.I,
)


def at_a_distance(note: str) -> bool:
    """Is the stage of this note held remotely, or by people other than the recruiter?"""
    return bool(AT_A_DISTANCE.search(note))
