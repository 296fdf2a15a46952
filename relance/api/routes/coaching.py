"""The coach's operations, as on the coaching pages: the dashboard of candidates needing
attention, a candidate's shared data, nudges, and proposals on the drafts they ask to review.

Everything goes through relance.coaching.services: a candidate is reached only through
`coached_by` (another organisation's coach gets 404, like an id that does not exist), the
sharing is read from the database on every request, and every read of a candidate's data
writes the audit log. The coach writes nudges and proposals only: approving, sending and
dates stay with the candidate (their operations answer 404 to the coach's key)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_noop
from ninja import Field, Query, Router, Schema
from ninja.responses import Status as Answer

from relance.api.auth import api_user
from relance.api.errors import responses
from relance.api.routes import coaching_schemas as c
from relance.coaching.models import Membership, Nudge, ReviewRequest, Sharing, Viewed
from relance.coaching.services import dashboard as board
from relance.coaching.services import reasons
from relance.coaching.services.access import (
    coached_candidate,
    record_view,
    shares,
    staff_memberships,
)
from relance.coaching.services.nudges import nudge
from relance.coaching.services.reviews import propose, reviews_for_coach, word_diff
from relance.core.errors import RuleViolation
from relance.tracker.models import Application
from relance.tracker.models.choices import Status
from relance.tracker.models.interview import DEBRIEF_FIELDS
from relance.tracker.services.bounds import check_fields

router = Router(tags=["coaching"])
# The rule a coach meets when the candidate has already decided: only they accept a text.
CANDIDATE_DECIDES = "coach.review"


def line_out(line: reasons.Line) -> dict[str, Any]:
    app = line.application
    return {
        "reason": line.reason.id,
        "rule": line.reason.rule_id,
        "label": str(line.reason.label),
        "explanation": line.reason.explanation,
        "nudge": line.reason.nudge,
        "application": (
            {"id": app.pk, "company": app.company, "position": app.position} if app else None
        ),
        "review": line.review_id,
    }


def _candidate(request: HttpRequest, pk: int) -> Membership:
    try:
        return coached_candidate(api_user(request), pk)
    except Membership.DoesNotExist:
        raise Http404 from None


class DashboardQuery(Schema):
    status: Status | None = None
    coach: int | None = Field(None, ge=1, le=2**31 - 1)
    cohort: int | None = Field(None, ge=1, le=2**31 - 1)
    page: int = Field(1, ge=1, le=100_000)


@router.get(
    "/coaching/dashboard/",
    response=responses({200: c.DashboardOut}, writes=False),
    summary="Your candidates, those needing attention first, each reason with its rule",
)
def coaching_dashboard(request: HttpRequest, query: Query[DashboardQuery]) -> Any:
    filters = board.Filters(status=query.status or "", coach_id=query.coach, cohort_id=query.cohort)
    coach = api_user(request)
    staff = staff_memberships(coach)
    if not staff:  # the coaching operations do not exist for anyone else
        raise Http404
    shown = board.board(coach, now=timezone.now(), filters=filters, page=query.page, staff=staff)
    return {
        "page": shown.page,
        "pages": shown.pages,
        "total": shown.total,
        "items": [
            {
                "membership": row.membership.pk,
                "name": row.membership.user.profile.name,
                "organisation": row.membership.organisation.name,
                "sharing": row.membership.sharing,
                "lines": [line_out(line) for line in row.lines],
            }
            for row in shown.rows
        ],
    }


def _shared_application(app: Application, texts: bool) -> dict[str, Any]:
    return {
        "id": app.pk,
        "company": app.company,
        "position": app.position,
        "status": app.status,
        "next_due_at": app.next_due_at,
        "next_kind": app.next_kind or None,
        "interviews": [
            {
                "round": i.round,
                "at": i.at,
                "agreement_obtained": i.agreement_obtained,
                "decision_date": i.decision_date,
                "debrief": {f: getattr(i, f) for f in DEBRIEF_FIELDS} if texts else None,
            }
            for i in app.interviews.all()
        ],
        "followups": [
            {
                "kind": f.kind,
                "state": f.state,
                "earliest": f.earliest_at,
                "latest": f.latest_at,
                "subject": f.subject if texts else None,
                "body": f.body if texts else None,
            }
            for f in app.followups.all()
        ],
    }


@router.get(
    "/coaching/candidates/{pk}/",
    response=responses({200: c.CandidateOut}, writes=False),
    summary="One candidate: what they share with you now (statuses, or also texts)",
)
def coaching_candidate(request: HttpRequest, pk: int) -> Any:
    membership = _candidate(request, pk)
    coach = api_user(request)
    out: dict[str, Any] = {
        "membership": membership.pk,
        "name": membership.user.profile.name,
        "organisation": membership.organisation.name,
        "sharing": membership.sharing,
        "shared": False,
        "texts": False,
        "lines": [],
        "applications": [],
    }
    if not shares(membership, Sharing.STATUSES):
        return out  # nothing seen: nothing audited
    moment = timezone.now()
    texts = shares(membership, Sharing.TEXTS)
    what = Viewed.CANDIDATE_TEXTS if texts else Viewed.CANDIDATE
    record_view(coach, [membership.user_id], what, at=moment)
    apps = Application.objects.filter(owner_id=membership.user_id).prefetch_related(
        "interviews", "followups"
    )
    owners = Membership.objects.filter(pk=membership.pk)
    lines = reasons.reason_lines(coach, owners, apps, moment, "")
    out.update(
        shared=True,
        texts=texts,
        lines=[line_out(line) for _owner, line in lines],
        applications=[_shared_application(app, texts) for app in apps],
    )
    return out


def nudge_out(found: Nudge) -> dict[str, Any]:
    return {
        "id": found.pk,
        "template": found.template,
        "text": str(found.get_template_display()),
        "note": found.note,
        "coach": found.coach.profile.name,
        "created_at": found.created_at,
        "read_at": found.read_at,
    }


@router.post(
    "/coaching/candidates/{pk}/nudges/",
    response=responses({201: c.NudgeOut}),
    summary="Send a candidate a nudge: shown on their Today page",
)
def coaching_nudge(request: HttpRequest, pk: int, payload: c.NudgeIn) -> Any:
    membership = _candidate(request, pk)
    check_fields(Nudge, {"note": payload.note})
    sent = nudge(
        api_user(request), membership, template=payload.template, note=payload.note,
        now=timezone.now(),
    )  # fmt: skip
    return Answer(201, nudge_out(sent))


def review_out(found: ReviewRequest) -> dict[str, Any]:
    followup = found.followup
    app = followup.application
    return {
        "id": found.pk,
        "state": found.state,
        "followup": followup.pk,
        "kind": followup.kind,
        "application": {"id": app.pk, "company": app.company, "position": app.position},
        "candidate": found.candidate.profile.name,
        "coach": found.coach.profile.name,
        "original_subject": found.original_subject,
        "original_body": found.original_body,
        "comment": found.comment,
        "proposed_subject": found.proposed_subject,
        "proposed_body": found.proposed_body,
        "diff": (
            [
                {"op": p.op, "text": p.text}
                for p in word_diff(found.original_body, found.proposed_body)
            ]
            if found.proposed_body
            else []
        ),
        "created_at": found.created_at,
        "answered_at": found.answered_at,
    }


def _coach_review(request: HttpRequest, pk: int) -> ReviewRequest:
    # Only while the candidate shares their texts: a revocation hides the review at once.
    found = (
        reviews_for_coach(api_user(request)).select_related("coach__profile").filter(pk=pk).first()
    )
    if found is None:
        raise Http404
    return found


@router.get(
    "/coaching/reviews/{pk}/",
    response=responses({200: c.ReviewOut}, writes=False),
    summary="A draft a candidate asked you to review, with your proposal and the difference",
)
def coaching_review(request: HttpRequest, pk: int) -> Any:
    found = _coach_review(request, pk)
    record_view(
        api_user(request), [found.candidate_id], Viewed.REVIEW, at=timezone.now(),
        object_id=found.pk,
    )  # fmt: skip
    return review_out(found)


@router.post(
    "/coaching/reviews/{pk}/proposal/",
    response=responses({200: c.ReviewOut}),
    summary="Propose a text and a comment: the candidate alone accepts, approves and sends",
)
def coaching_propose(request: HttpRequest, pk: int, payload: c.ProposalIn) -> Any:
    found = _coach_review(request, pk)
    check_fields(
        ReviewRequest,
        {
            "comment": payload.comment,
            "proposed_subject": payload.subject,
            "proposed_body": payload.body,
        },
    )
    try:
        propose(
            api_user(request), found, comment=payload.comment, subject=payload.subject,
            body=payload.body, now=timezone.now(),
        )  # fmt: skip
    except ValidationError as exc:
        if exc.code != "state":
            raise
        raise RuleViolation(
            CANDIDATE_DECIDES, gettext_noop("The candidate has already answered.")
        ) from exc
    except PermissionDenied:
        raise Http404 from None
    return review_out(found)
