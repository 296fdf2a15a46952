"""The tone check stays linear: one long token (a pasted blob) costs milliseconds, not seconds.

Measured in CPU time (a busy machine makes the wall clock wait for a core) and as a ratio:
ten times the characters must cost about ten times the time, not a hundred.
"""

from __future__ import annotations

import random
import time

import pytest

from relance.tone import check


def cpu_seconds(alphabet: str, length: int) -> float:
    """The best of three checks of a token never seen before (the per-word caches cannot
    help, as with a new paste)."""
    draw = random.Random(f"{alphabet}{length}")
    best = float("inf")
    for run in range(3):
        token = "".join(draw.choice(alphabet) for _ in range(length - run)) + "z" * run
        start = time.process_time()
        check(token, lang="fr", kind="followup")
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("alphabet", ["a", "é", "abcdéfghij"])
def test_it_checks_20000_characters_of_one_token_in_linear_time(alphabet: str) -> None:
    check("Bonjour", lang="fr", kind="followup")  # warm the lexicon up, as the editor is
    short = cpu_seconds(alphabet, 2_000)
    long = cpu_seconds(alphabet, 20_000)
    assert long < 0.2  # milliseconds, not seconds
    assert long < 30 * max(short, 0.001)  # linear: about 10 times, never 100
