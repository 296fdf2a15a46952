"""What kind of phrase a note fragment is, and whether it can stand in a sentence as typed.

French is read by spaCy's `fr_core_news_sm` (part of speech, gender, number, verb form) with
the part-of-speech lexicon its lemmatizer ships (66,000 nouns, 28,000 adjectives, 9,000
verbs): the tagger alone is unreliable on two-word fragments ("autonome" tagged NOUN,
"client" ADV), the lexicon settles them. English has no model on the package index (only
third-party re-uploads of one, not depended on): it is read with lemminflect's lexicon of
parts of speech and pyspellchecker's word list.

Both load lazily, on the first catch-up or preview that needs them (for French about 3.5 s
of CPU and 300 MB with spaCy itself: docs/drafts.md has the figures), never at import: the
follow-up, the call script and the voicemail never load them; `warm()` loads them at a
worker's start.

A fragment is `clean` when a careful writer could put it in a sentence unchanged: every word
known (or a name, an acronym, a number), no symbol standing for a word, no telegraphic
"accueil client" (two nouns with nothing between them), no third person left, no negation
without its "ne", not dangling. What is not clean is never guessed at: the catch-up keeps it
marked for the candidate to rewrite.
"""

from __future__ import annotations

from dataclasses import replace

from relance.drafts.fr_lexicon import _fr_words
from relance.drafts.fr_pipeline import fr_index as _fr_index
from relance.drafts.fr_pipeline import french
from relance.drafts.fr_word_classes import fr_is_adjective, fr_is_noun, fr_noun_only
from relance.drafts.morph_en import _en_words as _en_words
from relance.drafts.morph_en import (
    en_adjective_list,
    en_adjective_only,
    en_can_be_verb,
    en_count_only,
    en_countable,
    en_known,
    en_mostly_mass,
    en_mostly_noun,
    en_noun_only,
    en_plural,
    en_shape,
    en_tool_named,
    lemminflect_parts,
)
from relance.drafts.morph_fr import fr_fits_frame, fr_known, fr_shape
from relance.drafts.morph_words import (
    ADJECTIVE,
    CLAUSE,
    EN_DETERMINERS,
    FR_DETERMINERS,
    INFINITIVE,
    MINE,
    NOUN,
    YOURS,
    Shape,
)
from relance.drafts.sound_alike import spelt_by_ear

__all__ = [
    "ADJECTIVE",
    "CLAUSE",
    "EN_DETERMINERS",
    "FR_DETERMINERS",
    "INFINITIVE",
    "MINE",
    "NOUN",
    "YOURS",
    "Shape",
    "en_adjective_list",
    "en_adjective_only",
    "en_can_be_verb",
    "en_count_only",
    "en_countable",
    "en_known",
    "en_mostly_mass",
    "en_mostly_noun",
    "en_noun_only",
    "en_plural",
    "en_tool_named",
    "fr_fits_frame",
    "fr_is_adjective",
    "fr_is_noun",
    "fr_known",
    "fr_noun_only",
    "french",
    "lemminflect_parts",
    "shape",
    "warm",
]


def warm() -> None:
    """Load the French model, the lexicons and the proofreader now (a worker's start), not
    on a request."""
    from relance.drafts import proofread

    proofread.available()
    french()
    _fr_index()
    _fr_words()
    _en_words()


def shape(fragment: str, lang: str) -> Shape:
    read = fr_shape(fragment) if lang == "fr" else en_shape(fragment)
    if read.clean and (confused := spelt_by_ear(fragment, lang)):
        return replace(read, clean=False, why=f"spelt by ear: {confused}")
    return read
