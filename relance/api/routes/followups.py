"""Follow-ups, from the draft to a way out of every state: `relance followup …`, `relance
draft`. Each action answers the follow-up as it now is."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema

from relance.api import schemas as s
from relance.api.auth import api_user
from relance.api.errors import responses
from relance.api.pagination import DEFAULT_LIMIT, keyset_page
from relance.api.routes import owned
from relance.cli.draft_render import render_json
from relance.mailbox import services as mailbox
from relance.mailbox.explain import stored_error
from relance.tracker.lifecycle import UNSETTLED
from relance.tracker.models import FollowUp
from relance.tracker.services import followups as services
from relance.tracker.services.drafting import draft_context, send_moment, write_draft
from relance.tracker.services.settling import back_to_draft
from relance.tracker.services.summaries import followup_summary
from relance.tracker.services.tone_gate import dismiss_finding

router = Router(tags=["follow-ups"])


def _detail(fu: FollowUp) -> dict[str, Any]:
    fu.refresh_from_db()
    return {**followup_summary(fu), "cause_text": stored_error(fu.last_error)[1] or None}


class ListQuery(Schema):
    all: bool = False  # include the settled ones
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


@router.get(
    "/followups/",
    response=responses({200: s.FollowUpPage}, writes=False),
    summary="Your follow-ups, the earliest window first (the settled ones with all=true)",
)
def list_followups(request: HttpRequest, query: Query[ListQuery]) -> Any:
    rows = FollowUp.objects.filter(application__owner=api_user(request))
    if not query.all:
        rows = rows.filter(state__in=UNSETTLED)
    return keyset_page(
        rows, "earliest_at", cursor=query.cursor, limit=query.limit, present=followup_summary
    )


@router.get(
    "/followups/{pk}/",
    response=responses({200: s.FollowUpDetail}, writes=False),
    summary="One follow-up: its state, when, and why",
)
def show_followup(request: HttpRequest, pk: int) -> Any:
    return _detail(owned.followup(request, pk))


def _draft(request: HttpRequest, fu: FollowUp) -> dict[str, Any]:
    """The generated draft (as `relance draft --json`), and the text stored, if any."""
    profile, moment = owned.profile(request), timezone.now()
    fu.refresh_from_db()
    return {
        **render_json(write_draft(fu, profile, moment), draft_context(fu, profile, moment)),
        "saved_subject": fu.subject,
        "saved_body": fu.body,
    }


@router.get(
    "/followups/{pk}/draft/",
    response=responses({200: s.DraftOut}, writes=False),
    summary="The generated draft of a follow-up, and the text stored on it",
)
def show_draft(request: HttpRequest, pk: int) -> Any:
    return _draft(request, owned.followup(request, pk))


@router.post(
    "/followups/{pk}/draft/",
    response=responses({200: s.DraftOut}),
    summary="Store a draft text: yours, or the generated one when you send none",
)
def save_draft(request: HttpRequest, pk: int, payload: s.DraftIn) -> Any:
    fu = owned.followup(request, pk)
    profile, moment = owned.profile(request), timezone.now()
    if payload.subject is None and payload.body is None:
        generated = write_draft(fu, profile, moment)
        subject, body = getattr(generated, "subject", ""), generated.text
    else:
        subject, body = payload.subject or "", payload.body or ""
    services.save_draft(
        fu,
        subject=subject,
        body=body,
        now=moment,
        written_for=send_moment(fu, moment).astimezone(profile.place_zone).date(),
    )
    return _draft(request, fu)


@router.post(
    "/followups/{pk}/approve/",
    response=responses({200: s.FollowUpDetail}),
    summary="Approve a follow-up for sending inside its window",
    description="409 when a golden rule refuses; 400 for a tone finding, a placeholder left "
    "in the text, or sending by mailbox without a working one.",
)
def approve_followup(request: HttpRequest, pk: int, payload: s.ApproveIn) -> Any:
    fu = owned.followup(request, pk)
    mailbox.approve_followup(
        fu,
        now=timezone.now(),
        due_at=owned.moment_or_none(request, payload.at),
        send_by=payload.send_by,
    )
    return _detail(fu)


@router.post(
    "/followups/{pk}/sent/",
    response=responses({200: s.FollowUpDetail}),
    summary="Mark as sent from your own mail program (also a failed or doubtful one)",
)
def mark_sent(request: HttpRequest, pk: int, payload: s.SentIn) -> Any:
    fu = owned.followup(request, pk)
    services.mark_sent(fu, at=owned.moment_or_now(request, payload.at), now=timezone.now())
    return _detail(fu)


@router.post(
    "/followups/{pk}/call/",
    response=responses({200: s.FollowUpDetail}),
    summary="Record the outcome of a follow-up call",
)
def record_call(request: HttpRequest, pk: int, payload: s.CallIn) -> Any:
    fu = owned.followup(request, pk)
    services.record_call(
        fu,
        outcome=payload.outcome,
        at=owned.moment_or_now(request, payload.at),
        now=timezone.now(),
        notes=payload.notes,
        new_date=owned.day(payload.new_date),
    )
    return _detail(fu)


@router.post(
    "/followups/{pk}/cancel/",
    response=responses({200: s.FollowUpDetail}),
    summary="Cancel a follow-up that has not started sending",
)
def cancel_followup(request: HttpRequest, pk: int) -> Any:
    fu = owned.followup(request, pk)
    services.cancel(fu, now=timezone.now())
    return _detail(fu)


@router.post(
    "/followups/{pk}/not-sent/",
    response=responses({200: s.FollowUpDetail}),
    summary="A failed or doubtful follow-up did not go: back to a draft",
)
def not_sent(request: HttpRequest, pk: int) -> Any:
    fu = owned.followup(request, pk)
    back_to_draft(fu, now=timezone.now())
    return _detail(fu)


@router.post(
    "/followups/{pk}/retry/",
    response=responses({200: s.FollowUpDetail}),
    summary="Approve a failed follow-up again, through the same checks",
)
def retry_followup(request: HttpRequest, pk: int, payload: s.RetryIn) -> Any:
    fu = owned.followup(request, pk)
    mailbox.retry_followup(fu, now=timezone.now(), send_by=payload.send_by)
    return _detail(fu)


@router.post(
    "/followups/{pk}/dismiss-finding/",
    response=responses({200: s.FollowUpDetail}),
    summary="A tone finding is fine here: it no longer blocks approval (kept on the timeline)",
)
def dismiss_tone_finding(request: HttpRequest, pk: int, payload: s.DismissFindingIn) -> Any:
    fu = owned.followup(request, pk)
    dismiss_finding(fu, payload.rule_id, now=timezone.now())
    return _detail(fu)
