"""Accents taken off decomposed text, the fold shared by the word lists and the tone guard.

`unicodedata.combining` asked of every character cost the tone guard a tenth of its time on
an e-mail; only the non-ASCII characters can be combining accents, and most text has few.
"""

from __future__ import annotations

import re
import unicodedata

NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _kept(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def strip_combining(decomposed: str) -> str:
    """`decomposed` (NFD) without its combining characters."""
    if decomposed.isascii():
        return decomposed
    return NON_ASCII.sub(_kept, decomposed)


def fold(word: str) -> str:
    """'Équipé' -> 'equipe': lower case, accents and cedillas removed."""
    return strip_combining(unicodedata.normalize("NFD", word.lower()))
