"""The candidate's side of coaching, as on /coaching/mine/: what my coach sees (and changing
it), who looked at what (the audit log), asking a review of a draft and answering the
proposal, and the coach's nudges. Every row is the key owner's: another id is a 404."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Query, Router
from ninja.responses import Status as Answer

from relance.api.auth import api_user
from relance.api.errors import responses
from relance.api.pagination import keyset_page
from relance.api.routes import coaching_schemas as c
from relance.api.routes import owned
from relance.api.routes.coaching import nudge_out, review_out
from relance.api.routes.overview import PageQuery
from relance.coaching.models import AuditEntry, Membership, ReviewRequest
from relance.coaching.services.access import candidate_memberships, set_sharing
from relance.coaching.services.nudges import mark_read, unread
from relance.coaching.services.reviews import answer, ask_review

router = Router(tags=["coaching (candidate)"])


def membership_out(m: Membership) -> dict[str, Any]:
    return {
        "id": m.pk,
        "organisation": m.organisation.name,
        "role": m.role,
        "coach": m.coach.profile.name if m.coach else None,
        "sharing": m.sharing,
        "joined_at": m.joined_at,
    }


@router.get(
    "/memberships/",
    response=responses({200: c.MembershipPage}, writes=False),
    summary="The organisations where you are coached, and what each coach sees",
)
def list_memberships(request: HttpRequest, query: Query[PageQuery]) -> Any:
    rows = candidate_memberships(api_user(request)).select_related("coach__profile")
    return keyset_page(
        rows, "joined_at", cursor=query.cursor, limit=query.limit, present=membership_out
    )


@router.post(
    "/memberships/{pk}/sharing/",
    response=responses({200: c.MembershipOut}),
    summary="Choose what your coach sees: nothing, statuses, or also texts (from now on)",
)
def set_membership_sharing(request: HttpRequest, pk: int, payload: c.SharingIn) -> Any:
    try:
        changed = set_sharing(api_user(request), pk, payload.sharing)
    except Membership.DoesNotExist:
        raise Http404 from None
    fresh = candidate_memberships(api_user(request)).select_related("coach__profile")
    return membership_out(fresh.get(pk=changed.pk))


def audit_out(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.pk,
        # Blank when Relance itself acted (a retention purge), not a coach.
        "coach": entry.coach.profile.name if entry.coach else "",
        "what": entry.what,
        "what_text": str(entry.get_what_display()),
        "object_id": entry.object_id,
        "at": entry.at,
    }


@router.get(
    "/audit/",
    response=responses({200: c.AuditPage}, writes=False),
    summary="Every time a coach looked at your data, the latest first",
)
def list_audit(request: HttpRequest, query: Query[PageQuery]) -> Any:
    rows = AuditEntry.objects.filter(candidate=api_user(request)).select_related("coach__profile")
    return keyset_page(
        rows, "at", cursor=query.cursor, limit=query.limit, descending=True, present=audit_out
    )


def _my_reviews(request: HttpRequest) -> Any:
    user = api_user(request)
    return ReviewRequest.objects.filter(
        candidate=user, followup__application__owner=user
    ).select_related("followup__application", "coach__profile", "candidate__profile")


@router.post(
    "/followups/{pk}/review/",
    response=responses({201: c.ReviewOut}),
    summary="Ask your coach to review this draft (you must share your texts with them)",
)
def ask_followup_review(request: HttpRequest, pk: int) -> Any:
    followup = owned.followup(request, pk)
    asked = ask_review(api_user(request), followup, now=timezone.now())
    return Answer(201, review_out(_my_reviews(request).get(pk=asked.pk)))


@router.get(
    "/reviews/",
    response=responses({200: c.ReviewPage}, writes=False),
    summary="The reviews you asked for, the latest first",
)
def list_reviews(request: HttpRequest, query: Query[PageQuery]) -> Any:
    return keyset_page(
        _my_reviews(request), "created_at", cursor=query.cursor, limit=query.limit,
        descending=True, present=review_out,
    )  # fmt: skip


def _my_review(request: HttpRequest, pk: int) -> ReviewRequest:
    found = _my_reviews(request).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


@router.get(
    "/reviews/{pk}/",
    response=responses({200: c.ReviewOut}, writes=False),
    summary="A review: your draft, the coach's comment and proposal, the difference",
)
def show_review(request: HttpRequest, pk: int) -> Any:
    return review_out(_my_review(request, pk))


def _answer(request: HttpRequest, pk: int, accepted: bool) -> Any:
    found = _my_review(request, pk)
    try:
        answer(api_user(request), found, accepted=accepted, now=timezone.now())
    except PermissionDenied:
        raise Http404 from None
    return review_out(_my_review(request, pk))


@router.post(
    "/reviews/{pk}/accept/",
    response=responses({200: c.ReviewOut}),
    summary="Make the coach's proposal your draft (still yours to approve)",
)
def accept_review(request: HttpRequest, pk: int) -> Any:
    return _answer(request, pk, True)


@router.post(
    "/reviews/{pk}/decline/",
    response=responses({200: c.ReviewOut}),
    summary="Keep your draft as it is",
)
def decline_review(request: HttpRequest, pk: int) -> Any:
    return _answer(request, pk, False)


@router.get(
    "/nudges/",
    response=responses({200: c.NudgePage}, writes=False),
    summary="Your coaches' nudges not yet read, the latest first",
)
def list_nudges(request: HttpRequest, query: Query[PageQuery]) -> Any:
    rows = unread(api_user(request))
    return keyset_page(
        rows, "created_at", cursor=query.cursor, limit=query.limit, descending=True,
        present=nudge_out,
    )  # fmt: skip


@router.post(
    "/nudges/{pk}/read/",
    response=responses({200: c.ReadOut}),
    summary="Mark a nudge as read",
)
def read_nudge(request: HttpRequest, pk: int) -> Any:
    if not mark_read(api_user(request), pk, now=timezone.now()):
        raise Http404
    return {"id": pk, "read": True}
