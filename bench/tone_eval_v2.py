"""Measure the tone guard on the three-writer corpus v2: dev (writer B) and frozen test (C).

    .venv/bin/python bench/tone_eval_v2.py [--split dev|test|both] [--engine rules|model|
        combined|all] [--errors] [--seeds-only] [--model-dir DIR] [--writer L]

Per language, unit (sentence | message) and category: recall on the faulty items (a finding
of the item's own category) and the false-alarm rate on the clean ones (any finding), plus
the false alarms on the six patterns issue 12 names. `--errors` prints the dev split's
mistakes only: the test split (writer C) is scored and never printed, so it stays a test.
Targets on the test split: recall >= 0.90, false alarms <= 5 % per message, <= 2 % on the
six false-alarm patterns.
`--writer L` scores one imported writer's file alone (bench/data/tone_corpus_v2/
writer_l.jsonl, unperturbed, as `tone_corpus_import.py L` wrote it) instead of the splits:
a new writer measured as an unseen check before it joins the training writers. `--errors`
prints its mistakes too, but never the test writer's.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tone_corpus_build import HERE, TEST_WRITER, ensure_built, writer_file  # noqa: E402

from relance.tone import check, learned  # noqa: E402

FAULTS = ("impatience", "aggression", "demand", "supplication", "familiarity")
SIX_PATTERNS = (
    "neg.job_content",
    "neg.recruiter_dates",
    "neg.apology",
    "neg.conditional",
    "neg.agreed_contact",
    "neg.names",
)
ENGINES = ("rules", "model", "combined")
Item = dict[str, object]


def load(split: str, seeds_only: bool = False) -> list[Item]:
    ensure_built()
    names = {"dev": "dev.jsonl", "test": writer_file(TEST_WRITER).name, "train": "train.jsonl"}
    name = names.get(split) or writer_file(split.removeprefix("writer:")).name
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    return [item for item in items if not (seeds_only and "perturbation" in item)]


def run(item: Item, engine: str) -> set[str]:
    context = item.get("context")
    result = check(
        str(item["text"]),
        str(item["lang"]),
        "free",
        context=context if isinstance(context, dict) else None,
        engine=engine,
    )
    if WITHOUT_MODEL_FINDINGS:  # the model gating the rules, raising nothing of its own
        return {f.category for f in result.findings if not f.rule_id.startswith("model.")}
    return set(result.categories)


# `--without-model-findings` (session 40): what the model's own findings buy and cost
WITHOUT_MODEL_FINDINGS = False


class Tally:
    """[hits, total] per key."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])

    def add(self, key: tuple[str, ...], hit: bool) -> None:
        self.counts[key][0] += hit
        self.counts[key][1] += 1

    def rate(self, *key: str) -> str:
        hits = total = 0
        for stored, (h, n) in self.counts.items():
            if all(part in ("*", value) for part, value in zip(key, stored, strict=True)):
                hits, total = hits + h, total + n
        return f"{hits / total:.2f} ({hits}/{total})" if total else "-"


def printable(split: str) -> bool:
    """May this split's mistakes be printed? Never the frozen test writer's."""
    return split == "dev" or (
        split.startswith("writer:") and split.removeprefix("writer:").upper() != TEST_WRITER
    )


def evaluate(split: str, engine: str, show_errors: bool, seeds_only: bool) -> None:
    recall, alarms, patterns, private = Tally(), Tally(), Tally(), Tally()
    tone_alarms = Tally()  # the same, private content aside
    for item in load(split, seeds_only):
        found = run(item, engine)
        lang, unit, label = str(item["lang"]), str(item["unit"]), str(item["label"])
        if label == "clean":
            wrong = bool(found)
            alarms.add((lang, unit), wrong)
            tone_alarms.add((lang, unit), bool(found - {"private"}))
            private.add((lang, unit), "private" in found)
            if item["intent"] in SIX_PATTERNS:
                patterns.add((lang, unit, str(item["intent"])), wrong)
        else:
            wrong = label not in found
            recall.add((lang, unit, label), not wrong)
        # never the test split: printing its items would make it a development set
        if show_errors and wrong and printable(split):
            print(f"  {item['id']} {item['intent']} found={sorted(found)}")
            print(f"      {str(item.get('fault_sentence') or item['text'])[:200]!r}")
    print(f"== {split} ({'seeds' if seeds_only else 'all items'}), engine={engine}")
    header = f"  {'':<14}" + "".join(
        f"{lang + ' ' + unit:>18}" for lang in ("fr", "en") for unit in ("sentence", "message")
    )
    print(header + f"{'all':>18}")
    cells = [(lang, unit) for lang in ("fr", "en") for unit in ("sentence", "message")]
    for label in (*FAULTS, "*"):
        name = "recall" if label == "*" else label
        row = "".join(f"{recall.rate(lang, unit, label):>18}" for lang, unit in cells)
        print(f"  {name:<14}{row}{recall.rate('*', '*', label):>18}")
    row = "".join(f"{alarms.rate(lang, unit):>18}" for lang, unit in cells)
    print(f"  {'false alarms':<14}{row}{alarms.rate('*', '*'):>18}")
    row = "".join(f"{tone_alarms.rate(lang, unit):>18}" for lang, unit in cells)
    print(f"  {'  tone only':<14}{row}{tone_alarms.rate('*', '*'):>18}")
    six = "  ".join(f"{intent[4:]} {patterns.rate('*', '*', intent)}" for intent in SIX_PATTERNS)
    print(f"  six patterns: all {patterns.rate('*', '*', '*')}; {six}")
    # issue 11's private content is no tone fault: its flags on clean items count among the
    # false alarms above, and here on their own
    print(f"  private content flagged on clean items: {private.rate('*', '*')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="both", choices=("dev", "test", "both"))
    parser.add_argument("--engine", default="all", choices=(*ENGINES, "all"))
    parser.add_argument("--errors", action="store_true", help="print dev mistakes (never test)")
    parser.add_argument(
        "--writer", help="one imported writer's file alone (e.g. L), instead of the splits"
    )
    parser.add_argument("--seeds-only", action="store_true", help="no perturbed items")
    parser.add_argument(
        "--without-model-findings",
        action="store_true",
        help="drop the findings the model raises of its own (it still gates the rules')",
    )
    parser.add_argument(
        "--model-dir",
        type=Path,
        help="model tables to use instead of the shipped ones (tone_train.py --train-only "
        "--out DIR: a model that never saw writer B, for honest dev figures)",
    )
    args = parser.parse_args()
    global WITHOUT_MODEL_FINDINGS
    WITHOUT_MODEL_FINDINGS = args.without_model_findings
    if args.model_dir:
        learned.DATA_DIR = args.model_dir
        learned.load.cache_clear()
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    if args.writer:
        if args.writer.upper() == TEST_WRITER:
            parser.error(f"writer {TEST_WRITER} is the test split: use --split test")
        splits = (f"writer:{args.writer.upper()}",)
    engines = ENGINES if args.engine == "all" else (args.engine,)
    for split in splits:
        for engine in engines:
            evaluate(split, engine, args.errors, args.seeds_only)


if __name__ == "__main__":
    main()
