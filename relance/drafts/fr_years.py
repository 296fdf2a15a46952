"""Years of a trade said as experience, in French: « mes 20 ans de poids lourd » is « mes 20
ans d'expérience en poids lourd », « mes 6 ans sur le port » is « mes 6 ans d'expérience sur
le port » (blind readers, sets L and H: « mettre en avant mes 20 ans de poids lourd »).
English has its own (`en_years`)."""

from __future__ import annotations

import re
from collections.abc import Callable

YEARS = re.compile(
    r"^(?P<head>(?:(?:mes|ses)\s+)?(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|"
    r"vingt)(?:\s+ans\s+et\s+demi|\s+ans|\s+années))\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
TRADE = re.compile(r"^(?:de\s+|d['’])(?P<trade>.+)$", re.IGNORECASE)
PLACE = re.compile(r"^(?:sur|à|au|aux|chez|en|dans|comme)\s", re.IGNORECASE)
DETERMINER = re.compile(r"^(?:le|la|les|l['’]|un|une|des|du|mon|ma|mes)\b", re.IGNORECASE)
# A trade named by its worker: « 2 ans d'animatrice » is « 2 ans d'expérience comme
# animatrice »; an ending shared with things (« secteur », « chantier ») leaves the note as typed.
WORKER = re.compile(r"^\w+(?:trice|euse|iste|ière|ienne|ien)s?\b", re.IGNORECASE)
UNSURE = re.compile(
    r"^(?:\w+(?:eur|ier|er|ant|ante)s?|nuit|nuits|jour|jours|matin|soir|week-ends?|garde|"
    r"armée|marine|police|gendarmerie)\b",
    re.IGNORECASE,
)
# Years served in the forces or the police are spent « dans » them (writer BJ's bj09: « mes 22
# ans de marine nationale »).
FORCES = {
    "armée": "dans l'armée", "armee": "dans l'armée", "l'armée": "dans l'armée",
    "marine": "dans la Marine", "marine nationale": "dans la Marine nationale",
    "armée de terre": "dans l'armée de Terre", "armée de l'air": "dans l'armée de l'Air",
    "gendarmerie": "dans la gendarmerie", "police": "dans la police",
    "légion": "dans la Légion étrangère", "légion étrangère": "dans la Légion étrangère",
    "pompiers": "chez les sapeurs-pompiers", "sapeurs-pompiers": "chez les sapeurs-pompiers",
}  # fmt: skip
PIECES = re.compile(r"(,\s+(?:et\s+)?|\s+et\s+(?!demi\b))")


def with_experience(noun: str) -> str:
    """Each piece of a list of strong points with its years said as experience."""
    return "".join(_one(piece) for piece in PIECES.split(noun))


def _one(piece: str) -> str:
    found = YEARS.match(piece)
    if not found or "expérience" in piece.lower():
        return piece
    head, rest = found["head"], found["rest"]
    trade = TRADE.match(rest)
    if trade and trade["trade"].lower() in FORCES:  # « mes 22 ans de marine nationale »
        return f"{head} {FORCES[trade['trade'].lower()]}"
    if trade and WORKER.match(trade["trade"]):
        return f"{head} d'expérience comme {trade['trade']}"
    if trade and not DETERMINER.match(trade["trade"]) and not UNSURE.match(trade["trade"]):
        return f"{head} d'expérience en {trade['trade']}"
    if PLACE.match(rest):
        return f"{head} d'expérience {rest}"
    return piece


# « 10 ans tertiaire », « 2 ans femme de chambre »: years typed right before what they were
# spent on, which French joins with « de » or « comme » (writer Y's y03; 30 notes of the
# bench's sets were handed back as telegraphic for this alone).
BARE = re.compile(
    r"\b(?P<head>(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt)\s+"
    r"(?:ans|années))\s+(?P<word>(?-i:[A-Za-zà-ÿ][a-zà-ÿ]{2,}))\b(?!['’])",
    re.IGNORECASE,
)
PERSONS = frozenset(
    {"chef", "femme", "agent", "agente", "commis", "serveur", "serveuse", "vendeur",
     "vendeuse", "chauffeur", "conducteur", "conductrice", "magasinier", "aide", "assistant",
     "assistante", "responsable", "adjoint", "adjointe", "directeur", "directrice",
     "manager", "gérant", "gérante", "formateur", "formatrice", "livreur", "livreuse",
     "préparateur", "préparatrice", "opérateur", "opératrice", "contrôleur", "contrôleuse",
     "secrétaire", "comptable", "infirmier", "plombier", "boulanger", "boulangère",
     "cuisinier", "caissier", "guichetier", "guichetière", "hôtesse", "éducateur",
     "enseignant", "enseignante", "professeur", "professeure", "manutentionnaire", "maçon",
     "peintre", "soudeur", "employé", "employée", "ouvrier", "technicien", "ingénieur",
     "développeur", "développeuse", "consultant", "consultante", "commercial",
     "commerciale", "gestionnaire", "coiffeur", "auxiliaire", "gardien", "gardienne",
     "concierge", "jardinier", "pâtissier", "boucher", "bouchère", "charcutier",
     "magasinière", "cariste", "facteur", "factrice", "pompier", "militaire", "gendarme",
     "policier", "policière", "surveillant", "surveillante", "animateur", "intérimaire"}
)  # fmt: skip
VOWELS = "aeiouyéèêàâîôûh"


def joined_years(piece: str, is_noun: Callable[[str], bool]) -> str:
    """« 10 ans tertiaire » as « 10 ans de tertiaire », « 4 ans officine » as « 4 ans
    d'officine », « 2 ans femme de chambre » as « 2 ans comme femme de chambre »; a word the
    lexicon does not know as a noun only (« 3 ans minimum », « 2 ans renouvelable ») is
    left as typed."""

    def joined(found: re.Match[str]) -> str:
        head, word = found["head"], found["word"]
        low = word.lower()
        if low in PERSONS or WORKER.match(low):
            return f"{head} comme {word}"
        if not is_noun(low):
            return found.group(0)
        return f"{head} d'{word}" if low[0] in VOWELS else f"{head} de {word}"

    return BARE.sub(joined, piece)
