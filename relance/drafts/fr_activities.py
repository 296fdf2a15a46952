"""A trade's activity typed as a strong point, said as experience: « stérilisation » is « mon
expérience en stérilisation », never « ma stérilisation »; « repassage », « orthopédie »,
« management » likewise (the bench's catch-ups, session 37: « mettre en avant mon repassage »,
« mon orthopédie et mon matériel médical »).

Only a lone singular noun in lower case is read, whose ending names an activity (« -age »,
« -isation », « -ment », « -ie », « -ure ») or which the trades name so; a quality (« ma
discrétion », « mon organisation »), a thing held (« mon permis »), a plural (« mes soins »)
keeps its possessive."""

from __future__ import annotations

import re

ACTIVITY_ENDINGS = ("age", "isation", "ication", "ment", "ie", "ure", "erie")
ACTIVITIES = frozenset(
    {"vente", "caisse", "cuisine", "collectivité", "restauration", "comptabilité", "paie",
     "logistique", "manutention", "maintenance", "mécanique", "électricité", "plomberie",
     "prospection", "facturation", "recrutement", "formation", "animation", "hôtellerie",
     "manucure", "coiffure", "esthétique", "pédiatrie", "gériatrie", "réanimation"}
)  # fmt: skip
# Nouns with an activity's ending that are qualities, things or people: as typed.
NOT_ACTIVITIES = frozenset(
    {"organisation", "communication", "présentation", "implication", "motivation",
     "adaptation", "concentration", "énergie", "empathie", "autonomie", "diplomatie",
     "sympathie", "patience", "courtoisie", "rigueur", "allure", "culture", "signature",
     "voiture", "licence", "lettre", "tenue", "équipe", "expérience", "partie", "vie", "envie",
     "sortie", "série", "copie", "photographie", "biographie", "attestation", "certification",
     "habilitation", "qualification", "accréditation", "autorisation", "carte", "image",
     "message", "langage", "visage", "courage", "personnage", "stage", "apprentissage",
     "engagement", "comportement", "tempérament", "équipement", "logement", "jugement",
     "raisonnement", "dévouement", "sentiment", "moment", "bâtiment", "instrument",
     "document", "vêtement", "permis", "aisance", "maîtrise", "écoute"}
)  # fmt: skip
LONE_NOUN = re.compile(r"^[a-zà-ÿœ-]+$")


def activity(text: str) -> bool:
    """Is the piece a lone activity of the trade (« stérilisation », « repassage »)?"""
    word = text.strip()
    if not LONE_NOUN.match(word) or word in NOT_ACTIVITIES or word.endswith(("s", "x")):
        return False
    return word in ACTIVITIES or word.endswith(ACTIVITY_ENDINGS)


def as_experience(text: str) -> str:
    """« mon expérience en stérilisation »; "" when the piece is no lone activity."""
    return f"mon expérience en {text.strip()}" if activity(text) else ""


def activity_list(text: str) -> bool:
    """« orthopédie et matériel médical »: a list led by an activity, which neither « mon
    orthopédie et mon matériel médical » nor « mon expérience en orthopédie et en matériel
    médical » (a list item with no article) says well: the candidate's to write."""
    parts = [part.strip() for part in re.split(r",\s*(?:et\s+)?|\s+et\s+", text)]
    return len(parts) > 1 and activity(parts[0])
