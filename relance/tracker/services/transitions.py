"""Follow-up state changes as compare-and-swap updates, each with its timeline event.

Two processes (the web request and the worker, or two workers) may race on the same
row; the UPDATE ... WHERE state IN (...) lets exactly one of them win.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction

from relance.tracker.lifecycle import Edge
from relance.tracker.models import FollowUp, TimelineEvent


def record_event(
    application_id: int, when: datetime, event_kind: str, /, **data: Any
) -> TimelineEvent:
    return TimelineEvent.objects.create(
        application_id=application_id, at=when, kind=event_kind, data=data
    )


def transition(
    followup: FollowUp,
    edge: Edge,
    /,
    *,
    now: datetime,
    event: dict[str, Any] | None = None,
    expect: dict[str, Any] | None = None,
    **fields: Any,
) -> bool:
    """Move `followup` along `edge` (relance/tracker/lifecycle.py) if it is still in one of its
    source states.

    Returns False, changing nothing, when another process moved it first. `expect`
    adds conditions to the compare-and-swap (e.g. the worker's claim token).
    """
    to_state = edge.target.value
    with transaction.atomic():
        rows = FollowUp.objects.filter(pk=followup.pk, state__in=edge.source_values())
        changed = rows.filter(**(expect or {})).update(state=to_state, updated_at=now, **fields)
        if not changed:
            return False
        record_event(
            followup.application_id,
            now,
            f"followup.{to_state}",
            followup=followup.pk,
            kind=followup.kind,
            channel=followup.channel,
            **(event or {}),
        )
    followup.state = to_state
    for name, value in fields.items():
        setattr(followup, name, value)
    return True
