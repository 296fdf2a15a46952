"""Measure the tone guard: on the labelled development corpus, then on the external sets.

    .venv/bin/python bench/tone_eval.py [--errors] [--split dev|test|all] [--no-external]
        [--hatecheck-errors FUNCTIONALITY]

`--errors` prints the mistakes on the dev split only: the test split is scored, never read.

Corpus (bench/data/tone_corpus.jsonl): precision, recall and F1 per category at the level of
items (an item is labelled with the categories a careful recruiter would flag), and the
share of clean items with any finding (false alarms). Targets: F1 >= 0.90, false alarms <= 3 %.

External sets, read from ../shared/eval/ (never copied into the repository):
TyDiP fr/en, share of polite and impolite requests with an impatience, aggression or demand
finding (polite target <= 5 %); Multilingual HateCheck fr, share of hateful items flagged as
aggression (target >= 70 %) and of non-hateful items flagged, per functionality, on a dev half
(five target identities) and a held-out half (disabled people, refugees) never inspected.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from relance.tone import CATEGORIES, check  # noqa: E402

CORPUS = ROOT / "bench" / "data" / "tone_corpus.jsonl"
EXTERNAL = ROOT.parent / "shared" / "eval"
TONE_CATEGORIES = ("impatience", "aggression", "demand")


def load_corpus(split: str) -> list[dict[str, object]]:
    items = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    return [item for item in items if split == "all" or item.get("split") == split]


def corpus_report(split: str, show_errors: bool) -> None:
    items = load_corpus(split)
    counts = {category: [0, 0, 0] for category in CATEGORIES}  # tp, fp, fn
    clean_total = clean_flagged = 0
    for item in items:
        result = check(
            str(item["text"]), str(item.get("lang", "auto")), str(item.get("kind", "free"))
        )
        gold = set(item["labels"])  # type: ignore[call-overload]
        found = set(result.categories)
        for category in CATEGORIES:
            if category in found and category in gold:
                counts[category][0] += 1
            elif category in found:
                counts[category][1] += 1
            elif category in gold:
                counts[category][2] += 1
        if not gold:
            clean_total += 1
            clean_flagged += bool(result.findings)
        # Never the test split's mistakes: reading them would turn it into a development set.
        if show_errors and gold != found and item.get("split") == "dev":
            spans = [(f.rule_id, str(item["text"])[f.start : f.end]) for f in result.findings]
            print(f"  {item['id']}: gold={sorted(gold)} found={sorted(found)} {spans}")
            print(f"      {str(item['text'])[:160]!r}")
    print(f"Corpus ({split}): {len(items)} items, {clean_total} clean")
    print(f"  {'category':<14}{'support':>8}{'precision':>11}{'recall':>8}{'F1':>7}")
    for category, (tp, fp, fn) in counts.items():
        if tp + fn == 0 and fp == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"  {category:<14}{tp + fn:>8}{precision:>11.3f}{recall:>8.3f}{f1:>7.3f}")
    rate = clean_flagged / clean_total if clean_total else 0.0
    print(f"  false alarms on clean items: {clean_flagged}/{clean_total} = {rate:.1%}")


def tydip_report() -> None:
    for lang in ("fr", "en"):
        path = EXTERNAL / f"tydip_{lang}_test_binary.csv"
        if not path.exists():
            print(f"TyDiP {lang}: {path} not found")
            continue
        flagged: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                # hyphens were stripped in the source ("Pourriezvous"); ours are spaces anyway
                result = check(row["text"].replace("-", " "), lang, "free")
                hit = any(f.category in TONE_CATEGORIES for f in result.findings)
                flagged[row["label"]][0] += hit
                flagged[row["label"]][1] += 1
        parts = [
            f"{label} {hit}/{n} = {hit / n:.1%}" for label, (hit, n) in sorted(flagged.items())
        ]
        print(f"TyDiP {lang}: flagged impatience/aggression/demand: " + "; ".join(parts))


# Development happens on five target identities; these two stay unseen so that the figures
# on them tell whether a change generalises (items without an identity: odd ids held out).
HELD_OUT_IDENTITIES = frozenset({"disabled people", "refugees"})
HALVES = ("dev", "held-out", "all")


def hatecheck_half(row: dict[str, str]) -> str:
    identity = row["target_ident"]
    if identity:
        return "held-out" if identity in HELD_OUT_IDENTITIES else "dev"
    return "held-out" if int(row["id"].rsplit("-", 1)[-1]) % 2 else "dev"


def _hatecheck_group(label: str, function: str) -> str:
    if function.startswith("target_"):
        return "non-hateful, abuse of non-protected targets"
    return label


def hatecheck_report(show_errors: str | None = None) -> None:
    """Per functionality, the share flagged as aggression on each half and on all items.

    `show_errors` names a functionality whose dev-half mistakes are printed (never the
    held-out half: looking at it would make it a development set).
    """
    path = EXTERNAL / "hatecheck_fr.csv"
    if not path.exists():
        print(f"HateCheck fr: {path} not found")
        return
    # (label, functionality) -> half -> [aggression, any finding, items]
    per_function: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(
        lambda: {half: [0, 0, 0] for half in HALVES}
    )
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            result = check(row["text"], "fr", "free")
            aggression = "aggression" in result.categories
            half = hatecheck_half(row)
            for key in (half, "all"):
                stats = per_function[(row["label"], row["functionality"])][key]
                stats[0] += aggression
                stats[1] += bool(result.findings)
                stats[2] += 1
            wrong = aggression != (row["label"] == "hateful")
            if show_errors == row["functionality"] and half == "dev" and wrong:
                spans = [(f.rule_id, row["text"][f.start : f.end]) for f in result.findings]
                print(f"  {row['id']} {row['label']}: {row['text']!r} {spans}")
    print("HateCheck fr: flagged as aggression on the dev / held-out / all items (any finding, n)")
    print(f"  {'label':<12}{'functionality':<20}{'dev':>7}{'held':>7}{'all':>7}{'any':>7}{'n':>6}")
    totals: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: {half: [0, 0, 0] for half in HALVES}
    )
    for (label, function), halves in sorted(per_function.items()):
        shares = [halves[h][0] / halves[h][2] if halves[h][2] else 0.0 for h in HALVES]
        _aggr, anyf, n = halves["all"]
        print(
            f"  {label:<12}{function:<20}"
            + "".join(f"{share:>7.1%}" for share in shares)
            + f"{anyf / n:>7.1%}{n:>6}"
        )
        for half in HALVES:
            for i, value in enumerate(halves[half]):
                totals[_hatecheck_group(label, function)][half][i] += value
    for group, halves in totals.items():
        parts = [
            f"{half} {aggr}/{n} = {aggr / n:.1%}" for half, (aggr, _a, n) in halves.items() if n
        ]
        anyf, n = halves["all"][1], halves["all"][2]
        print(f"  TOTAL {group}: aggression " + "; ".join(parts) + f"; any finding {anyf / n:.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors",
        action="store_true",
        help="print the development items the guard gets wrong (never the test split's)",
    )
    parser.add_argument("--split", default="all", choices=("dev", "test", "all"))
    parser.add_argument("--no-external", action="store_true")
    parser.add_argument(
        "--hatecheck-errors",
        metavar="FUNCTIONALITY",
        help="print the HateCheck dev-half items of this functionality the guard gets wrong",
    )
    args = parser.parse_args()
    corpus_report(args.split, args.errors)
    if not args.no_external:
        tydip_report()
        hatecheck_report(args.hatecheck_errors)


if __name__ == "__main__":
    main()
