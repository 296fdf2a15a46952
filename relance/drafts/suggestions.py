"""The corrections the catch-up applies to a note's words, each with its reason: "deja" ->
"déjà" (accent), "caces" -> "CACES" (a name's capitals), an abbreviation written out
(shorthand), a day made true on the sending day (date). The debrief page lists them under a
field (`settled.part_preview`); kept apart from `catchup`, which reads the notes, as they
only compare the words typed with the words written.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from relance.drafts.privacy import fold

# Why a word of the note is written otherwise in the e-mail.
ACCENT = "accent"
CAPITAL = "capital"
SHORTHAND = "shorthand"
DATE = "date"
NAME = "name"
WORDING = "wording"


@dataclass(frozen=True)
class Suggestion:
    """A correction the e-mail applies to the note: "deja" -> "déjà" (accent)."""

    typed: str
    written: str
    # ACCENT, CAPITAL, SHORTHAND, DATE, NAME or WORDING; the proofreader's families too
    # (`proofread`: "agreement", "participle", "conjugation", "elision", "hyphen")
    reason: str


WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")


def _words(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    matches = list(WORD.finditer(text))
    return [m.group(0) for m in matches], [m.span() for m in matches]


def corrections(typed: str, written: list[str]) -> tuple[Suggestion, ...]:
    """The words of the note written otherwise in the kept items, each with its reason."""
    source = typed.replace("’", "'")
    target = " ".join(written)
    before, before_spans = _words(source)
    after, after_spans = _words(target)
    found: list[Suggestion] = []
    matcher = difflib.SequenceMatcher(
        a=[w.lower() for w in before], b=[w.lower() for w in after], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            # Same letters: only a capital may differ ("caces" -> "CACES").
            for old, new in zip(before[i1:i2], after[j1:j2], strict=True):
                if old != new and old.lower() == old and new[1:] != new[1:].lower():
                    found.append(Suggestion(old, new, NAME))
            continue
        if tag != "replace":
            continue
        old = source[before_spans[i1][0] : before_spans[i2 - 1][1]]
        new = target[after_spans[j1][0] : after_spans[j2 - 1][1]]
        if not any(char.isalpha() for char in old + new):
            continue
        if fold(old) == fold(new):
            reason = ACCENT if old.lower() != new.lower() else CAPITAL
        else:
            reason = SHORTHAND if len(old) < len(new) else WORDING
        suggestion = Suggestion(old, new, reason)
        if suggestion not in found:
            found.append(suggestion)
    return tuple(found)
