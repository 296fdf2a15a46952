"""The tone guard's findings, ready to show: translated, and marked in the text itself."""

from __future__ import annotations

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
    blocking: bool = False  # a golden-rule finding: approval waits for a change or a dismissal
    dismissed: bool = False  # the candidate said it is fine here
    # what "Use …" replaces: the finding's whole sentence (a suggestion is a whole sentence)
    replace_start16: int = 0
    replace_end16: int = 0
    replaced: str = ""


@dataclass
class Segment:
    text: str
    finding: ShownFinding | None = None
    rewrite: bool = False  # a placeholder or a fragment of the notes kept as typed


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def normal_text(text: str) -> str:
    """The text as the browser's textarea holds it: a form sends CRLF, the textarea's value
    (and so the offsets the editor's script counts) has LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
        start, end = finding.start, finding.end
        if finding.replace_start >= 0:
            start, end = finding.replace_start, finding.replace_end
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
                blocking=golden and not was_dismissed,
                dismissed=was_dismissed,
                replace_start16=_utf16(text, start),
                replace_end16=_utf16(text, end),
                replaced=text[start:end],
            )
        )
    return shown


def segments(
    text: str,
    findings: list[ShownFinding],
    result: ToneResult,
    rewrite: list[tuple[int, int]] | None = None,
) -> list[Segment]:
    """Split `text` into plain runs and marked runs: the tone findings, then the places to
    rewrite (`rewrite` spans) where no finding is; overlapping marks keep the first."""
    marks: list[tuple[int, int, ShownFinding | None]] = []
    cursor = 0
    for shown, finding in zip(findings, result.findings, strict=True):
        if not shown.in_text or finding.start < cursor:
            continue
        marks.append((finding.start, finding.end, shown))
        cursor = finding.end
    for start, end in rewrite or ():
        if not any(start < m_end and m_start < end for m_start, m_end, _f in marks):
            marks.append((start, end, None))
    out: list[Segment] = []
    cursor = 0
    for start, end, marked in sorted(marks, key=lambda mark: mark[0]):
        if start > cursor:
            out.append(Segment(text[cursor:start]))
        out.append(Segment(text[start:end], marked, rewrite=marked is None))
        cursor = end
    out.append(Segment(text[cursor:]))
    return out
