"""Short messages from a coach to a candidate, shown on the candidate's Today page."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User
from django.db.models import QuerySet

from relance.coaching.models import Membership, Nudge, NudgeTemplate

SHOWN_ON_TODAY = 3


def nudge(coach: User, membership: Membership, *, template: str, note: str, now: datetime) -> Nudge:
    """`membership` comes from access.coached_candidate: the coach is checked there."""
    return Nudge.objects.create(
        coach=coach,
        candidate_id=membership.user_id,
        template=NudgeTemplate(template),
        note=note.strip(),
        created_at=now,
    )


def unread(candidate: User) -> QuerySet[Nudge]:
    return Nudge.objects.filter(candidate=candidate, read_at__isnull=True).select_related(
        "coach__profile"
    )


def mark_read(candidate: User, nudge_id: int, *, now: datetime) -> int:
    return Nudge.objects.filter(pk=nudge_id, candidate=candidate, read_at__isnull=True).update(
        read_at=now
    )
