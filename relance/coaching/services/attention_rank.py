"""The dashboards' order kept in the database: each candidate's most pressing reason, stored.

The live rank (relance.coaching.services.dashboard) asks, for every candidate in reach, nine
questions over what is live in the whole organisation: 37-60 ms per request for an admin of
10,000 candidates, however few of them changed. Here the answer is stored on the candidate's
`CandidateTally` row and read as a column:

- `attention_rank`: the order (reasons.ORDER) of their most pressing reason among those that
  do not depend on the viewer or on the tally row itself: a reply to confirm, a follow-up
  failed, overdue or due, next steps missing, a debrief missing, closed for no answer. The
  viewer's reviews and the two weeks without activity are read live (a small partial read and
  two columns of the same row), so one stored rank serves every viewer.
- `ranked_version`: the `attention_version` it was computed at. Database triggers add one to
  that version on every write of a column a reason reads (relance.coaching.attention_triggers),
  whatever the code path; the version is read *before* the rows it is computed from, so a write
  that lands meanwhile leaves the stored version behind and the rank is computed again.
- `rank_until`: the next instant a reason can change by the clock alone (a follow-up's window
  opening or closing, an interview a day or two weeks old, a closing two weeks old). It may be
  early (one more computation), never late.

A rank is used only while its version is current and `rank_until` is in the future; the others
are computed again at the start of the request (one query to find them; for those, their
reasons' lines, their next instants and one upsert), so the order is always the one the live
rank would give. A change of the reasons themselves in the code (a new one, another
fortnight) is invisible to the triggers: it ships with a migration setting every
`ranked_version` to -1. A status filter narrows the reasons to some applications: those pages keep
the live rank (bounded by the filter).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce, Lower

from relance.coaching.models import CandidateTally, Membership, Role, Sharing
from relance.coaching.services import reasons
from relance.coaching.services.reasons import INACTIVE, ORDER, RECENT, REVIEW
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, FollowUp, Interview
from relance.tracker.models.choices import Status

NONE = 9  # no reason (reasons.ORDER has 0..8)
BATCH = 1000


def order(
    scope: QuerySet[Membership], reviews: QuerySet[Any], now: datetime, quiet: timedelta
) -> QuerySet[Membership]:
    """`scope` in attention order, from the stored ranks (call `refresh` first); `reviews`:
    the viewer's review requests waiting (their candidates come first)."""
    stored = "user__tally__attention_rank"
    inactive = Q(joined_at__lte=now - quiet) & ~Q(user__tally__last_activity_at__gt=now - quiet)
    return scope.annotate(
        rank=Case(
            When(sharing=Sharing.NOTHING, then=Value(NONE)),
            When(user_id__in=reviews.values("candidate_id"), then=Value(ORDER[REVIEW.id])),
            When(**{f"{stored}__lt": ORDER[INACTIVE.id]}, then=F(stored)),
            When(inactive, then=Value(ORDER[INACTIVE.id])),
            default=Value(NONE),
            output_field=IntegerField(),
        ),
        hidden=Case(When(sharing=Sharing.NOTHING, then=Value(1)), default=Value(0)),
        sort_name=Lower("user__profile__name"),
    ).order_by("rank", "hidden", "sort_name", "pk")


def stale(scope: QuerySet[Membership], now: datetime, limit: int | None = None) -> dict[int, int]:
    """The sharing candidates of `scope` whose stored rank is out of date, with the version
    to store (read now, before their rows); the first `limit` of them by id."""
    tally = "user__tally__"
    out_of_date = (
        Q(user__tally__isnull=True)
        | ~Q(**{f"{tally}ranked_version": F(f"{tally}attention_version")})
        | Q(**{f"{tally}rank_until__lte": now})
    )
    rows = (
        scope.exclude(sharing=Sharing.NOTHING)
        .filter(out_of_date)
        .values_list("user_id", Coalesce(f"{tally}attention_version", 0))
    )
    if limit is not None:
        rows = rows.order_by("user_id")[:limit]
    return dict(rows)


def refresh(scope: QuerySet[Membership], now: datetime) -> int:
    """Computes again every out-of-date rank of `scope`; how many were."""
    versions = stale(scope, now)
    store(versions, now)
    return len(versions)


def handle_one_refresh() -> bool:
    """The worker's step: up to BATCH organisation candidates' ranks computed again after a
    write or a window passing, so a dashboard rarely has any left to compute itself. False
    when none is left."""
    from django.utils import timezone

    candidates = Membership.objects.filter(role=Role.CANDIDATE)
    now = timezone.now()
    versions = stale(candidates, now, limit=BATCH)
    store(versions, now)
    return bool(versions)


def store(versions: dict[int, int], now: datetime) -> None:
    """The ranks of these candidates, computed now and stored with the versions read."""
    if versions:
        users = list(versions)
        # Every row exists before what is ranked is read: a deletion meanwhile then bumps
        # its version (the triggers only bump on deletion), so this rank is not kept.
        CandidateTally.objects.bulk_create(
            (CandidateTally(user_id=user) for user in users),
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        ranks = ranks_of(users, now)
        until = next_instants(users, now)
        with transaction.atomic():
            CandidateTally.objects.bulk_create(
                (
                    CandidateTally(
                        user_id=user,
                        ranked_version=version,
                        attention_rank=ranks.get(user, NONE),
                        rank_until=until.get(user),
                    )
                    # In the order of the ids, as the analytics recount locks them: two
                    # pages refreshing the same candidates wait for each other, never deadlock.
                    for user, version in sorted(versions.items())
                ),
                batch_size=BATCH,
                update_conflicts=True,
                unique_fields=["user"],
                update_fields=["ranked_version", "attention_rank", "rank_until"],
            )


def ranks_of(users: list[int], now: datetime) -> dict[int, int]:
    """Each user's most pressing stored reason: the dashboard's own reasons' lines (one
    query), without the viewer's reviews and the inactivity."""
    owners = Membership.objects.filter(user_id__in=users)
    # No viewer: the review requests' source (the only one that reads it) is left out.
    found = [
        source
        for source in reasons.sources(None, owners, None, now, "")  # type: ignore[arg-type]
        if source.reason not in (REVIEW, INACTIVE)
    ]
    narrowed = [
        replace(source, rows=source.rows.filter(**{f"{source.owner}__in": users}))
        for source in found
    ]
    ranks: dict[int, int] = {}
    for owner, line in reasons._lines(narrowed):
        rank = ORDER[line.reason.id]
        if rank < ranks.get(owner, NONE):
            ranks[owner] = rank
    return ranks


def next_instants(users: list[int], now: datetime) -> dict[int, datetime]:
    """Each user's next instant (from `now` on) at which a reason may change by the clock:
    a window's opening or end for the follow-ups not yet gone, an interview's time, a day
    and two weeks after it, two weeks after a closing for no answer (one query)."""
    day = timedelta(days=1)
    flips: dict[int, tuple[timedelta, ...]] = {
        0: (timedelta(0),),  # a window opens or ends
        1: (timedelta(0), day, RECENT),  # an interview
        2: (RECENT,),  # a closing for no answer
    }

    def kind(number: int) -> Value:
        return Value(number, output_field=IntegerField())

    windows = (
        FollowUp.objects.filter(application__owner_id__in=users, state__in=lc.CANCELLABLE)
        .filter(Q(earliest_at__gte=now) | Q(latest_at__gte=now))
        .order_by()
    )
    opens = windows.values_list("application__owner_id", kind(0), "earliest_at")
    ends = windows.values_list("application__owner_id", kind(0), "latest_at")
    interviews = (
        Interview.objects.filter(application__owner_id__in=users, at__gte=now - RECENT)
        .order_by()
        .values_list("application__owner_id", kind(1), "at")
    )
    closings = (
        Application.objects.filter(
            owner_id__in=users, status=Status.CLOSED_NO_ANSWER, updated_at__gte=now - RECENT
        )
        .order_by()
        .values_list("owner_id", kind(2), "updated_at")
    )
    until: dict[int, datetime] = {}
    for owner, which, at in opens.union(ends, interviews, closings, all=True):
        if at is None:
            continue
        for after in flips[which]:
            instant = at + after
            if instant >= now and (owner not in until or instant < until[owner]):
                until[owner] = instant
    return until
