"""French or English? Function words first, py3langid when they do not settle it.

py3langid ships its model but takes about half a second to load it, more than the whole
cold-start budget, so it is loaded lazily and only for texts whose function words are
too few or too mixed to decide (short or mixed-language texts).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

FR_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "est",
        "je",
        "vous",
        "nous",
        "mon",
        "ma",
        "mes",
        "votre",
        "vos",
        "pour",
        "avec",
        "dans",
        "sur",
        "pas",
        "ne",
        "que",
        "qui",
        "ce",
        "cette",
        "suis",
        "être",
        "avoir",
        "merci",
        "bonjour",
        "madame",
        "monsieur",
        "au",
        "aux",
        "très",
        "bien",
        "mais",
        "ou",
        "où",
        "si",
        "j'",
        "l'",
        "d'",
        "n'",
        "qu'",
        "c'",
        "m'",
        "s'",
        "poste",
        "entretien",
    ]
)
EN_WORDS = frozenset(
    [
        "the",
        "an",
        "and",
        "is",
        "i",
        "you",
        "we",
        "my",
        "your",
        "our",
        "for",
        "with",
        "in",
        "not",
        "that",
        "this",
        "be",
        "have",
        "am",
        "are",
        "thank",
        "thanks",
        "hello",
        "dear",
        "to",
        "of",
        "it",
        "was",
        "would",
        "could",
        "will",
        "at",
        "by",
        "from",
        "position",
        "interview",
    ]
)
WORD_RE = re.compile(r"[^\W\d_]+'?", re.UNICODE)
DECISIVE_COUNT = 4
DECISIVE_RATIO = 3.0


class _Identifier(Protocol):
    """What is used of py3langid's LanguageIdentifier (an untyped library)."""

    def classify(self, text: str) -> tuple[str, float]: ...


@lru_cache(maxsize=1)
def _identifier() -> _Identifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    loaded = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    loaded.set_languages(["fr", "en"])
    identifier: _Identifier = loaded  # the library is untyped: say what is relied upon
    return identifier


def detect(text: str) -> str:
    """ "fr" or "en" (French when nothing can be told, the product's main language)."""
    sample = text[:4000].lower()
    fr = en = 0
    for word in WORD_RE.findall(sample):
        if word in FR_WORDS:
            fr += 1
        elif word in EN_WORDS:
            en += 1
    if fr >= DECISIVE_COUNT and fr >= DECISIVE_RATIO * en:
        return "fr"
    if en >= DECISIVE_COUNT and en >= DECISIVE_RATIO * fr:
        return "en"
    if not sample.strip():
        return "fr"
    lang, _confidence = _identifier().classify(sample)
    return "en" if lang == "en" else "fr"
