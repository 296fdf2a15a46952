"""Heads that tell what kind of thing a note is, whatever its frame: a condition of the job
(a contract, a vehicle, a possibility), a person's job title, a direction, a noun that its
preposition shows is no verb (writer AH's reader, session 31)."""

from __future__ import annotations

import re

from relance.drafts.en_function_words import EN_PREPOSITIONS

# "le poste comprend la possibilité de CDI", "the role covers a 2-year scheme" (writer AH):
# what the job offers or how long it lasts, never what it is made of.
CONDITIONS = {
    "fr": frozenset(
        ["cdi", "cdd", "contrat", "possibilité", "possibilités", "camion", "véhicule", "voiture",
         "période", "durée", "salaire", "rémunération", "prime", "primes",
         # when and where it is done (writer AI: « le départ à 6 h 30 du dépôt », « le
         # bureau à Dijon centre », "a 3-day office", "the client site in Leeds")
         "début", "départ", "bureau", "coupure", "site", "agence"]
    ),
    "en": frozenset(
        ["scheme", "contract", "possibility", "van", "vehicle", "car", "salary", "pay",
         "position", "role", "job", "office", "site", "start", "location", "base"]
    ),
}  # fmt: skip
FR_SPAN = re.compile(
    r"^(?:la|une)\s+(?:mission|formation|période)\s+(?:de|d['’])\s*(?:\d|un|une|deux|trois|six)",
    re.I,
)
# "back into defence", "into the public sector": a direction, no thing.
EN_DIRECTIONS = frozenset({"back", "away", "out", "up", "down", "home", "abroad", "closer"})

# Nouns first, verbs rarely: before "with", "of", "in", "on", the noun is meant.
EN_NOUN_FIRST = frozenset(
    {"experience", "knowledge", "background", "exposure", "expertise", "familiarity",
     "proficiency", "interest", "passion", "track", "grounding"}
)  # fmt: skip


def en_head(words: list[str]) -> str:
    """An English phrase's head: its last word before any preposition ("" for a gerund's
    phrase, "supervising cleaners": a task, whom it is done to), in the singular."""
    if words[0].lower().endswith("ing"):
        return ""
    at = next((i for i, w in enumerate(words) if w.lower() in EN_PREPOSITIONS), len(words))
    head = words[at - 1].lower() if at else ""
    if not head.isalpha():
        return ""
    return head[:-1] if head.endswith("s") else head


def condition_head(item: str, words: list[str], lang: str) -> bool:
    """Does the phrase name a condition of the job ("la mission de 6 mois", "a 2-year
    scheme") rather than something the job is made of ("NEC4 contract admin")?"""
    if lang == "en":
        return en_head(words) in CONDITIONS["en"]
    if FR_SPAN.match(item):
        return True
    first = [w.lower() for w in words[:2]]
    head = first[1] if first[0] in FR_HEAD_DETERMINERS and len(first) > 1 else first[0]
    return head.removeprefix("l'").removeprefix("l’") in CONDITIONS["fr"]


# A job title's endings, never a thing's ("handover", "printer", "freezer" stay things).
EN_JOB_TITLES = (
    "ator", "ist", "ician", "officer", "visor", "director", "inspector", "instructor", "manager",
    "adviser", "advisor", "consultant", "assistant",
)  # fmt: skip
FR_HEAD_DETERMINERS = frozenset({"le", "la", "les", "un", "une", "des", "du", "mon", "ma", "mes"})
