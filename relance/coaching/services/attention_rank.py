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

Each candidate's membership also keeps their place on the dashboards (`Membership.sort_rank`,
`sort_name`): the stored rank, or two weeks without activity (8), or none (9), or sharing
nothing (10), then their name, normalised. The dashboards read a page in that order from an
index (relance.coaching.services.dashboard); only the viewer's own review requests are read
live and put first. Whatever that place reads bumps the version too: the membership's sharing
and joining date, the candidate's name, their last activity (the triggers), and the moment two
weeks of silence begin is one of the instants of `rank_until`.

A rank is used only while its version is current, its `ranked_reasons` is the reasons' version
(relance.coaching.services.rank_version) and `rank_until` is in the future. A page computes at
most `PER_VIEW` of the others itself, the nearest to its place in the order first (one query to
find them; for those, their reasons' lines, their next instants and two writes); the worker's
step computes the rest, a thousand at a time. A status filter narrows the reasons to some
applications: those pages keep the live rank (bounded by the filter).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.fields.tuple_lookups import Tuple, TupleGreaterThan, TupleLessThan
from django.db.models.functions import Coalesce

from relance.coaching.models import CandidateTally, Membership, Role, Sharing
from relance.coaching.services import reasons
from relance.coaching.services.rank_version import REASONS_VERSION
from relance.coaching.services.reasons import INACTIVE, ORDER, QUIET, RECENT, REVIEW
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, FollowUp, Interview
from relance.tracker.models.choices import Status

NONE = 9  # no reason (reasons.ORDER has 0..8)
HIDDEN = 10  # shares nothing: last
BATCH = 1000  # the worker's step
PER_VIEW = 100  # the most ranks a page computes itself; the worker does the rest
UNPLACED = 11  # a membership never placed yet (the column's default)
ORDER_BY = ("sort_rank", "sort_name", "pk")  # the dashboards' order, as the indexes hold it
STALE_ORDER = ("sort_rank", "sort_name", "id")  # the same, named for a UNION's ORDER BY
Key = tuple[int, str, int]  # a membership's place: (sort_rank, sort_name, id)


def name_key(name: str) -> str:
    """A name as the dashboards sort it: case and accents aside ('Émile' next to 'emile')."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))[:200]


def after(scope: QuerySet[Membership], key: Key | None) -> QuerySet[Membership]:
    """The memberships of `scope` after `key` in the dashboards' order: a row comparison on
    PostgreSQL, where the index's range starts (SQLite spells it out)."""
    if key is None:
        return scope
    return scope.filter(TupleGreaterThan(Tuple(*ORDER_BY), key))


def before(scope: QuerySet[Membership], key: Key) -> QuerySet[Membership]:
    """The memberships of `scope` before `key`, nearest first: the index read backwards."""
    earlier = scope.filter(TupleLessThan(Tuple(*ORDER_BY), key))
    return earlier.order_by(*(f"-{column}" for column in ORDER_BY))


def order(scope: QuerySet[Membership], reviews: QuerySet[Any]) -> QuerySet[Membership]:
    """`scope` in attention order, from the stored places (call `refresh` first); `reviews`:
    the viewer's review requests waiting (their candidates come first). The whole list (the
    tests' and the bench's); a page reads its rows from the index (dashboard.board)."""
    return scope.annotate(
        rank=Case(
            When(user_id__in=reviews.values("candidate_id"), then=Value(ORDER[REVIEW.id])),
            default=F("sort_rank"),
            output_field=IntegerField(),
        )
    ).order_by("rank", "sort_name", "pk")


def _rank_stale(now: datetime, tally: str = "") -> Q:
    """A stored rank out of date, on the tally row (`tally`: the path to it, e.g.
    "user__tally__"): its version behind, computed with other reasons, or past its instant."""
    return (
        ~Q(**{f"{tally}ranked_version": F(f"{tally}attention_version")})
        | Q(**{f"{tally}ranked_reasons__lt": REASONS_VERSION})
        | Q(**{f"{tally}rank_until__lte": now})
    )


def out_of_date(now: datetime) -> Q:
    """The memberships whose place is out of date (a page's rows, to mark them)."""
    never = Q(sort_rank=UNPLACED) | Q(user__tally__isnull=True)
    return never | _rank_stale(now, "user__tally__")


def stale_tallies(now: datetime) -> QuerySet[CandidateTally]:
    """The stored ranks out of date: each condition is read from an index of its own
    (`tally_unranked`, `tally_reasons`, `tally_rank_until`): a handful of rows, not a scan."""
    return CandidateTally.objects.filter(_rank_stale(now))


def stale(
    scope: QuerySet[Membership], now: datetime, limit: int | None = None, start: Key | None = None
) -> dict[int, int]:
    """The candidates of `scope` whose stored rank or place is out of date, with the version
    to store (read now, before their rows); with a `limit`, the first ones in the dashboards'
    order from `start` on (those a page shows first).

    Two small reads joined: the memberships never placed (the order's index, at its end) and
    those whose stored rank is out of date (the tally's indexes). A placed membership has its
    candidate's tally row: `store` creates it, only the deletion of the person removes it.
    """
    scope = after(scope, start)
    columns = ("user_id", Coalesce("user__tally__attention_version", 0), *STALE_ORDER)
    unplaced = scope.filter(sort_rank=UNPLACED).values_list(*columns)
    changed = scope.filter(user_id__in=stale_tallies(now).values("user_id"))
    rows = unplaced.union(changed.values_list(*columns))
    if limit is not None:
        rows = rows.order_by(*STALE_ORDER)[:limit]
    return {user: version for user, version, *_place in rows}


def refresh(
    scope: QuerySet[Membership], now: datetime, limit: int | None = None, start: Key | None = None
) -> bool:
    """Computes again the out-of-date ranks of `scope` (with a `limit`: at most that many, the
    first from `start` on in the dashboards' order); whether any is left out of date."""
    versions = stale(scope, now, None if limit is None else limit + 1, start)
    left = limit is not None and len(versions) > limit
    if left:
        versions = dict(list(versions.items())[:limit])
    store(versions, now)
    return left


def handle_one_refresh() -> bool:
    """The worker's step: up to BATCH organisation candidates' ranks computed again after a
    write or a window passing (those at the top of the dashboards first), so a page rarely has
    any left to compute itself. False when none is left."""
    from django.utils import timezone

    candidates = Membership.objects.filter(role=Role.CANDIDATE)
    now = timezone.now()
    versions = stale(candidates, now, limit=BATCH)
    store(versions, now)
    return bool(versions)


def sort_key(
    rank: int, sharing: str, joined_at: datetime, last_activity: datetime | None, now: datetime
) -> tuple[int, datetime | None]:
    """A membership's `sort_rank` from their candidate's stored rank, and the instant it changes
    by the clock alone (two weeks of silence begin), if it may: the inactivity is the live
    reason's (reasons.sources: joined two weeks ago, no activity in the last two)."""
    if sharing == Sharing.NOTHING:
        return HIDDEN, None
    if rank < ORDER[INACTIVE.id]:
        return rank, None
    idle_from = max(joined_at, last_activity or joined_at) + QUIET
    if idle_from <= now:
        return ORDER[INACTIVE.id], None
    return NONE, idle_from


def store(versions: dict[int, int], now: datetime) -> None:
    """The ranks of these candidates, computed now and stored with the versions read, and
    their memberships' places on the dashboards."""
    if not versions:
        return
    users = list(versions)
    # Every row exists before what is ranked is read: a deletion meanwhile then bumps its
    # version (the triggers only bump on deletion), so this rank is not kept.
    CandidateTally.objects.bulk_create(
        (CandidateTally(user_id=user) for user in users), batch_size=BATCH, ignore_conflicts=True
    )
    ranks = ranks_of(users, now)
    until = next_instants(users, now)
    memberships = Membership.objects.filter(user_id__in=users, role=Role.CANDIDATE).values_list(
        "pk", "user_id", "sharing", "joined_at", "user__profile__name",
        "user__tally__last_activity_at", "sort_rank", "sort_name",
    )  # fmt: skip
    moved = []
    for pk, user, sharing, joined, name, last, was_rank, was_name in memberships:
        rank, idle_from = sort_key(ranks.get(user, NONE), sharing, joined, last, now)
        if idle_from is not None and (user not in until or idle_from < until[user]):
            until[user] = idle_from
        key = name_key(name or "")
        if (rank, key) != (was_rank, was_name):
            moved.append(Membership(pk=pk, sort_rank=rank, sort_name=key))
    with transaction.atomic():
        # Memberships, then tallies, each in the order of their ids: the triggers of a
        # membership's write lock its tally after it, so two writers wait, never deadlock.
        Membership.objects.bulk_update(
            sorted(moved, key=lambda m: m.pk), ["sort_rank", "sort_name"], batch_size=BATCH
        )
        CandidateTally.objects.bulk_create(
            (
                CandidateTally(
                    user_id=user,
                    ranked_version=version,
                    ranked_reasons=REASONS_VERSION,
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
            update_fields=["ranked_version", "ranked_reasons", "attention_rank", "rank_until"],
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
