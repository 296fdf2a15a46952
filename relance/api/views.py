"""A small JSON API, one view per action, going through the same services as
the web app and the CLI: the golden rules answer 409 with the rule's id."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth.models import User
from django.http import Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from relance.api.auth import BadRequest, api_view, body
from relance.mailbox import services as mailbox_services
from relance.tracker.models import Application, FollowUp, Interview
from relance.tracker.services import applications, followups, interviews, replies
from relance.tracker.services.agenda import agenda_items
from relance.tracker.services.summaries import application_summary, followup_summary
from relance.tracker.services.validation import parse_day, parse_moment


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def _text(data: dict[str, Any], name: str, default: str = "") -> str:
    value = data.get(name, default)
    if not isinstance(value, str):
        raise BadRequest(f"{name}: expected text")
    return value


def _application(request: HttpRequest, pk: int) -> Application:
    return get_object_or_404(Application, pk=pk, owner=_user(request))


@api_view(("GET",))
def agenda(request: HttpRequest) -> JsonResponse:
    try:
        days = int(request.GET.get("days", "7"))
    except ValueError:
        raise BadRequest("days: expected a whole number") from None
    if not 0 <= days <= 366:
        raise BadRequest("days: between 0 and 366")
    moment = timezone.now()
    items = agenda_items(_user(request), moment, moment + timedelta(days=days))
    return JsonResponse({"items": [item.as_json() for item in items]})


@api_view(("GET", "POST"))
def application_collection(request: HttpRequest) -> JsonResponse:
    user = _user(request)
    if request.method == "GET":
        apps = Application.objects.for_user(user).order_by("next_due_at", "-updated_at")
        return JsonResponse({"applications": [application_summary(a) for a in apps]})
    data = body(request)
    company, position = _text(data, "company"), _text(data, "position")
    duplicates = applications.duplicates_of(user, company, position)
    created = applications.create_application(
        user,
        company=company,
        position=position,
        job_url=_text(data, "job_url"),
        source=_text(data, "source"),
        now=timezone.now(),
    )
    return JsonResponse(
        {**application_summary(created), "duplicates": [d.pk for d in duplicates]}, status=201
    )


@api_view(("GET",))
def application_detail(request: HttpRequest, pk: int) -> JsonResponse:
    app = _application(request, pk)
    return JsonResponse(
        {
            **application_summary(app),
            "followups": [followup_summary(fu) for fu in app.followups.all()],
        }
    )


@api_view(("POST",))
def add_interview(request: HttpRequest, pk: int) -> JsonResponse:
    app = _application(request, pk)
    data = body(request)
    tz = _user(request).profile.timezone
    created = interviews.add_interview(
        app,
        at=parse_moment(_text(data, "at"), tz),
        now=timezone.now(),
        format=_text(data, "format", "onsite"),
        interviewers=_text(data, "interviewers"),
    )
    return JsonResponse({"id": created.pk, "round": created.round}, status=201)


def _interview(request: HttpRequest, pk: int) -> Interview:
    return get_object_or_404(Interview, pk=pk, application__owner=_user(request))


@api_view(("POST",))
def save_agreement(request: HttpRequest, pk: int) -> JsonResponse:
    interview = _interview(request, pk)
    data = body(request)
    obtained = data.get("obtained", False)
    if not isinstance(obtained, bool):
        raise BadRequest("obtained: expected true or false")
    interviews.save_agreement(
        interview,
        timezone.now(),
        agreement_obtained=obtained,
        decision_date=parse_day(data.get("decision_date")),
        process=_text(data, "process"),
        callback_date=parse_day(data.get("callback_date")),
        preferred_channel=_text(data, "channel"),
        no_news_means_no_by=parse_day(data.get("no_news_means_no_by")),
    )
    return JsonResponse(application_summary(Application.objects.get(pk=interview.application_id)))


@api_view(("POST",))
def save_debrief(request: HttpRequest, pk: int) -> JsonResponse:
    interview = _interview(request, pk)
    data = body(request)
    from relance.tracker.models.interview import DEBRIEF_FIELDS

    fields = {name: _text(data, name) for name in DEBRIEF_FIELDS if name in data}
    interviews.save_debrief(interview, timezone.now(), **fields)
    return JsonResponse({"saved": sorted(fields)})


def _followup(request: HttpRequest, pk: int) -> FollowUp:
    found = FollowUp.objects.filter(pk=pk, application__owner=_user(request)).first()
    if found is None:
        raise Http404
    return found


@api_view(("POST",))
def approve_followup(request: HttpRequest, pk: int) -> JsonResponse:
    fu = _followup(request, pk)
    data = body(request)
    at = data.get("at")
    due = parse_moment(at, _user(request).profile.timezone) if at else None
    mailbox_services.approve_followup(
        fu, now=timezone.now(), due_at=due, send_by=_text(data, "send_by") or None
    )
    fu.refresh_from_db()
    return JsonResponse(followup_summary(fu))


@api_view(("POST",))
def mark_followup_sent(request: HttpRequest, pk: int) -> JsonResponse:
    fu = _followup(request, pk)
    data = body(request)
    moment = timezone.now()
    at = parse_moment(data["at"], _user(request).profile.timezone) if data.get("at") else moment
    followups.mark_sent(fu, at=at, now=moment)
    fu.refresh_from_db()
    return JsonResponse(followup_summary(fu))


@api_view(("POST",))
def record_reply(request: HttpRequest, pk: int) -> JsonResponse:
    app = _application(request, pk)
    data = body(request)
    moment = timezone.now()
    at = parse_moment(data["at"], _user(request).profile.timezone) if data.get("at") else moment
    reply = replies.record_reply(
        app,
        at=at,
        channel=_text(data, "channel", "email"),
        outcome=_text(data, "outcome"),
        new_date=parse_day(data.get("new_date")),
        notes=_text(data, "notes"),
        now=moment,
    )
    return JsonResponse({"id": reply.pk}, status=201)
