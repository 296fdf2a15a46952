"""The coach's dashboard: which candidates need attention, why (a rule), and one action.

A fixed set of queries, one per reason, each over all the coach's sharing candidates at
once: the page costs the same number of queries for 3 candidates or 3,000.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    Func,
    IntegerField,
    Max,
    Q,
    QuerySet,
    Subquery,
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
from relance.coaching.services.attention_rank import Key
from relance.coaching.services.reasons import (
    ORDER,
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
    # Their stored rank is out of date and waits for the worker (a burst of ranks went out
    # of date at once): their lines are live, their place may still change.
    moving: bool = False

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
    # The next page's link: the membership it continues after (None: the last page, or
    # a status filter, whose pages are numbered).
    after: int | None = None
    # The previous page's link: the membership it ends before (None: the first page, or a
    # status filter).
    before: int | None = None
    # Some ranks in reach were left to the worker (more than a page computes): rows marked.
    updating: bool = False


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
    """Every candidate in reach (filtered), in attention order, sorted by the database: the
    whole list (the tests', the bench's); a page reads its rows from the index (`board`).

    Each candidate's place is stored (brought up to date first, all of them:
    relance.coaching.services.attention_rank), or with a status filter a rank computed in
    SQL: one `user_id IN (…)` per reason, each subquery reading only what needs attention now.
    """
    scope = in_reach(user, filters)
    found = attention_sources(user, scope, now, filters.status)
    if filters.status:
        return _ordered(scope, found)
    attention_rank.refresh(scope, now)
    return attention_rank.order(scope, _reviews(found).rows)


def attention_sources(
    user: User, scope: QuerySet[Membership], now: datetime, status: str
) -> list[Source]:
    """The reasons' sources over every sharing candidate of `scope`: the rank's subqueries,
    and (narrowed to a page's candidates) the page's lines, built once for both."""
    # No `apps`: each subquery joins its applications, reading none of the history.
    return sources(user, scope.exclude(sharing=Sharing.NOTHING), None, now, status)


def _reviews(found: list[Source]) -> Source:
    review = found[0]
    assert review.reason is REVIEW
    return review


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
        live_name=Lower("user__profile__name"),
    ).order_by("rank", "hidden", "live_name", "pk")


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
    after: int | None = None,
    before: int | None = None,
    staff: list[Membership] | None = None,
) -> Board:
    """One page of the dashboard; only the candidates shown on it are written to the audit log.

    A count, the page's memberships in attention order, one query for every reason's lines
    over the page's candidates only, and the audit log's insert. Without a status filter the
    order is the stored places', read from an index from `after` on (the membership the page
    continues after), or backwards from `before` (the membership the page ends before: the
    previous page's link), or from `page`, counted by an offset (an address typed, or a link
    whose membership left the scope): the viewer's review requests first
    (read live), then the others; at most `attention_rank.PER_VIEW` out-of-date ranks are
    computed first, those nearest the page (two queries; more when some are found).
    """
    scope = in_reach(user, filters, staff)
    # The count needs no order: the bare scope (and the key of the membership named by a link).
    total, start = _count(scope, None if filters.status else after or before)
    found = attention_sources(user, scope, now, filters.status)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    updating, more = False, False
    if filters.status:
        shown = _numbered_page(scope, found, page)
    elif start is not None and not after:
        shown, updating = _page_before(scope, found, now, start)
        more = bool(shown)  # the membership it ends before follows
        if len(shown) < PAGE_SIZE:  # nothing more before: the first page
            page = 1
    else:
        shown, more, updating = _indexed_page(scope, found, now, page, start)
    rows = rows_for(user, shown, now=now, status=filters.status, found=found)
    for row in rows:
        row.moving = getattr(row.membership, "moving", False)
    record_view(user, [r.membership.user_id for r in rows if r.shared], Viewed.DASHBOARD, at=now)
    earlier = shown[0].pk if page > 1 and shown and not filters.status else None
    return Board(rows, page, pages, total, shown[-1].pk if more else None, earlier, updating)


class _AnyOfArray(Func):
    """`column = ANY(ARRAY(subquery))` (PostgreSQL): the subquery runs first, on its own."""

    template = "%(expressions)s)"
    arg_joiner = " = ANY(ARRAY"
    output_field = BooleanField()


def _user_in(users: QuerySet[Any]) -> Q | _AnyOfArray:
    """The memberships of these users (a subquery of a handful of ids: the viewer's review
    requests). As `user_id IN (subquery)` PostgreSQL joined a coach's 200 memberships with
    their names, coach and cohort before finding no review request (2-3 ms, the join
    being past its `join_collapse_limit`); as an array computed first it reads the few
    memberships by their user (0.05-0.15 ms, with or without review requests; bench/coach.py)."""
    if connection.vendor == "postgresql":
        return _AnyOfArray(F("user_id"), Subquery(users))
    return Q(user_id__in=users)


def _shown(memberships: QuerySet[Membership]) -> QuerySet[Membership]:
    """With what a page's rows show (names, coach, cohort, organisation) and their place."""
    return memberships.select_related(
        "user__profile", "coach__profile", "cohort", "organisation"
    ).only(*SHOWN, "sort_rank", "sort_name")


def _count(scope: QuerySet[Membership], after: int | None) -> tuple[int, Key | None]:
    """How many candidates are in reach, and the stored place of `after` if it is one."""
    if after is None:
        return scope.count(), None
    at = Q(pk=after)
    found = scope.aggregate(
        total=Count("pk"),
        rank=Max(Case(When(at, then=F("sort_rank")))),
        name=Max(Case(When(at, then=F("sort_name")))),
    )
    if found["rank"] is None:
        return found["total"], None
    return found["total"], (found["rank"], found["name"], after)


def _numbered_page(scope: QuerySet[Membership], found: list[Source], page: int) -> list[Membership]:
    """A page of the live rank's order (a status filter), cut by an offset."""
    start = (page - 1) * PAGE_SIZE
    # The order is computed on the bare memberships (ids only); the page's 50 rows are then
    # read with their names, coach and cohort: the sort does not drag those joins along.
    ids = list(_ordered(scope, found).values_list("pk", flat=True)[start : start + PAGE_SIZE])
    by_id = {m.pk: m for m in _shown(Membership.objects.filter(pk__in=ids))}
    return [by_id[pk] for pk in ids]


def _page_before(
    scope: QuerySet[Membership], found: list[Source], now: datetime, end: Key
) -> tuple[list[Membership], bool]:
    """The page before the membership at `end` (its stored place), and whether out-of-date
    ranks were left to the worker: the index read backwards from there, nearest first, then
    the viewer's review requests (placed first) if the page reaches them. Walks 50 index
    entries whatever the page's number, where an offset walked every page before it."""
    heads = _heads(found, scope)
    updating = attention_rank.refresh(scope, now, limit=attention_rank.PER_VIEW)
    if any(m.pk == end[2] for m in heads):
        return [m for m in heads if (m.sort_name, m.pk) < end[1:]][-PAGE_SIZE:], updating
    rest = scope.exclude(pk__in=[m.pk for m in heads]) if heads else scope
    others = list(_marked(_shown(attention_rank.before(rest, end)), now, updating)[:PAGE_SIZE])
    need = PAGE_SIZE - len(others)
    return (heads[-need:] if need else []) + others[::-1], updating


def _heads(found: list[Source], scope: QuerySet[Membership]) -> list[Membership]:
    """The viewer's reviewed candidates in reach (put first), by name."""
    heads = list(_shown(scope.filter(_user_in(_reviews(found).rows.values("candidate_id")))))
    heads.sort(key=lambda m: (m.sort_name, m.pk))
    return heads


def _marked(rows: QuerySet[Membership], now: datetime, updating: bool) -> QuerySet[Membership]:
    """With `moving` on each row whose stored place is out of date, when some were left."""
    if not updating:
        return rows
    return rows.annotate(
        moving=Case(
            When(attention_rank.out_of_date(now), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


def _indexed_page(
    scope: QuerySet[Membership], found: list[Source], now: datetime, page: int, start: Key | None
) -> tuple[list[Membership], bool, bool]:
    """A page of the stored order: the memberships shown, whether more follow, and whether
    out-of-date ranks were left to the worker (the rows still out of date are marked).

    The viewer's review requests come first whatever their stored place (a handful, read
    live); the others are read from the index, in order, from `start` (the stored place of the
    membership continued after) or skipping `page - 1` pages. Out-of-date ranks are computed
    first, at most PER_VIEW of them, from that place on: a page never pays for a burst (ten
    thousand windows opening at 09:00); the worker computes the rest.
    """
    heads = _heads(found, scope)
    skip = 0
    rest_from = start
    if start is not None and any(m.pk == start[2] for m in heads):
        # Continued after one of the viewer's reviewed candidates (placed first, not at their
        # stored place): the others all come after them.
        name, pk = start[1], start[2]
        reviews = [m for m in heads if (m.sort_name, m.pk) > (name, pk)]
        rest_from = None
    elif start is not None:
        reviews = []
    else:
        skip = (page - 1) * PAGE_SIZE
        reviews = heads[skip:]
        skip = max(0, skip - len(heads))
    updating = attention_rank.refresh(scope, now, limit=attention_rank.PER_VIEW, start=rest_from)
    need = max(0, PAGE_SIZE - len(reviews))
    rest = scope.exclude(pk__in=[m.pk for m in heads]) if heads else scope
    rest = _shown(attention_rank.after(rest, rest_from)).order_by(*attention_rank.ORDER_BY)
    rest = _marked(rest, now, updating)
    others = list(rest[skip : skip + need + 1])
    more = len(reviews) > PAGE_SIZE or len(others) > need
    return reviews[:PAGE_SIZE] + others[:need], more, updating


def dashboard(coach: User, *, now: datetime, status: str = "") -> list[Row]:
    """All the rows of the first page (the tests' and the API's short form)."""
    return board(coach, now=now, filters=Filters(status=status)).rows
