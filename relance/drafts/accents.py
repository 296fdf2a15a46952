"""Accents a phone keyboard left out, restored from a dictionary of French word forms.

"vehicule" is no French word, "véhicule" is: a word the dictionary does not know is replaced
by the one known form that differs from it only by accents ("equipe" -> "équipe"; of
"équipe" and "équipé" the form with fewer accents wins, as notes name things more often than
they conjugate). A word the dictionary knows is left alone, even when an accented form
exists ("marche", "cote", "a"): guessing there would change what the candidate meant.

The forms come from simplemma, already a dependency; the index is built once, lazily, on
the first French draft that needs it (about a second), never at import.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

WORD = re.compile(r"[^\W\d_]+")
MIN_LENGTH = 3  # "a", "ou", "la" are words without their accent: never guessed


def fold(word: str) -> str:
    """'Équipé' -> 'equipe': lower case, accents and cedillas removed."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def _forms(lang: str) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """Every known form, and for each folded form the accented forms that fold to it."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    table = DefaultDictionaryFactory().get_dictionary(lang)
    known: set[str] = set()
    for form, lemma in table.items():
        known.add(form)
        known.add(lemma if isinstance(lemma, str) else lemma.decode())
    accented: dict[str, list[str]] = {}
    for form in known:
        if not form.isascii():
            accented.setdefault(fold(form), []).append(form)
    return frozenset(known), {key: tuple(forms) for key, forms in accented.items()}


def is_french_word(word: str) -> bool:
    """Is this form (lower case) in the dictionary? 'chef' is, 'montreuil' is not."""
    return word in _forms("fr")[0]


def _accent_count(word: str) -> int:
    return sum(1 for char in unicodedata.normalize("NFD", word) if unicodedata.combining(char))


# After an auxiliary, "goute" is the participle "goûté", not the verb "goûte".
AUXILIARIES = frozenset({"a", "ai", "as", "avons", "avez", "ont", "avait", "été"})


def restored(word: str, lang: str = "fr", after: str = "") -> str:
    """The word with its accents, or the word as typed when it is known or ambiguous."""
    if lang != "fr" or len(word) < MIN_LENGTH or not word.isascii() or not word.isalpha():
        return word
    known, accented = _forms(lang)
    low = word.lower()
    if low in known or (word[0].isupper() and not word.isupper()):  # "Martin": a name
        return word
    candidates = sorted(accented.get(low, ()), key=lambda form: (_accent_count(form), form))
    if not candidates and low.endswith("ement") and len(low) > 7:
        # The dictionary lists no adverbs: "concretement" is "concrète" + "ment".
        adjective = restored(word[:-4], lang)
        return adjective + word[-4:] if adjective != word[:-4] else word
    if not candidates:
        return word
    if after.lower() in AUXILIARIES:
        participles = [form for form in candidates if fold(form) == low and form.endswith("é")]
        candidates = participles or candidates
    fewest = [form for form in candidates if _accent_count(form) == _accent_count(candidates[0])]
    if len(fewest) > 1:  # "cote": "côte" or "côté"? the note does not say
        return word
    best = fewest[0]
    return best.upper() if word.isupper() else best


def restore_accents(text: str, lang: str = "fr") -> str:
    """Every word of the text restored, each read after the word before it."""
    pieces: list[str] = []
    last = 0
    previous = ""
    for match in WORD.finditer(text):
        pieces.append(text[last : match.start()])
        pieces.append(restored(match.group(0), lang, previous))
        previous = match.group(0)
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)
