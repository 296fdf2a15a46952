"""Plain JSON-ready summaries, shared by the CLI's --json and the API."""

from __future__ import annotations

from typing import Any

from relance.tracker.models import Application, FollowUp


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def application_summary(app: Application) -> dict[str, Any]:
    return {
        "id": app.pk,
        "company": app.company,
        "position": app.position,
        "status": app.status,
        "next_due_at": _iso(app.next_due_at),
        "next_kind": app.next_kind or None,
    }


def followup_summary(fu: FollowUp) -> dict[str, Any]:
    return {
        "id": fu.pk,
        "application": fu.application_id,
        "kind": fu.kind,
        "channel": fu.channel,
        "state": fu.state,
        "earliest": _iso(fu.earliest_at),
        "latest": _iso(fu.latest_at),
        "due_at": _iso(fu.due_at),
        "send_by": fu.send_by or None,
        "done_at": _iso(fu.done_at),
        # Why it failed, or why it waits: the worker's last word on it.
        "cause": fu.last_error or None,
        "dismissed_findings": fu.dismissed_findings,
    }
