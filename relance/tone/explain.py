"""Stage 5 of the tone guard: word each hit as a finding, from the rule's own data (its
category message, explanation in French and English, suggestion in the text's language).
A suggestion is a whole calmer sentence: it replaces the hit's whole sentence."""

from __future__ import annotations

from functools import lru_cache

from relance.tone import calmer, learned
from relance.tone.model import CATEGORY_MESSAGES, Finding, Hit
from relance.tone.rules import BuiltinRule, Rule, builtin_rules, rule_book

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def findings(hits: list[Hit], lang: str, text: str) -> tuple[Finding, ...]:
    """The findings of `hits` on `text` in the order of the text (errors first at one
    place)."""
    found = [finding(hit, lang, text) for hit in hits]
    found.sort(key=lambda f: (f.start, SEVERITY_ORDER[f.severity], f.end))
    return tuple(found)


def finding(hit: Hit, lang: str, text: str) -> Finding:
    """The finding of one hit; with its suggestion, the span of `text` that the suggestion
    replaces (the hit's whole sentence)."""
    rule: Rule | BuiltinRule
    if hit.builtin:
        rule = builtin_rule(hit.rule_id)
        suggestion = rule.suggestion(lang)
    else:
        rule = _book_rules(lang)[hit.rule_id]
        suggestion = rule.suggestion or _written_out(hit, rule, text, lang)
    explanation_fr, explanation_en = rule.explanation_fr, rule.explanation_en
    if hit.params:
        params = dict(hit.params)
        suggestion = suggestion % params if suggestion else None
        explanation_fr, explanation_en = explanation_fr % params, explanation_en % params
    replace_start, replace_end = _replaced_span(hit, suggestion, text)
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
        replace_start=replace_start,
        replace_end=replace_end,
    )


def _replaced_span(hit: Hit, suggestion: str | None, text: str) -> tuple[int, int]:
    """The hit's sentence (its line, or up to its final punctuation), so that applying the
    suggestion leaves no fragment of the old sentence; nothing for a hit without a
    suggestion or without a span of the text (-1, -1)."""
    if not suggestion or hit.end <= hit.start:
        return -1, -1
    for start, end in learned.sentences(text):
        if start <= hit.start < end:
            return start, max(end, hit.end)
    return -1, -1


def _written_out(hit: Hit, rule: Rule, text: str, lang: str) -> str | None:
    """A shorthand hit's sentence with every clipped word in it written out, those of the
    other shorthand rules too ("Ouais, je suis dispo." is "Oui, je suis disponible.")."""
    if not rule.calmer:
        return None
    for start, end in learned.sentences(text):
        if start <= hit.start < end:
            return calmer.written_out(text[start : max(end, hit.end)], _calmer_table(lang))
    return None


@lru_cache(maxsize=4)
def _calmer_table(lang: str) -> tuple[tuple[str, str], ...]:
    """Every rule's clipped words and their whole forms, for one language."""
    table: dict[str, str] = {}
    for rule in rule_book(lang).rules:
        table.update(rule.calmer)
    return tuple(table.items())


def builtin_rule(rule_id: str) -> BuiltinRule:
    """A rule checked in code ("fr.familiarity.tutoiement" is "familiarity.tutoiement")."""
    return builtin_rules()[rule_id.removeprefix("fr.")]


@lru_cache(maxsize=4)
def _book_rules(lang: str) -> dict[str, Rule]:
    return {rule.id: rule for rule in rule_book(lang).rules}
