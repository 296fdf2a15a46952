"""The learned model's own thresholds, chosen on what it adds to the rules
(bench/tone_raise.py, called by bench/tone_train.py)."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import tone_train
from tone_raise import Record, choose, open_rows, records

from relance.tone import learned

FLOORS = np.full((2, 5), 0.5)


def _record(label: str, aggression: float, rules: frozenset[str] = frozenset()) -> Record:
    best = np.array([0.1, aggression, 0.1, 0.1, 0.1])
    return Record("X", label, 0, rules, best)


def test_it_lowers_a_threshold_to_catch_what_the_rules_miss() -> None:
    seeds = [_record("aggression", 0.7)] * 10 + [_record("clean", 0.2)] * 100
    assert choose(seeds, FLOORS, 0.015)[0][1] <= 0.7


def test_it_ignores_clean_seeds_the_rules_already_flag() -> None:
    flagged = frozenset({"aggression"})
    seeds = [_record("aggression", 0.7)] * 10 + [_record("clean", 0.9, flagged)] * 20
    seeds += [_record("clean", 0.2)] * 80
    assert choose(seeds, FLOORS, 0.015)[0][1] <= 0.7


def test_it_keeps_the_added_false_alarms_under_the_budget() -> None:
    seeds = [_record("aggression", 0.7)] * 10 + [_record("clean", 0.7)] * 5
    seeds += [_record("clean", 0.2)] * 95
    assert choose(seeds, FLOORS, 0.015)[0][1] > 0.7


def test_it_never_goes_under_the_floors() -> None:
    seeds = [_record("aggression", 0.4)] * 10 + [_record("clean", 0.1)] * 100
    assert choose(seeds, FLOORS, 0.015)[0][1] >= 0.5


def _counterexample(text: str) -> tone_train.Unit:
    unit = tone_train.Unit("en", text, [], 0)
    unit.draft = True
    return unit


def _floors(units: list[tone_train.Unit]) -> np.ndarray:
    # every sentence scores 0.5 in every category (zero weights, zero bias)
    weights = np.zeros((learned.BUCKETS, len(learned.FAULT_CATEGORIES)), dtype=np.float32)
    bias = np.zeros(len(learned.FAULT_CATEGORIES), dtype=np.float32)
    return tone_train.above_drafts(units, weights, bias, np.zeros((2, 5)), skip_silenced=True)


def test_it_skips_a_sentence_that_asks_leave() -> None:
    assert open_rows("May I call you on Monday?", "en", [(0, 25)]) == []


def test_it_keeps_a_plain_sentence() -> None:
    assert open_rows("I improved my English this year.", "en", [(0, 32)]) == [0]


def test_it_sets_no_floor_on_a_counterexample_in_a_polite_frame() -> None:
    assert _floors([_counterexample("May I call you on Monday?")]).max() == 0


def test_it_sets_a_floor_on_a_plain_counterexample() -> None:
    floors = _floors([_counterexample("I improved my English this year.")])
    assert np.allclose(floors, 0.5 + tone_train.DRAFT_MARGIN)


def test_it_reads_a_seed_outside_its_polite_frame() -> None:
    text = "May I call you on Monday? I have waited far too long for an answer."
    unit = tone_train.Unit("en", text, ["impatience"], 0, whole=True)
    unit.writer, unit.seed = "X", True
    rows = np.array([[0.1, 0.9, 0.1, 0.1, 0.1], [0.8, 0.1, 0.1, 0.1, 0.1]])
    (record,) = records([unit], [rows], "en", skip_silenced=True)
    assert record.best.tolist() == [0.8, 0.1, 0.1, 0.1, 0.1]
