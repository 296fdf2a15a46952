"""Applications and the people met: `relance app …`, `relance contact …`, `relance reply`."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema
from ninja.responses import Status as Answer

from relance.api import schemas as s
from relance.api.auth import api_user
from relance.api.errors import responses
from relance.api.pagination import DEFAULT_LIMIT, keyset_page
from relance.api.routes import owned
from relance.tracker.models import Application, Contact
from relance.tracker.models.choices import Status
from relance.tracker.services import applications as services
from relance.tracker.services.languages import draft_language
from relance.tracker.services.planning import current_plan
from relance.tracker.services.replies import record_reply
from relance.tracker.services.summaries import application_summary, followup_summary

router = Router(tags=["applications"])


class ListQuery(Schema):
    status: Status | None = None
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


@router.get(
    "/applications/",
    response=responses({200: s.ApplicationPage}, writes=False),
    summary="Your applications, the soonest due first",
)
def list_applications(request: HttpRequest, query: Query[ListQuery]) -> Any:
    rows = Application.objects.for_user(api_user(request))
    if query.status:
        rows = rows.filter(status=query.status)
    return keyset_page(
        rows, "next_due_at", cursor=query.cursor, limit=query.limit, present=application_summary
    )


@router.post(
    "/applications/",
    response=responses({201: s.ApplicationCreated}),
    summary="Add an application",
    openapi_extra={
        "responses": {
            201: {
                "links": {
                    "AddInterview": {
                        "operationId": "add_interview",
                        "parameters": {"pk": "$response.body#/id"},
                    },
                    "ShowApplication": {
                        "operationId": "show_application",
                        "parameters": {"pk": "$response.body#/id"},
                    },
                }
            }
        }
    },
)
def create_application(request: HttpRequest, payload: s.ApplicationIn) -> Any:
    user = api_user(request)
    duplicates = services.duplicates_of(user, payload.company, payload.position)
    created = services.create_application(
        user,
        company=payload.company,
        position=payload.position,
        job_url=payload.job_url,
        source=payload.source,
        agency_client=payload.agency_client,
        now=timezone.now(),
    )
    return Answer(201, {**application_summary(created), "duplicates": [d.pk for d in duplicates]})


def _contact(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.pk,
        "application": contact.application_id,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "civility": contact.civility,
        "role": contact.role,
        "email": contact.email,
        "email_doubtful": contact.email_doubtful,
        "is_decision_maker": contact.is_decision_maker,
        "preferred_channel": contact.preferred_channel,
        "timezone": contact.timezone,
        "phones": [
            {"number": p.number, "is_direct_line": p.is_direct_line} for p in contact.phones.all()
        ],
    }


def _placed(request: HttpRequest, app: Application) -> dict[str, Any]:
    app.refresh_from_db()
    return {
        **application_summary(app),
        "place_country": app.place_country,
        "place_subdivision": app.place_subdivision,
        "place_timezone": app.place_timezone,
        "language": draft_language(app, owned.profile(request)),
    }


@router.get(
    "/applications/{pk}/",
    response=responses({200: s.ApplicationDetail}, writes=False),
    summary="An application, its contacts, interviews, follow-ups, plan and timeline",
)
def show_application(request: HttpRequest, pk: int) -> Any:
    app = owned.application(request, pk)
    plan = current_plan(app, owned.profile(request), timezone.now())
    return {
        **_placed(request, app),
        "job_url": app.job_url,
        "source": app.source,
        "agency_client": app.agency_client,
        "contacts": [_contact(c) for c in app.contacts.prefetch_related("phones")],
        "interviews": [
            {
                "id": i.pk,
                "round": i.round,
                "at": i.at,
                "format": i.format,
                "interviewers": i.interviewers,
            }
            for i in app.interviews.all()
        ],
        "followups": [followup_summary(fu) for fu in app.followups.all()],
        "plan": [
            {
                "kind": a.kind.value,
                "earliest": a.earliest,
                "latest": a.latest,
                "followup": a.followup_id,
            }
            for a in plan
        ],
        "timeline": [{"at": e.at, "kind": e.kind, "data": e.data} for e in app.events.all()],
    }


@router.post(
    "/applications/{pk}/status/",
    response=responses({200: s.ApplicationPlace}),
    summary="Change an application's status (e.g. withdrawn)",
)
def set_status(request: HttpRequest, pk: int, payload: s.StatusIn) -> Any:
    app = owned.application(request, pk)
    services.set_status(app, payload.status, timezone.now())
    return _placed(request, app)


@router.post(
    "/applications/{pk}/place/",
    response=responses({200: s.ApplicationPlace}),
    summary="Where the job is, when not where your profile says (all blank: your profile's)",
)
def set_place(request: HttpRequest, pk: int, payload: s.PlaceIn) -> Any:
    app = owned.application(request, pk)
    services.set_place(
        app,
        country=payload.country,
        subdivision=payload.subdivision,
        timezone=payload.timezone,
        now=timezone.now(),
    )
    return _placed(request, app)


@router.post(
    "/applications/{pk}/language/",
    response=responses({200: s.ApplicationPlace}),
    summary="The language of the messages to this recruiter (null: from the place of work)",
)
def set_language(request: HttpRequest, pk: int, payload: s.LanguageIn) -> Any:
    app = owned.application(request, pk)
    services.set_language(app, payload.language or "", now=timezone.now())
    return _placed(request, app)


def _phones(payload: s.ContactIn) -> list[tuple[str, bool]]:
    return [(n, True) for n in payload.direct_lines] + [(n, False) for n in payload.switchboards]


def _contact_fields(payload: s.ContactIn) -> dict[str, Any]:
    return {
        "first_name": payload.first_name,
        "last_name": payload.last_name,
        "civility": payload.civility,
        "role": payload.role,
        "email": payload.email,
        "phones": _phones(payload),
        "is_decision_maker": payload.is_decision_maker,
        "preferred_channel": payload.preferred_channel or "",
        "timezone": payload.timezone,
    }


@router.post(
    "/applications/{pk}/contacts/",
    response=responses({201: s.ContactOut}),
    summary="Add a person met at the company",
)
def add_contact(request: HttpRequest, pk: int, payload: s.ContactIn) -> Any:
    app = owned.application(request, pk)
    created = services.add_contact(app, now=timezone.now(), **_contact_fields(payload))
    return Answer(201, _contact(created))


@router.put(
    "/contacts/{pk}/",
    response=responses({200: s.ContactOut}),
    summary="Correct a contact (every field: what is omitted is blanked)",
)
def edit_contact(request: HttpRequest, pk: int, payload: s.ContactIn) -> Any:
    contact = owned.contact(request, pk)
    services.update_contact(contact, now=timezone.now(), **_contact_fields(payload))
    return _contact(contact)


@router.post(
    "/applications/{pk}/replies/",
    response=responses({201: s.Created}),
    summary="Record the recruiter's reply; the plan updates at once",
)
def add_reply(request: HttpRequest, pk: int, payload: s.ReplyIn) -> Any:
    app = owned.application(request, pk)
    reply = record_reply(
        app,
        at=owned.moment_or_now(request, payload.at),
        channel=payload.channel,
        outcome=payload.outcome,
        new_date=owned.day(payload.new_date),
        notes=payload.notes,
        now=timezone.now(),
    )
    return Answer(201, {"id": reply.pk})
