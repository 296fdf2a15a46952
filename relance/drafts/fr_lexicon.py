"""Grammalecte's French lexicon (Dicollecte, the dictionary of the proofreader) read where the
small lexicons fall short: "incivilités", "caristes", "racks" are words a careful writer uses,
and "evaluative" is "évaluative" typed without its accent.

The lexicon does not mark a word's register: a word it knows may still be familiar
("frigo", "resto"), so the colloquial lists (`morph_words.FR_COLLOQUIAL`) are read first, and
only words of five letters or more count, since the lexicon also lists abbreviations ("op",
"env", "pt", "déc").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from relance.drafts import proofread

MIN_LETTERS = 5
# A reading's part of speech: a noun, an adjective, or a verb's infinitive or participle
# (":N:f:p", ":A:e:i", ":V1_…:Y", ":V1_…:Q"); not a conjugated form, which the lexicon lists
# for the rarest verbs too ("javait": "javer").
CONTENT = re.compile(r"/:(?:N|A|V\w*:(?:Y|Q))")
# A word in lower case, alone or after an elision ("d'alzheimer"), never inside another.
# A name's reading: a first name, a surname, a place or a brand (":M1", ":M2", ":MP").
NAME = re.compile(r"/:M[12P]")
LOWER_WORD = re.compile(r"(?<![\w-])(?:(?<=\b[dlnDLN]['’])|(?<!['’]))([a-zà-ÿ]{4,})(?![\w'’-])")


@lru_cache(maxsize=8192)
def common_word(word: str) -> bool:
    """Does the proofreader's lexicon list this lower-case form as a noun, an adjective or a
    verb form ("incivilités", "caristes")? False without Grammalecte."""
    low = word.lower()
    if len(low) < MIN_LETTERS or not proofread.available():
        return False
    if any(NAME.search(reading) for reading in proofread.readings(low.capitalize())):
        return False  # "siemens": the unit, or the brand typed small? Not for sure a word
    return any(CONTENT.search(reading) for reading in proofread.readings(low))


def respelled(text: str) -> str:
    """The note with the words no lexicon knows as typed written as the proofreader's lexicon
    spells them, when it offers one spelling that differs only by accents: "toilette
    evaluative" -> "toilette évaluative"; "reunion" (réunion? Réunion?) and a name typed small
    ("europe") stay as typed."""
    from relance.drafts.accents import is_french_word

    def spelled(match: re.Match[str]) -> str:
        word = match.group(1)
        if is_french_word(word) or proofread.readings(word):
            return word
        several = _commonest(word)
        if several is not None:  # "modele": modèle or modelé? the commoner by far, or as typed
            return several
        written = proofread.spelling(word)
        # Accents only: a name given its capital ("france", "ajaccio") would pass the checks
        # that a note typed small fails ("6 ans en france agent": a noun juxtaposed to a name).
        return written if written[:1].islower() else word

    return LOWER_WORD.sub(spelled, text) if proofread.available() else text


@lru_cache(maxsize=1)
def _fr_words() -> Any:
    """pyspellchecker's French word list: "colis", "vitrine" and the forms the others lack."""
    from spellchecker import SpellChecker

    return SpellChecker(language="fr", distance=1)


def fr_word_frequency(word: str) -> int:
    """How often the form occurs in pyspellchecker's French corpus (0 when unlisted)."""
    return int(_fr_words().word_frequency[word.lower()])


# How much commoner a form must be than its look-alike to be written for it (pyspellchecker's
# French frequencies: tenue 10,817 / ténue 62; poste 31,195 / posté 2,124; but cote 2,235 /
# côté 96,947 and tache 4,523 / tâche 9,035 stay in doubt). `fr_doubts` reads it too.
COMMONER = 10


def _commonest(word: str) -> str | None:
    """When the accents table lists several accented forms of the word ("modele": modelé,
    modèle), the one far commoner than the next (pyspellchecker's frequencies, as
    `COMMONER`), else the word as typed; None when it lists one or none."""
    from relance.drafts.accents import forms_of

    forms = sorted(forms_of(word.lower()), key=fr_word_frequency, reverse=True)
    if len(forms) < 2 or word != word.lower():
        return None
    first, second = (fr_word_frequency(form) for form in forms[:2])
    return forms[0] if first >= COMMONER * max(second, 1) else word


@lru_cache(maxsize=8192)
def plural_noun(word: str) -> bool:
    """Does the lexicon read this form as a plural noun and never as a singular one
    ("liasses", which the tagger may call singular)? False without Grammalecte."""
    if not proofread.available():
        return False
    nouns = [r for r in proofread.readings(word.lower()) if re.search(r"/:N", r)]
    return bool(nouns) and all(re.search(r":p(?:/|$|:)", r) for r in nouns)
