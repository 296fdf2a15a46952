"""The tokens a rule sees: stage 1 (lexing, pure) then stage 2 (spelling) of the tone guard.

check() runs the two stages itself; tokenize() is for the code and the tests that want
the tokens of one text as the rules see them.
"""

from __future__ import annotations

from relance.tone import spelling
from relance.tone.lexing import Token, lex, normalise

__all__ = ["Token", "normalise", "tokenize"]


def tokenize(text: str, lang: str) -> list[Token]:
    """Tokens of `text` (already apostrophe-normalised) with their lemma keys, the words that
    may hide an insult corrected."""
    return spelling.annotate(lex(text, lang), text, lang)
