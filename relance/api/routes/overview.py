"""What to do and what came in: the agenda, the possible replies found in the mailbox, the
tone check and the export (`relance agenda`, `relance mailbox replies|confirm|dismiss`,
`relance check`, `relance export`)."""

from __future__ import annotations

from datetime import timedelta
from itertools import chain
from typing import Any

from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field as F
from ninja import Query, Router, Schema

from relance.api import schemas as s
from relance.api.auth import ApiKeyAuth, api_user
from relance.api.errors import Refused, responses
from relance.api.pagination import DEFAULT_LIMIT, keyset_page
from relance.api.routes import owned
from relance.mailbox.models import IncomingMessage
from relance.mailbox.presenting import incoming_summary
from relance.mailbox.services import confirm_incoming, dismiss_incoming, pending_incoming
from relance.tone import check as check_tone
from relance.tracker.exchange import export_user
from relance.tracker.models import Application
from relance.tracker.models.choices import ReplyOutcome
from relance.tracker.services.agenda import AgendaItem
from relance.tracker.services.planning import current_plan

router = Router()


AGENDA_LIMIT = 30  # applications a page: as many as the web's Today page plans


class AgendaQuery(Schema):
    days: int = F(7, ge=0, le=366, description="How many days ahead to look (0 to 366).")
    cursor: str | None = None
    limit: int = F(
        AGENDA_LIMIT, description="Applications a page (1 to 200); each may bring several items."
    )


@router.get(
    "/agenda/",
    response=responses({200: s.AgendaPage}, writes=False),
    tags=["agenda"],
    summary="What to do now and in the coming days, with windows and reasons, paged",
)
def agenda(request: HttpRequest, query: Query[AgendaQuery]) -> Any:
    """A page of applications with something due within `days`, the soonest due first, and
    what to do for each: the same plan as `relance agenda`, at a cost that follows the page,
    not the number of applications (a fixed number of queries)."""
    moment = timezone.now()
    horizon = moment + timedelta(days=query.days)
    profile = owned.profile(request)
    rows = (
        Application.objects.for_user(api_user(request))
        .plannable()
        .due_before(horizon)
        .with_planning_data()
    )

    def plan(app: Application) -> list[AgendaItem]:
        actions = current_plan(app, profile, moment)
        return [AgendaItem(app, a, profile) for a in actions if a.earliest <= horizon]

    page = keyset_page(rows, "next_due_at", cursor=query.cursor, limit=query.limit, present=plan)
    items = sorted(
        chain.from_iterable(page["items"]), key=lambda i: (i.action.earliest, i.application.pk)
    )
    return {"items": [item.as_json() for item in items], "next": page["next"]}


class PageQuery(Schema):
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


@router.get(
    "/possible-replies/",
    response=responses({200: s.PossibleReplyPage}, writes=False),
    tags=["possible replies"],
    summary="Replies found in your mailbox, waiting for your word, the newest first",
    by_alias=True,
)
def list_possible_replies(request: HttpRequest, query: Query[PageQuery]) -> Any:
    rows = pending_incoming(api_user(request))
    return keyset_page(
        rows,
        "received_at",
        cursor=query.cursor,
        limit=query.limit,
        descending=True,
        present=incoming_summary,
    )


def _pending(request: HttpRequest, pk: int) -> IncomingMessage:
    found = pending_incoming(api_user(request)).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


@router.post(
    "/possible-replies/{pk}/confirm/",
    response=responses({200: s.ConfirmedOut}),
    tags=["possible replies"],
    summary="It is the recruiter's reply: on the timeline, the plan follows",
)
def confirm_possible_reply(request: HttpRequest, pk: int, payload: s.ConfirmIn) -> Any:
    incoming = _pending(request, pk)
    if payload.new_date is None:
        new_date = incoming.proposed_date
    else:
        new_date = None if payload.new_date.lower() == "none" else owned.day(payload.new_date)
    reply = confirm_incoming(
        incoming,
        outcome=payload.outcome or incoming.proposed_outcome or ReplyOutcome.OTHER,
        new_date=new_date,
        now=timezone.now(),
    )
    return {"reply": reply.pk, "application": reply.application_id, "outcome": reply.outcome}


@router.post(
    "/possible-replies/{pk}/dismiss/",
    response=responses({200: s.DismissedOut}),
    tags=["possible replies"],
    summary="Not a reply after all",
)
def dismiss_possible_reply(request: HttpRequest, pk: int) -> Any:
    if not dismiss_incoming(_pending(request, pk)):
        raise Refused(_("This message was already handled."))
    return {"id": pk, "dismissed": True}


@router.post(
    "/check/",
    response=responses({200: s.CheckOut}),
    auth=ApiKeyAuth(any_scope=True),
    tags=["tone"],
    summary="Check the tone of a message to a recruiter (a read-only key may)",
)
def check(request: HttpRequest, payload: s.CheckIn) -> Any:
    return check_tone(payload.text, lang=payload.lang, kind=payload.kind).as_dict(payload.text)


@router.get(
    "/export/",
    response=responses({200: dict[str, Any]}, writes=False),
    tags=["export"],
    summary="All your data, in the format of docs/export-format.md",
)
def export(request: HttpRequest) -> Any:
    return export_user(api_user(request), timezone.now())
