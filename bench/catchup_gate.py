"""How many sentences of the catch-ups are written from notes, and how many notes go back?

    python bench/catchup_gate.py                      # every set, one line per set
    python bench/catchup_gate.py --only q --dump /tmp/q.txt

A sentence "written from notes" is one of the body's sentences that no fixed frame wrote
(thanks, "Je vous confirme ma motivation…", next steps, documents, closing:
`catchup_frames.FIXED`) and that holds no marked place. A fragment "handed back" is a note
the draft lists for the candidate to rewrite (`Draft.review`). `--dump` writes every
written sentence, one a line under its debrief's id, so that they can be read; the
company's sentences ("… rejoindre l'équipe de X", "votre équipe", "joining X") are dumped
too, marked `company`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from catchup_frames import FIXED, sentences  # noqa: E402
from catchup_quality import SETS, body_of, context, load  # noqa: E402

from relance.drafts import catchup_email  # noqa: E402

COMPANY = ("rejoindre l'équipe", "rejoindre votre équipe", "interested in joining")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", action="append")
    parser.add_argument("--dump", help="a file for the written sentences")
    args = parser.parse_args()
    lines: list[str] = []
    for name, path in SETS.items():
        if args.only and name not in args.only:
            continue
        counts: Counter[str] = Counter()
        for case in load(path):
            ctx = context(case)
            email = catchup_email(ctx)
            lines.append(f"## {case['id']}")
            for sentence in sentences(body_of(email.text)):
                if any(mark in sentence for mark in COMPANY):
                    lines.append(f"company\t{sentence}")
                if FIXED[ctx.lang].match(sentence) or "[…]" in sentence:
                    continue  # a fixed frame, or a frame around a marked place
                counts["written"] += 1
                lines.append(f"notes\t{sentence}")
            counts["drafts"] += 1
            counts["handed_back"] += len(email.review)
        print(
            f"{name:<5} drafts={counts['drafts']} written={counts['written']} "
            f"handed_back={counts['handed_back']}"
        )
    if args.dump:
        Path(args.dump).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
