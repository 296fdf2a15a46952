"""Interviews, the agreement at their end and the debrief: `relance interview …`,
`relance agreement`, `relance debrief`."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router
from ninja.responses import Status as Answer

from relance.api import schemas as s
from relance.api.errors import Refused, responses
from relance.api.routes import owned
from relance.tracker.models import Application
from relance.tracker.services import interviews as services
from relance.tracker.services.summaries import application_summary

router = Router(tags=["interviews"])


def _application_of(interview_application_id: int) -> dict[str, Any]:
    return application_summary(Application.objects.get(pk=interview_application_id))


@router.post(
    "/applications/{pk}/interviews/",
    response=responses({201: s.InterviewCreated}),
    summary="Record an interview (time local to the place of work)",
    openapi_extra={
        "responses": {
            201: {
                "links": {
                    "SaveAgreement": {
                        "operationId": "save_agreement",
                        "parameters": {"pk": "$response.body#/id"},
                    },
                    "SaveDebrief": {
                        "operationId": "save_debrief",
                        "parameters": {"pk": "$response.body#/id"},
                    },
                    "EditInterview": {
                        "operationId": "edit_interview",
                        "parameters": {"pk": "$response.body#/id"},
                    },
                }
            }
        }
    },
)
def add_interview(request: HttpRequest, pk: int, payload: s.InterviewIn) -> Any:
    app = owned.application(request, pk)
    created = services.add_interview(
        app,
        at=owned.moment(request, payload.at),
        now=timezone.now(),
        round=payload.round,
        format=payload.format,
        interviewers=payload.interviewers,
    )
    return Answer(201, {"id": created.pk, "round": created.round})


@router.patch(
    "/interviews/{pk}/",
    response=responses({200: s.ApplicationOut}),
    summary="Correct an interview's date, format or interviewers (refused once a message went)",
)
def edit_interview(request: HttpRequest, pk: int, payload: s.InterviewPatch) -> Any:
    interview = owned.interview(request, pk)
    services.update_interview(
        interview,
        now=timezone.now(),
        at=owned.moment_or_none(request, payload.at),
        format=payload.format,
        interviewers=payload.interviewers,
    )
    return _application_of(interview.application_id)


@router.delete(
    "/interviews/{pk}/",
    response=responses({200: s.ApplicationOut}),
    summary="Delete an interview recorded by mistake, with its planned follow-ups",
)
def delete_interview(request: HttpRequest, pk: int) -> Any:
    interview = owned.interview(request, pk)
    app_id = interview.application_id
    services.delete_interview(interview, now=timezone.now())
    return _application_of(app_id)


@router.post(
    "/interviews/{pk}/agreement/",
    response=responses({200: s.ApplicationOut}),
    summary="What was agreed at the end of the interview (the four questions)",
)
def save_agreement(request: HttpRequest, pk: int, payload: s.AgreementIn) -> Any:
    interview = owned.interview(request, pk)
    answers = (
        payload.decision_date,
        payload.callback_date,
        payload.channel,
        payload.no_news_means_no_by,
        payload.process,
    )
    if not payload.obtained and any(answers):
        raise Refused(_("An agreement not obtained has no answers."))
    services.save_agreement(
        interview,
        timezone.now(),
        agreement_obtained=payload.obtained,
        decision_date=owned.day(payload.decision_date),
        process=payload.process,
        callback_date=owned.day(payload.callback_date),
        preferred_channel=payload.channel or "",
        no_news_means_no_by=owned.day(payload.no_news_means_no_by),
    )
    return _application_of(interview.application_id)


@router.post(
    "/interviews/{pk}/debrief/",
    response=responses({200: s.DebriefSaved}),
    summary="Write the debrief (only the parts sent change)",
)
def save_debrief(request: HttpRequest, pk: int, payload: s.DebriefIn) -> Any:
    interview = owned.interview(request, pk)
    fields = {k: v for k, v in payload.model_dump().items() if v is not None}
    services.save_debrief(interview, timezone.now(), **fields)
    return {"saved": sorted(fields)}
