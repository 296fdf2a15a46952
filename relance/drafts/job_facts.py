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
TARGET = re.compile(r"\b(?:objectifs?|target|goal|KPI)\b", re.IGNORECASE)


def is_fact(shape: Shape, lang: str) -> bool:
    """A fact of the job, not a duty or a target: no action, no clause, no objective."""
    if shape.kind != NOUN or TARGET.search(shape.text):
        return False
    return bool(JOB_FACT[lang].search(DEADLINE[lang].sub("", shape.text)))


def job_facts(items: list[str], lang: str) -> list[str]:
    """The pieces of the expectations that are facts of the job, for the role sentence."""
    return [shape.text for shape in read(items, lang, EXPECTATIONS) if is_fact(shape, lang)]
