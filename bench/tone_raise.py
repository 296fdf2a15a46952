"""Choose the learned model's own thresholds (`raise_at`) on what it adds to the rules.

The thresholds (per category, for one sentence and for an e-mail) were each the score that
0.4 % of the clean training items reach out of writer, whatever the rules did. What matters
to the guard is what the model adds to the rules: its findings on the faulty items no rule
caught (recall it buys) and on the clean items no rule flagged (false alarms it adds; a
clean item the rules already flag costs nothing more). `choose` sets each threshold, on
out-of-writer scores of the writers' seeds (tone_train.py's folds), to keep the most of the
first minus `cost` times the second, with the lowest cost whose added false alarms stay
under a budget of the clean seeds, and never under the floors of the app's own drafts and
the rule counterexamples (tone_train.above_drafts). bench/tone_lowo.py checks the choice
writer by writer (chosen without the writer, counted on it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from relance.tone import check, learned, scoring

CATS = learned.FAULT_CATEGORIES
GRID = np.round(np.arange(0.30, 0.99, 0.01), 2)
# the model's added false alarms on the clean seeds, out of writer (bench/tone_lowo.py)
ADDED_FALSE_ALARMS = 0.015
COSTS = (12.0, 10.0, 8.0, 6.0, 5.0, 4.0, 3.0, 2.5, 2.0, 1.5, 1.0)


@dataclass
class Record:
    """One seed of a writer: its label, the rules' findings and the model's best scores."""

    writer: str
    label: str  # a category or "clean"
    several: int  # 1 for an e-mail of more than one sentence (raise_at's row)
    rules: frozenset[str]
    best: np.ndarray  # per category, the highest score of a sentence of three words or more


def records(
    units: list[Any], scores: list[np.ndarray], lang: str, skip_silenced: bool = False
) -> list[Record]:
    """The writers' seeds (unperturbed items), with the rules' categories and the model's
    best score per category over their sentences of three words or more (and, with
    `skip_silenced`, outside the polite frames and quotes where the guard never lets the
    model raise: scoring.silenced)."""
    found = []
    for unit, rows in zip(units, scores, strict=True):
        if not (unit.writer and unit.seed) or not len(rows):
            continue
        long_enough = [
            i
            for i, (start, end) in enumerate(unit.spans)
            if len(learned.sentence_words(unit.text[start:end])) >= learned.MIN_WORDS_TO_RAISE
        ]
        if skip_silenced:
            shown = set(open_rows(unit.text, lang, unit.spans))
            long_enough = [i for i in long_enough if i in shown]
        best = rows[long_enough].max(axis=0) if long_enough else np.zeros(len(CATS))
        rules = check(unit.text, lang, engine="rules").categories
        label = unit.labels[0] if unit.labels else "clean"
        found.append(Record(unit.writer, label, int(len(rows) > 1), rules, best))
    return found


def open_rows(text: str, lang: str, spans: list[tuple[int, int]]) -> list[int]:
    """The indexes of `spans` (a training unit's rows) the guard lets the model raise on:
    those holding a sentence of the guard's (learned.sentences) outside scoring.silenced
    (under three words, a polite frame, quotes)."""
    shut = set(scoring.silenced(text, lang))
    sentences = [
        span for span in learned.sentences(text) if learned.sentence_words(text[span[0] : span[1]])
    ]
    return [
        i
        for i, (start, end) in enumerate(spans)
        if any(s < end and start < e and (s, e) not in shut for s, e in sentences)
    ]


def raised(record: Record, raise_at: np.ndarray) -> set[str]:
    return {c for i, c in enumerate(CATS) if record.best[i] >= raise_at[record.several][i]}


def choose(picked: list[Record], floors: np.ndarray, budget: float) -> np.ndarray:
    """raise_at (2 x categories): per knob, the grid value that keeps the most faulty seeds
    the rules missed minus `cost` times the clean seeds the rules left clean that it would
    flag; the lowest cost whose added false alarms stay under `budget` of the clean seeds."""
    clean = [r for r in picked if r.label == "clean" and not r.rules]
    missed = [r for r in picked if r.label != "clean" and r.label not in r.rules]
    n_clean = max(1, sum(r.label == "clean" for r in picked))
    c_best = np.array([r.best for r in clean]).reshape(-1, len(CATS))
    c_several = np.array([r.several for r in clean], dtype=int)
    m_best = np.array([r.best for r in missed]).reshape(-1, len(CATS))
    m_several = np.array([r.several for r in missed], dtype=int)
    m_label = np.array([CATS.index(r.label) for r in missed], dtype=int)
    start = np.maximum(np.full((2, len(CATS)), 0.98), floors)

    def alarms(raise_at: np.ndarray) -> np.ndarray:
        return (c_best >= raise_at[c_several]).any(axis=1)

    chosen = None
    for cost in COSTS:
        raise_at = start.copy()
        for _ in range(3):  # coordinate descent: a clean seed alarms once, whatever knob
            for several in (0, 1):
                for column in range(len(CATS)):
                    trial = raise_at.copy()
                    trial[several][column] = 2.0  # this knob off: the others' alarms
                    other = alarms(trial)
                    mine = (c_several == several) & ~other
                    grid = GRID[floors[several][column] - 1e-9 <= GRID]
                    if not len(grid):
                        continue
                    col = c_best[mine, column]
                    fa = (col[:, None] >= grid[None, :]).sum(axis=0)
                    hit_rows = (m_several == several) & (m_label == column)
                    hits = (m_best[hit_rows, column][:, None] >= grid[None, :]).sum(axis=0)
                    gain = hits - cost * fa
                    raise_at[several][column] = grid[len(grid) - 1 - int(np.argmax(gain[::-1]))]
        if alarms(raise_at).sum() / n_clean > budget:
            break
        chosen = raise_at
    return chosen if chosen is not None else start
