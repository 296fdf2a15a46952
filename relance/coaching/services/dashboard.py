"""The coach's dashboard: which candidates need attention, why (a rule), and one action.

A fixed set of queries, one per reason, each over all the coach's sharing candidates at
once: the page costs the same number of queries for 3 candidates or 3,000.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db.models import (
    BigIntegerField,
    Case,
    CharField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Cast, Lower
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from relance.coaching.models import (
    Membership,
    NudgeTemplate,
    ReviewRequest,
    ReviewState,
    Sharing,
    Viewed,
)
from relance.coaching.services import attention_rank
from relance.coaching.services.access import board_scope, coached_by, record_view
from relance.core import rule_ids as r
from relance.core.facts import CLOSED_STATUSES
from relance.mailbox.models import IncomingMessage, IncomingStatus
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, FollowUp, Interview
from relance.tracker.models.choices import Kind, Status
from relance.tracker.models.interview import DEBRIEF_FIELDS

# Sorted: the same SQL text in every process (a frozenset's order depends on the hash seed).
CLOSED = sorted(s.value for s in CLOSED_STATUSES)
RECENT = timedelta(days=14)  # older interviews and closings are history, not attention
QUIET = timedelta(days=14)


@dataclass(frozen=True)
class Reason:
    id: str
    rule_id: str  # the golden rule or default behind it (relance.core.rule_ids), or coach.*
    label: object  # lazy text
    nudge: str | None  # the nudge template offered as the action; None: open the review
    own_explanation: object = None  # for the coach.* rules the core does not know

    @property
    def explanation(self) -> str:
        if self.own_explanation is not None:
            return str(self.own_explanation)
        return gettext(r.explain(self.rule_id).explanation)


DEBRIEF = Reason(
    "debrief", "coach.debrief", _("Interview over a day ago, no debrief"),
    NudgeTemplate.DEBRIEF_FRESH,
    _("The debrief is written while the interview is fresh: the follow-ups draw on it."),
)  # fmt: skip
NO_NEXT_STEPS = Reason(
    "no_next_steps", r.CATCHUP_NEXT_DAY, _("Next steps not obtained, no catch-up drafted"),
    NudgeTemplate.CATCHUP_TOMORROW,
)  # fmt: skip
DUE_TODAY = Reason(
    "due_today", r.RESPECT_DEADLINES, _("A follow-up is due today"), NudgeTemplate.FOLLOWUP_TODAY
)
OVERDUE = Reason(
    "overdue", r.TIME_WINDOW, _("Approved, but its window has passed"), NudgeTemplate.CHECK_IN
)
FAILED = Reason("failed", r.ONCE, _("A follow-up failed or is in doubt"), NudgeTemplate.CHECK_IN)
REPLY = Reason(
    "reply", r.REPLY_PENDING, _("A reply waits to be confirmed"), NudgeTemplate.CONFIRM_REPLY
)
CLOSED_NO_ANSWER = Reason(
    "closed_no_answer", r.CLOSE_NO_ANSWER, _("Application closed for no answer"),
    NudgeTemplate.CHECK_IN,
)  # fmt: skip
INACTIVE = Reason(
    "inactive", "coach.no_activity", _("No activity for two weeks"), NudgeTemplate.CHECK_IN,
    _("Two weeks without a new application, interview or message: time to check in."),
)  # fmt: skip
REVIEW = Reason(
    "review", "coach.review", _("Asks you to review a draft"), None,
    _("You propose a text; only the candidate accepts it, approves and sends."),
)  # fmt: skip
REASONS = [
    REVIEW,
    REPLY,
    FAILED,
    OVERDUE,
    DUE_TODAY,
    NO_NEXT_STEPS,
    DEBRIEF,
    CLOSED_NO_ANSWER,
    INACTIVE,
]
ORDER = {reason.id: i for i, reason in enumerate(REASONS)}


@dataclass(frozen=True, slots=True)
class AppRef:
    """What a line shows of its application (read as values: no model instance)."""

    pk: int
    company: str
    position: str


@dataclass(slots=True)
class Line:
    reason: Reason
    application: AppRef | None = None
    review_id: int | None = None
    # Set by the page (relance.coaching.views.coach): the texts, translated once per reason,
    # and the action's link for the candidate's own coach.
    label: str = ""
    why: str = ""
    url: str = ""


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


@dataclass(frozen=True)
class Source:
    """Where one reason is read: its rows, the path to their candidate and to their
    application ("": the row is one; None: a line without application), and whether a row
    is a review request (its id is the line's)."""

    reason: Reason
    rows: QuerySet[Any]
    owner: str
    app: str | None
    review: bool = False


def sources(
    coach: User,
    owners: QuerySet[Membership],
    apps: QuerySet[Application] | None,
    now: datetime,
    status: str,
) -> list[Source]:
    """One source per reason, most pressing first; `apps`: the page's candidates'
    applications (their lines), or None for every application with `status` (the rank's
    subqueries, which then read no `IN (every application)`)."""

    def narrow(rows: QuerySet[Any], to_app: str) -> QuerySet[Any]:
        """`rows` whose application (at the path `to_app`) is one of `apps`."""
        if apps is not None:
            return rows.filter(**{f"{to_app}__in" if to_app else "pk__in": apps})
        if status:
            return rows.filter(**{f"{to_app}__status" if to_app else "status": status})
        return rows

    interviews = narrow(
        Interview.objects.filter(at__lte=now, at__gte=now - RECENT), "application"
    ).exclude(application__status__in=CLOSED)
    no_debrief = Q(**{name: "" for name in DEBRIEF_FIELDS})
    catchup_written = FollowUp.objects.filter(
        application_id=OuterRef("application_id"),
        kind=Kind.CATCHUP,
        state__in=lc.GONE_OR_GOING | {lc.DRAFTED, lc.APPROVED},
    )
    followups = narrow(FollowUp.objects.all(), "application")
    sharing_texts = coached_by(coach).filter(sharing=Sharing.TEXTS).values("user_id")
    reviews = narrow(
        ReviewRequest.objects.filter(
            coach=coach, state=ReviewState.ASKED, candidate_id__in=sharing_texts
        ),
        "followup__application",
    )
    found = [
        Source(REVIEW, reviews, "candidate_id", "followup__application", review=True),
        Source(
            REPLY,
            narrow(IncomingMessage.objects.filter(status=IncomingStatus.PENDING), "application"),
            "application__owner_id", "application",
        ),
        Source(
            FAILED, followups.filter(state__in=lc.SETTLEABLE), "application__owner_id",
            "application",
        ),
        Source(
            OVERDUE, followups.filter(state=lc.APPROVED, latest_at__lt=now),
            "application__owner_id", "application",
        ),
        Source(
            DUE_TODAY,
            followups.filter(state__in=lc.EDITABLE, earliest_at__lte=now, latest_at__gte=now),
            "application__owner_id", "application",
        ),
        Source(
            NO_NEXT_STEPS,
            interviews.filter(agreement_obtained=False).exclude(Exists(catchup_written)),
            "application__owner_id", "application",
        ),
        Source(
            DEBRIEF, interviews.filter(no_debrief, at__lte=now - timedelta(days=1)),
            "application__owner_id", "application",
        ),
        Source(
            CLOSED_NO_ANSWER,
            narrow(
                Application.objects.filter(
                    status=Status.CLOSED_NO_ANSWER, updated_at__gte=now - RECENT
                ),
                "",
            ),
            "owner_id", "",
        ),
    ]  # fmt: skip
    if not status:
        # The last activity is kept on each candidate's CandidateTally row by a trigger on
        # every event written (relance.coaching.activity_triggers): one indexed column read,
        # none of the history. A newcomer is not idle: counted from joining.
        quiet = owners.filter(joined_at__lte=now - QUIET).exclude(
            user__tally__last_activity_at__gt=now - QUIET
        )
        found.append(Source(INACTIVE, quiet, "user_id", None))
    return found


def _line_order(line: Line) -> tuple[int, int]:
    return ORDER[line.reason.id], line.application.pk if line.application else 0


def _columns(source: Source) -> QuerySet[Any]:
    """One reason's lines as plain values: candidate, reason, application, review."""
    number = Cast(Value(None), BigIntegerField())
    text = Cast(Value(None), CharField())
    if source.app is None:
        app: tuple[Any, ...] = (number, text, text)
    else:
        prefix = f"{source.app}__" if source.app else ""
        app = (F(f"{prefix}id"), F(f"{prefix}company"), F(f"{prefix}position"))
    return source.rows.order_by().values_list(
        F(source.owner),
        Value(ORDER[source.reason.id], output_field=IntegerField()),
        *app,
        F("pk") if source.review else number,
    )


def reason_lines(
    coach: User,
    owners: QuerySet[Membership],
    apps: QuerySet[Application],
    now: datetime,
    status: str,
) -> Iterator[tuple[int, Line]]:
    """(candidate id, line) for each reason; `apps` is already narrowed to `owners`' users.

    One query (a UNION ALL of one SELECT per reason) of plain values: no model is built.
    """
    yield from _lines(sources(coach, owners, apps, now, status))


def _lines(found: list[Source]) -> Iterator[tuple[int, Line]]:
    first, *others = [_columns(source) for source in found]
    for owner, order, app_id, company, position, review_id in first.union(*others, all=True):
        app = AppRef(app_id, company, position) if app_id is not None else None
        yield owner, Line(REASONS[order], app, review_id)
