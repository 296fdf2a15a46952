"""Rules are data: one TOML file per language and category under rules/<lang>/.

Each [[rule]] has an id, one pattern (or several), a severity, explanation_fr,
explanation_en, an optional suggestion in the file's language, examples that must hit and
counterexamples that must stay clean (both checked by the tests). `calmer` maps clipped
words to their whole form: the suggestion is then the hit's sentence with them written
out. `negatable = false` keeps a rule alive after "ne... pas" / "not" (patterns that
contain a negation already are). `unless` names context frames (contexts.toml of the
language): a match in a sentence where one of them matches is not the writer's fault
("vous m'aviez indiqué une décision d'ici vendredi" reports the recruiter's date, it sets
no deadline). `fuzzy = false` keeps a rule's words out of the typo lexicon (spelling.py):
phrases of everyday words ("avant même mon entretien") must not turn ordinary typos into
aggression words.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from relance.tone import compiled
from relance.tone.candidates import Buckets
from relance.tone.model import CATEGORIES, SEVERITIES
from relance.tone.patterns import Pattern, class_keys, compile_pattern

RULES_DIR = Path(__file__).parent / "rules"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    severity: str
    patterns: tuple[Pattern, ...]
    explanation_fr: str
    explanation_en: str
    suggestion: str | None
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    negatable: bool
    unless: tuple[Pattern, ...] = ()
    # frames that excuse a hit only when it is not the writer's own state (own_state.py)
    unless_for_others: tuple[Pattern, ...] = ()
    fuzzy: bool = True
    # yields to a cause told in a past clause of its own too (excuses.told_in_past)
    told_cause: bool = False
    # clipped word -> the word written out: the suggestion is the hit's sentence with them
    # written out (calmer.py), for a rule without a fixed suggestion
    calmer: tuple[tuple[str, str], ...] = ()
    # a word that may sign a letter off (context.closes_letter: "… Cheers, Fergus Mackay")
    closing: bool = False


@dataclass(frozen=True, slots=True)
class RuleBook:
    lang: str
    rules: tuple[Rule, ...]
    # first-word key -> (rule, pattern) pairs that may start on a token with that key
    index: dict[str, tuple[tuple[Rule, Pattern], ...]]
    # the same, narrowed by the next word (candidates.py): what the guard tries
    buckets: Buckets[Rule]
    # id of each pattern -> its place in the book (the files' order, then each rule's
    # patterns in order): the guard tries a word's candidates in this order, never in the
    # order of the word's keys, a set of strings that the process's hash seed orders
    order: dict[int, int]


class RuleFileError(ValueError):
    pass


def _load_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


# data files beside the category files that are not rules
NON_RULE_FILES = frozenset({"classes", "frames", "contexts"})


def class_table(lang: str) -> dict[str, frozenset[str]]:
    """The @name word lists of classes.toml, as pattern keys."""
    return _compiled(lang)[0]


def context_frames(lang: str) -> dict[str, tuple[Pattern, ...]]:
    """The named context frames of contexts.toml: the sentences where a rule does not apply."""
    return _compiled(lang)[1]


@lru_cache(maxsize=4)
def rule_book(lang: str) -> RuleBook:
    rules = [Rule(**fields) for fields in _compiled(lang)[2]]
    index: dict[str, list[tuple[Rule, Pattern]]] = {}
    for rule in rules:
        for pattern in rule.patterns:
            for key in pattern.elements[0].keys:
                index.setdefault(key, []).append((rule, pattern))
    first = {key: tuple(pairs) for key, pairs in index.items()}
    patterns = (pattern for rule in rules for pattern in rule.patterns)
    order = {id(pattern): place for place, pattern in enumerate(patterns)}
    return RuleBook(lang, tuple(rules), first, Buckets(first, order), order)


@lru_cache(maxsize=4)
def _compiled(lang: str) -> compiled.Compiled:
    return compiled.load(lang, RULES_DIR / lang, lambda: _compile(lang))


def _compile(lang: str) -> compiled.Compiled:
    """The language's classes, context frames and rules (each rule's fields), checked."""
    classes_path = RULES_DIR / lang / "classes.toml"
    classes = (
        {name: class_keys(words) for name, words in _load_toml(classes_path).items()}
        if classes_path.exists()
        else {}
    )
    contexts_path = RULES_DIR / lang / "contexts.toml"
    frames = (
        {
            name: tuple(compile_pattern(source, classes) for source in frame["patterns"])
            for name, frame in _load_toml(contexts_path).items()
        }
        if contexts_path.exists()
        else {}
    )
    rules: list[dict[str, Any]] = []
    for path in sorted((RULES_DIR / lang).glob("*.toml")):
        if path.stem in NON_RULE_FILES:
            continue
        if path.stem not in CATEGORIES:
            raise RuleFileError(f"{path.name}: the file name must be a category {CATEGORIES}")
        for raw in _load_toml(path).get("rule", []):
            rules.append(_rule(lang, path.stem, raw, classes, frames))
    ids = [rule["id"] for rule in rules]
    duplicates = {rule_id for rule_id in ids if ids.count(rule_id) > 1}
    if duplicates:
        raise RuleFileError(f"duplicate rule ids: {sorted(duplicates)}")
    return classes, frames, rules


def _rule(
    lang: str,
    category: str,
    raw: dict[str, Any],
    classes: dict[str, frozenset[str]],
    frames: dict[str, tuple[Pattern, ...]],
) -> dict[str, Any]:
    """The fields of a Rule (plain data, kept by compiled.py) from its TOML table."""
    rule_id = f"{lang}.{category}.{raw['id']}"
    sources = raw.get("patterns") or [raw["pattern"]]
    severity = raw.get("severity", "warning")
    if severity not in SEVERITIES:
        raise RuleFileError(f"{rule_id}: severity must be one of {SEVERITIES}")
    try:
        patterns = tuple(compile_pattern(source, classes) for source in sources)
    except ValueError as error:
        raise RuleFileError(f"{rule_id}: {error}") from error
    framed = [*raw.get("unless", ()), *raw.get("unless_for_others", ())]
    unknown = [name for name in framed if name not in frames]
    if unknown:
        raise RuleFileError(f"{rule_id}: unknown context frames {unknown}")
    return {
        "id": rule_id,
        "category": category,
        "severity": severity,
        "patterns": patterns,
        "explanation_fr": raw["explanation_fr"],
        "explanation_en": raw["explanation_en"],
        "suggestion": raw.get("suggestion") or None,
        "examples": tuple(raw.get("examples", ())),
        "counterexamples": tuple(raw.get("counterexamples", ())),
        "negatable": bool(raw.get("negatable", True)),
        "unless": tuple(p for name in raw.get("unless", ()) for p in frames[name]),
        "unless_for_others": tuple(
            p for name in raw.get("unless_for_others", ()) for p in frames[name]
        ),
        "fuzzy": bool(raw.get("fuzzy", True)),
        "told_cause": "told_cause" in raw.get("unless", ()),
        "closing": bool(raw.get("closing", False)),
        "calmer": tuple(
            (" ".join(key.lower().split()), str(value))
            for key, value in raw.get("calmer", {}).items()
        ),
    }


@dataclass(frozen=True, slots=True)
class BuiltinRule:
    id: str
    category: str
    severity: str
    explanation_fr: str
    explanation_en: str
    suggestion_fr: str | None
    suggestion_en: str | None

    def suggestion(self, lang: str) -> str | None:
        return self.suggestion_fr if lang == "fr" else self.suggestion_en


@lru_cache(maxsize=1)
def builtin_rules() -> dict[str, BuiltinRule]:
    """Rules checked in code (tutoiement, emojis, capitals, length...), explained in data."""
    raw = _load_toml(RULES_DIR / "builtin.toml")
    return {
        item["id"]: BuiltinRule(
            id=item["id"],
            category=item["category"],
            severity=item["severity"],
            explanation_fr=item["explanation_fr"],
            explanation_en=item["explanation_en"],
            suggestion_fr=item.get("suggestion_fr"),
            suggestion_en=item.get("suggestion_en"),
        )
        for item in raw["rule"]
    }
