"""The learned private-content screen field by field, on writers it was never trained on.

    .venv/bin/python bench/private_fields.py

For the fields where the screen asks a surer reading (`privacy.SCREENED_PARTS` are the
others: the free notes, the recruiter's needs and expectations), how many private lines the
word lists miss and the screen catches, and how many other lines it leaves out, at the
table's own threshold and at `private_model.SURER_THRESHOLD`. Writers H to AI annotated
their private lines after the table was trained (on D, G, J and dev); AJ, AL, AK and K are
printed apart, the latest read blind.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import private_data  # noqa: E402

from relance.core import private_model  # noqa: E402
from relance.drafts import privacy  # noqa: E402
from relance.drafts.privacy import _lemma  # noqa: E402

GROUPS = {
    "H to AI": [
        "h",
        "i",
        "l",
        "m",
        "n",
        "o",
        "p",
        "q",
        "r",
        "s",
        "t",
        "u",
        "v",
        "w",
        "x",
        "y",
        "z",
        "aa",
        "ab",
        "ac",
        "ad",
        "ae",
        "af",
        "ag",
        "ah",
        "ai",
    ],
    "AJ, AK, AL, K": ["aj", "ak", "al", "k"],
}
SURER_PARTS = ("strong_points", "motivation", "role_understood", "process")


def main() -> None:
    screen = private_model.load()
    assert screen is not None
    thresholds = (screen.threshold, private_model.SURER_THRESHOLD)
    for group, writers in GROUPS.items():
        counts = {threshold: [0, 0] for threshold in thresholds}
        for writer in writers:
            private_data.SETS.setdefault(writer, ROOT / f"tests/drafts/debriefs_{writer}.jsonl")
            for line in private_data.lines(writer):
                if line.field not in SURER_PARTS or privacy.reason(line.text, line.lang):
                    continue
                if not private_model.judged(line.text):
                    continue
                feats = private_model.features(line.text, line.lang, _lemma, "")
                probability = screen.probability(feats)
                for threshold, seen in counts.items():
                    if probability >= threshold:
                        seen[0 if line.private else 1] += 1
        cells = "; ".join(
            f"from {threshold:.2f}: {caught} private caught, {wrong} others left out"
            for threshold, (caught, wrong) in counts.items()
        )
        print(f"{group}: {cells}")


if __name__ == "__main__":
    main()
