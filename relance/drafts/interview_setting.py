"""Who interviewed the candidate, typed among the strong points: no strong point of theirs.

Candidates often open their notes with the panel (« RH + l'adjointe au maire (Mme … pas
retenu le nom) », « pôle PIAL, 2 personnes », "consultant Megan", « jury de 4, 40 min »), and
the strong points' frame made it one of theirs: « mettre en avant mon RH et l'adjointe au
maire Mme », "I was able to highlight my consultant Megan" (writer BT's blind reader, bt08,
bt10, bt34: grammar 1 to 2). Such a note is left out, listed to the candidate with its reason.

A note is the interview's setting when it names at least one interviewer and holds nothing
but interviewers, names, numbers and little words: "head chef experience" or « CACES 3 » are
no such note.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts.accents import fold

PEOPLE = frozenset(
    {
        # French
        "rh", "drh", "consultant", "consultante", "manager", "directeur", "directrice",
        "adjoint", "adjointe", "maire", "elu", "elue", "elus", "jury", "personnes", "recruteur",
        "recruteuse", "responsable", "president", "presidente", "membres", "gerant", "gerante",
        "proviseur", "principal", "principale", "dg", "chef", "cheffe", "cadre", "deux", "trois",
        # English
        "hr", "director", "head", "deputy", "governor", "governors", "panel", "interviewer",
        "interviewers", "recruiter", "people", "members", "chair", "councillor",
        "headteacher", "supervisor", "owner",
        # writer BW (session 50): « café avec le fondateur, 1h30, très informel », « 2e round
        # avec la Group PM », "1:1 with hiring manager then team lead"
        "fondateur", "fondatrice", "founder", "cofounder", "ceo", "cto", "cfo", "associe",
        "associee", "partner", "pm", "lead", "n", "hiring", "juriste", "stakeholders",
    }
)  # fmt: skip
# The words a panel's note holds beside its people: « de », "and", « 40 min », « pôle »
LITTLE = frozenset(
    {
        "de", "d", "du", "des", "la", "le", "l", "les", "au", "aux", "et", "avec", "en", "un",
        "une", "pole", "service", "equipe", "min", "minutes", "mn", "h", "heure", "heures",
        "mme", "m", "mr", "mrs", "ms", "dr", "the", "a", "an", "and", "with", "of", "from",
        "team", "plus", "regional", "regionale", "general", "generale", "senior",
        "cafe", "coffee", "visio", "video", "call", "appel", "tel", "telephone", "phone",
        "round", "entretien", "interview", "informel", "informal", "tres", "very", "2e", "2nd",
        "second", "deuxieme", "puis", "then", "group", "1", "2",
    }
)  # fmt: skip
ASIDE = re.compile(r"\([^)]*\)?")
DURATION = re.compile(r"^\d+h\d*$|^\d+min$", re.IGNORECASE)
WORD = re.compile(r"[\w]+")


def is_setting(note: str) -> bool:
    """Does the note say who interviewed the candidate, and nothing of the candidate?"""
    words = WORD.findall(ASIDE.sub(" ", note))
    if not words or len(words) > 9:
        return False
    people = False
    for word in words:
        folded = fold(word).lower()
        if folded in PEOPLE:
            people = True
        elif not (
            folded in LITTLE or word.isdigit() or word[:1].isupper() or DURATION.match(folded)
        ):
            return False
    return people


# The day's programme typed as a strong point (writer BV's bv34: "recruitment day: climbing
# wall + group games + a short interview" was "I was able to highlight my recruitment day and
# my group games"): what the day held, no strong point of the candidate's.
PROGRAMME = re.compile(
    r"^\s*(?:recruitment|assessment|audition|selection|open)\s+day\b\s*[:\-–]"
    r"|^\s*(?:journée|journee)\s+(?:de\s+)?(?:recrutement|sélection|selection)\b\s*[:\-–]"
    r"|^\s*(?:job\s+dating|group\s+interview|entretien\s+collectif|session\s+collective)"
    r"\b\s*[:\-–]",
    re.IGNORECASE,
)


def day_programme(typed: str) -> tuple[str, list[str]]:
    """The notes without the lines that give the day's programme, and those lines."""
    kept: list[str] = []
    programme: list[str] = []
    for line in typed.splitlines():
        (programme if PROGRAMME.match(line) else kept).append(line)
    return "\n".join(kept), programme
