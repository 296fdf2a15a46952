"""Every blind reading of the catch-up in one report, against the issue's target.

    python bench/drafts_eval.py [--folder bench/data/catchup_blind_k]

Reads each `bench/data/catchup_blind*/` folder (pairs, grades written without the key, the
key; see catchup_blind.py and the rubric, catchup_rubric.md) and prints, per reading and per
system, the mean of each score in both languages, how many e-mails score below 4 on grammar,
and the leaks. Then the target of issue 11 for the last "after" of the chosen reading (by
default the newest folder): each axis at least 4.5 in French and in English, no e-mail below 4
on grammar. An axis the reading did not grade is said so, never counted as met.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catchup_blind import by_system, load

DATA = Path(__file__).parent / "data"
# The readings in the order they were made (sessions 3 to 17); a new one is listed last.
READINGS = (
    "catchup_blind",
    "catchup_blind_s4",
    "catchup_blind_fresh",
    "catchup_blind_fresh2",
    "catchup_blind_j",
    "catchup_blind_j2",
    "catchup_blind_k",
    "catchup_blind_m",
    "catchup_blind_p",
    "catchup_blind_q",
    "catchup_blind_s",
    "catchup_blind_t",
    "catchup_blind_w",
    "catchup_blind_x",
    "catchup_blind_z",
    "catchup_blind_h",
    "catchup_blind_i",
    "catchup_blind_l",
    "catchup_blind_n",
    "catchup_blind_n/mended",
    "catchup_blind_o",
    "catchup_blind_r",
    "catchup_blind_u",
    "catchup_blind_v",
    "catchup_blind_y",
    "catchup_blind_aa",
    "catchup_blind_ab",
    "catchup_blind_ac",
    "catchup_blind_ad",
)
AXES = ("grammar", "register", "fidelity", "brevity", "method")
TARGET = 4.5


def means(marks: list[dict[str, Any]]) -> dict[str, float | None]:
    return {
        axis: statistics.mean(m[axis] for m in marks) if all(axis in m for m in marks) else None
        for axis in AXES
    }


def line(name: str, marks: list[dict[str, Any]]) -> str:
    shown = " ".join(
        f"{axis[:4]} {value:.2f}" if value is not None else f"{axis[:4]}  -  "
        for axis, value in means(marks).items()
    )
    below = sum(m["grammar"] < 4 for m in marks)
    leaks = sum(m.get("leak") is True for m in marks)
    return f"  {name:16} n={len(marks):2} {shown} | grammar<4 {below:2} | leaks {leaks}"


def verdict(per_lang: dict[str, list[dict[str, Any]]]) -> list[str]:
    """What stands between this system and the target, one line per gap (empty: met)."""
    gaps = []
    for lang, marks in per_lang.items():
        for axis, value in means(marks).items():
            if value is None:
                gaps.append(f"{lang} {axis}: not graded")
            elif value < TARGET:
                gaps.append(f"{lang} {axis}: {value:.2f} < {TARGET}")
        below = sum(m["grammar"] < 4 for m in marks)
        if below:
            gaps.append(f"{lang}: {below} of {len(marks)} e-mails below 4 on grammar")
    return gaps


def _name(folder: Path) -> str:
    return folder.relative_to(DATA).as_posix()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, help="the reading judged against the target")
    args = parser.parse_args()
    # a second reading after a mend sits in its set's folder ("catchup_blind_n/mended")
    found = [
        f
        for pattern in ("catchup_blind*", "catchup_blind*/mended")
        for f in DATA.glob(pattern)
        if (f / "grades.jsonl").exists()
    ]
    rank = {name: i for i, name in enumerate(READINGS)}
    folders = sorted(found, key=lambda f: (rank.get(_name(f), len(rank)), _name(f)))
    # judged by default: the newest held-out reading, not a reading of a set already mended
    judged = args.folder or [f for f in folders if f.name != "mended"][-1]
    for folder in folders:
        key, grades, langs = load(folder)
        print(_name(folder))
        for system, rows in sorted(by_system(key, grades).items()):
            for lang in ("fr", "en"):
                marks = [mark for debrief, mark in rows if langs[debrief] == lang]
                print(line(f"{system} {lang}", marks))
    key, grades, langs = load(judged)
    rows = by_system(key, grades).get("after", [])
    per_lang = {lang: [m for d, m in rows if langs[d] == lang] for lang in ("fr", "en")}
    gaps = verdict(per_lang)
    print(f"\ntarget on {judged.name} (after): " + ("met" if not gaps else "not met"))
    for gap in gaps:
        print(f"  {gap}")


if __name__ == "__main__":
    main()
