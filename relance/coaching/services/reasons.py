"""Why a coach's candidate needs attention: the reasons, in order, and where each is read.

One `Source` per reason (a query over what is live, narrowed to a page's applications or to
a status); `reason_lines` reads them all in one UNION ALL of plain values. Shared by the
dashboard (relance.coaching.services.dashboard) and the stored ranks
(relance.coaching.services.attention_rank), which both order candidates by these reasons.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db.models import (
    BigIntegerField,
    CharField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import Cast
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from relance.coaching.models import (
    Membership,
    NudgeTemplate,
    ReviewRequest,
    ReviewState,
    Sharing,
)
from relance.coaching.services.access import coached_by
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
