"""Stage 3 of the tone guard: match the rule book, the register checks, the timing and the
form checks on the tokens of stages 1-2, as hits (stage 5 words them)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from relance.tone import excuses, form, frames, own_state, private, register, timing, told
from relance.tone.candidates import match_candidate
from relance.tone.context import closes_letter, in_frame, is_name_span, is_negated, is_quoted
from relance.tone.lexing import Token
from relance.tone.model import Hit
from relance.tone.patterns import Pattern, match_at
from relance.tone.rules import Rule, RuleBook, builtin_rules, rule_book


def builtin_hit(
    rule_id: str,
    start: int,
    end: int,
    severity: str | None = None,
    params: Mapping[str, object] | None = None,
) -> Hit:
    """A hit of a rule checked in code ("fr.familiarity.tutoiement" is "familiarity.tutoiement")."""
    category = builtin_rules()[rule_id.removeprefix("fr.")].category
    return Hit(rule_id, category, start, end, True, severity, tuple((params or {}).items()))


def rule_hits(
    text: str, tokens: list[Token], lang: str, quotes: list[tuple[int, int]]
) -> list[Hit]:
    """The rule book's hits, but for a match that is negated, quoted, a proper name
    ("Monsieur Coucou") or inside one of its rule's context frames (`unless`)."""
    book = rule_book(lang)
    scopes: list[frames.Scope] | None = None  # found on the first aggression hit only
    hits: list[Hit] = []
    taken: dict[str, int] = {}  # rule id -> end of its last hit (no overlapping repeats)
    present = frozenset().union(*[token.keys for token in tokens])  # every key of the text
    for index, token in enumerate(tokens):
        if not token.is_word:
            continue
        bucket = book.buckets.word(token.keys)
        if bucket is None:
            continue
        for rule, patterns in bucket.groups(tokens, index):
            if taken.get(rule.id, -1) > token.start:
                continue
            if len(patterns) == 1:  # most rules: one pattern, tried without sorting
                if not (patterns[0].plain or bucket.may_match(patterns[0], present)):
                    continue
                end = match_candidate(patterns[0], tokens, index)
                if end < 0:
                    continue
                found: Sequence[tuple[int, Pattern]] = ((end, patterns[0]),)
            else:
                possible = [
                    pattern
                    for pattern in patterns
                    if pattern.plain or bucket.may_match(pattern, present)
                ]
                found = longest_first(possible, tokens, index, match_candidate)
            for end, pattern in found:
                if rule.negatable and not pattern.has_negator and is_negated(tokens, index, lang):
                    continue
                start, stop = token.start, tokens[end - 1].end
                if is_quoted(start, stop, quotes) or is_name_span(text, tokens, start, stop):
                    continue
                if rule.closing and closes_letter(text, tokens, index):
                    continue  # "… that week. Cheers, Fergus Mackay": a sign-off
                if rule.unless and in_frame(rule.unless, tokens, index, turns=True):
                    continue  # a context frame: the recruiter's date, a stated cause...
                if (
                    rule.unless_for_others
                    and not own_state.said_of_oneself(tokens, index, lang)
                    and in_frame(rule.unless_for_others, tokens, index, turns=True)
                ):
                    continue  # the job's people's distress, not the writer's
                if rule.told_cause and told.told_in_past(tokens, lang, index):
                    continue  # an apology whose cause follows in a past clause
                if rule.category in excuses.excused(tokens, lang, index):
                    continue  # an apology with its cause, a conditional question
                taken[rule.id] = stop
                if rule.category == "aggression":
                    if scopes is None:
                        scopes = frames.scopes(tokens, lang)
                    if frames.inside(scopes, frames.REPORTED, index) or frames.inside(
                        scopes, frames.VICTIM, index
                    ):
                        break  # someone else's words, or violence suffered
                    if frames.inside(scopes, frames.SELF, index):
                        hits.append(builtin_hit("familiarity.self_insult", start, stop))
                        break
                hits.append(Hit(rule.id, rule.category, start, stop))
                break
    return hits


def candidates(book: RuleBook, tokens: list[Token], index: int) -> list[tuple[Rule, Pattern]]:
    """The (rule, pattern) pairs that may match at tokens[index], each once, in the rule
    book's order (rule_hits tries them rule by rule). A word's keys (its form, lemmas,
    folds) are a set of strings, iterated in an order that the process's hash seed sets:
    gathered in that order, the candidates gave one span on a server and another after a
    restart."""
    bucket = book.buckets.word(tokens[index].keys)
    if bucket is None:
        return []
    return [(rule, pattern) for rule, group in bucket.groups(tokens, index) for pattern in group]


def longest_first(
    patterns: list[Pattern],
    tokens: list[Token],
    index: int,
    match: Callable[[Pattern, list[Token], int], int] = match_at,
) -> list[tuple[int, Pattern]]:
    """The patterns of one rule that match at tokens[index], with their ends, the longest
    match first (ties: the rule's own order). When two patterns of a rule match on the same
    word, the reader is shown the whole phrase the rule recognised (« Je passerai à l'agence
    jeudi », "apologies for bothering you yet again"), not the shorter piece another
    pattern also covers (« Je passerai à l'agence »)."""
    matched = [(match(pattern, tokens, index), pattern) for pattern in patterns]
    found = [(end, pattern) for end, pattern in matched if end >= 0]
    if len(found) > 1:
        found.sort(key=lambda pair: -pair[0])  # stable: ties keep the rule's order
    return found


def register_hits(
    text: str, tokens: list[Token], lang: str, quotes: list[tuple[int, int]]
) -> list[Hit]:
    found = list(register.emojis(text)) + list(register.shouting(text, tokens, lang))
    if lang == "fr":
        found += register.tutoiement(tokens)
    return [
        builtin_hit(rule_id, start, end)
        for rule_id, start, end in found
        if not is_quoted(start, end, quotes)
        and (rule_id.startswith("shouting.") or not is_name_span(text, tokens, start, end))
    ]


def private_hits(
    text: str, tokens: list[Token], lang: str, quotes: list[tuple[int, int]]
) -> list[Hit]:
    """What a recruiter must not read, sentence by sentence (private.py)."""
    return [
        builtin_hit(rule_id, start, end)
        for rule_id, start, end in private.findings(text, tokens, lang, quotes)
    ]


def timing_hits(context: Mapping[str, object] | None) -> list[Hit]:
    return [
        builtin_hit(rule_id, 0, 0, params=params) for rule_id, params in timing.findings(context)
    ]


def form_hits(
    kind: str,
    text: str,
    tokens: list[Token],
    word_count: int,
    context: Mapping[str, object] | None,
) -> list[Hit]:
    hits = [
        builtin_hit(rule_id, 0, 0, severity, {"limit": limit, "count": word_count})
        for rule_id, severity, limit in form.length(kind, word_count)
    ]
    hits += [
        builtin_hit(rule_id, 0, 0, severity)
        for rule_id, severity in form.concreteness(kind, text, tokens, context)
    ]
    return hits
