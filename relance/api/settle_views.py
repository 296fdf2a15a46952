"""The API's ways out for a follow-up (failed, in doubt, held by the tone check) and the
interview corrections: the same services as the web app and the command line."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from relance.api.auth import api_view, body
from relance.api.views import _followup, _text, _user
from relance.mailbox.explain import stored_error
from relance.mailbox.services import retry_followup
from relance.tracker.models import Application, FollowUp, Interview
from relance.tracker.services import interviews
from relance.tracker.services.settling import back_to_draft
from relance.tracker.services.summaries import application_summary, followup_summary
from relance.tracker.services.tone_gate import dismiss_finding
from relance.tracker.services.validation import parse_moment


def _detail(fu: FollowUp) -> JsonResponse:
    fu.refresh_from_db()
    return JsonResponse({**followup_summary(fu), "cause_text": stored_error(fu.last_error)[1]})


@api_view(("GET",))
def followup_detail(request: HttpRequest, pk: int) -> JsonResponse:
    return _detail(_followup(request, pk))


@api_view(("POST",))
def followup_not_sent(request: HttpRequest, pk: int) -> JsonResponse:
    fu = _followup(request, pk)
    back_to_draft(fu, now=timezone.now())
    return _detail(fu)


@api_view(("POST",))
def followup_retry(request: HttpRequest, pk: int) -> JsonResponse:
    fu = _followup(request, pk)
    send_by = _text(body(request), "send_by") or None
    retry_followup(fu, now=timezone.now(), send_by=send_by)
    return _detail(fu)


@api_view(("POST",))
def followup_dismiss_finding(request: HttpRequest, pk: int) -> JsonResponse:
    fu = _followup(request, pk)
    dismiss_finding(fu, _text(body(request), "rule_id"), now=timezone.now())
    return _detail(fu)


def _interview(request: HttpRequest, pk: int) -> Interview:
    return get_object_or_404(Interview, pk=pk, application__owner=_user(request))


@api_view(("PATCH", "DELETE"))
def interview_detail(request: HttpRequest, pk: int) -> JsonResponse:
    interview = _interview(request, pk)
    app_id = interview.application_id
    if request.method == "DELETE":
        interviews.delete_interview(interview, now=timezone.now())
    else:
        data = body(request)
        tz = _user(request).profile.timezone
        interviews.update_interview(
            interview,
            now=timezone.now(),
            at=parse_moment(_text(data, "at"), tz) if data.get("at") else None,
            format=_text(data, "format") or None,
            interviewers=_text(data, "interviewers") if "interviewers" in data else None,
        )
    return JsonResponse(application_summary(Application.objects.get(pk=app_id)))
