"""Work the candidate hands in between two stages: a case study, a take-home test.

"cas pratique à rendre par mail sous 5 jours", "take-home case study this week", "case study
emailed, submit by Monday 9am": the recruiter waits for it, so the catch-up says it will come,
and by when ("Je vous ferai parvenir le cas pratique d'ici le dimanche 18 octobre."), rather
than "J'ai bien pris note des prochaines étapes". No "Comme convenu": the documents sentence
of the same e-mail may begin so. A piece of work shown at a stage ("product exercise (45 min
presentation)", "étude de cas à présenter") is no hand-in.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from relance.drafts import dates, hours, step_shapes, typed_days
from relance.drafts.templates import phrase

# A test of no named kind, handed in ("test écrit à renvoyer pour lundi"); an online test is
# taken, not sent, and "test de personnalité" is the recruiter's form (`returned.py`).
PLAIN_TEST = re.compile(
    r"^(?!.*\ben\s+ligne\b).*?\btest\b(?!\s+(?:de\b|d'|physique|psycho|m[ée]dical))", re.I
)
EN_TEST = re.compile(
    r"\btest\b(?=[^,;]*\bat\s+home\b)|\b(?:home|written|excel|typing|coding|writing)\s+"
    r"test\b(?![^,;]*\bat\s+(?!home\b)[A-Za-z])",
    re.I,
)
# The kinds of work handed in, and how the sentence names each.
KINDS = {
    "fr": (
        (re.compile(r"\bcas\s+pratique\b", re.I), "le cas pratique"),
        (re.compile(r"\bétude\s+de\s+cas\b", re.I), "l'étude de cas"),
        (re.compile(r"\btest\s+technique\b", re.I), "le test technique"),
        (re.compile(r"\btest\s+de\s+traduction\b", re.I), "le test de traduction"),
        # the English word in a French note ("case study a renvoyer lundi 19")
        (re.compile(r"\bcase\s+study\b", re.I), "l'étude de cas"),
        # « cas HACCP à renvoyer sous huit jours (il l'envoie demain) » (writer BH's bh24);
        # after the tests, which may hold a case (« test technique (cas TVA + écritures) »)
        (re.compile(r"\bcas\s+(?=[A-Z]{2,}\b|d['’]étude\b|client\b|métier\b)"), "le cas pratique"),
        # the plain names last: "exercice design (onboarding) … à rendre lundi 30 à midi"
        # (writer L's l20), "test à renvoyer lundi 30"
        (re.compile(r"\bexercices?\b", re.I), "l'exercice"),
        (PLAIN_TEST, "le test"),
    ),
    "en": (
        (re.compile(r"\bcase\s+study\b", re.I), "the case study"),
        (re.compile(r"\btake-?home\b", re.I), "the take-home exercise"),
        (re.compile(r"\btechnical\s+exercise\b", re.I), "the technical exercise"),
        (re.compile(r"\bexercise\b", re.I), "the exercise"),
        (re.compile(r"\bassignment\b", re.I), "the assignment"),
        # a test done at home and sent back ("excel test at home, she'll email it Thursday,
        # 48h to send back", writer N's n40); one taken somewhere ("road test", "D&A test",
        # "test at DPS") is no hand-in, and the cue below is needed all the same
        (EN_TEST, "the completed test"),
        # "mixing test file sent tonight, send it back by the 28th" (writer AS's as35): a
        # test the candidate sends back is done at home (a translation test is named by the
        # stages' table)
        (
            re.compile(
                r"(?<!translation )(?<!writing )(?<!design )(?<!coding )(?<!sample )\btest\b"
                r"(?=[^.;]*\b(?:send\s+(?:it\s+)?back|return\s+(?:it\b|by\b)|"
                r"submit)\b)",
                re.I,
            ),
            "the completed test",
        ),
    ),
}
# Said handed in: to be returned, submitted, due, or in so many days.
HANDED_IN = {
    "fr": re.compile(r"\b(?:à\s+rendre|a\s+rendre|rendre|renvoyer|sous\s+\d+\s*(?:jours|j|h)\b)",
                     re.I),
    "en": re.compile(r"\b(?:submit|due|return|send\s+(?:it\s+)?back|take-?home|"
                     r"within\s+\d+\s*(?:days|hours|h)\b|back\s+to\s+(?:him|her|them)\b|"
                     r"\d+\s*(?:days|hours|h)\s+to\s+(?:send|return|submit|do)\b)", re.I),
}  # fmt: skip
WITHIN = re.compile(
    r"\b(?:sous|within)\s+(\d+)\s*(jours|j|days|h|hours)\b"
    r"|\b(\d+)\s*(days|h|hours|jours|heures)\s+(?:to\s+(?:send|return|submit|do)|"
    # "48 h pour le rendre" (writer AJ's aj26)
    r"pour\s+(?:le\s+|la\s+|les\s+|l')?(?:rendre|renvoyer|faire))\b",
    re.I,
)


# Work due so long after it arrives: "they will send a technical exercise - return within a
# week of receiving" (writer BC's bc37, once "I will send you the exercise", as if the
# candidate sent the exercise itself), « à rendre sous 8 jours après réception ».
ON_RECEIPT = {
    "fr": re.compile(
        r"\bsous\s+(?P<span>(?:\d+|huit|quinze|une|un)\s+(?:jours?|semaines?))\s+"
        r"(?:après|à\s+compter\s+de\s+(?:sa|la))\s+(?:sa\s+|la\s+)?réception\b",
        re.I,
    ),
    "en": re.compile(
        r"\bwithin\s+(?P<span>(?:a|one|two|three|\d+)\s+(?:weeks?|days?|hours?))\s+"
        r"(?:of|after|from)\s+(?:receiving|receipt|getting)\b",
        re.I,
    ),
}


@dataclass(frozen=True)
class Deliverable:
    name: str
    day: date | None = None
    hour: tuple[int, int] | None = None
    this_week: bool = False
    on_receipt: str = ""  # "a week": due so long after it arrives


def names_work(text: str, lang: str) -> bool:
    """Does the text name work to hand in ("le cas pratique", "case study")?"""
    return any(pattern.search(text) for pattern, _ in KINDS.get(lang, ()))


def handed_in(item: str, lang: str) -> bool:
    """Does this note name work the candidate hands in (whatever its day)?"""
    named = any(pattern.search(item) for pattern, _ in KINDS[lang])
    return named and HANDED_IN[lang].search(item) is not None


def read(item: str, lang: str, interview_day: date) -> Deliverable | None:
    """The work this process note says the candidate hands in, and by when, or None."""
    # The most precise kind named: "take-home case study" is the case study.
    name = next((name for pattern, name in KINDS[lang] if pattern.search(item)), "")
    cue = HANDED_IN[lang].search(item)
    if not name or cue is None or step_shapes.done_online(item):
        return None  # "assessment link (case study) → complete within 48h": taken online
    receipt = ON_RECEIPT[lang].search(item)
    if receipt:
        return Deliverable(name, on_receipt=receipt["span"].lower())
    within = WITHIN.search(item)
    if within and step_shapes.runs_from_sending(item[: within.start()]):
        # "he sends the case study, back within 3 days": from its arrival, a day no one knows
        sent = _sent_day(item[: within.start()], lang, interview_day)
        if sent is None:
            return Deliverable(name)
    typed = typed_days.first_day(item[within.end() :], lang, interview_day) if within else None
    if within and typed is not None:
        # « à rendre sous 5 jours ouvrés (donc lundi 3 mars) » (writer BL's bl20): the day the
        # candidate worked out is the one to say, never the span counted again
        return Deliverable(name, typed, hours.first_hour(item, within.end()))
    if within:  # "sous 5 jours", "within 48h": from the interview, when the subject came,
        count = int(within.group(1) or within.group(3))
        unit = (within.group(2) or within.group(4)).lower()
        days = count // 24 if unit in ("h", "hours", "heures") else count
        # or from the day it is sent, typed before: "she'll email it Thursday, 48h to send back",
        # « envoyé demain matin, 48 h pour le rendre » (writer AJ's aj26)
        sent = _sent_day(item[: within.start()], lang, interview_day)
        return Deliverable(name, (sent or interview_day) + timedelta(days=days))
    day = typed_days.first_day(item, lang, interview_day, cue.start())
    if day is not None:
        return Deliverable(name, day, hours.first_hour(item, cue.start()))
    return Deliverable(name, this_week=bool(typed_days.THIS_WEEK.search(item)))


def _sent_day(before: str, lang: str, interview_day: date) -> date | None:
    """The day typed before the span, "demain" and "tomorrow" read as days."""
    day = typed_days.first_day(before, lang, interview_day)
    if day is None:
        redated = dates.redated(before, interview_day, interview_day, lang)
        day = typed_days.first_day(redated, lang, interview_day)
    return day


def sentence(items: list[str], lang: str, interview_day: date, send_on: date) -> tuple[str, str]:
    """The sentence promising the work, and the note it came from; ("", "") when none."""
    for item in items:
        work = read(item, lang, interview_day)
        if work is None:
            continue
        if work.on_receipt:
            count, _, unit = work.on_receipt.partition(" ")
            span = f"{dates.spelled_number(count, lang)} {unit}"
            return phrase(lang, "deliverable_on_receipt", what=work.name, span=span), item
        if work.day is not None and work.day < send_on:
            # due before the e-mail goes out (writer BE's be13: a test due on the bridge
            # Friday, the catch-up sent on Monday): handed in already or late, no promise
            continue
        if work.day == send_on:
            # due the day the e-mail goes out (writer BK's bk10: « à renvoyer avant lundi 11
            # midi », sent that Monday): it goes with the e-mail, no promise for later
            return phrase(lang, "deliverable_now", what=work.name), item
        hour = hours.written(work.hour, lang) if work.hour else ""
        when = dates.by_day(work.day, send_on, lang, hour) if work.day else ""
        monday = interview_day - timedelta(days=interview_day.weekday())
        if work.this_week and send_on - monday < timedelta(days=5):
            when = " cette semaine" if lang == "fr" else " this week"
        return phrase(lang, "deliverable", what=work.name, when=when), item
    return "", ""
