"""The places of a text the candidate must look at before it goes out.

Two kinds: a visible placeholder the drafts write for an empty debrief note ("[à compléter :
vos points forts de l'entretien]", "[to fill in: …]"), which approval refuses on every path
(`followups.approve`, used by the web, the API and the command line); and a fragment of the
notes the draft kept as typed because it could not make a sentence of it ("palettes frais +
froid"), which the editor highlights and asks about before approving.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The drafts mark a missing debrief part with a visible placeholder in brackets.
PLACEHOLDER = re.compile(r"\[(?:À COMPLÉTER|TO FILL IN|TO COMPLETE)[^\]]*\]", re.IGNORECASE)


def has_placeholder(*texts: str) -> bool:
    return any(PLACEHOLDER.search(text) for text in texts)


def fragments_left(text: str, fragments: Iterable[str]) -> list[str]:
    """The fragments still in `text` as the draft kept them (not rewritten yet)."""
    left: list[str] = []
    for fragment in fragments:
        if fragment and fragment in text and fragment not in left:
            left.append(fragment)
    return left


def places_to_rewrite(text: str, fragments: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Where the placeholders and the given fragments are in `text`: sorted (start, end)
    spans, an overlapping one dropped."""
    spans = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    for fragment in fragments:
        if fragment:
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(fragment), text))
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept
