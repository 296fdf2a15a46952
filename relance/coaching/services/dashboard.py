"""The coach's dashboard: which candidates need attention, why (a rule), and one action.

A fixed set of queries, one per reason, each over all the coach's sharing candidates at
once: the page costs the same number of queries for 3 candidates or 3,000.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When
from django.db.models.functions import Lower
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
from relance.coaching.services.access import board_scope, coached_by, record_view
from relance.core import rule_ids as r
from relance.core.facts import CLOSED_STATUSES
from relance.mailbox.models import IncomingMessage, IncomingStatus
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, FollowUp, Interview, TimelineEvent
from relance.tracker.models.choices import Kind, Status
from relance.tracker.models.interview import DEBRIEF_FIELDS

CLOSED = [s.value for s in CLOSED_STATUSES]
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


@dataclass
class Line:
    reason: Reason
    application: Application | None = None
    review_id: int | None = None


@dataclass
class Row:
    membership: Membership
    lines: list[Line] = field(default_factory=list)

    @property
    def shared(self) -> bool:
        return self.membership.sharing != Sharing.NOTHING


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
LIGHT = (
    "id", "user_id", "organisation_id", "coach_id", "cohort_id", "sharing", "joined_at",
    "user__id", "user__username", "user__profile__id", "user__profile__name",
)  # fmt: skip


def ranked(user: User, *, now: datetime, filters: Filters = Filters()) -> QuerySet[Membership]:
    """The candidates in reach (filtered), in attention order, sorted by the database.

    Each candidate's most pressing reason is a rank computed in SQL: one `user_id IN (…)`
    per reason, each subquery reading only what needs attention now (PostgreSQL hashes it
    once), so the order of 10,000 candidates costs one query and no Python sort; slicing
    the result reads only the page's rows.
    """
    scope = board_scope(user)
    if filters.coach_id:
        scope = scope.filter(coach_id=filters.coach_id)
    if filters.cohort_id:
        scope = scope.filter(cohort_id=filters.cohort_id)
    sharing = scope.exclude(sharing=Sharing.NOTHING)
    # No `apps`: each subquery joins its applications, reading none of the history.
    whens = [
        When(user_id__in=source.rows.values(source.owner), then=Value(ORDER[source.reason.id]))
        for source in sources(user, sharing, None, now, filters.status)
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


def rows_for(user: User, memberships: list[Membership], *, now: datetime, status: str) -> list[Row]:
    """The rows of these memberships (in this order), their lines read in one query per reason."""
    rows = {m.user_id: Row(m) for m in memberships}
    shared = [m for m in memberships if m.sharing != Sharing.NOTHING]
    if shared:
        owners = Membership.objects.filter(pk__in=[m.pk for m in shared])
        apps = Application.objects.filter(owner_id__in=[m.user_id for m in shared])
        if status:
            apps = apps.filter(status=status)
        for owner_id, line in reason_lines(user, owners, apps, now, status):
            if owner_id in rows and rows[owner_id].shared:
                rows[owner_id].lines.append(line)
    for row in rows.values():
        row.lines.sort(key=lambda line: ORDER[line.reason.id])
    return list(rows.values())


def attention(user: User, *, now: datetime, filters: Filters = Filters()) -> list[Row]:
    """Every candidate in reach (filtered), those needing attention first; nothing audited.

    The tests' and the bench's whole list: the dashboard itself reads one page (`board`).
    """
    memberships = list(ranked(user, now=now, filters=filters).select_related("user__profile"))
    return rows_for(user, memberships, now=now, status=filters.status)


def board(user: User, *, now: datetime, filters: Filters = Filters(), page: int = 1) -> Board:
    """One page of the dashboard; only the candidates shown on it are written to the audit log.

    A count, the page's membership ids in attention order (sorted and cut by the database),
    their rows, then one query per reason over the page's candidates only, and the audit
    log's insert.
    """
    order = ranked(user, now=now, filters=filters)
    total = order.count()
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    start = (page - 1) * PAGE_SIZE
    # The order is computed on the bare memberships (ids only); the page's 50 rows are then
    # read with their names, coach and cohort: the sort does not drag those joins along.
    ids = list(order.values_list("pk", flat=True)[start : start + PAGE_SIZE])
    found = Membership.objects.filter(pk__in=ids).select_related(
        "user__profile", "coach__profile", "cohort"
    )
    by_id = {m.pk: m for m in found}
    shown = [by_id[pk] for pk in ids]
    rows = rows_for(user, shown, now=now, status=filters.status)
    record_view(user, [r.membership.user_id for r in rows if r.shared], Viewed.DASHBOARD, at=now)
    return Board(rows, page, pages, total)


def dashboard(coach: User, *, now: datetime, status: str = "") -> list[Row]:
    """All the rows of the first page (the tests' and the API's short form)."""
    return board(coach, now=now, filters=Filters(status=status)).rows


@dataclass(frozen=True)
class Source:
    """Where one reason is read: its rows, the path to their candidate, and each row's line."""

    reason: Reason
    rows: QuerySet[Any]
    owner: str
    line: Callable[[Any], Line]


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

    def of_app(reason: Reason) -> Callable[[Any], Line]:
        return lambda row: Line(reason, row.application)

    def narrow(rows: QuerySet[Any], to_app: str) -> QuerySet[Any]:
        """`rows` whose application (at the path `to_app`) is one of `apps`."""
        if apps is not None:
            return rows.filter(**{f"{to_app}__in" if to_app else "pk__in": apps})
        if status:
            return rows.filter(**{f"{to_app}__status" if to_app else "status": status})
        return rows

    interviews = (
        narrow(Interview.objects.filter(at__lte=now, at__gte=now - RECENT), "application")
        .exclude(application__status__in=CLOSED)
        .select_related("application")
    )
    no_debrief = Q(**{name: "" for name in DEBRIEF_FIELDS})
    catchup_written = FollowUp.objects.filter(
        application_id=OuterRef("application_id"),
        kind=Kind.CATCHUP,
        state__in=lc.GONE_OR_GOING | {lc.DRAFTED, lc.APPROVED},
    )
    followups = narrow(FollowUp.objects.select_related("application"), "application")
    sharing_texts = coached_by(coach).filter(sharing=Sharing.TEXTS).values("user_id")
    reviews = narrow(
        ReviewRequest.objects.filter(
            coach=coach, state=ReviewState.ASKED, candidate_id__in=sharing_texts
        ).select_related("followup__application"),
        "followup__application",
    )
    found = [
        Source(
            REVIEW, reviews, "candidate_id",
            lambda review: Line(REVIEW, review.followup.application, review.pk),
        ),
        Source(
            REPLY,
            narrow(
                IncomingMessage.objects.filter(status=IncomingStatus.PENDING).select_related(
                    "application"
                ),
                "application",
            ),
            "application__owner_id", of_app(REPLY),
        ),
        Source(
            FAILED, followups.filter(state__in=lc.SETTLEABLE), "application__owner_id",
            of_app(FAILED),
        ),
        Source(
            OVERDUE, followups.filter(state=lc.APPROVED, latest_at__lt=now),
            "application__owner_id", of_app(OVERDUE),
        ),
        Source(
            DUE_TODAY,
            followups.filter(state__in=lc.EDITABLE, earliest_at__lte=now, latest_at__gte=now),
            "application__owner_id", of_app(DUE_TODAY),
        ),
        Source(
            NO_NEXT_STEPS,
            interviews.filter(agreement_obtained=False).exclude(Exists(catchup_written)),
            "application__owner_id", of_app(NO_NEXT_STEPS),
        ),
        Source(
            DEBRIEF, interviews.filter(no_debrief, at__lte=now - timedelta(days=1)),
            "application__owner_id", of_app(DEBRIEF),
        ),
        Source(
            CLOSED_NO_ANSWER,
            narrow(
                Application.objects.filter(
                    status=Status.CLOSED_NO_ANSWER, updated_at__gte=now - RECENT
                ),
                "",
            ),
            "owner_id", lambda app: Line(CLOSED_NO_ANSWER, app),
        ),
    ]  # fmt: skip
    if not status:
        # Only the last two weeks' events are read (index on at): the check does not grow
        # with the candidates' history. A newcomer is not idle: counted from joining.
        events = TimelineEvent.objects.filter(at__gt=now - QUIET)
        if apps is not None:  # the page's lines: only the page's candidates' events
            events = events.filter(application__in=apps)
        active = events.values("application__owner_id")
        quiet = owners.filter(joined_at__lte=now - QUIET).exclude(user_id__in=active)
        found.append(Source(INACTIVE, quiet, "user_id", lambda _membership: Line(INACTIVE)))
    return found


def reason_lines(
    coach: User,
    owners: QuerySet[Membership],
    apps: QuerySet[Application],
    now: datetime,
    status: str,
) -> Iterator[tuple[int, Line]]:
    """(candidate id, line) for each reason; `apps` is already narrowed to `owners`' users."""
    for source in sources(coach, owners, apps, now, status):
        for row in source.rows:
            owner = row
            for part in source.owner.split("__"):
                owner = getattr(owner, part)
            yield owner, source.line(row)
