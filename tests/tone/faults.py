"""The fault categories a sentence is flagged for, as the tone tests read them."""

from typing import Any

from relance.tone import check

FAULTS = frozenset({"impatience", "aggression", "demand", "supplication", "familiarity"})


def faults(text: str, lang: str, **options: Any) -> set[str]:
    """The fault categories `check` finds in `text` (options: engine, kind)."""
    return set(check(text, lang=lang, **options).categories) & FAULTS


def private_reasons(text: str, lang: str) -> set[str]:
    """The "private.<reason>" rule ids the rule book finds in `text`."""
    found = check(text, lang=lang, engine="rules").findings
    return {f.rule_id for f in found if f.rule_id.startswith("private.")}
