"""What the French and English readers of note fragments share: the kinds of fragment, the
`Shape` a fragment is read into, and the words that make a fragment unfit to send as typed
(colloquial words, a third person, a symbol, an unknown word). `morph` is the reader.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

NOUN = "noun"  # a noun phrase: "la mise en rayon", "permis B", "quelqu'un qui parle anglais"
ADJECTIVE = "adjective"  # "autonome et ponctuel", "reliable"
INFINITIVE = "infinitive"  # "charger le véhicule", "own the incident process"
CLAUSE = "clause"  # a finite clause with its own subject: "le poste est en 3x8"
MINE = "mine"  # a clause in the candidate's voice: "j'ai déjà fait de la préparation"
YOURS = "yours"  # the recruiter spoken to: "vous avez apprécié mon calme"
SYMBOL = re.compile(r"[+=&<>~]|->|=>|(?<=[^\W\d])\s?/\s?(?=[^\W\d])|\.{2,}")
FR_COLLOQUIAL = frozenset(
    {"enfin", "ça", "boite", "boîte", "grosse", "gros", "vraiment", "ok", "okay", "etc", "truc",
     "trucs", "machin", "genre", "top", "cool", "super", "grave", "nickel", "bosser", "boulot",
     "taf", "mec", "nana", "meuf", "tkt", "bof", "ouf", "kiffe", "kiffer", "ptit", "p'tit", "perso",
     # familiar shortenings the proofreader's lexicon lists as plain nouns (`fr_lexicon`)
     "frigo", "frigos", "resto", "restos", "qualif", "compta", "manif", "récup", "ordi", "impec",
     "sécu", "pote", "potes", "copain", "copains", "copine", "copines", "modif", "modifs",
     # familiar names for people (writer Z: "des gars qui supportent la mer", "les gamins");
     # not "mecs", which notes type for a MECS (a children's home)
     "gars", "gamin", "gamins", "gamine", "gamines", "gosse", "gosses", "meufs", "nanas"}
)  # fmt: skip
# Familiar in two words only: Quebec's "la job" (France's "un job" is plain), "pas pire".
FR_COLLOQUIAL_PAIRS = frozenset({("la", "job"), ("une", "job"), ("pas", "pire")})
EN_COLLOQUIAL = frozenset(
    {"ok", "okay", "etc", "stuff", "cool", "awesome", "gonna", "wanna", "kinda", "sorta", "guy",
     "guys"}
)  # fmt: skip
FR_THIRD = frozenset({"il", "elle", "ils", "elles", "leur", "leurs", "lui", "eux"})
EN_THIRD = frozenset({"she", "he", "they", "her", "his", "their", "them", "him"})
FR_NEGATIVE = frozenset({"pas", "rien", "jamais", "aucun", "aucune", "guère"})
FR_DETERMINERS = frozenset(
    {"un", "une", "des", "du", "de", "la", "le", "les", "l'", "mon", "ma", "mes", "ton", "ta",
     "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "ce", "cet", "cette", "ces",
     "plusieurs", "quelques", "chaque", "tout", "toute", "tous", "toutes", "aucun", "aucune",
     "beaucoup", "peu"}
)  # fmt: skip
EN_DETERMINERS = frozenset(
    {"a", "an", "the", "my", "our", "your", "this", "that", "these", "those", "some", "several",
     "each", "every", "any"}
)  # fmt: skip
# Quantifiers that end a clause as adverbs or pronouns: « le projet m'intéresse beaucoup »
# (writer BB), « j'aime tout », « merci à vous tous ».
FR_CLAUSE_ENDS = frozenset({"beaucoup", "peu", "tout", "tous", "toutes"})
FR_SOMEONE = re.compile(r"^(?:quelqu'un|une personne|un profil|des personnes|des gens)\b", re.I)
EN_SOMEONE = re.compile(r"^(?:someone|somebody|a person|people)\b", re.IGNORECASE)
FR_FUNCTION = frozenset(
    {"à", "au", "aux", "de", "des", "du", "en", "et", "ou", "pour", "par", "avec", "sans", "sur",
     "sous", "dans", "chez", "entre", "vers", "que", "qui", "qu'", "si", "quand", "comme",
     "mais", "donc", "car", "ni", "puis"}
)  # fmt: skip
EN_FUNCTION = frozenset(
    {"to", "of", "and", "or", "for", "with", "without", "on", "in", "at", "by", "from", "as",
     "if", "when", "but", "so", "than", "then", "that", "who"}
)  # fmt: skip
MAX_WORDS = 18


@dataclass(frozen=True)
class Shape:
    """A fragment read: its kind, whether it reads as written, and its head's agreement."""

    text: str
    kind: str
    clean: bool
    why: str = ""  # why it is not clean
    determined: bool = False  # starts with an article, a possessive, a number, "quelqu'un"
    gender: str = ""  # of the head noun: "Masc", "Fem" or ""
    number: str = ""  # "Sing", "Plur" or ""
    lemmas: tuple[str, ...] = ()
    source: str = ""  # the note item as the candidate typed it (spelling fixed), if known
    # French (session 19): the note's other pieces are written, so only this one goes back
    piece_back: bool = False

    @property
    def note(self) -> str:
        """What the candidate typed for this piece: shown beside a marked place."""
        return self.text if self.piece_back else (self.source or self.text)


@cache
def trade_words(lang: str) -> frozenset[str]:
    """templates/<lang>/words.txt: words of the trades the dictionaries lack ("commis")."""
    from relance.drafts.templates import read

    lines = read(f"{lang}/words.txt").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and line[0] != "#")


def proper(word: str) -> bool:
    """A name, an acronym or a number: 'Lidl', 'CACES', '3', 'B'."""
    return word[:1].isupper() or word[:1].isdigit() or not word.isalpha()


def unclean(words: list[str], lang: str, known: Callable[[str], bool]) -> str:
    """Why the words cannot stand in a sentence as typed, or "" (`known`: the language's
    dictionary)."""
    low = [word.lower() for word in words]
    if len(words) > MAX_WORDS:
        return "long"
    colloquial = FR_COLLOQUIAL if lang == "fr" else EN_COLLOQUIAL
    third = FR_THIRD if lang == "fr" else EN_THIRD
    for index, word in enumerate(low):
        if word in colloquial:
            return f"colloquial: {word}"
        # "someone who can work on their own": the person sought's own, nobody else's
        on_own = low[index - 1 : index] == ["on"] and low[index + 1 : index + 2] == ["own"]
        if word in third and not (word == "their" and on_own):
            return f"third person: {word}"
    for pair in itertools.pairwise(low):
        if lang == "fr" and pair in FR_COLLOQUIAL_PAIRS:
            return "colloquial: " + " ".join(pair)
    for word in words:
        plain = word.strip("'’")
        if lang == "en" and re.match(r"^i(?:'\w+)?$", plain):
            return "lower-case I"
        if not plain or proper(plain) or len(plain) < 2:
            continue
        if not known(plain):
            return f"unknown word: {plain}"
    function = FR_FUNCTION if lang == "fr" else EN_FUNCTION
    determiners = FR_DETERMINERS - FR_CLAUSE_ENDS if lang == "fr" else EN_DETERMINERS
    if low and low[-1] in function | determiners:
        return "dangling"
    return ""


# Tools whose names are English words too, written with their capital when the notes use them
# as tools ("excel for reporting", "3 years of swift"): `en_notes`, `morph_en`.
TOOLS_TOO = {"go": "Go", "rust": "Rust", "swift": "Swift", "excel": "Excel"}
