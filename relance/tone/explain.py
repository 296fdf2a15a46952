"""Stage 5 of the tone guard: word each hit as a finding, from the rule's own data (its
category message, explanation in French and English, suggestion in the text's language)."""

from __future__ import annotations

from functools import lru_cache

from relance.tone.model import CATEGORY_MESSAGES, Finding, Hit
from relance.tone.rules import BuiltinRule, Rule, builtin_rules, rule_book

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def findings(hits: list[Hit], lang: str) -> tuple[Finding, ...]:
    """The findings of `hits` in the order of the text (errors first at one place)."""
    found = [finding(hit, lang) for hit in hits]
    found.sort(key=lambda f: (f.start, SEVERITY_ORDER[f.severity], f.end))
    return tuple(found)


def finding(hit: Hit, lang: str) -> Finding:
    rule: Rule | BuiltinRule
    if hit.builtin:
        rule = builtin_rule(hit.rule_id)
        suggestion = rule.suggestion(lang)
    else:
        rule = _book_rules(lang)[hit.rule_id]
        suggestion = rule.suggestion
    explanation_fr, explanation_en = rule.explanation_fr, rule.explanation_en
    if hit.params:
        params = dict(hit.params)
        suggestion = suggestion % params if suggestion else None
        explanation_fr, explanation_en = explanation_fr % params, explanation_en % params
    return Finding(
        category=rule.category,
        rule_id=hit.rule_id,
        severity=hit.severity or rule.severity,
        start=hit.start,
        end=hit.end,
        message=CATEGORY_MESSAGES[rule.category],
        suggestion=suggestion,
        explanation_fr=explanation_fr,
        explanation_en=explanation_en,
    )


def builtin_rule(rule_id: str) -> BuiltinRule:
    """A rule checked in code ("fr.familiarity.tutoiement" is "familiarity.tutoiement")."""
    return builtin_rules()[rule_id.removeprefix("fr.")]


@lru_cache(maxsize=4)
def _book_rules(lang: str) -> dict[str, Rule]:
    return {rule.id: rule for rule in rule_book(lang).rules}
