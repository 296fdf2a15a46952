"""What the learned private screen changes in the catch-up e-mails, writer by writer, honestly.

    .venv/bin/python bench/private_catchup.py [--show]

For each annotated writer (D, G, J), a table is trained without that writer
(bench/private_train.py, threshold from the other writers only) and the writer's debriefs
are drafted twice: with the word lists alone, and with the lists and that table. Printed:
the private pieces (the writer's and the blind readers', bench/private_data.py) that reach
the e-mail (leaks, and the drafts they are in), the facts the
e-mail should carry and does not (bench/catchup_quality.py's checks), and the notes left
out for privacy. The frozen test set (no writer of the training) is drafted with the
shipped table. --show lists every note the model left out and every leak.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from catchup_quality import context, facts_missing, leaks, load  # noqa: E402
from private_data import SETS, readers  # noqa: E402
from private_train import hard_negatives, rows_by_writer, train  # noqa: E402

from relance.core import private_model  # noqa: E402
from relance.core.private_words import LIST_REASONS, fold  # noqa: E402
from relance.drafts import catchup_email, settled  # noqa: E402

SHIPPED = private_model.TABLE
NONE = ROOT / "no-such-table.npz"


def with_readers(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The debriefs with the pieces the blind readers found leaking counted as private."""
    leaked = readers()
    return [
        {**case, "private": [*case.get("private", []), *leaked.get(case["id"], [])]}
        for case in cases
    ]


def use(table: Path) -> None:
    private_model.TABLE = table
    private_model.load.cache_clear()
    settled.settled.cache_clear()


def drafted(cases: list[dict[str, Any]]) -> tuple[Counter[str], dict[str, set[str]], list[str]]:
    """Counts, the notes left out for privacy per debrief, and the leaks."""
    counts: Counter[str] = Counter()
    private_left: dict[str, set[str]] = {}
    leaked = []
    for case in cases:
        draft = catchup_email(context(case))
        whole = f"{draft.subject}\n\n{draft.text}"
        found = leaks(case, whole)
        leaked += [f"{case['id']}: {piece}" for piece in found]
        counts["leaks"] += len(found)
        counts["leaking_drafts"] += bool(found)
        counts["facts_missing"] += len(facts_missing(case, whole))
        left = {f"{item.part}: {item.reason}: {item.text}" for item in draft.left_out}
        private_left[case["id"]] = {text for text in left if text.split(": ")[1] in LIST_REASONS}
        counts["left_private"] += len(private_left[case["id"]])
    return counts, private_left, leaked


def holds_piece(case: dict[str, Any], left: str) -> bool:
    text = fold(left.split(": ", 2)[2])
    return any(fold(str(piece)).strip() in text for piece in case.get("private", []))


def compare(name: str, cases: list[dict[str, Any]], table: Path, show: bool) -> None:
    use(NONE)
    before, left_before, _ = drafted(cases)
    use(table)
    after, left_after, leaked_after = drafted(cases)
    facts = sum(len(case.get("must_mention", [])) for case in cases)
    pieces = sum(len(case.get("private", [])) for case in cases)
    added = {case["id"]: sorted(left_after[case["id"]] - left_before[case["id"]]) for case in cases}
    innocent = {
        case["id"]: [text for text in added[case["id"]] if not holds_piece(case, text)]
        for case in cases
    }
    print(
        f"{name:<5} {len(cases):>3} debriefs, {pieces:>3} private pieces, {facts:>3} facts |"
        f" lists: leaks {before['leaks']:>2} in {before['leaking_drafts']:>2} drafts,"
        f" facts missing {before['facts_missing']:>3}, left out {before['left_private']:>3} |"
        f" lists + model: leaks {after['leaks']:>2} in {after['leaking_drafts']:>2} drafts,"
        f" facts missing {after['facts_missing']:>3}, left out {after['left_private']:>3}"
        f" (model only: {sum(map(len, added.values()))},"
        f" {sum(map(len, innocent.values()))} holding no private piece)"
    )
    if show:
        for case in cases:
            for text in added[case["id"]]:
                mark = "innocent" if text in innocent[case["id"]] else "private "
                print(f"    model left out {mark} {case['id']}  {text}")
        for leak in leaked_after:
            print(f"    still leaks     {leak}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    rows = rows_by_writer()
    extra = hard_negatives()
    with tempfile.TemporaryDirectory() as folder:
        for held in ("d", "g", "j"):
            table = Path(folder) / f"without_{held}.npz"
            others = {writer: these for writer, these in rows.items() if writer != held}
            np.savez_compressed(table, allow_pickle=False, **train(others, extra))
            compare(held, with_readers(load(SETS[held])), table, args.show)
    compare("test", load(ROOT / "tests/drafts/debriefs_test.jsonl"), SHIPPED, args.show)
    use(SHIPPED)


if __name__ == "__main__":
    main()
