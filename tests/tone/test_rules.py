"""Every rule file's own examples must hit their rule, and its counterexamples stay clean."""

import pytest

from relance.tone import check
from relance.tone.patterns import PatternError, compile_pattern
from relance.tone.rules import RULES_DIR, builtin_rules, rule_book

CASES = [
    (lang, rule.id, example, hits)
    for lang in ("fr", "en")
    for rule in rule_book(lang).rules
    for examples, hits in ((rule.examples, True), (rule.counterexamples, False))
    for example in examples
]


@pytest.mark.parametrize(("lang", "rule_id", "example", "hits"), CASES)
def test_it_honours_the_rule_files_examples(
    lang: str, rule_id: str, example: str, hits: bool
) -> None:
    found = {f.rule_id for f in check(example, lang=lang, engine="rules").findings}
    if hits:
        assert rule_id in found
    else:
        assert not found


COUNTEREXAMPLES = [(lang, example) for lang, _, example, hits in CASES if not hits]


@pytest.mark.parametrize(("lang", "example"), COUNTEREXAMPLES)
def test_it_keeps_every_counterexample_clean_with_the_default_engine(
    lang: str, example: str
) -> None:
    """The rule files' examples test the rules; their counterexamples are clean for the
    whole guard, learned model included."""
    assert not check(example, lang=lang).findings


def test_it_has_a_file_per_language_and_category() -> None:
    for lang in ("fr", "en"):
        stems = {path.stem for path in (RULES_DIR / lang).glob("*.toml")}
        assert {"impatience", "aggression", "demand", "supplication", "familiarity"} <= stems


def test_it_gives_every_rule_both_explanations_and_an_example() -> None:
    for lang in ("fr", "en"):
        for rule in rule_book(lang).rules:
            assert rule.explanation_fr and rule.explanation_en and rule.examples, rule.id


def test_it_explains_every_builtin_rule() -> None:
    assert all(r.explanation_fr and r.explanation_en for r in builtin_rules().values())


def test_it_refuses_a_pattern_starting_with_a_gap() -> None:
    with pytest.raises(PatternError):
        compile_pattern("... réponse", {})


EXAMPLES = [(lang, rule_id, example) for lang, rule_id, example, hits in CASES if hits]


@pytest.mark.parametrize(("lang", "rule_id", "example"), EXAMPLES)
def test_it_keeps_every_example_hit_with_the_default_engine(
    lang: str, rule_id: str, example: str
) -> None:
    """The learned model's gate never drops a hit that the rule's own examples justify."""
    assert rule_id in {f.rule_id for f in check(example, lang=lang).findings}
