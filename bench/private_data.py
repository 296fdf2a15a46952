"""The annotated debrief lines for the learned private-content screen (bench only).

Four writers typed debriefs and listed, in `private`, the exact pieces a recruiter must not
read (substrings, compared lower case and without accents). The unit is the line: each
field of a debrief split on line breaks; a line holding one of the pieces is private, every
other line is a negative. The held-out set of the final reading (writer K) is never read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from relance.core.private_words import fold

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "d": ROOT / "tests/drafts/debriefs_indep.jsonl",
    "g": ROOT / "tests/drafts/debriefs_fresh.jsonl",
    "j": ROOT / "tests/drafts/debriefs_j.jsonl",
    "dev": ROOT / "tests/drafts/debriefs_dev.jsonl",
}
FIELDS = (
    "strong_points",
    "recruiter_needs",
    "role_understood",
    "expectations",
    "motivation",
    "notes",
    "process",
)


@dataclass(frozen=True)
class Line:
    writer: str
    case: str
    lang: str
    field: str
    text: str
    private: bool


def lines(writer: str) -> list[Line]:
    found = []
    for raw in SETS[writer].read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        case = json.loads(raw)
        pieces = [fold(str(piece)).strip() for piece in case.get("private", [])]
        for name in FIELDS:
            for text in str(case.get(name) or "").split("\n"):
                if not text.strip():
                    continue
                folded = fold(text)
                private = any(piece and piece in folded for piece in pieces)
                found.append(Line(writer, case["id"], case["lang"], name, text.strip(), private))
    return found


def everyone() -> dict[str, list[Line]]:
    return {writer: lines(writer) for writer in SETS}
