"""Choose the learned model's gate on the rule hits it gates, out of writer (tone_train.py).

The gate drops a rule hit whose sentence the model scores under a threshold for the rule's
category. It used to be the score under which 5 % of all faulty training sentences fell:
when more writers made the model score faulty sentences higher, that quantile rose and the
gate dropped more true rule hits on an unseen writer, while it never looked at what it is
for, the rule hits on clean text. Here each threshold is chosen on the rule book's own hits
over the training items, scored by a model that never saw the item's writer (the
out-of-fold scores of tone_train.calibrate), per message as the guard judges them:
- a faulty item counts as kept when one hit of its own category scores at or above the
  gate (a hit of another category neither helps nor hurts its recall);
- a clean item counts as a false alarm when one hit of the category does;
- the gate maximises kept faulty items minus FALSE_ALARM_COST times kept clean ones.
Per rule, the same sums over that rule's hits alone, to which the category's sums add a
prior worth RULE_PRIOR items: a rule that hits many faulty items and few clean ones out of
writer gets a lower gate than its category, a rule that trips on clean text a higher one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from relance.tone import learned, matching, spelling
from relance.tone.context import quoted_spans
from relance.tone.lexing import lex, normalise
from relance.tone.scoring import gateable

CATS = learned.FAULT_CATEGORIES
# keeping a false alarm costs this many faulty items kept: the targets are recall >= 0.90
# and false alarms <= 5 % per message (chosen on dev B and writer L, models that never saw
# them: tone_train.py --train-only --gate-cost)
FALSE_ALARM_COST = 3.0
RULE_PRIOR = 20.0  # items: below this many hits a rule's gate stays near its category's
# the gate never rises over this score: past it the model is no judge of a rule's hit
GATE_CEILING = 0.5

# (lang, text) -> [(start, category, rule id)] of the rule hits the model may drop
_HITS: dict[tuple[str, str], list[tuple[int, str, str]]] = {}


def gated_hits(text: str, lang: str) -> list[tuple[int, str, str]]:
    """The rule book's hits on `text` that the combined engine submits to the gate."""
    key = (lang, text)
    if key not in _HITS:
        analysed = normalise(text)
        tokens = spelling.annotate(lex(analysed, lang), analysed, lang)
        hits = matching.rule_hits(analysed, tokens, lang, quoted_spans(analysed))
        _HITS[key] = [(h.start, h.category, h.rule_id) for h in hits if gateable(h, tokens)]
    return _HITS[key]


class Tally:
    """Per category or rule: the best-scoring hit of each faulty and each clean item."""

    def __init__(self) -> None:
        self.faulty: dict[str, list[float]] = defaultdict(list)
        self.clean: dict[str, list[float]] = defaultdict(list)
        self.category: dict[str, str] = {}  # key -> its category

    def add(self, key: str, category: str, score: float, clean: bool) -> None:
        (self.clean if clean else self.faulty)[key].append(score)
        self.category[key] = category


def tally(units: Sequence[Any], scores: Sequence[np.ndarray]) -> tuple[Tally, Tally]:
    """Per category and per rule, each item's highest out-of-fold score among its hits."""
    by_category, by_rule = Tally(), Tally()
    seen: set[int] = set()
    for unit, rows in zip(units, scores, strict=True):
        if id(unit) in seen or not len(rows):
            continue
        seen.add(id(unit))
        best_category: dict[str, float] = {}
        best_rule: dict[str, tuple[str, float]] = {}
        for start, category, rule in gated_hits(unit.text, unit.lang):
            if not unit.clean and category not in unit.labels:
                continue
            row = next((i for i, (s, e) in enumerate(unit.spans) if s <= start < e), None)
            if row is None:
                continue
            score = float(rows[row][CATS.index(category)])
            best_category[category] = max(best_category.get(category, 0.0), score)
            best_rule[rule] = (category, max(best_rule.get(rule, ("", 0.0))[1], score))
        for category, score in best_category.items():
            by_category.add(category, category, score, unit.clean)
        for rule, (category, score) in best_rule.items():
            by_rule.add(rule, category, score, unit.clean)
    return by_category, by_rule


def _gain(
    candidates: np.ndarray, faulty: list[float], clean: list[float], cost: float
) -> np.ndarray:
    """Kept faulty items minus `cost` times kept clean ones, per candidate gate (up to a
    constant: the clean items dropped gain, the faulty ones dropped lose)."""
    lost = np.searchsorted(np.sort(faulty), candidates, side="left")
    spared = np.searchsorted(np.sort(clean), candidates, side="left")
    return cost * spared - lost


CANDIDATES = np.round(np.arange(0.0, GATE_CEILING + 1e-9, 0.005), 3)


def choose(
    units: Sequence[Any],
    scores: Sequence[np.ndarray],
    cost: float | None = None,
    prior: float | None = None,
) -> tuple[np.ndarray, dict[str, float]]:
    """The gate per category and per rule (only the rules whose gate differs)."""
    cost = FALSE_ALARM_COST if cost is None else cost
    prior = RULE_PRIOR if prior is None else prior
    by_category, by_rule = tally(units, scores)
    gates = np.zeros(len(CATS), dtype=np.float32)
    curves: dict[str, np.ndarray] = {}
    for column, category in enumerate(CATS):
        faulty, clean = by_category.faulty[category], by_category.clean[category]
        curve = _gain(CANDIDATES, faulty, clean, cost)
        total = max(1, len(faulty) + len(clean))
        curves[category] = curve / total  # per item, for the rules' prior
        gates[column] = CANDIDATES[int(np.argmax(curve))]
    rule_gates: dict[str, float] = {}
    for rule, category in sorted(by_rule.category.items()):
        faulty, clean = by_rule.faulty[rule], by_rule.clean[rule]
        curve = _gain(CANDIDATES, faulty, clean, cost) + prior * curves[category]
        gate = float(CANDIDATES[int(np.argmax(curve))])
        if abs(gate - float(gates[CATS.index(category)])) > 1e-6:
            rule_gates[rule] = gate
    return gates, rule_gates


def report(
    units: Sequence[Any],
    scores: Sequence[np.ndarray],
    gates: np.ndarray,
    rule_gates: dict[str, float],
) -> None:
    """What the gate keeps and drops out of writer, per category."""
    by_category, _ = tally(units, scores)
    for column, category in enumerate(CATS):
        faulty, clean = by_category.faulty[category], by_category.clean[category]
        gate = float(gates[column])
        print(
            f"    {category}: gate {gate:.3f}, keeps {sum(s >= gate for s in faulty)}/"
            f"{len(faulty)} faulty items' hits and {sum(s >= gate for s in clean)}/"
            f"{len(clean)} clean ones"
        )
    print(f"    rules with their own gate: {rule_gates}")
