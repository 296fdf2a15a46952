"""Facts of the job typed among the recruiter's expectations ("EPI fournis", "1 dimanche sur
2", "saison de mai à septembre"): the role sentence says them, not "Vos attentes".

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts.context import EXPECTATIONS
from relance.drafts.morph import NOUN, Shape
from relance.drafts.reading import read

# A month alone dates an event ("training in December"); a span of months is the job's season
# ("November to December", written out from "nov-dec" by `en_notes`).
EN_MONTH = (
    "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
# A fact of the job typed among what is expected ("EPI fournis", "1 dimanche sur 2", "saison
# de mai à septembre"): the role sentence says it, not "Vos attentes".
JOB_FACT = {
    "fr": re.compile(
        r"\b(?:fourni|fournie|fournis|fournies|offert|offerte|offerts|offertes|pris en charge|"
        r"prise en charge|horaires?|heures|\d+\s?h\b|\d+\s?h\s?\d+|week-ends?|samedis?|dimanches?|"
        r"nuits?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
        r"décembre|saison|début|démarrage|contrat|cdd|cdi|vacations?|roulement)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:provided|supplied|paid|hours|shifts?|\d+(?:\.\d+)?\s?h|weekends?|nights?|"
        rf"{EN_MONTH}\s+(?:to|and)\s+{EN_MONTH}|season|start|contract|rota|rotation)\b",
        re.IGNORECASE,
    ),
}
# A delay to meet is what is expected of the person, not the job's hours ("case notes on the
# system within 24 hours").
DEADLINE = {
    "fr": re.compile(r"(?!x)x"),
    "en": re.compile(r"\b(?:within|in under|under)\s+\d+(?:-|\s)?\w+", re.IGNORECASE),
}
# Hours of study are a qualification asked of the person, not the job's hours ("ParaPro test
# or 60 credit hours", "90 contact hours of training").
STUDY_HOURS = re.compile(r"\b\d+\s+(?:credit|semester|college|contact|CPD)\s+hours?\b", re.I)
TARGET = re.compile(r"\b(?:objectifs?|target|goal|KPI)\b", re.IGNORECASE)
# "autonomie la nuit": a time after its noun, with its article, says when a quality or a task
# is expected; the piece is no fact of the job ("travail de nuit", "1 dimanche sur 2" are).
FR_WHEN = re.compile(
    r"^\S.*\s(?:la|le|les)\s(?:nuits?|week-ends?|samedis?|dimanches?|matins?|soirs?)$",
    re.IGNORECASE,
)


FR_MINE = re.compile(r"\b(?:par|pour|à|de)\s+moi\b|\bà\s+mes\s+frais\b", re.IGNORECASE)
# An exam or a course dated by its month is the person's to pass, not a fact of the job
# ("examen en février", writer U's u12, said "le poste comprend … l'examen en février").
EXAM = re.compile(
    r"^(?:(?:l'|le|la|les|un|une|mon|ma|mes)\s*)?(?:examen|concours|formation|diplôme|"
    r"certification|test|épreuve|exam|course|training|certificate)s?\b",
    re.IGNORECASE,
)


def is_fact(shape: Shape, lang: str) -> bool:
    """A fact of the job, not a duty or a target: no action, no clause, no objective."""
    if shape.kind != NOUN or TARGET.search(shape.text):
        return False
    if lang == "fr" and FR_WHEN.match(shape.text):
        return False
    if lang == "fr" and FR_MINE.search(shape.text):
        return False  # "chaussures fournies par moi": the candidate's, no fact of the job
    if EXAM.match(shape.text):
        return False
    text = STUDY_HOURS.sub("", DEADLINE[lang].sub("", shape.text))
    return bool(JOB_FACT[lang].search(text))


def job_facts(items: list[str], lang: str) -> list[str]:
    """The pieces of the expectations that are facts of the job, for the role sentence."""
    return [shape.text for shape in read(items, lang, EXPECTATIONS) if is_fact(shape, lang)]


# A thing the employer provides ("moto fournie", "EPI fournis", "repas offert"): a perk.
FR_PROVIDED = re.compile(
    r"^(.+?)\s+(?:(pas|non)\s+)?((?:fourni|offert)e?s?|pris(?:es?)? en charge)$", re.IGNORECASE
)
FR_PLURAL_START = frozenset({"les", "des", "mes", "ces", "vos", "nos", "deux", "trois"})


def fr_provided(thing: str) -> str:
    """'la moto fournie' -> 'la moto est fournie', 'les EPI fournis' -> 'les EPI sont fournis':
    a perk said as one, never as a duty the role comprises; "" when the phrase is none."""
    found = FR_PROVIDED.match(thing)
    if not found or not (" " in found.group(1).strip() or found.group(1).startswith("l'")):
        return ""
    noun, negated, participle = found.groups()
    if noun.startswith("l'") and participle.split(" ", 1)[0].endswith("s"):
        noun = "les " + noun[2:]  # "EPI fournis": « les EPI sont fournis », never « l'EPI »
    # The noun's article says the number, as typed the participle may not ("la veste grand
    # froid fournies"): the participle agrees with it.
    plural = noun.split()[0].lower() in FR_PLURAL_START or " et " in noun
    first, _, rest = participle.partition(" ")
    if not first.startswith("pris"):
        first = first.rstrip("s") + ("s" if plural else "")
    elif first in ("prise", "prises"):
        first = "prise" + ("s" if plural else "")
    participle = " ".join(word for word in (first, rest) if word)
    if negated:  # « logement pas fourni » (writer AP's ap25): never « le logement pas est fourni »
        verb = "ne sont" if plural else "n'est"
        return f"{noun} {verb} pas {participle}"
    return f"{noun} {'sont' if plural else 'est'} {participle}"
