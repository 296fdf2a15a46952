"""Documents the catch-up must not offer: a credential the notes say the candidate does not
hold yet, and a company's name read as a document.

Writer AN's an39: "need CPCS A04 blue card" (the recruiter's need) and, in the notes, "my card
is NPORS, CPCS test booked end of month" were written "I can provide a copy of my CPCS card
whenever needed", a claim the notes deny. an30: "DBS quite good for data" (DBS Bank, the
employer) was written "As agreed, I will send you my DBS certificate".

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from relance.drafts.company_names import without_asides
from relance.drafts.handover import Asked

# What says a credential is not held yet, said on the same note line as its name.
NOT_YET = re.compile(
    r"\b(?:test\s+booked|booked|pending|haven'?t\s+got|waiting\s+for|not\s+yet|applied\s+for|need\s+to\s+get|"
    r"expired|not\s+accepted|in\s+progress|don'?t\s+have|do\s+not\s+have|no\s+\w+\s+yet|"
    r"pas\s+encore|en\s+cours|à\s+passer|a\s+passer|expirée?s?|je\s+n'ai\s+pas|j'ai\s+pas|"
    r"inscrite?\s+(?:à|a|au|pour)|prévue?\s+(?:le|en|fin|début))\b",
    re.IGNORECASE,
)
# The credential said lacking by a pronoun after its name, on the same line: "they need MOT
# tester cert, I haven't got it - said I'd do it if they fund" (writer BU's bu34) was "As
# agreed, I will send you a copy of my MOT certificate". What the pronoun stands for is the
# line's paper, whatever was agreed about it (a course to take, not a copy to send).
NOT_HELD_IT = re.compile(
    r"\b(?:i\s+)?(?:haven'?t|have\s+not|don'?t\s+have|do\s+not\s+have|don'?t\s+hold)\s+"
    r"(?:got\s+)?(?:it|one|that)\b|\bje\s+(?:ne\s+)?l'ai\s+pas\b|\bje\s+(?:ne\s+)?les\s+ai\s+pas\b",
    re.IGNORECASE,
)
# The credential's name right after a word that says it is lacking: "no SIA, fine for steward
# role she said" (writer BV's bv39) was "I can provide a copy of my SIA licence".
# (never « j'ai pas le CACES 5 », writer AU's au02, which names one category of the card the
# candidate holds and is asked to bring)
LACKING_BEFORE = r"\b(?:no|without|sans|pas\s+(?:de|d')|aucune?)\s+"
# a line that asks for a paper to be brought or sent
HANDED = re.compile(
    r"\b(?:apporter|amener|envoyer|transmettre|fournir|ramener|bring|send|email|provide)\b", re.I
)
PIECES = re.compile(r"\s*[,;+]\s*|\s+(?:and|et)\s+")
# The word of a document's name the notes would repeat: an acronym or a capitalised name.
KEY_WORD = re.compile(r"\b[A-Z][A-Z0-9]{1,}\b")


def offered(documents: list[Asked], notes: Iterable[str], company: str) -> list[Asked]:
    """The documents the e-mail may name: none the notes say is not held yet (when only a
    requirement names it), none named by the employer's own name."""
    # the cue and the name in one piece of a line: "CA certificate, last 3 payslips,
    # relieving letter (pending)" says the letter is pending, not the certificate
    typed = [line for note in notes for line in note.splitlines()]
    lines = [piece for line in typed for piece in PIECES.split(line)]
    denied = [line for line in typed if NOT_HELD_IT.search(line)]
    asked = [line for line in typed if HANDED.search(line) and line not in denied]
    # the name without its asides: "BrightPath (small ndis provider)" is no NDIS
    company_words = {word.lower() for word in re.findall(r"[\w-]+", without_asides(company))}
    kept: list[Asked] = []
    for document in documents:
        keys = KEY_WORD.findall(document.phrase)
        if keys and all(key.lower() in company_words for key in keys):
            continue  # "my DBS certificate" at DBS Bank
        said_lacking = any(_lacking(key, line) for key in keys for line in typed)
        if (said_lacking or any(key in line for key in keys for line in denied)) and not any(
            key in line for key in keys for line in asked
        ):
            continue  # (« CACES 5 : je l'ai pas », bc07, and « apporter carte CACES »: held)
        lacking = any(key in line and NOT_YET.search(line) for key in keys for line in lines)
        if lacking and not document.agreed:
            continue
        kept.append(document)
    return kept


def _lacking(key: str, line: str) -> bool:
    return re.search(LACKING_BEFORE + re.escape(key) + r"\b", line, re.IGNORECASE) is not None
