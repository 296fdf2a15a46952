"""One application: its timeline, plan, contacts and interviews; adding to it."""

from __future__ import annotations

from django.contrib import messages
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from relance.tracker.models import Application
from relance.tracker.services.applications import add_contact
from relance.tracker.services.errors import REFUSALS
from relance.tracker.services.interviews import add_interview
from relance.tracker.services.planning import current_plan
from relance.tracker.services.validation import format_phone
from relance.web.forms.applications import (
    ContactForm,
    InterviewForm,
    PlaceForm,
    StatusForm,
    local_moment,
)
from relance.web.presenting import one_next_action, step_of
from relance.web.timeline import build_timeline
from relance.web.views.common import (
    form_error,
    now,
    owned_application,
    profile_of,
    profile_required,
    refusals_back,
)


@profile_required
@require_GET
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return detail_page(request, pk)


def detail_page(request: HttpRequest, pk: int, status: int = 200, **bound: Form) -> HttpResponse:
    """The application's page; `bound` holds a form sent back with its errors
    (contact_form, interview_form, place_form, or interview-<pk> for an interview's)."""
    owned_application(request, pk)
    app = Application.objects.with_planning_data().get(pk=pk)
    profile = profile_of(request)
    moment = now()
    steps = one_next_action(
        [step_of(app, action) for action in current_plan(app, profile, moment)], moment
    )
    contacts = [
        (contact, [(p, format_phone(p.number, profile.country)) for p in contact.phones.all()])
        for contact in app.contacts.all()
    ]
    return render(
        request,
        "relance/application_detail.html",
        {
            "app": app,
            "steps": steps,
            "contacts": contacts,
            "interviews": [
                (
                    interview,
                    interview.at > moment,
                    bound.get(f"interview-{interview.pk}")
                    or InterviewForm(
                        prefix=f"interview-{interview.pk}",
                        initial={
                            "date": interview.at.astimezone(profile.place_zone).date(),
                            "time": interview.at.astimezone(profile.place_zone).time(),
                            "format": interview.format,
                            "interviewers": interview.interviewers,
                        },
                    ),
                )
                for interview in app.interviews.all()
            ],
            "place_form": bound.get("place_form")
            or PlaceForm(
                initial={
                    "country": app.place_country,
                    "subdivision": app.place_subdivision,
                    "timezone": app.place_timezone,
                    "language": app.language,
                }
            ),
            "followups": list(app.followups.all()),
            "replies": list(app.replies.all()),
            "timeline": build_timeline(app, profile, moment),
            "contact_form": bound.get("contact_form") or ContactForm(),
            "interview_form": bound.get("interview_form") or InterviewForm(),
            "status_form": bound.get("status_form") or StatusForm(initial={"status": app.status}),
        },
        status=status,
    )


# The services' error codes and the contact form's field each one is about.
CONTACT_FIELDS = {"phone": "phone", "email": "email"}


@profile_required
@require_POST
@refusals_back("application_detail")
def contact_add(request: HttpRequest, pk: int) -> HttpResponse:
    app = owned_application(request, pk)
    form = ContactForm(request.POST)
    if form.is_valid():
        try:
            add_contact(app, now=now(), **form.service_fields())
        except REFUSALS as exc:
            form_error(form, exc, CONTACT_FIELDS)
    if form.errors:
        return detail_page(request, app.pk, status=400, contact_form=form)
    messages.success(request, _("Contact added."))
    return redirect("application_detail", app.pk)


@profile_required
@require_POST
@refusals_back("application_detail")
def interview_add(request: HttpRequest, pk: int) -> HttpResponse:
    app = owned_application(request, pk)
    form = InterviewForm(request.POST)
    if not form.is_valid():
        return detail_page(request, app.pk, status=400, interview_form=form)
    data = form.cleaned_data
    at = local_moment(data["date"], data["time"], profile_of(request).timezone)
    interview = add_interview(
        app, at=at, now=now(), format=data["format"], interviewers=data["interviewers"]
    )
    if interview.at > now():
        messages.success(
            request,
            _(
                "Interview added. The day before, Relance reminds you to prepare the four "
                "closing questions; the debrief opens once it took place."
            ),
        )
        return redirect("application_detail", app.pk)
    messages.success(request, _("Interview added. Fill in the debrief right after it."))
    return redirect("debrief", interview.pk)
