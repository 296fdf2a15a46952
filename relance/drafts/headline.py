"""Which strong point leads: the one that weighs most with a recruiter.

Years of experience, a diploma or a certification, a concrete achievement with a number
weigh more than a remark that a test went well ("mise en place test ok"): the catch-up
writes the weightiest first and, when it must leave some out for brevity, leaves out the
lightest. What the recruiter said they liked is recalled whatever its weight.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

YEARS = re.compile(
    r"\b\d+\s*(?:ans?|années?|mois|years?|yrs?|months?)\b|\bdepuis\s+(?:19|20)\d\d\b|"
    r"\bsince\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
DIPLOMA = re.compile(
    r"\b(?:diplôme|diplômée?|titre|certificat|certification|certifiée?|habilitation|"
    r"licence|master|bachelor|bts|but|dut|cap|bep|bp|bac|deas|deaes|deap|dei|ide|caces|fimo|"
    r"fco|sst|permis|haccp|concours|lauréate?|degree|diploma|certificate|certified|licen[cs]e|"
    r"nvq|gcse|a-levels?|qualification|qualified|cscs|sia|dbs)\b",
    re.IGNORECASE,
)
ACHIEVEMENT = re.compile(r"\d", re.IGNORECASE)
LIGHT = re.compile(
    r"\b(?:ok|test|bien passé|went well|good|bonne? impression|sourire|smiled|nodded|"
    r"question)\b",
    re.IGNORECASE,
)


def weight(text: str) -> int:
    """How much a strong point weighs: years 3, a diploma or a certification 2, a number 1,
    a remark on how a test or the talk went -1."""
    score = 0
    if YEARS.search(text):
        score += 3
    if DIPLOMA.search(text):
        score += 2
    if not score and ACHIEVEMENT.search(text):
        score += 1
    if not score and LIGHT.search(text):
        score -= 1
    return score
