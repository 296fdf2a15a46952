"""Companies whose written name holds an apostrophe or an inner capital that a phone drops:
"sainsburys" is Sainsbury's, "mcdonalds" McDonald's (writer V's v25: "joining Sainsburys").

Matched on the whole name, folded (case, apostrophes and spaces ignored), so that a name
merely containing one of these words ("Sainsbury's Local Partick") is left as typed.
"""

from __future__ import annotations

import re
import unicodedata

# Names whose article is part of them, capital and all: « l'équipe de La Poste » (writer AA's
# reader: « la Poste » is the common noun's article).
ARTICLE_IN_NAME = (
    "La Poste", "La Redoute", "La Halle", "La Banque postale", "La Française des jeux",
    "La Mutuelle générale", "La Grande Récré", "La Vie claire",
)  # fmt: skip
WRITTEN = (
    "Sainsbury's", "McDonald's", "Domino's", "Nando's", "Macy's", "Kellogg's", "Wendy's",
    "Lloyd's", "Moody's", "Sotheby's", "Christie's", "Claire's", "Lowe's", "Kohl's",
    "Trader Joe's", "Levi's", "Harrods", "Boots", "Marks & Spencer", "L'Oréal", "L'Occitane",
    "Moët Hennessy", "Hermès", "Nestlé", "Société Générale", "Crédit Agricole", "Kwik Fit",
    *ARTICLE_IN_NAME,
)  # fmt: skip


def _unaccented(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _folded(name: str) -> str:
    name = _unaccented(name)
    return re.sub(r"\band\b|[\s'’.&-]", "", name.lower())


# The big agencies' names as phones misspell them (writer BO's bo04: "proposé par Adeco")
MISSPELT = {
    "adeco": "Adecco", "addeco": "Adecco", "addecco": "Adecco", "ranstad": "Randstad",
    "randstadt": "Randstad", "rendstad": "Randstad", "manpowe": "Manpower",
    "manpowers": "Manpower",
    # the shops as people say them (writer BR's br25: "joining Tescos")
    "tescos": "Tesco", "asdas": "Asda", "aldis": "Aldi", "lidls": "Lidl", "primarks": "Primark",
}  # fmt: skip
_BY_FOLD = {_folded(name): name for name in WRITTEN} | MISSPELT


def written(name: str) -> str:
    """The company's own spelling when the name typed is one of these, else as typed. A name
    typed with its capitals and no accent is another's ("Hermes", the parcel carrier, writer
    BX; never "Hermès"): its accents are not added."""
    own = _BY_FOLD.get(_folded(name), name)
    if name != name.lower() and name == _unaccented(own):
        return name
    return own


# An English institution takes "the" in a sentence (writer BH's reader: "joining Scottish
# Govt", "work in NHS", "joining Afya Bora Initiative"); a firm does not ("joining Tesco").
EN_THE_HEAD = re.compile(
    r"\b(?:Initiative|Trust|Council|Government|Foundation|Institute|Authority|Department|"
    r"Ministry|Service|Society|Commission|Board|Alliance|Association|Partnership|Museum|"
    r"Library|Executive|Parliament|Assembly|Police|Navy|Army)$"
)
EN_THE_FIRST = re.compile(
    r"^(?:University|College|Royal\s+College|Bank)\s+of\b|^(?:NHS|BBC|RAF|UN|EU)$"
)
# Words a phone shortens or misspells in a name: "Scottish Govt", "Riverside Medical Practise"
EN_NAME_WORDS = {
    "Govt": "Government",
    "Gov": "Government",
    "Practise": "Practice",
    "Dept": "Department",
}


def en_named(name: str) -> str:
    """The English company as a sentence names it: "the Scottish Government" (typed "Scottish
    Govt"), "the University of Leeds", "Tesco"."""
    words = name.split()
    if not words or name.lower().startswith("the "):
        return name
    name = " ".join(EN_NAME_WORDS.get(word, word) for word in words)
    if re.match(r"^\S+(?:'s|s')\s", name):
        return name  # "Guy's and St Thomas' NHS Foundation Trust": a name of its own
    if EN_THE_HEAD.search(name) or EN_THE_FIRST.search(name):
        return "the " + name
    return name
