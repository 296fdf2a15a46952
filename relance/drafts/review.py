"""Fragments a draft could not turn into a sentence of its own, shown to the candidate.

A list frame ("J'ai retenu que le poste comprend …") takes any note, so an odd fragment
never breaks the grammar around it; but it may still read as a note: "palettes frais + froid
négatif", "I think they want the postmortem culture fixed" in a list of expectations. Such a
fragment is not guessed at: the draft keeps it and lists it "à relire", so approval asks for
a look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from relance.core.i18n import N_
from relance.drafts import voice

REVIEW_REASONS = {
    "symbol": N_("a symbol where a sentence needs words"),
    "clause": N_("a sentence inside a list"),
    "rewrite": N_("a note the e-mail could not phrase: rewrite it in your own words"),
    "grammar": N_("a sentence the grammar checker doubts: rewrite it in your own words"),
}
SYMBOL = re.compile(r"(?<=\w)\s*(?:\+|=|->|=>|&|<|>)\s*(?=\w)|(?<=[^\W\d])\s?/\s?(?=[^\W\d])")
# Parts whose sentence lists its fragments after a colon, whatever their form.
# (A motivation is the candidate's own voice: "j'aime l'enseigne" reads well after a colon.)
LISTED = frozenset({"role_understood", "expectations", "notes"})


@dataclass(frozen=True)
class Review:
    part: str
    text: str
    reason: str  # a key of REVIEW_REASONS

    @property
    def label(self) -> str:
        return REVIEW_REASONS[self.reason]


def review(item: str, lang: str, part: str) -> Review | None:
    """Why the candidate should re-read this kept fragment, or None."""
    if SYMBOL.search(item):
        return Review(part, item, "symbol")
    if part in LISTED and voice.kind_of(item, lang) in (voice.MINE, voice.CLAUSE):
        return Review(part, item, "clause")
    return None
