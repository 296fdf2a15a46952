"""The rows a request may touch: the key owner's, and no one else's (another user's id is a
404, exactly like an id that does not exist)."""

from __future__ import annotations

from datetime import date, datetime

from django.http import Http404, HttpRequest
from django.utils import timezone

from relance.api.auth import api_user
from relance.tracker.models import Application, Contact, FollowUp, Interview, Profile
from relance.tracker.services.validation import parse_day, parse_moment


def application(request: HttpRequest, pk: int) -> Application:
    found = Application.objects.for_user(api_user(request)).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def interview(request: HttpRequest, pk: int) -> Interview:
    found = Interview.objects.filter(pk=pk, application__owner=api_user(request)).first()
    if found is None:
        raise Http404
    return found


def followup(request: HttpRequest, pk: int) -> FollowUp:
    found = FollowUp.objects.filter(pk=pk, application__owner=api_user(request)).first()
    if found is None:
        raise Http404
    return found


def contact(request: HttpRequest, pk: int) -> Contact:
    found = (
        Contact.objects.filter(pk=pk, application__owner=api_user(request))
        .select_related("application")
        .first()
    )
    if found is None:
        raise Http404
    return found


def profile(request: HttpRequest) -> Profile:
    return Profile.objects.get(user_id=api_user(request).pk)


def moment(request: HttpRequest, text: str) -> datetime:
    """A time the person typed, local to their zone unless it has an offset."""
    return parse_moment(text, profile(request).timezone)


def moment_or_now(request: HttpRequest, text: str | None) -> datetime:
    """A time the person typed, local to their zone unless it has an offset; none: now."""
    return parse_moment(text, profile(request).timezone) if text else timezone.now()


def moment_or_none(request: HttpRequest, text: str | None) -> datetime | None:
    return parse_moment(text, profile(request).timezone) if text else None


def day(text: str | None) -> date | None:
    return parse_day(text)
