"""How many of a debrief set's notes the catch-up hands back to the candidate, per field.

    python bench/catchup_handed_back.py bo bp          # sets of bench/catchup_quality.py
    python bench/catchup_handed_back.py bp --show      # and every note handed back

A note handed back is written in no sentence: the e-mail keeps a marked place and the note is
shown beside it for the candidate to rewrite (`Phrased.to_rewrite`). Blind readers mark
fidelity and method down for those the notes could have given ("handed back though the notes
give them"); the count says how often it happens, not whether the e-mail would read better.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from catchup_quality import SETS, context, load  # noqa: E402

from relance.drafts import catchup  # noqa: E402

FIELDS = ("strong_points", "recruiter_needs", "role_understood", "expectations", "motivation")


def census(names: list[str], show: bool) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for name in names:
        for case in load(SETS[name]):
            ctx = context(case)
            for part in FIELDS:
                ready = catchup.prepared(ctx, part)
                if ready.missing or not ready.items:
                    continue
                written = catchup.phrased(ctx, part, list(ready.items), ready.missing)
                counts[part, "notes"] += len(ready.items)
                counts[part, "handed back"] += len(written.to_rewrite)
                for note in written.to_rewrite if show else ():
                    print(f"{case['id'][:24]:24} {part[:12]:12} {note}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", choices=sorted(SETS))
    parser.add_argument("--show", action="store_true", help="print every note handed back")
    args = parser.parse_args()
    counts = census(args.sets, args.show)
    for part in FIELDS:
        print(f"{part:16} {counts[part, 'handed back']:4} of {counts[part, 'notes']:4} notes")


if __name__ == "__main__":
    main()
