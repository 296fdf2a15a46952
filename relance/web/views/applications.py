"""The applications list, adding one (with the duplicate warning), and its status."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import F, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from relance.core.facts import CLOSED_STATUSES
from relance.tracker.models import Application
from relance.tracker.models.choices import Status
from relance.tracker.services import applications as app_service
from relance.tracker.services.errors import REFUSALS, refusal_texts
from relance.tracker.services.interviews import add_interview
from relance.web.forms.applications import (
    ApplicationForm,
    StatusForm,
    local_moment,
    split_name,
)
from relance.web.views.application_detail import detail_page
from relance.web.views.common import (
    form_error,
    now,
    owned_application,
    profile_of,
    profile_required,
    user_of,
)

PAGE_SIZE = 50
CLOSED = [s.value for s in CLOSED_STATUSES]
FILTERS = {
    "open": ~Q(status__in=CLOSED),
    "closed": Q(status__in=CLOSED),
    "all": Q(),
    **{value: Q(status=value) for value in Status.values},
}


@profile_required
@require_GET
def application_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    shown = request.GET.get("status", "open")
    if shown not in FILTERS:
        shown = "open"
    apps = Application.objects.for_user(request.user).filter(FILTERS[shown])
    if query:
        apps = apps.filter(
            Q(company__icontains=query) | Q(position__icontains=query) | Q(source__icontains=query)
        )
    apps = apps.order_by(F("next_due_at").asc(nulls_last=True), "-updated_at")
    page = Paginator(apps, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "relance/application_list.html",
        {
            "page": page,
            "query": query,
            "shown": shown,
            "status_choices": Status.choices,
        },
    )


@profile_required
@require_http_methods(["GET", "POST"])
def application_add(request: HttpRequest) -> HttpResponse:
    form = ApplicationForm(request.POST or None)
    duplicates: list[Application] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        duplicates = app_service.duplicates_of(user_of(request), data["company"], data["position"])
        if duplicates and not data["confirm_duplicate"]:
            form.add_error(None, _("You already have this application. Add it anyway?"))
        else:
            try:
                app = _create(request, data)
            except REFUSALS as exc:
                form_error(form, exc, QUICK_ADD_FIELDS)
            else:
                messages.success(request, _("Application added."))
                notice = app_service.agency_notice(app, data["company"])
                if notice:
                    messages.info(request, notice)
                return redirect("application_detail", app.pk)
    return render(request, "relance/application_add.html", {"form": form, "duplicates": duplicates})


# The services' error codes and the quick-add field each one is about.
QUICK_ADD_FIELDS = {
    "phone": "contact_phone",
    "email": "contact_email",
    "url": "job_url",
    "dst_gap": "interview_time",
    "date_range": "interview_date",
    "moment": "interview_date",
}


def _create(request: HttpRequest, data: dict) -> Application:
    moment = now()
    profile = profile_of(request)
    with transaction.atomic():
        app = app_service.create_application(
            user_of(request),
            company=data["company"],
            position=data["position"],
            now=moment,
            job_url=data["job_url"] or "",
            agency_client=data.get("agency_client") or "",
            trade=data.get("trade") or "",
        )
        if data["contact_name"]:
            phone = data["contact_phone"].strip()
            first, last = split_name(data["contact_name"])
            app_service.add_contact(
                app,
                first_name=first,
                last_name=last,
                civility=data["contact_civility"] or "",
                email=data["contact_email"] or "",
                phones=[(phone, data["direct_line"])] if phone else [],
                is_decision_maker=data["direct_line"],
                now=moment,
            )
        if data["interview_date"]:
            at = local_moment(data["interview_date"], data["interview_time"], profile.timezone)
            add_interview(app, at=at, now=moment)
    return app


@profile_required
@require_GET
def duplicate_check(request: HttpRequest) -> HttpResponse:
    """The warning shown as you type, before the form is sent."""
    company = request.GET.get("company", "").strip()
    position = request.GET.get("position", "").strip()
    duplicates = (
        app_service.duplicates_of(user_of(request), company, position)
        if company and position
        else []
    )
    return render(request, "relance/partials/duplicates.html", {"duplicates": duplicates})


@profile_required
@require_POST
def application_status(request: HttpRequest, pk: int) -> HttpResponse:
    """A refused change comes back beside the select, on the page itself (status 400)."""
    app = owned_application(request, pk)
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            app_service.set_status(app, form.cleaned_data["status"], now())
        except REFUSALS as exc:
            for text in refusal_texts(exc):  # the form's one field: what was refused
                form.add_error("status", text)
        else:
            messages.success(request, _("Status changed."))
            return redirect("application_detail", app.pk)
    return detail_page(request, app.pk, status=400, status_form=form)
