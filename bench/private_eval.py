"""How well the private-content screen keeps a new writer's private lines out, honestly.

    .venv/bin/python bench/private_eval.py

Leave one writer out: for each of the four annotated writers, a model is trained on the
other three (its threshold chosen on their out-of-writer scores only, bench/private_train.py)
and reads the held-out writer's lines. Printed per held-out writer, for the word lists
alone, the model alone (its own threshold, chosen the same way) and both (a line is left out
when either says so): the recall of the private lines and the share of the other lines
wrongly left out. Then the shipped table's size, load time and time per line.
Caveat: the word lists were written with these writers' debriefs in view, so their figures
here are not out of sample; the model's are.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from private_data import everyone  # noqa: E402
from private_train import (  # noqa: E402
    Row,
    choose_threshold,
    fit,
    fit_reasons,
    hard_negatives,
    lines_of,
    out_of_writer,
    probabilities,
    rows_by_writer,
)

from relance.core import private_model, private_words  # noqa: E402
from relance.drafts.privacy import _lemma  # noqa: E402


def rates(rows: list[Row], removed: np.ndarray) -> tuple[float, float, float]:
    """Recall of the private lines, false removals among the others, and among the other
    lines of the free notes alone (where nearly every private line was typed)."""
    private = np.array([r.private for r in rows])
    notes = np.array([r.field == "notes" for r in rows])
    recall = (removed & private).sum() / max(1, private.sum())
    false = (removed & ~private).sum() / max(1, (~private).sum())
    in_notes = (removed & ~private & notes).sum() / max(1, (~private & notes).sum())
    return float(recall), float(false), float(in_notes)


def cell(figures: tuple[float, float, float]) -> str:
    return f" {figures[0]:.2f} {figures[1]:5.1%} {figures[2]:4.0%} |"


def held_out(rows: dict[str, list[Row]], extra: list[Row]) -> None:
    print("recall of private lines, false removals of the others (all fields, free notes)")
    print(
        "held out lines priv |    lists: rec false notes |    model: rec false notes thr |", end=""
    )
    print("     both: rec false notes thr")
    totals: dict[str, list[np.ndarray]] = {"lists": [], "model": [], "both": []}
    reasons = {}
    for held in rows:
        trained = {writer: these for writer, these in rows.items() if writer != held}
        inner = out_of_writer(trained, extra)
        pooled = [r for these in trained.values() for r in these]
        lines = lines_of(pooled)
        scores = np.concatenate([inner[writer] for writer in trained])
        alone_at = choose_threshold(lines, scores, with_lists=False)
        both_at = choose_threshold(lines, scores)
        weights, bias = fit(pooled + extra)
        reasons[held] = fit_reasons(pooled)
        test = lines_of(rows[held])
        p = probabilities(test, weights, bias)
        listed = np.array([bool(r.listed) for r in test])
        found = {"lists": listed, "model": p >= alone_at, "both": listed | (p >= both_at)}
        figures = {name: rates(test, removed) for name, removed in found.items()}
        for name, removed in found.items():
            totals[name].append(removed)
        count = sum(r.private for r in test)
        print(
            f"{held:<8} {len(test):>5} {count:>4} |         "
            + cell(figures["lists"])
            + "         "
            + cell(figures["model"])[:-1]
            + f" {alone_at:.2f} |         "
            + cell(figures["both"])[:-1]
            + f" {both_at:.2f}"
        )
    every = [r for these in rows.values() for r in lines_of(these)]
    line = f"pooled   {len(every):>5} {sum(r.private for r in every):>4} |"
    for name in ("lists", "model", "both"):
        line += "         " + cell(rates(every, np.concatenate(totals[name])))
    print(line)
    for lang in ("fr", "en"):
        mine = np.array([r.lang == lang for r in every])
        these = [r for r in every if r.lang == lang]
        line = f"  {lang}     {len(these):>5} {sum(r.private for r in these):>4} |"
        for name in ("lists", "model", "both"):
            line += "         " + cell(rates(these, np.concatenate(totals[name])[mine]))
        print(line)
    reason_agreement(rows, reasons)


def reason_agreement(rows: dict[str, list[Row]], heads: dict[str, tuple]) -> None:
    """How often the reason head, trained without the writer, names the reason of a private
    line: the lists' (where they name one) or the house's reading (where only a model can
    catch the line, and the head's reason is the one the candidate reads)."""
    hit = {private_model._bucket(f"h:{why}") for why in private_words.REASON_KEYS}
    right = {"listed": 0, "unlisted": 0}
    count = {"listed": 0, "unlisted": 0}
    for held, (weights, bias) in heads.items():
        for r in lines_of(rows[held]):
            if not r.reason:
                continue
            feats = {i: v for i, v in r.feats.items() if i not in hit}
            scores = np.array(list(feats.values())) @ weights[list(feats)] + bias
            kind = "listed" if r.listed else "unlisted"
            count[kind] += 1
            right[kind] += private_words.REASON_KEYS[int(np.argmax(scores))] == r.reason
    print(
        f"reason head, out of writer: {right['listed']}/{count['listed']} of the lines the lists"
        f" name a reason for, {right['unlisted']}/{count['unlisted']} of the others"
    )


def timing() -> None:
    table = private_model.TABLE
    private_model.load.cache_clear()
    start = time.perf_counter()
    private_model.load()
    loaded = time.perf_counter() - start
    lines = [line for these in everyone().values() for line in these]
    for line in lines:  # warm the lemma cache, as a running server has
        private_words.reason(line.text, line.lang, _lemma)
    start = time.perf_counter()
    for line in lines:
        private_words.reason(line.text, line.lang, _lemma)
    lists = (time.perf_counter() - start) / len(lines)
    private_model._bucket.cache_clear()
    private_model._word_features.cache_clear()
    start = time.perf_counter()
    for line in lines:
        listed = private_words.reason(line.text, line.lang, _lemma)
        if not listed:
            private_model.reason(line.text, line.lang, _lemma, listed)
    both = (time.perf_counter() - start) / len(lines)
    print(
        f"table {table.name}: {table.stat().st_size / 1024:.0f} KB,"
        f" loaded in {loaded * 1000:.0f} ms;"
        f" per line: lists {lists * 1e6:.0f} µs, lists + model {both * 1e6:.0f} µs"
        f" (cold n-gram cache, {len(lines)} lines)"
    )


def main() -> None:
    rows = rows_by_writer()
    held_out(rows, hard_negatives())
    timing()


if __name__ == "__main__":
    main()
