"""The learned model's own thresholds, chosen on what it adds to the rules
(bench/tone_raise.py, called by bench/tone_train.py)."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from tone_raise import Record, choose

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
