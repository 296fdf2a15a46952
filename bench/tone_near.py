"""How many of each writer's seeds are near an item of an unseen writer: counts only.

    .venv/bin/python bench/tone_near.py Y [--writers A E F ...]

The builder's test (tone_corpus_build.NearIndex: difflib ratio > 0.6 over words, or a shared
run of five words not all among the train and dev writers' stock words) run against the
unseen writer's items instead of the test split's. A training writer close to the unseen
check can lift it without any generalisation, so this is printed beside the unseen figures
(docs/tone.md). It reads the unseen writer's text to compare it and prints only counts,
never an item.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tone_corpus_build import (
    DEV_WRITERS,
    TRAIN_WRITERS,
    NearIndex,
    load,
    present,
    stock_words,
    writer_file,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("unseen", help="the unseen writer's letter (Y)")
    parser.add_argument("--writers", nargs="+", default=list(TRAIN_WRITERS + DEV_WRITERS))
    args = parser.parse_args()
    writers = present(tuple(w for w in args.writers if w != args.unseen))
    seeds = {w: load(writer_file(w).name) for w in writers}
    every = [item for items in seeds.values() for item in items]
    index = NearIndex(load(writer_file(args.unseen).name), stock_words(every))
    for writer in writers:
        near = sum(index.near(item) for item in seeds[writer])
        share = near / len(seeds[writer]) if seeds[writer] else 0.0
        total = len(seeds[writer])
        print(f"{writer}: {near}/{total} seeds near an item of {args.unseen} ({share:.0%})")


if __name__ == "__main__":
    main()
