"""check(): run the rule book, the register checks and the form checks over one text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from relance.core.i18n import N_
from relance.tone import form, frames, learned, register, timing
from relance.tone.context import in_frame, is_name_span, is_negated, is_quoted, quoted_spans
from relance.tone.language import detect
from relance.tone.model import CATEGORY_MESSAGES, KINDS, LANGS, Finding, ToneResult
from relance.tone.patterns import match_at
from relance.tone.rules import builtin_rules, context_frames, rule_book
from relance.tone.tokens import Token, normalise, tokenize

# Past this size only the beginning is read for wording (a message is never this long;
# the length check still counts every word).
MAX_ANALYSED_CHARS = 50_000
WORD_COUNT_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# "combined" (the default) gates the rule findings with the learned model and adds its own:
# on the frozen test split of corpus v2 it catches more than the rules alone with fewer false
# alarms, and its thresholds sit above every score of the app's own drafts and of the rule
# counterexamples (bench/tone_train.py). "rules" alone and "model" alone are for the benchmark.
ENGINES = ("rules", "combined", "model")
# context frames (contexts.toml) under which the model raises nothing of its own
POLITE_FRAMES = ("permission", "agreed", "recruiter_said")


def check(
    text: str,
    lang: str = "auto",
    kind: str = "free",
    *,
    context: Mapping[str, object] | None = None,
    engine: str = "combined",
) -> ToneResult:
    """Findings on the tone and form of `text`, a message from a candidate to a recruiter.

    `context` may give (every key optional; the Django layer fills them from the
    application):
    - "position": str and "interview_date": datetime.date, so that a follow-up, call or
      voicemail is checked for naming them;
    - "days_before_recruiter_date": int, how many days remain before the date the recruiter
      gave for their answer: a follow-up sent before it is impatient, however polite;
    - "messages_already_sent": int, the candidate's messages since the interview that got no
      answer: a follow-up happens once, a third message is impatient.
    `engine`: "combined" (default: rules gated by the learned model, plus its own findings),
    "rules" or "model" alone (for the benchmark).
    """
    if lang not in LANGS:
        raise ValueError(N_("Unknown language %(lang)s: use auto, fr or en.") % {"lang": lang})
    if kind not in KINDS:
        raise ValueError(N_("Unknown kind %(kind)s.") % {"kind": kind})
    if engine not in ENGINES:
        raise ValueError(f"Unknown engine {engine}: use one of {ENGINES}.")
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    analysed = normalise(text[:MAX_ANALYSED_CHARS])
    if lang == "auto":
        lang = detect(analysed)
    word_count = len(WORD_COUNT_RE.findall(text))
    if not analysed.strip():
        return ToneResult(lang, (), 0)
    tokens = tokenize(analysed, lang)
    quotes = quoted_spans(analysed)
    findings: list[Finding] = []
    kept: list[Finding] = []  # register findings (tutoiement, emojis...): never gated
    if engine != "model":
        findings = _rule_findings(analysed, tokens, lang, quotes)
        kept = _register_findings(analysed, tokens, lang, quotes)
    if engine != "rules":
        findings = _weigh_with_model(
            analysed, tokens, quotes, lang, findings, kept, engine == "model"
        )
    findings += kept
    findings += [
        _builtin(rule_id, 0, 0, lang, None, **params)
        for rule_id, params in timing.findings(context)
    ]
    findings += _form_findings(kind, analysed, tokens, lang, word_count, context)
    findings = [_whole_sentence(f, analysed) for f in findings]
    findings.sort(key=lambda f: (f.start, SEVERITY_ORDER[f.severity], f.end))
    return ToneResult(lang, tuple(findings), word_count)


def _whole_sentence(finding: Finding, text: str) -> Finding:
    """A suggestion is a whole calmer sentence: it replaces the finding's sentence (its
    line, or up to its final punctuation), so no fragment of the old one is left."""
    if not finding.suggestion or finding.end <= finding.start:
        return finding
    for start, end in learned.sentences(text):
        if start <= finding.start < end:
            return replace(finding, replace_start=start, replace_end=max(end, finding.end))
    return finding


def _rule_findings(
    text: str, tokens: list[Token], lang: str, quotes: list[tuple[int, int]]
) -> list[Finding]:
    book = rule_book(lang)
    scopes: list[frames.Scope] | None = None  # found on the first aggression finding only
    findings: list[Finding] = []
    taken: dict[str, int] = {}  # rule id -> end of its last finding (no overlapping repeats)
    for index, token in enumerate(tokens):
        if not token.is_word:
            continue
        tried: set[int] = set()
        for key in token.keys:
            for rule, pattern in book.index.get(key, ()):
                if id(pattern) in tried:
                    continue
                tried.add(id(pattern))
                if taken.get(rule.id, -1) > token.start:
                    continue
                end = match_at(pattern, tokens, index)
                if end < 0:
                    continue
                if rule.negatable and not pattern.has_negator and is_negated(tokens, index, lang):
                    continue
                start, stop = token.start, tokens[end - 1].end
                if is_quoted(start, stop, quotes) or is_name_span(text, tokens, start, stop):
                    continue
                if rule.unless and in_frame(rule.unless, tokens, index):
                    continue  # a context frame: the recruiter's date, a stated cause...
                taken[rule.id] = stop
                if rule.category == "aggression":
                    if scopes is None:
                        scopes = frames.scopes(tokens, lang)
                    if frames.inside(scopes, frames.REPORTED, index) or frames.inside(
                        scopes, frames.VICTIM, index
                    ):
                        continue  # someone else's words, or violence suffered
                    if frames.inside(scopes, frames.SELF, index):
                        findings.append(_builtin("familiarity.self_insult", start, stop, lang))
                        continue
                findings.append(
                    Finding(
                        category=rule.category,
                        rule_id=rule.id,
                        severity=rule.severity,
                        start=start,
                        end=stop,
                        message=CATEGORY_MESSAGES[rule.category],
                        suggestion=rule.suggestion,
                        explanation_fr=rule.explanation_fr,
                        explanation_en=rule.explanation_en,
                    )
                )
    return findings


def _weigh_with_model(
    text: str,
    tokens: list[Token],
    quotes: list[tuple[int, int]],
    lang: str,
    findings: list[Finding],
    kept: list[Finding],
    model_only: bool,
) -> list[Finding]:
    """Drop the rule findings whose sentence the model reads as clean for their category
    (a trigger word out of context), and add the model's own findings where no rule of
    that category spoke (`kept`, the register findings, are never dropped). The model's
    own aggression findings respect the speech frames: reported words, violence suffered."""
    model = learned.load(lang)
    if model is None:
        return [] if model_only else findings
    dropped: set[int] = set()
    raised: list[Finding] = []
    every = model.score(text)
    raise_at = model.raise_at[int(len(every) > 1)]
    for scored in every:
        inside = [f for f in findings if scored.start <= f.start < scored.end]
        for finding in inside:
            # the rule book's findings only: "familiarity.self_insult" comes from a frame
            if finding.category in learned.FAULT_CATEGORIES and finding.rule_id.startswith(
                f"{lang}."
            ):
                column = learned.FAULT_CATEGORIES.index(finding.category)
                if scored.probabilities[column] < model.gate_below[column]:
                    dropped.add(id(finding))
        spoken = {f.category for f in inside if id(f) not in dropped}
        spoken |= {f.category for f in kept if scored.start <= f.start < scored.end}
        if len(scored.words) < learned.MIN_WORDS_TO_RAISE or _polite_frame(
            tokens, lang, scored.start, scored.end, quotes
        ):
            continue
        for column, category in enumerate(learned.FAULT_CATEGORIES):
            if category in spoken or scored.probabilities[column] < raise_at[column]:
                continue
            start, end = model.strongest_span(scored, column)
            if category == "aggression" and _framed(tokens, lang, scored.start, scored.end):
                continue
            raised.append(_builtin(f"model.{category}", start, end, lang))
    if model_only:
        return raised
    return [f for f in findings if id(f) not in dropped] + raised


def _polite_frame(
    tokens: list[Token], lang: str, start: int, end: int, quotes: list[tuple[int, int]]
) -> bool:
    """A sentence the model should not judge alone: one that asks leave, follows an agreed
    plan or reports the recruiter's own timeline (contexts.toml), or lies inside quotes."""
    if is_quoted(start - 1, end, quotes) or any(s <= start and end <= e for s, e in quotes):
        return True
    polite = context_frames(lang)
    patterns = tuple(p for name in POLITE_FRAMES for p in polite.get(name, ()))
    first = next((i for i, token in enumerate(tokens) if token.start >= start), None)
    return bool(patterns) and first is not None and in_frame(patterns, tokens, first)


def _framed(tokens: list[Token], lang: str, start: int, end: int) -> bool:
    """Does this sentence hold someone else's reported words or a violence suffered
    (frames.toml)? Then its aggressive words are not the writer's."""
    inside = [i for i, token in enumerate(tokens) if start <= token.start < end]
    scopes = frames.scopes(tokens, lang)
    return any(
        frames.inside(scopes, kind, index)
        for index in inside
        for kind in (frames.REPORTED, frames.VICTIM, frames.SELF)
    )


def _builtin(
    rule_id: str, start: int, end: int, lang: str, severity: str | None = None, **params: object
) -> Finding:
    rule = builtin_rules()[rule_id.removeprefix("fr.")]
    suggestion = rule.suggestion(lang)
    explanation_fr, explanation_en = rule.explanation_fr, rule.explanation_en
    if params:
        suggestion = suggestion % params if suggestion else None
        explanation_fr, explanation_en = explanation_fr % params, explanation_en % params
    return Finding(
        category=rule.category,
        rule_id=rule_id,
        severity=severity or rule.severity,
        start=start,
        end=end,
        message=CATEGORY_MESSAGES[rule.category],
        suggestion=suggestion,
        explanation_fr=explanation_fr,
        explanation_en=explanation_en,
    )


def _register_findings(
    text: str, tokens: list[Token], lang: str, quotes: list[tuple[int, int]]
) -> list[Finding]:
    hits = list(register.emojis(text)) + list(register.shouting(text, tokens, lang))
    if lang == "fr":
        hits += register.tutoiement(tokens)
    return [
        _builtin(rule_id, start, end, lang)
        for rule_id, start, end in hits
        if not is_quoted(start, end, quotes)
        and (rule_id.startswith("shouting.") or not is_name_span(text, tokens, start, end))
    ]


def _form_findings(
    kind: str,
    text: str,
    tokens: list[Token],
    lang: str,
    word_count: int,
    context: Mapping[str, object] | None,
) -> list[Finding]:
    findings = [
        _builtin(rule_id, 0, 0, lang, severity, limit=limit, count=word_count)
        for rule_id, severity, limit in form.length(kind, word_count)
    ]
    findings += [
        _builtin(rule_id, 0, 0, lang, severity)
        for rule_id, severity in form.concreteness(kind, text, tokens, context)
    ]
    return findings
