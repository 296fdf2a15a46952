"""The secret calendar feed and the .ics of a single item."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_GET

from relance.tracker.lifecycle import CANCELLABLE
from relance.tracker.models import FollowUp, Interview, Profile
from relance.web.calendar_feed import feed, followup_event, interview_event, new_calendar
from relance.web.views.common import (
    now,
    owned_followup,
    owned_interview,
    profile_of,
    profile_required,
)

ICS = "text/calendar; charset=utf-8"


def _ics(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=ICS)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, max-age=300"
    return response


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """No sign-in: calendar programs cannot; the unguessable token is the key."""
    profile = Profile.objects.filter(calendar_token=token).first()
    if profile is None or len(token) < 20:
        raise Http404("unknown calendar")
    interviews = Interview.objects.filter(application__owner_id=profile.user_id).select_related(
        "application"
    )
    followups = (
        FollowUp.objects.filter(application__owner_id=profile.user_id, state__in=CANCELLABLE)
        .select_related("application", "contact", "interview")
        .prefetch_related("contact__phones")
    )
    with translation.override(profile.language):
        body = feed(profile, interviews, followups)
    return _ics(body, "relance.ics")


@profile_required
@require_GET
def interview_ics(request: HttpRequest, pk: int) -> HttpResponse:
    interview = owned_interview(request, pk)
    cal = new_calendar("Relance")
    cal.add_component(interview_event(interview, now()))
    return _ics(cal.to_ical(), f"interview-{interview.pk}.ics")


@profile_required
@require_GET
def followup_ics(request: HttpRequest, pk: int) -> HttpResponse:
    followup = owned_followup(request, pk)
    cal = new_calendar("Relance")
    cal.add_component(followup_event(followup, profile_of(request), now()))
    return _ics(cal.to_ical(), f"followup-{followup.pk}.ics")
