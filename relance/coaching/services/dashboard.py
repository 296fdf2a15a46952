"""The coach's dashboard: which candidates need attention, why (a rule), and one action.

A fixed set of queries, one per reason, each over all the coach's sharing candidates at
once: the page costs the same number of queries for 3 candidates or 3,000.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db.models import Exists, OuterRef, Q, QuerySet
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


def attention(user: User, *, now: datetime, filters: Filters = Filters()) -> list[Row]:
    """Every candidate in reach (filtered), those needing attention first; nothing audited.

    One query for the candidates and one per reason, each over all of them at once: the
    cost follows what needs attention now, not the candidates' history.
    """
    scope = board_scope(user)
    if filters.coach_id:
        scope = scope.filter(coach_id=filters.coach_id)
    if filters.cohort_id:
        scope = scope.filter(cohort_id=filters.cohort_id)
    # Light rows for the sort (an admin's may hold thousands); the page's are completed later.
    memberships = list(scope.select_related("user__profile").only(*LIGHT).order_by())
    rows = {m.user_id: Row(m) for m in memberships}
    sharing = scope.exclude(sharing=Sharing.NOTHING)
    if any(m.sharing != Sharing.NOTHING for m in memberships):
        apps = Application.objects.filter(owner_id__in=sharing.values("user_id"))
        if filters.status:
            apps = apps.filter(status=filters.status)
        for owner_id, line in reason_lines(user, sharing, apps, now, filters.status):
            if owner_id in rows:
                rows[owner_id].lines.append(line)
    for row in rows.values():
        row.lines.sort(key=lambda line: ORDER[line.reason.id])
    # Those needing attention first, by their most pressing reason; those sharing nothing last.
    return sorted(
        rows.values(),
        key=lambda row: (
            ORDER[row.lines[0].reason.id] if row.lines else len(ORDER),
            not row.shared,
            row.membership.user.profile.name.lower(),
            row.membership.pk,
        ),
    )


def board(user: User, *, now: datetime, filters: Filters = Filters(), page: int = 1) -> Board:
    """One page of the dashboard; only the candidates shown on it are written to the audit log."""
    rows = attention(user, now=now, filters=filters)
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    page = min(max(1, page), pages)
    shown = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    full = Membership.objects.select_related("user__profile", "coach__profile", "cohort").in_bulk(
        [row.membership.pk for row in shown]
    )
    for row in shown:
        row.membership = full[row.membership.pk]
    record_view(user, [r.membership.user_id for r in shown if r.shared], Viewed.DASHBOARD, at=now)
    return Board(shown, page, pages, len(rows))


def dashboard(coach: User, *, now: datetime, status: str = "") -> list[Row]:
    """All the rows of the first page (the tests' and the API's short form)."""
    return board(coach, now=now, filters=Filters(status=status)).rows


def reason_lines(
    coach: User,
    owners: QuerySet[Membership],
    apps: QuerySet[Application],
    now: datetime,
    status: str,
) -> Iterator[tuple[int, Line]]:
    """(candidate id, line) for each reason; `apps` is already narrowed to `owners`' users."""
    open_apps = apps.exclude(status__in=CLOSED)
    interviews = Interview.objects.filter(
        application__in=open_apps, at__lte=now, at__gte=now - RECENT
    ).select_related("application")
    no_debrief = Q(**{name: "" for name in DEBRIEF_FIELDS})
    for interview in interviews.filter(no_debrief, at__lte=now - timedelta(days=1)):
        yield interview.application.owner_id, Line(DEBRIEF, interview.application)
    catchup_written = FollowUp.objects.filter(
        application_id=OuterRef("application_id"),
        kind=Kind.CATCHUP,
        state__in=lc.GONE_OR_GOING | {lc.DRAFTED, lc.APPROVED},
    )
    for interview in interviews.filter(agreement_obtained=False).exclude(Exists(catchup_written)):
        yield interview.application.owner_id, Line(NO_NEXT_STEPS, interview.application)
    followups = FollowUp.objects.filter(application__in=apps).select_related("application")
    due = Q(state__in=lc.EDITABLE, earliest_at__lte=now, latest_at__gte=now)
    late = Q(state=lc.APPROVED, latest_at__lt=now)
    for followup in followups.filter(due | late | Q(state__in=lc.SETTLEABLE)):
        if followup.state in lc.EDITABLE:
            reason = DUE_TODAY
        else:
            reason = OVERDUE if followup.state == lc.APPROVED else FAILED
        yield followup.application.owner_id, Line(reason, followup.application)
    pending = IncomingMessage.objects.filter(
        application__in=apps, status=IncomingStatus.PENDING
    ).select_related("application")
    for message in pending:
        assert message.application is not None  # filtered on an application above
        yield message.application.owner_id, Line(REPLY, message.application)
    closed = apps.filter(status=Status.CLOSED_NO_ANSWER, updated_at__gte=now - RECENT)
    for app in closed:
        yield app.owner_id, Line(CLOSED_NO_ANSWER, app)
    sharing_texts = coached_by(coach).filter(sharing=Sharing.TEXTS).values("user_id")
    reviews = ReviewRequest.objects.filter(
        coach=coach, state=ReviewState.ASKED, candidate_id__in=sharing_texts
    ).select_related("followup__application")
    for review in reviews.filter(followup__application__in=apps):
        yield review.candidate_id, Line(REVIEW, review.followup.application, review.pk)
    if not status:
        # Only the last two weeks' events are read (index on application, at): the check does
        # not grow with the candidates' history. A newcomer is not idle: counted from joining.
        recent = TimelineEvent.objects.filter(
            application__owner_id=OuterRef("user_id"), at__gt=now - QUIET
        )
        quiet = owners.filter(joined_at__lte=now - QUIET).exclude(Exists(recent))
        for owner_id in quiet.values_list("user_id", flat=True):
            yield owner_id, Line(INACTIVE)
