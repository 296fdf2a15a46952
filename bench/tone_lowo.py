"""Leave-one-writer-out figures of the learned model, and its thresholds chosen on them.

    .venv/bin/python bench/tone_lowo.py --oof-cache FILE [--tables DIR] [--budget 0.015]
        [--write] [--frame-seeds] [--frame-floors]

The training script (tone_train.py) already fits one model per writer, trained without that
writer, to calibrate its thresholds; `--oof-cache FILE` (the same option there) keeps those
out-of-writer scores. Here they give, per training writer X, what a model that never saw X
does on X's seeds (the writer's own items, unperturbed), at message level as the benchmark
counts it: recall (a finding of the item's category) and false alarms (any finding on a
clean item), for the rules alone (`check(engine="rules")`), the model alone and the two
together. The model's side is read from the scores: a sentence of three words or more at or
over `raise_at` raises its category (the guard's polite frames and excuses, which silence
some of them, are left out, so its false alarms here are an upper bound; `--frame-seeds`
skips the sentences in a polite frame or quotes, as the guard does).

`bench/tone_raise.py` chooses the thresholds (`raise_at`) on what the model adds to the
rules; here the choice is checked out of writer twice: the scores are out of writer, and for
each writer X the thresholds are chosen again on the other writers alone (nested) before X
is counted. "before" is the tables' own raise_at. `--write` stores the thresholds chosen on
every writer in the tables (`--tables`, the shipped ones by default).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import tone_raise  # noqa: E402
import tone_train  # noqa: E402
from tone_raise import CATS, Record, choose, raised, records  # noqa: E402

from relance.tone import learned  # noqa: E402


def tally(picked: list[Record], raise_at: np.ndarray) -> dict[str, list[int]]:
    """[hits, items] per engine for the faulty seeds, and for the clean ones."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for record in picked:
        model = raised(record, raise_at)
        engines = {"rules": set(record.rules), "model": model, "combined": record.rules | model}
        for engine, found in engines.items():
            if record.label == "clean":
                out[f"{engine} fa"][0] += bool(found)
                out[f"{engine} fa"][1] += 1
            else:
                out[f"{engine} recall"][0] += record.label in found
                out[f"{engine} recall"][1] += 1
                out[f"{engine} {record.label}"][0] += record.label in found
                out[f"{engine} {record.label}"][1] += 1
        if record.label == "clean":
            out["added fa"][0] += bool(model - record.rules) and not record.rules
            out["added fa"][1] += 1
    return out


def cached_scores(units: list[tone_train.Unit], cache: Path) -> list[np.ndarray]:
    """The out-of-writer scores of the corpus items (they come first, in the order of
    train.jsonl and dev.jsonl); the units after them (rule texts, drafts) may have changed
    since the cache was written and get no score (they are no writer's seeds)."""
    with np.load(cache) as stored:
        lengths, rows = stored["lengths"], stored["rows"]
    split = np.split(rows, np.cumsum(lengths)[:-1])
    corpus = next(i for i, unit in enumerate(units) if not unit.writer)
    if any(len(split[i]) != len(units[i].rows) for i in range(corpus)):
        raise SystemExit(f"{cache} was written for other corpus items: run tone_train.py again")
    empty = np.zeros((0, len(CATS)))
    return split[:corpus] + [empty] * (len(units) - corpus)


def rate(pair: list[int]) -> str:
    return f"{pair[0] / pair[1]:.2f} ({pair[0]}/{pair[1]})" if pair[1] else "-"


def show(name: str, counts: dict[str, list[int]]) -> None:
    cells = [
        f"{engine} {rate(counts[engine + ' recall'])} fa {rate(counts[engine + ' fa'])}"
        for engine in ("rules", "model", "combined")
    ]
    print(f"  {name:<10}" + " | ".join(cells) + f" | model adds fa {rate(counts['added fa'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oof-cache", type=Path, required=True, help="FILE.<lang>.npz")
    parser.add_argument("--tables", type=Path, default=learned.DATA_DIR)
    parser.add_argument(
        "--budget", type=float, default=tone_raise.ADDED_FALSE_ALARMS, help="added false alarms"
    )
    parser.add_argument("--write", action="store_true", help="store the chosen raise_at")
    parser.add_argument("--records", type=Path, help="cache the per-seed records here")
    parser.add_argument(
        "--frame-seeds",
        action="store_true",
        help="read the model on a seed's sentences the guard lets it judge only (outside the "
        "polite frames and quotes: scoring.silenced), not as an upper bound",
    )
    parser.add_argument(
        "--frame-floors",
        action="store_true",
        help="floors from the drafts' and counterexamples' sentences the guard lets the model "
        "judge only (tone_train.above_drafts skip_silenced)",
    )
    args = parser.parse_args()
    with np.load(args.tables / "model_fr.npz") as stored:  # features as the tables read them
        tone_train.LEMMA_FEATURES = "lemma_features" in stored
    units_all = tone_train.load_units(train_only=False)
    for lang in ("fr", "en"):
        units = [u for u in units_all if u.lang == lang]
        scores = cached_scores(units, args.oof_cache.with_suffix(f".{lang}.npz"))
        with np.load(args.tables / f"model_{lang}.npz") as stored:
            tables = dict(stored)
        shipped = tables["raise_at"]
        floors = tone_train.above_drafts(
            units,
            tables["weights"].astype(np.float32),
            tables["bias"],
            np.zeros_like(shipped),
            skip_silenced=args.frame_floors,
        )
        picked = records(units, scores, lang, skip_silenced=args.frame_seeds)
        print(f"== {lang}: {len(picked)} seeds; raise_at {np.round(shipped, 2).tolist()}")
        print(f"   floors (drafts, counterexamples) {np.round(floors, 2).tolist()}")
        totals_before: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        totals_after: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for writer in sorted({r.writer for r in picked}):
            held = [r for r in picked if r.writer == writer]
            others = [r for r in picked if r.writer != writer]
            nested = choose(others, floors, args.budget)
            before, after = tally(held, shipped), tally(held, nested)
            show(f"{writer} before", before)
            show(f"{writer} after", after)
            for total, counts in ((totals_before, before), (totals_after, after)):
                for key, (hits, items) in counts.items():
                    total[key][0] += hits
                    total[key][1] += items
        show("all before", totals_before)
        show("all after", totals_after)
        for category in CATS:
            key = f"combined {category}"
            print(f"   {category}: {rate(totals_before[key])} -> {rate(totals_after[key])}")
        final = choose(picked, floors, args.budget)
        print(f"   chosen on every writer: raise_at {np.round(final, 2).tolist()}")
        if args.write:
            tables["raise_at"] = final.astype(np.float32)
            np.savez_compressed(args.tables / f"model_{lang}.npz", **tables)
            print(f"   written to {args.tables / f'model_{lang}.npz'}")
        if args.records:
            dump = [
                {
                    "w": r.writer,
                    "l": r.label,
                    "s": r.several,
                    "r": sorted(r.rules),
                    "b": r.best.tolist(),
                }
                for r in picked
            ]
            args.records.with_suffix(f".{lang}.json").write_text(json.dumps(dump))


if __name__ == "__main__":
    main()
