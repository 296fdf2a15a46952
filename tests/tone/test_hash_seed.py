"""The guard finds the same spans, in the same order, whatever the process's hash seed: a
word's keys are a set of strings, and the guard used to try its candidate patterns in the
order of that set (bench/tone_same.py --seeds A B checks the whole corpus)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from relance.tone.lexing import Token, lex, normalise
from relance.tone.matching import candidates, longest_first
from relance.tone.patterns import compile_pattern
from relance.tone.rules import rule_book

ROOT = Path(__file__).resolve().parents[2]
# each process checks the texts and prints its findings; run from this tree's sources
READ = """
import json, sys
from relance.tone import check
for lang, text in json.load(sys.stdin):
    print(json.dumps([f.as_dict() for f in check(text, lang).findings]))
"""
# Texts of writers A and B whose findings followed the hash seed before the fix (7ab3c58
# against itself, seeds 0, 1 and 2): which of two patterns of one rule set the span, and
# the order of two findings on the same words.
SEED_DEPENDENT = [
    ("en", "Frankly, I deserved better than being left hanging."),
    ("en", "Hiya Tom, any news on my application?"),
    ("en", "Your HR department is a joke."),
    ("fr", "Justifiez-moi ce délai, s'il vous plaît."),
]
# Seeds under which the code before the fix differed on the texts above.
SEEDS = ("1", "2")


def findings_under(seed: str, texts: list[tuple[str, str]]) -> list[object]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", READ],
        input=json.dumps(texts),
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def rule_examples(every: int = 2) -> list[tuple[str, str]]:
    """The first example of one rule in `every`, in both languages (a few dozen texts)."""
    return [
        (lang, rule.examples[0])
        for lang in ("fr", "en")
        for rule in rule_book(lang).rules[::every]
        if rule.examples
    ]


def test_it_finds_the_same_under_two_hash_seeds() -> None:
    texts = SEED_DEPENDENT + rule_examples()
    first, second = (findings_under(seed, texts) for seed in SEEDS)
    assert len(first) == len(texts)
    assert first[0]  # the reproach is found, whichever its span
    assert first == second


def tokens(text: str, lang: str = "en") -> list[Token]:
    return lex(normalise(text), lang)


def test_it_tries_a_words_candidates_in_the_rule_books_order() -> None:
    book = rule_book("en")
    words = tokens("Frankly, I deserved better than being left hanging.")
    found = candidates(book, words, 3)  # "I"
    places = [book.order[id(pattern)] for _, pattern in found]
    assert places == sorted(places)
    assert len({id(pattern) for _, pattern in found}) == len(found)


def test_it_shows_the_longest_match_of_a_rule_first() -> None:
    short, long = compile_pattern("left hanging", {}), compile_pattern("left hanging like", {})
    words = tokens("being left hanging like this")
    assert [end for end, _ in longest_first([short, long], words, 1)] == [4, 3]


def test_it_keeps_the_rules_order_between_matches_of_one_length() -> None:
    first, second = compile_pattern("left *", {}), compile_pattern("left hanging", {})
    words = tokens("being left hanging")
    assert [pattern for _, pattern in longest_first([first, second], words, 1)] == [
        first,
        second,
    ]


def test_it_leaves_out_the_patterns_that_do_not_match() -> None:
    words = tokens("being left alone")
    assert longest_first([compile_pattern("left hanging", {})], words, 1) == []
