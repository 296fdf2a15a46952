"""How many debrief notes the catch-up's builder hands back, each note written alone in its field.

    python bench/catchup_refusals.py                      # the totals, then the largest classes
    python bench/catchup_refusals.py --lang fr            # one language
    python bench/catchup_refusals.py --show role_understood   # examples of one field (or a
    python bench/catchup_refusals.py --show telegraphic       # kind, or a reason) of a class

Every note of every debrief set under tests/drafts/ is built alone in its field
(`catchup.built`), the way session 19's census did it (blind readers' largest fault was
"sections left to fill although the notes give them", writer O). A note is:
- `said` when nothing goes back to the candidate;
- `partly` when some of its pieces are written and the others go back (French, session 19:
  "quelqu'un de terrain, pas derrière un écran" writes "quelqu'un de terrain");
- `back` when the field writes none of it (its marked place alone).
`handed_back` = partly + back, the census's figure (a note any piece of which goes back).
Classes are (language, field, the whole note's shape kind, the gate's reason or "frame rule"
when the piece passed the gate and a builder refused it); a class's counts are notes `back`
or `partly`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from catchup_quality import context, load  # noqa: E402

from relance.drafts import morph, vouch  # noqa: E402
from relance.drafts.catchup import built, prepared  # noqa: E402
from relance.drafts.context import DEBRIEF_PARTS  # noqa: E402

Key = tuple[str, str, str, str]


def census(langs: set[str]) -> tuple[Counter[tuple[str, str]], Counter[Key], dict[Key, list[str]]]:
    """(language, outcome) counts, the classes of the notes handed back and their notes."""
    outcomes: Counter[tuple[str, str]] = Counter()
    classes: Counter[Key] = Counter()
    examples: dict[Key, list[str]] = defaultdict(list)
    for path in sorted((ROOT / "tests/drafts").glob("debriefs_*.jsonl")):
        for case in load(path):
            ctx = context(case)
            if ctx.lang not in langs:
                continue
            for part in DEBRIEF_PARTS:
                for item in prepared(ctx, part).items:
                    written = built(ctx, part, [item], False)
                    if not written.to_rewrite:
                        outcomes[(ctx.lang, "said")] += 1
                        continue
                    outcomes[(ctx.lang, "partly" if written.marked else "back")] += 1
                    shape = morph.shape(item, ctx.lang)
                    why = vouch.refused(shape, vouch.slot_of(shape), ctx.lang) or "frame rule"
                    key = (ctx.lang, part, shape.kind, re.sub(r":.*", "", why))
                    classes[key] += 1
                    examples[key].append(item)
    return outcomes, classes, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("fr", "en"), action="append", default=[])
    parser.add_argument("--show", default="", help="a field, a shape kind or a reason")
    parser.add_argument("--top", type=int, default=25, help="classes listed")
    args = parser.parse_args()
    langs = set(args.lang or ("fr", "en"))
    outcomes, classes, examples = census(langs)
    for lang in sorted(langs):
        said, partly, back = (outcomes[(lang, name)] for name in ("said", "partly", "back"))
        total = said + partly + back
        print(
            f"{lang}: notes {total}  handed_back {partly + back}  (back {back}, "
            f"partly {partly})  said {said}"
        )
    for key, count in classes.most_common(args.top):
        if args.show and args.show not in key:
            continue
        print(count, key)
        if args.show:
            for item in examples[key]:
                print("   ", item)


if __name__ == "__main__":
    main()
