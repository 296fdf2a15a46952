"""Two nouns a note joins with a slash, said with « et »: « montage/démontage »,
« rondes intérieures/extérieures », « pannes box/fibre », « pics d'activité avril/mai ».

A slash between two words is the note's « et » as often as its « ou », and a sentence can
say neither sign; the draft used to hand such notes back whole (a "symbol"). Only two words
the lexicon knows as nouns or adjectives, neither a pronoun nor a yes or no, are joined, and
only where « et » cannot split a noun phrase in two:
« CDD/CDI » (a choice of contract), « il/elle », « oui/non » and « km/h » stay as typed.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

PAIR = re.compile(r"(?<![\w/])([a-zàâäçéèêëîïôöûüÿ]{3,})\s?/\s?([a-zàâäçéèêëîïôöûüÿ]{3,})(?![\w/])")
NEVER = frozenset(
    {"oui", "non", "elle", "elles", "ils", "lui", "eux", "homme", "femme", "et", "ou"}
)


def with_et(
    text: str, content_word: Callable[[str], bool], adjective: Callable[[str], bool]
) -> str:
    """The note with « et » for the slash between two content words that make the whole note
    (« montage/démontage »), or two adjectives after their noun (« rondes
    intérieures/extérieures »). Inside a longer noun phrase the « et » would split it: « la
    déclaration de sinistres auto/habitation », « productivité colis/heure » keep the slash."""

    text = text.strip()

    def joined(match: re.Match[str]) -> str:
        left, right = match[1], match[2]
        if left in NEVER or right in NEVER or not (content_word(left) and content_word(right)):
            return match[0]
        whole = match.start() == 0 and match.end() == len(text)
        if not whole and not (adjective(left) and adjective(right)):
            return match[0]
        return f"{left} et {right}"

    return PAIR.sub(joined, text)
