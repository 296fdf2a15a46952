"""A length, an hour or a rotation typed bare after the noun it measures, in French.

A phone note drops the little word a letter needs: « formation 3 semaines » is « formation de
3 semaines », « contrat 1 an » is « contrat d'un an », « ouverture 6 h » is « ouverture à
6 h », « astreinte 1 week-end sur 4 » is « astreinte un week-end sur 4 ». Each was handed back
as telegraphic (the bench's sets: 24 notes for a length, 6 for an hour, 9 for a rotation).
Only nouns that French measures so are joined; any other noun before a number (« hôtel 4 »,
« tournée 6-8 magasins ») is left as typed, for the gate to hand back.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

# Nouns a length follows with « de »: a course, a placement, a contract lasts so long.
LASTING = (
    r"formations?|stages?|contrats?|missions?|cdd|périodes?\s+d'essai|remplacement|"
    r"intérim|alternance|congé|cursus|apprentissage|programme|préavis|pause|"
    r"coupure|parcours|séjour|cdi\s+de\s+chantier"
)
# One adjective may stand between them: « formation interne 3 semaines ».
BETWEEN = r"(?:\s+(?:interne|initiale|obligatoire|payée|rémunérée|théorique|pratique|"
BETWEEN += r"intensive|courte|longue|renouvelable|complète|continue))?"
UNITS = r"ans?|années?|mois|semaines?|jours?|heures?|h"
LENGTH = re.compile(
    rf"\b(?P<noun>(?:{LASTING}){BETWEEN})\s+(?P<count>\d+(?:[.,]\d+)?|un|une|deux|trois|"
    rf"quatre|six|huit|dix|douze)\s+(?P<unit>{UNITS})\b",
    re.IGNORECASE,
)
# Nouns an hour follows with « à »: a start, an opening happens at a time.
AT_HOUR = re.compile(
    r"\b(?P<noun>départ|arrivée|ouverture|fermeture|début|fin|embauche|prise\s+de\s+poste|"
    r"rendez-vous|rdv|livraison|réunion|briefing)\s+(?P<hour>\d{1,2}\s?h(?:\s?\d{2})?)\b",
    re.IGNORECASE,
)
# « astreinte 1 week-end sur 4 »: one of every N, said with its article.
FEMININE_UNITS = frozenset({"semaine", "nuit", "soirée", "journée", "fois"})
ROTATION = re.compile(
    r"\b(?P<noun>astreintes?|nuits?|permanences?|soirs?|week-ends?|samedis?|"
    r"dimanches?)\s+1\s+(?P<unit>semaine|nuit|soirée|journée|fois|week-end|WE|jour|mois|"
    r"samedi|dimanche)\s+sur\s+(?P<every>\d+)\b",
    re.IGNORECASE,
)


def measured(piece: str) -> str:
    """The piece with « de », « à » or the article a length, an hour or a rotation takes
    after its noun; as typed when none is bare."""
    piece = LENGTH.sub(_length, piece)
    piece = AT_HOUR.sub(lambda found: f"{found['noun']} à {found['hour']}", piece)
    return ROTATION.sub(_rotation, piece)


def _length(found: re.Match[str]) -> str:
    count, unit = found["count"], found["unit"]
    if count.lower() in ("1", "un", "une"):
        article = "une" if unit.lower().startswith(("semaine", "année", "heure")) else "un"
        return f"{found['noun']} d'{article} {unit}"
    return f"{found['noun']} de {count} {unit}"


def _rotation(found: re.Match[str]) -> str:
    unit = "week-end" if found["unit"] == "WE" else found["unit"]
    article = "une" if unit.lower() in FEMININE_UNITS else "un"
    return f"{found['noun']} {article} {unit} sur {found['every']}"
