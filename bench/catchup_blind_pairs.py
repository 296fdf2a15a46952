"""Write blind pairs of catch-ups for an independent grader: two versions of the code, shuffled.

    python bench/catchup_blind_pairs.py BEFORE_TREE OUT_PAIRS OUT_KEY [--seed N]

BEFORE_TREE is a checkout of the code to compare with (e.g. `git worktree add /tmp/before
3d2ae2c`); the other side is this tree. For each debrief of tests/drafts/debriefs_indep.jsonl
both catch-ups are written for the same day (sent on 14 October 2026 for an interview on the
13th, as bench/catchup_quality.py), then put as A and B in an order drawn per debrief with a
fixed seed. OUT_PAIRS gets what the grader reads: the debrief as the candidate typed it (the
agency's client included), A and B. OUT_KEY gets which side is which: keep it out of the
grader's folder.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEBRIEFS = ROOT / "tests/drafts/debriefs_indep.jsonl"
# What the grader sees of a debrief: the form's fields, not the writer's annotations.
SHOWN = (
    "lang", "candidate_name", "candidate_gender", "company", "agency_client", "position",
    "contact_civility", "contact_first_name", "contact_last_name", "strong_points",
    "recruiter_needs", "role_understood", "expectations", "motivation", "notes", "process",
)  # fmt: skip

WRITE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from bench.catchup_quality import context, load
from pathlib import Path
from relance.drafts import catchup_email
out = {}
for case in load(Path(sys.argv[2])):
    draft = catchup_email(context(case))
    out[case["id"]] = f"{draft.subject}\\n\\n{draft.text}"
print(json.dumps(out))
"""


def drafts(tree: Path) -> dict[str, str]:
    """Every debrief's catch-up as the code in `tree` writes it, in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [sys.executable, "-c", WRITE, str(tree), str(DEBRIEFS)],
        env=env,
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    written: dict[str, str] = json.loads(done.stdout)
    return written


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("before", type=Path)
    parser.add_argument("pairs", type=Path)
    parser.add_argument("key", type=Path)
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    before = drafts(args.before.resolve())
    after = drafts(ROOT)
    chance = random.Random(args.seed)
    pairs = []
    key = {}
    for line in DEBRIEFS.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        sides = [("before", before[case["id"]]), ("after", after[case["id"]])]
        chance.shuffle(sides)
        debrief = {name: case[name] for name in SHOWN if name in case}
        pairs.append({"id": case["id"], "debrief": debrief, "A": sides[0][1], "B": sides[1][1]})
        key[case["id"]] = {"A": sides[0][0], "B": sides[1][0]}
    args.pairs.parent.mkdir(parents=True, exist_ok=True)
    args.key.parent.mkdir(parents=True, exist_ok=True)
    args.pairs.write_text(json.dumps(pairs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    args.key.write_text(json.dumps(key, indent=0) + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs -> {args.pairs}; key -> {args.key}")


if __name__ == "__main__":
    main()
