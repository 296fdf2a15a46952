"""Each person's analytics counts, kept in the database and added up there.

A person's `relance.core.analytics.Tally` is stored as `TallyCell` rows (one per key:
`channel:email`, `delay:0-2`, `funnel:replied`, `answer_days:3`, ..., and `answered` when
they had an answer at all). The figures of many people are then one `SUM ... GROUP BY key`
(people = how many rows): the cost follows the number of people, not their history.

The cells are recomputed (with the reference code: `analytics.tallies`) only for people whose
`CandidateTally.version` moved since they were counted (the database triggers of
relance.coaching.tally_triggers move it on every write that changes their rows) or who were
never counted. The version read before the rows is the one written back, and only if it did
not move meanwhile: a write that races the recount leaves the person out of date, so the next
read counts them again.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db import transaction
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    F,
    Max,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)

from relance.coaching.models import CandidateTally, TallyCell
from relance.coaching.services.analytics_rows import tallies
from relance.core.analytics import Cell, Tally
from relance.tracker.models import TimelineEvent

ANSWER_DAYS = "answer_days:"
ANSWERED = "answered"
CHUNK = 500  # people recounted per pass (bounds the memory and the IN lists)


def cells_of(user_id: int, counts: Tally) -> list[TallyCell]:
    cells = [TallyCell(user_id=user_id, key=k, n=c.n, hits=c.hits) for k, c in counts.cells.items()]
    cells += [
        TallyCell(user_id=user_id, key=f"{ANSWER_DAYS}{days}", n=n)
        for days, n in counts.answer_days.items()
    ]
    if counts.answer_people:
        cells.append(TallyCell(user_id=user_id, key=ANSWERED, n=1))
    return cells


def out_of_date(owners: Any, limit: int | None = None) -> dict[int, int]:
    """The people among `owners` (ids or a subquery of ids) to recount, with the version
    their count will carry (one query)."""
    from django.contrib.auth.models import User

    rows = (
        User.objects.filter(pk__in=owners)
        .filter(Q(tally__isnull=True) | Q(tally__counted_version__lt=F("tally__version")))
        .values_list("pk", "tally__version")
    )
    if limit is not None:
        rows = rows.order_by("pk")[:limit]
    return {pk: version or 0 for pk, version in rows}


def handle_one_recount() -> bool:
    """The worker's step: recount up to CHUNK organisation candidates whose history changed,
    so the organisation's page rarely has anyone to recount. False when none is left."""
    from relance.coaching.models import Membership, Role, Sharing

    candidates = (
        Membership.objects.filter(role=Role.CANDIDATE)
        .exclude(sharing=Sharing.NOTHING)
        .values("user_id")
    )
    stale = out_of_date(candidates, limit=CHUNK)
    if stale:
        recount(stale)
    return bool(stale)


def recount(versions: dict[int, int]) -> None:
    """Recompute these people's cells; `versions`: the version read before their rows."""
    CandidateTally.objects.bulk_create(
        [CandidateTally(user_id=pk) for pk in versions], ignore_conflicts=True
    )
    ids = list(versions)
    latest_event = (
        TimelineEvent.objects.filter(application__owner_id=OuterRef("user_id"))
        .order_by()
        .values("application__owner_id")
        .annotate(latest=Max("at"))
        .values("latest")
    )
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        counts = tallies(chunk)
        with transaction.atomic():
            # Two recounts of one person (a page and the worker) take turns: the second
            # one's delete then sees the first one's cells.
            list(
                CandidateTally.objects.select_for_update()
                .filter(user_id__in=chunk)
                .order_by("user_id")
                .values_list("user_id", flat=True)
            )
            TallyCell.objects.filter(user_id__in=chunk).delete()
            TallyCell.objects.bulk_create(
                [cell for pk, one in counts.items() for cell in cells_of(pk, one)],
                batch_size=2000,
            )
            # One statement, whatever the versions (they differ from person to person).
            by_version: dict[int, list[int]] = defaultdict(list)
            for pk in chunk:
                by_version[versions[pk]].append(pk)
            CandidateTally.objects.filter(user_id__in=chunk).update(
                counted_version=Case(
                    *(
                        When(user_id__in=same, version=version, then=Value(version))
                        for version, same in by_version.items()
                    ),
                    default=F("counted_version"),
                    output_field=BigIntegerField(),
                )
            )
            # The last activity, exact (an event deleted lowers it): under the row locks
            # taken above, an event written meanwhile waits for this transaction and then
            # raises it again (relance.coaching.activity_triggers).
            # Lowered, it may make the candidate idle sooner: their place on the dashboards
            # (relance.coaching.services.attention_rank) is then out of date. (The SET's
            # expressions read the row as it was.)
            CandidateTally.objects.filter(user_id__in=chunk).update(
                last_activity_at=Subquery(latest_event),
                attention_version=Case(
                    When(
                        last_activity_at__gt=Subquery(latest_event),
                        then=F("attention_version") + 1,
                    ),
                    default=F("attention_version"),
                    output_field=BigIntegerField(),
                ),
            )


def summed(owners: Any) -> Tally:
    """The merged tally of `owners` (ids or a subquery of ids), equal to
    `merge(tallies(owners).values())`: recount who is out of date, then add up in SQL."""
    stale = out_of_date(owners)
    if stale:
        recount(stale)
    result = Tally()
    sums = (
        TallyCell.objects.filter(user_id__in=owners)
        .values("key")
        .annotate(total=Sum("n"), total_hits=Sum("hits"), people=Count("id"))
        .values_list("key", "total", "total_hits", "people")
        .order_by()
    )
    for key, n, hits, people in sums:
        if key.startswith(ANSWER_DAYS):
            result.answer_days[int(key.removeprefix(ANSWER_DAYS))] = n
        elif key == ANSWERED:
            result.answer_people = n
        else:
            result.cells[key] = Cell(n, hits, people)
    return result
