"""How often blind readers reject each frame of the catch-up, on the catch-ups this tree writes.

    python bench/catchup_frame_rejects.py RENDER.json [--min 2] [--show KEY]

RENDER.json maps a debrief's id to its catch-up as this tree writes it (subject, blank line,
body), e.g. from `bench/catchup_blind_pairs.drafts`. Every sentence of a body outside its
marked places is matched to the composer's frame (`gate.slots`); a sentence is counted as
rejected when a grader's comment in `bench/data/catchup_blind_*/grades.jsonl` quotes eight
characters or more of it word for word. Only debriefs some reader graded are counted. A
reader quotes the worst of a draft, not every fault: the figures are lower bounds of each
frame's rejection rate, good to rank frames, not to score one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from relance.drafts.gate import SPLIT, slots  # noqa: E402

QUOTED = re.compile(r"[«\"“]\s?([^»\"”]{8,})\s?[»\"”]")


def quotes() -> dict[str, list[str]]:
    """Every passage a reader quoted, by debrief."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(ROOT.glob("bench/data/catchup_blind_*/grades.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            graded = json.loads(line)
            for side in ("A", "B"):
                comment = graded[side].get("comment", "")
                found[graded["id"]].extend(q.strip() for q in QUOTED.findall(comment))
    return found


def census(render: dict[str, str]) -> tuple[Counter[tuple[str, str]], dict]:
    """(sentences per (lang, frame), rejected sentences per (lang, frame))."""
    quoted = quotes()
    total: Counter[tuple[str, str]] = Counter()
    rejected: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, text in render.items():
        if key not in quoted:
            continue
        lang = "en" if text.startswith("Thank you") else "fr"
        for paragraph in text.split("\n\n")[2:-1]:
            for sentence in SPLIT.split(paragraph):
                if "[" in sentence:
                    continue
                matched = slots(sentence, lang)
                frame = (lang, matched[0][0] if matched else "(none)")
                total[frame] += 1
                if any(q in sentence for q in quoted[key]):
                    rejected[frame].append(sentence)
    return total, rejected


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("render", type=Path)
    parser.add_argument("--min", type=int, default=2)
    parser.add_argument("--show", default="")
    args = parser.parse_args()
    total, rejected = census(json.loads(args.render.read_text(encoding="utf-8")))
    for frame in sorted(total, key=lambda f: -len(rejected[f]) / total[f]):
        if len(rejected[frame]) >= args.min:
            bad, seen = len(rejected[frame]), total[frame]
            print(f"{frame[0]} {frame[1]:28} {bad:3}/{seen:4} {bad / seen:5.0%}")
    lang, _, key = args.show.partition(":")
    for sentence in rejected.get((lang, key), []):
        print("  ", sentence)


if __name__ == "__main__":
    main()
