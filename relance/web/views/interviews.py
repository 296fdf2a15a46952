"""Correcting an application: an interview's date or format, its deletion, the place of work."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from relance.tracker.models import Interview
from relance.tracker.services.applications import set_language, set_place
from relance.tracker.services.interviews import delete_interview, update_interview
from relance.web.forms.applications import InterviewForm, PlaceForm, local_moment
from relance.web.views.application_detail import detail_page
from relance.web.views.common import (
    now,
    owned_application,
    profile_of,
    profile_required,
    refusals_back,
    user_of,
)


def _owned_interview(request: HttpRequest, pk: int) -> Interview:
    return get_object_or_404(Interview, pk=pk, application__owner_id=user_of(request).pk)


def _its_application(request: HttpRequest, pk: int) -> HttpResponse:
    return redirect("application_detail", _owned_interview(request, pk).application_id)


@profile_required
@require_POST
@refusals_back(_its_application)
def interview_edit(request: HttpRequest, pk: int) -> HttpResponse:
    interview = _owned_interview(request, pk)
    prefix = f"interview-{interview.pk}"
    form = InterviewForm(request.POST, prefix=prefix)
    if not form.is_valid():
        return detail_page(request, interview.application_id, status=400, **{prefix: form})
    data = form.cleaned_data
    at = local_moment(data["date"], data["time"], profile_of(request).timezone)
    update_interview(
        interview, now=now(), at=at, format=data["format"], interviewers=data["interviewers"]
    )
    messages.success(request, _("Interview updated; the plan follows it."))
    return redirect("application_detail", interview.application_id)


@profile_required
@require_POST
@refusals_back(_its_application)
def interview_delete(request: HttpRequest, pk: int) -> HttpResponse:
    interview = _owned_interview(request, pk)
    app_id = interview.application_id
    delete_interview(interview, now=now())
    messages.success(request, _("Interview deleted, with the follow-ups planned for it."))
    return redirect("application_detail", app_id)


@profile_required
@require_POST
@refusals_back("application_detail")
def application_place(request: HttpRequest, pk: int) -> HttpResponse:
    app = owned_application(request, pk)
    form = PlaceForm(request.POST)
    if not form.is_valid():
        return detail_page(request, app.pk, status=400, place_form=form)
    data = dict(form.cleaned_data)
    language = data.pop("language")
    with transaction.atomic():
        set_place(app, now=now(), **data)
        set_language(app, language, now=now())
    messages.success(request, _("Place of work saved: its public holidays now count."))
    return redirect("application_detail", app.pk)
