"""The coach's dashboard: which candidates need attention, why (a rule), and one action.

A fixed set of queries, one per reason, each over all the coach's sharing candidates at
once: the page costs the same number of queries for 3 candidates or 3,000.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db.models import Exists, Max, OuterRef, Q, QuerySet
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
from relance.coaching.services.access import coached_by, record_view
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


def dashboard(coach: User, *, now: datetime, status: str = "") -> list[Row]:
    memberships = list(coached_by(coach).select_related("user__profile"))
    rows = {m.user_id: Row(m) for m in memberships}
    ids = [m.user_id for m in memberships if m.sharing != Sharing.NOTHING]
    if ids:
        record_view(coach, ids, Viewed.DASHBOARD, at=now)
        apps = Application.objects.filter(owner_id__in=ids)
        if status:
            apps = apps.filter(status=status)
        joined = {m.user_id: m.joined_at for m in memberships}
        for owner_id, line in reason_lines(coach, joined, ids, apps, now, status):
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
        ),
    )


def reason_lines(
    coach: User,
    joined: dict[int, datetime],
    ids: list[int],
    apps: QuerySet[Application],
    now: datetime,
    status: str,
) -> Iterator[tuple[int, Line]]:
    """(candidate id, line) for each reason to look at; `apps` is already narrowed to `ids`."""
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
        last = dict(
            TimelineEvent.objects.filter(application__owner_id__in=ids)
            .values_list("application__owner_id")
            .annotate(last=Max("at"))
        )
        for owner_id in ids:
            # A newcomer is not idle: activity counts from joining at the earliest.
            if max(last.get(owner_id) or joined[owner_id], joined[owner_id]) <= now - QUIET:
                yield owner_id, Line(INACTIVE)
