"""The annotated debrief lines for the learned private-content screen (bench only).

Four writers typed debriefs and listed, in `private`, the exact pieces a recruiter must not
read (substrings, compared lower case and without accents). The blind readers of their
catch-ups found 15 more lines leaking (bench/data/catchup_blind*/grades.jsonl, "leaked"):
"ils tournent trop avec l'interim", "my brother has downs syndrome so I get it", "moins
d'usine"; their pieces are in bench/data/private_readers.jsonl and count as the writer's.
The unit is the line: each field of a debrief split on line breaks; a line holding one of
the pieces is private, every other line is a negative. The held-out set of the final
reading (writer K) is never read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from relance.core.private_words import fold

ROOT = Path(__file__).resolve().parent.parent
READERS = ROOT / "bench" / "data" / "private_readers.jsonl"
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
    pieces: tuple[str, ...] = ()  # the debrief's private pieces, folded


# Where the drafts cut a note into the clauses they screen one by one ("caces à jour, mon
# ancien chef était nul"): commas, semicolons, full stops, dashes and arrows.
CLAUSE = re.compile(r"\s*[,;.]\s+|\s+-+>?\s+|\s*->\s*")


def clauses(line: Line) -> list[tuple[str, bool]]:
    """The line's clauses with their label, when it has more than one: a clause of a private
    line is private when it holds a piece, and left out when it does not (it may go on with
    the piece: "..., il me criait dessus")."""
    parts = [part.strip() for part in CLAUSE.split(line.text) if part.strip()]
    if len(parts) < 2:
        return []
    found = []
    for part in parts:
        holds = any(piece and piece in fold(part) for piece in line.pieces)
        if holds or not line.private:
            found.append((part, holds))
    return found


def readers() -> dict[str, list[str]]:
    """The pieces the blind readers found leaking, per debrief."""
    found: dict[str, list[str]] = {}
    for raw in READERS.read_text(encoding="utf-8").splitlines():
        item = json.loads(raw)
        found.setdefault(item["case"], []).append(item["piece"])
    return found


def lines(writer: str) -> list[Line]:
    found = []
    leaked = readers()
    for raw in SETS[writer].read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        case = json.loads(raw)
        listed = [*case.get("private", []), *leaked.get(case["id"], [])]
        pieces = [fold(str(piece)).strip() for piece in listed]
        for name in FIELDS:
            for text in str(case.get(name) or "").split("\n"):
                if not text.strip():
                    continue
                folded = fold(text)
                private = any(piece and piece in folded for piece in pieces)
                found.append(
                    Line(
                        writer, case["id"], case["lang"], name, text.strip(), private, tuple(pieces)
                    )
                )
    return found


def everyone() -> dict[str, list[Line]]:
    return {writer: lines(writer) for writer in SETS}
