"""The tone guard's findings, ready to show: translated, and marked in the text itself."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from relance.tone import ToneResult, check
from relance.tracker.services.tone_gate import BLOCKING_CATEGORIES, TONE_KINDS, normal_excerpt


@dataclass
class ShownFinding:
    number: int
    category: str
    severity: str
    message: str
    explanation: str
    excerpt: str
    suggestion: str | None
    start16: int  # offsets in UTF-16 code units, as the browser's textarea counts
    end16: int
    in_text: bool  # False for a finding about the whole message (its length)
    rule_id: str = ""
    # What the suggestion replaces: the excerpt, or the whole sentence around it when the
    # calmer wording is a sentence of its own (else "J'attends votre Pourriez-vous… ?.").
    target: str = ""
    target_start16: int = 0
    target_end16: int = 0
    blocking: bool = False  # a golden-rule finding: approval waits for a change or a dismissal
    dismissed: bool = False  # the candidate said it is fine here


@dataclass
class Segment:
    text: str
    finding: ShownFinding | None = None


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


SENTENCE_END = ".!?…"
# Dots that do not end a sentence: "M. Durand", "etc.", decimals are rare in a follow-up.
_NOT_AN_END = re.compile(r"(?:\bM|\bMme|\bDr|\bMr|\bMrs|\bMs|\betc)\.$")


def normal_text(text: str) -> str:
    """The text as the browser's textarea holds it: a form sends CRLF, the textarea's value
    (and so the offsets the editor's script counts) has LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_sentence(suggestion: str) -> bool:
    s = suggestion.strip()
    return bool(s) and s[0].isupper() and s[-1] in SENTENCE_END


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end]: from after the previous sentence end or line
    break to its own end mark (included), spaces outside."""
    left = start
    while left > 0:
        before = text[left - 1]
        if before == "\n" or (before in SENTENCE_END and not _NOT_AN_END.search(text[:left])):
            break
        left -= 1
    while left < start and text[left] in " \t\u00a0":
        left += 1
    right = max(end, start)
    while right < len(text) and text[right] != "\n":
        if text[right] in SENTENCE_END and not _NOT_AN_END.search(text[: right + 1]):
            right += 1
            while right < len(text) and text[right] in SENTENCE_END:  # "?!", "..."
                right += 1
            break
        right += 1
    while right > end and text[right - 1] in " \t\u00a0":
        right -= 1
    return left, right


def _target(text: str, start: int, end: int, suggestion: str | None) -> tuple[int, int]:
    if suggestion and is_sentence(suggestion) and end > start:
        return sentence_around(text, start, end)
    return start, end


def tone_check(text: str, lang: str, kind: str, context: dict | None = None) -> ToneResult:
    return check(
        text,
        lang if lang in ("fr", "en") else "auto",
        TONE_KINDS.get(kind, "free"),
        context=context,
    )


def shown_findings(
    text: str, result: ToneResult, dismissed: frozenset[tuple[str, str]] = frozenset()
) -> list[ShownFinding]:
    """The findings to show; `dismissed` holds the (rule id, excerpt) keys judged fine."""
    ui_lang = get_language() or "fr"
    shown = []
    for number, finding in enumerate(result.findings, start=1):
        whole = finding.start <= 0 and finding.end >= len(text.rstrip())
        excerpt = text[finding.start : finding.end]
        t_start, t_end = _target(text, finding.start, finding.end, finding.suggestion)
        golden = finding.category in BLOCKING_CATEGORIES
        was_dismissed = golden and (finding.rule_id, normal_excerpt(excerpt)) in dismissed
        shown.append(
            ShownFinding(
                number=number,
                category=finding.category,
                severity=finding.severity,
                message=_(finding.message),
                explanation=finding.explanation(ui_lang),
                excerpt=excerpt,
                suggestion=finding.suggestion,
                start16=_utf16(text, finding.start),
                end16=_utf16(text, finding.end),
                in_text=not whole and finding.end > finding.start,
                rule_id=finding.rule_id,
                target=text[t_start:t_end],
                target_start16=_utf16(text, t_start),
                target_end16=_utf16(text, t_end),
                blocking=golden and not was_dismissed,
                dismissed=was_dismissed,
            )
        )
    return shown


def segments(text: str, findings: list[ShownFinding], result: ToneResult) -> list[Segment]:
    """Split `text` into plain runs and marked runs; overlapping findings keep the first."""
    out: list[Segment] = []
    cursor = 0
    for shown, finding in zip(findings, result.findings, strict=True):
        if not shown.in_text or finding.start < cursor:
            continue
        if finding.start > cursor:
            out.append(Segment(text[cursor : finding.start]))
        out.append(Segment(text[finding.start : finding.end], shown))
        cursor = finding.end
    out.append(Segment(text[cursor:]))
    return out
