"""A lapse owned once: after the e-mail's apology that names its cause, one more is courtesy.

"Please accept my apologies for missing our video call at 10 this morning. I had a power cut
(…). I'm very sorry for the inconvenience." « Je vous prie d'excuser mon absence au
rendez-vous de ce matin (…). Je suis sincèrement désolée du dérangement. » (writer Q's clean
e-mails, session 39): the second sentence names no cause because the first has told it, and
an apology rules read sentence by sentence takes it for grovelling. When another sentence of
the e-mail apologises with its cause (`excuses.owns_lapse`), the one sentence left that
apologises bare is that same apology closed politely. Two bare apologies stay flagged: one
more than the lapse needs is what the rules are for.
"""

from __future__ import annotations

from collections.abc import Sequence

from relance.tone.context import sentence_bounds
from relance.tone.excuses import owns_lapse
from relance.tone.lexing import Token
from relance.tone.model import Hit

BARE_APOLOGIES = frozenset(
    {
        "en.supplication.bother",
        "en.supplication.apology",
        "fr.supplication.excuses",
        "fr.supplication.deranger",
    }
)


# A meeting cancelled or moved by the writer is a lapse told: « Je dois malheureusement annuler
# l'essai prévu demain (…) Avec toutes mes excuses » (writer AW, session 53)
CANCELLING = frozenset(
    {"annuler", "reporter", "décaler", "cancel", "postpone", "reschedule", "rearrange"}
)
OWN_NEED = frozenset({"je", "dois", "i", "must", "need", "have", "obligé", "obligée", "contraint"})
NEED_REACH = 4
CLOSING_WORDS = 5  # « Avec toutes mes excuses, », "With my apologies,"


def _cancels(tokens: list[Token]) -> bool:
    return any(
        token.text in CANCELLING
        and not OWN_NEED.isdisjoint(t.text for t in tokens[max(0, i - NEED_REACH) : i])
        for i, token in enumerate(tokens)
    )


def owned(hits: Sequence[Hit], tokens: list[Token], lang: str) -> list[Hit]:
    """`hits` without the bare apology of an e-mail whose lapse another sentence owns."""
    apologies = [hit for hit in hits if hit.rule_id in BARE_APOLOGIES]
    if not apologies:
        return list(hits)
    sentences = {sentence_bounds(tokens, _token_at(tokens, hit.start)) for hit in apologies}
    if len(sentences) != 1:
        return list(hits)
    bare = sentences.pop()
    closing = sum(token.is_word for token in tokens[bare[0] : bare[1] + 1]) <= CLOSING_WORDS
    # (only a closing formula: "I am so deeply, truly sorry, I will never forgive myself…"
    # after an interview rescheduled grovels all the same, writer AT's at10)
    if not ((closing and _cancels(tokens)) or _cause_owned_elsewhere(tokens, lang, bare)):
        return list(hits)
    return [hit for hit in hits if hit.rule_id not in BARE_APOLOGIES]


def _token_at(tokens: list[Token], offset: int) -> int:
    for index, token in enumerate(tokens):
        if token.end > offset:
            return index
    return len(tokens) - 1


def _cause_owned_elsewhere(tokens: list[Token], lang: str, bare: tuple[int, int]) -> bool:
    """Does a sentence other than `bare` apologise and tell its cause?"""
    index = 0
    while index < len(tokens):
        start, end = sentence_bounds(tokens, index)
        first = next((i for i in range(start, end) if tokens[i].is_word), None)
        if (start, end) != bare and first is not None and owns_lapse(tokens, lang, first, first):
            return True
        index = end + 1
    return False
