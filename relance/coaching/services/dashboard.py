"""The coach's dashboard: which candidates need attention, why (a rule), and one action.

A fixed set of queries, one per reason, each over all the coach's sharing candidates at
once: the page costs the same number of queries for 3 candidates or 3,000.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from django.contrib.auth.models import User
from django.db.models import (
    Case,
    IntegerField,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Lower

from relance.coaching.models import (
    Membership,
    Sharing,
    Viewed,
)
from relance.coaching.services import attention_rank
from relance.coaching.services.access import board_scope, record_view
from relance.coaching.services.reasons import (
    ORDER,
    QUIET,
    REVIEW,
    Line,
    Source,
    _line_order,
    _lines,
    sources,
)


@dataclass
class Row:
    """A candidate on the dashboard; the names are read once here, so the page's template
    looks up one attribute per cell rather than walking membership.user.profile per line."""

    membership: Membership
    lines: list[Line] = field(default_factory=list)
    own: bool = False  # the viewer is their coach (acts, opens their page)
    url: str = ""  # their page, for their own coach (set by the view)

    @property
    def shared(self) -> bool:
        return self.membership.sharing != Sharing.NOTHING

    @property
    def shown(self) -> list[Line | None]:
        """The page's lines of this candidate; one None (a line saying why there is none)
        when they share nothing or nothing needs attention."""
        return list(self.lines) if self.lines and self.shared else [None]

    @property
    def name(self) -> str:
        return str(self.membership.user.profile.name)

    @property
    def cohort_name(self) -> str:
        cohort = self.membership.cohort
        return cohort.name if cohort else ""

    @property
    def coach_name(self) -> str:
        coach = self.membership.coach
        return coach.profile.name if coach else ""


@dataclass(frozen=True)
class Filters:
    status: str = ""
    coach_id: int | None = None
    cohort_id: int | None = None


@dataclass
class Board:
    rows: list[Row]  # this page's
    page: int
    pages: int
    total: int


PAGE_SIZE = 50
# What a page's rows show (the page, the API): the membership, the candidate's name, their
# coach's, the cohort, the organisation's name.
SHOWN = (
    "id", "user_id", "organisation_id", "role", "coach_id", "cohort_id", "sharing", "joined_at",
    "user__id", "user__username", "user__profile__id", "user__profile__name",
    "coach__id", "coach__profile__id", "coach__profile__name", "cohort__id", "cohort__name",
    "organisation__id", "organisation__name",
)  # fmt: skip


def in_reach(
    user: User, filters: Filters, staff: list[Membership] | None = None
) -> QuerySet[Membership]:
    """The candidates in reach (filtered by coach and cohort; the status filters lines)."""
    scope = board_scope(user, staff)
    if filters.coach_id:
        scope = scope.filter(coach_id=filters.coach_id)
    if filters.cohort_id:
        scope = scope.filter(cohort_id=filters.cohort_id)
    return scope


def ranked(user: User, *, now: datetime, filters: Filters = Filters()) -> QuerySet[Membership]:
    """The candidates in reach (filtered), in attention order, sorted by the database.

    Each candidate's most pressing reason is their stored rank (brought up to date first:
    relance.coaching.services.attention_rank), or with a status filter a rank computed in
    SQL: one `user_id IN (…)` per reason, each subquery reading only what needs attention
    now. Either way the order of 10,000 candidates costs one query and no Python sort;
    slicing the result reads only the page's rows.
    """
    scope = in_reach(user, filters)
    return _order(scope, attention_sources(user, scope, now, filters.status), now, filters.status)


def attention_sources(
    user: User, scope: QuerySet[Membership], now: datetime, status: str
) -> list[Source]:
    """The reasons' sources over every sharing candidate of `scope`: the rank's subqueries,
    and (narrowed to a page's candidates) the page's lines, built once for both."""
    # No `apps`: each subquery joins its applications, reading none of the history.
    return sources(user, scope.exclude(sharing=Sharing.NOTHING), None, now, status)


def _order(
    scope: QuerySet[Membership], found: list[Source], now: datetime, status: str
) -> QuerySet[Membership]:
    """Without a status filter, the stored ranks (relance.coaching.services.attention_rank),
    brought up to date first; with one, the live rank over the filtered reasons."""
    if status:
        return _ordered(scope, found)
    attention_rank.refresh(scope, now)
    review = found[0]
    assert review.reason is REVIEW
    return attention_rank.order(scope, review.rows, now, QUIET)


def _ordered(scope: QuerySet[Membership], found: list[Source]) -> QuerySet[Membership]:
    whens = [
        When(user_id__in=source.rows.values(source.owner), then=Value(ORDER[source.reason.id]))
        for source in found
    ]
    return scope.annotate(
        rank=Case(
            When(sharing=Sharing.NOTHING, then=Value(len(ORDER))),
            *whens,
            default=Value(len(ORDER)),
            output_field=IntegerField(),
        ),
        hidden=Case(When(sharing=Sharing.NOTHING, then=Value(1)), default=Value(0)),
        sort_name=Lower("user__profile__name"),
    ).order_by("rank", "hidden", "sort_name", "pk")


def rows_for(
    user: User,
    memberships: list[Membership],
    *,
    now: datetime,
    status: str,
    found: list[Source] | None = None,
) -> list[Row]:
    """The rows of these memberships (in this order), every reason's lines read in one query;
    `found`: the rank's sources (`attention_sources`), narrowed here to these candidates."""
    rows = {m.user_id: Row(m, own=m.coach_id == user.pk) for m in memberships}
    shared = [m for m in memberships if m.sharing != Sharing.NOTHING]
    if shared:
        if found is None:
            scope = Membership.objects.filter(pk__in=[m.pk for m in shared])
            found = attention_sources(user, scope, now, status)
        users = [m.user_id for m in shared]
        narrowed = [
            replace(source, rows=source.rows.filter(**{f"{source.owner}__in": users}))
            for source in found
        ]
        for owner_id, line in _lines(narrowed):
            if owner_id in rows and rows[owner_id].shared:
                rows[owner_id].lines.append(line)
    for row in rows.values():
        row.lines.sort(key=_line_order)
    return list(rows.values())


def attention(user: User, *, now: datetime, filters: Filters = Filters()) -> list[Row]:
    """Every candidate in reach (filtered), those needing attention first; nothing audited.

    The tests' and the bench's whole list: the dashboard itself reads one page (`board`).
    """
    memberships = list(ranked(user, now=now, filters=filters).select_related("user__profile"))
    return rows_for(user, memberships, now=now, status=filters.status)


def board(
    user: User,
    *,
    now: datetime,
    filters: Filters = Filters(),
    page: int = 1,
    staff: list[Membership] | None = None,
) -> Board:
    """One page of the dashboard; only the candidates shown on it are written to the audit log.

    A count, the page's membership ids in attention order (sorted and cut by the database),
    their rows, then one query for every reason's lines over the page's candidates only, and
    the audit log's insert.
    """
    scope = in_reach(user, filters, staff)
    # The count needs no order: the bare scope, without the rank's subqueries.
    total = scope.count()
    found = attention_sources(user, scope, now, filters.status)
    order = _order(scope, found, now, filters.status)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    start = (page - 1) * PAGE_SIZE
    # The order is computed on the bare memberships (ids only); the page's 50 rows are then
    # read with their names, coach and cohort: the sort does not drag those joins along.
    ids = list(order.values_list("pk", flat=True)[start : start + PAGE_SIZE])
    read = (
        Membership.objects.filter(pk__in=ids)
        .select_related("user__profile", "coach__profile", "cohort", "organisation")
        .only(*SHOWN)
    )
    by_id = {m.pk: m for m in read}
    shown = [by_id[pk] for pk in ids]
    rows = rows_for(user, shown, now=now, status=filters.status, found=found)
    record_view(user, [r.membership.user_id for r in rows if r.shared], Viewed.DASHBOARD, at=now)
    return Board(rows, page, pages, total)


def dashboard(coach: User, *, now: datetime, status: str = "") -> list[Row]:
    """All the rows of the first page (the tests' and the API's short form)."""
    return board(coach, now=now, filters=Filters(status=status)).rows
