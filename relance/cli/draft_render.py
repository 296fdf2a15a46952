"""Rendering a draft for the `relance draft` command: plain text, JSON, or an .eml file."""

from __future__ import annotations

from pathlib import Path

from relance.drafts import CallScript, Draft, DraftContext
from relance.drafts.eml import mailto_link, to_eml


def render_text(draft: Draft | CallScript) -> str:
    """What the terminal shows: the subject line, a blank line, then the text."""
    if isinstance(draft, CallScript) or not draft.subject:
        return draft.text
    return f"{draft.subject}\n\n{draft.text}"


def render_json(draft: Draft | CallScript, ctx: DraftContext | None = None) -> dict[str, object]:
    """The draft as plain JSON data; with the context, the mailto: link of an e-mail too."""
    if isinstance(draft, CallScript):
        return {
            "kind": draft.kind,
            "lang": draft.lang,
            "opener": draft.opener,
            "answers": dict(draft.answers),
            "reply_labels": dict(draft.reply_labels),
            "text": draft.text,
            "placeholders": list(draft.placeholders),
            "approvable": draft.approvable,
        }
    data: dict[str, object] = {
        "kind": draft.kind,
        "lang": draft.lang,
        "subject": draft.subject,
        "text": draft.text,
        "html": draft.html,
        "placeholders": list(draft.placeholders),
        "approvable": draft.approvable,
        "review": [
            {"part": item.part, "text": item.text, "reason": item.reason} for item in draft.review
        ],
        "left_out": [
            {"part": item.part, "text": item.text, "reason": item.reason} for item in draft.left_out
        ],
    }
    if ctx is not None and draft.subject:
        data["mailto"] = mailto_link(draft, ctx)
    return data


def write_eml(draft: Draft, ctx: DraftContext, path: str | Path) -> Path:
    """Write the draft as an .eml file the candidate opens in their mail program."""
    target = Path(path)
    target.write_bytes(to_eml(draft, ctx))
    return target
