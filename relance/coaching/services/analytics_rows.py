"""The analytics' rows read from the database in a constant number of queries.

Three `values_list` queries (interviews, sent follow-ups, replies) whatever the number of
people, grouped in Python into `relance.core.analytics.Row`s, one per interview round; the
reference the kept counts (`tally_cache`) are computed with.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db.models import QuerySet

from relance.core.analytics import DECIDED, Row, Tally, tally
from relance.tracker.models import FollowUp, Interview, Reply
from relance.tracker.models.choices import Kind, State

FOLLOWUP_KINDS = (Kind.FOLLOWUP_EMAIL, Kind.FOLLOWUP_CALL)
SENT_STATES = (State.SENT, State.DONE)

Owners = Iterable[int] | QuerySet[Any]


def rows_by_owner(owners: Owners, applications: Owners | None = None) -> dict[int, list[Row]]:
    """Every interview round of these users (of these applications only, when given), as
    analytics rows (three queries)."""
    scope: dict[str, Any] = {"application__owner_id__in": owners}
    if applications is not None:
        scope["application_id__in"] = applications
    interviews = Interview.objects.filter(**scope).values_list(
        "id",
        "application_id",
        "application__owner_id",
        "application__trade",
        "at",
        "decision_date",
        "callback_date",
    )
    sent: dict[tuple[int, int | None], list[tuple[Any, ...]]]
    sent = defaultdict(list)
    followups = FollowUp.objects.filter(
        **scope, kind__in=FOLLOWUP_KINDS, state__in=SENT_STATES, done_at__isnull=False
    ).values_list(
        "interview_id", "application_id", "channel", "done_at", "earliest_at", "latest_at"
    )
    for interview_id, app_id, channel, done_at, earliest, latest in followups:
        sent[(app_id, interview_id)].append((channel, done_at, earliest, latest))
    replies: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    for app_id, at, outcome in (
        Reply.objects.filter(**scope)
        .order_by("at", "id")
        .values_list("application_id", "at", "outcome")
    ):
        replies[app_id].append((at, outcome))

    rounds: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for record in interviews:
        rounds[record[1]].append(record)
    result: dict[int, list[Row]] = defaultdict(list)
    for app_id, records in rounds.items():
        records.sort(key=lambda r: r[4])
        starts = [r[4] for r in records]
        for index, (interview_id, _app, owner, trade, at, decision, callback) in enumerate(records):
            end = starts[index + 1] if index + 1 < len(starts) else None
            mine = sent.get((app_id, interview_id), [])
            if index == len(records) - 1:
                mine = mine + sent.get((app_id, None), [])
            followup = min(mine, key=lambda s: s[1]) if mine else None
            since = followup[1] if followup else at
            answers = [
                (when, outcome)
                for when, outcome in replies.get(app_id, [])
                if when >= at and (end is None or when < end)
            ]
            after = [a for a in answers if a[0] >= since]
            decisive = next((o for _w, o in after if o in DECIDED), None)
            first = after[0] if after else (answers[0] if answers else None)
            result[owner].append(
                Row(
                    channel=followup[0] if followup else None,
                    sent_at=followup[1] if followup else None,
                    recruiter_date=decision or callback,
                    replied_at=first[0] if first else None,
                    outcome=decisive or (first[1] if first else None),
                    trade=trade,
                    window=(followup[2], followup[3]) if followup else None,
                )
            )
    return result


def tallies(owners: Owners, applications: Owners | None = None) -> dict[int, Tally]:
    return {owner: tally(rows) for owner, rows in rows_by_owner(owners, applications).items()}
