"""A bare noun of a person after « avec » (writer AQ's aq01: « travailler avec enseignant et
famille et équipe de suivi »): French names whom one works with with its article (« avec les
enseignants »), so the note goes back; « avec rigueur », a manner, stays.

Imports nothing of the drafts: `slots` reads it, and the lexicon's person test lives above
`slots`. Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

WITH_BARE = re.compile(r"\bavec\s+([a-zà-ÿ-]+)(?![\w'’])", re.IGNORECASE)

# Whom one works with, singular: the people a role's notes name after « avec ».
FR_WITH_WHOM = frozenset(
    """enseignant enseignante famille parent collègue équipe chauffeur client cliente
    patient patiente élève enfant tuteur tutrice voyageur voyageuse locataire usager usagère
    résident résidente bénéficiaire infirmier infirmière médecin biologiste expert
    responsable manager chef cheffe formateur formatrice""".split()  # noqa: SIM905
)


def fr_bare_with_person(text: str) -> bool:
    """Does « avec » come before a person named with no article?"""
    for found in WITH_BARE.finditer(text):
        low = found.group(1).lower()
        if (low[:-1] if low.endswith("s") else low) in FR_WITH_WHOM:
            return True
    return False
