"""Calmer wording that composes: every suggestion replaces its finding's whole sentence
with a grammatical one that the guard accepts, with no fragment of the old sentence left,
no doubled punctuation and no instruction text."""

import re

import pytest

from relance.tone import check
from relance.tone.rules import builtin_rules, rule_book

FAULTS = {"impatience", "aggression", "demand", "supplication", "familiarity"}
DOUBLED = re.compile(r"[.!?,;:]\s*[.!?,;:]|\s[,.]|\s{2,}")
INSTRUCTION = re.compile(r"[/\[\]…]|^\s*(?:Keep|Gardez|Use|Write|Écrivez|Remove|Supprimez)\b")
CASES = [
    (lang, rule.id, example)
    for lang in ("fr", "en")
    for rule in rule_book(lang).rules
    if rule.suggestion
    for example in rule.examples
]
# shorthand rules write their clipped words out (calmer.py): each example holding one of them
CASES += [
    (lang, rule.id, example)
    for lang in ("fr", "en")
    for rule in rule_book(lang).rules
    if rule.calmer and not rule.suggestion
    for example in rule.examples
    if any(
        f.rule_id == rule.id and f.suggestion
        for f in check(example, lang=lang, engine="rules").findings
    )
]


def _finding(text: str, lang: str, rule_id: str):
    found = [f for f in check(text, lang=lang, engine="rules").findings if f.rule_id == rule_id]
    assert found, rule_id
    return found[0]


@pytest.mark.parametrize(("lang", "rule_id", "example"), CASES)
def test_it_applies_each_suggestion_to_its_own_example(
    lang: str, rule_id: str, example: str
) -> None:
    finding = _finding(example, lang, rule_id)
    applied = finding.applied(example)
    assert applied != example
    assert not DOUBLED.search(applied), applied
    assert not {f.category for f in check(applied, lang=lang).findings} & FAULTS, applied


@pytest.mark.parametrize(("lang", "rule_id", "example"), CASES)
def test_it_replaces_the_whole_sentence_inside_an_email(
    lang: str, rule_id: str, example: str
) -> None:
    hello, bye = ("Dear Ms Smith,", "Kind regards,")
    if lang == "fr":
        hello, bye = ("Bonjour Madame,", "Bien cordialement,")
    email = f"{hello}\n\n{example}\n\n{bye}\nJeanne Martin"
    finding = _finding(email, lang, rule_id)
    applied = finding.applied(email)
    assert applied == f"{hello}\n\n{finding.suggestion}\n\n{bye}\nJeanne Martin"


def test_it_offers_whole_sentences_never_instructions() -> None:
    suggestions = [rule.suggestion for lang in ("fr", "en") for rule in rule_book(lang).rules]
    suggestions += [
        rule.suggestion(lang)
        for rule in builtin_rules().values()
        if not rule.id.startswith(("length.", "concreteness.", "timing."))
        for lang in ("fr", "en")
    ]
    for suggestion in filter(None, suggestions):
        assert suggestion[0].isupper() and suggestion[-1] in ".?!,", suggestion
        assert not INSTRUCTION.search(suggestion), suggestion


def test_it_keeps_the_old_excerpt_when_a_finding_has_no_suggestion() -> None:
    text = "Salut, je reviens vers vous."
    finding = check(text, lang="fr").findings[0]
    assert finding.suggestion is None and finding.applied(text) == text
