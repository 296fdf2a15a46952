"""Summarise a blind grading of catch-up e-mails: two systems, shuffled per debrief.

    python bench/catchup_blind.py [folder]

The folder holds pairs.json (each debrief with e-mails A and B), grades.jsonl (a grader's
scores per e-mail, written without the key) and key.json (which system wrote A and B).
The grader read the method, the rubric (bench/catchup_rubric.md) and the pairs only: never the
code, the key, nor the writer's notes. Earlier gradings lack brevity and method: a score is
averaged only when every e-mail of the group has it.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).parent / "data/catchup_blind"

SCORES = ("grammar", "register", "fidelity", "brevity", "method", "edit_effort")
COUNTS = ("leak", "agency_as_employer", "send_as_is", "ready_after_marked_places")


def load(folder: Path) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, str]]:
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    lines = (folder / "grades.jsonl").read_text(encoding="utf-8").splitlines()
    grades = [json.loads(line) for line in lines]
    pairs = json.loads((folder / "pairs.json").read_text(encoding="utf-8"))
    langs = {pair["id"]: pair["debrief"]["lang"] for pair in pairs}
    return key, grades, langs


def by_system(key: dict[str, Any], grades: list[dict[str, Any]]) -> dict[str, list[Any]]:
    systems: dict[str, list[Any]] = {}
    for graded in grades:
        for side in "AB":
            system = key[str(graded["id"])][side]
            systems.setdefault(system, []).append((graded["id"], graded[side]))
    return systems


def summary(rows: list[Any]) -> str:
    marks = [mark for _, mark in rows]
    # Later rounds added edit_effort and ready_after_marked_places: older grades lack them.
    scores = [name for name in SCORES if all(name in m for m in marks)]
    means = " ".join(f"{name} {statistics.mean(m[name] for m in marks):.2f}" for name in scores)
    counts = " ".join(
        f"{name} {sum(m[name] is True for m in marks)}"
        for name in COUNTS
        if all(name in m for m in marks)
    )
    below = sum(m["grammar"] < 4 for m in marks)
    return f"n={len(marks)} {means} | grammar<4 {below} | {counts}"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER
    key, grades, langs = load(folder)
    for system, rows in sorted(by_system(key, grades).items()):
        print(f"{system:7} all {summary(rows)}")
        for lang in ("fr", "en"):
            print(f"{system:7} {lang}  {summary([r for r in rows if langs[r[0]] == lang])}")


if __name__ == "__main__":
    main()
