"""Record what the recruiter said: the plan updates at once."""

from __future__ import annotations

from datetime import time

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from relance.tracker.services.errors import REFUSALS
from relance.tracker.services.replies import record_reply
from relance.web.forms.applications import ReplyForm, local_moment
from relance.web.views.common import (
    form_error,
    now,
    owned_application,
    profile_of,
    profile_required,
)


@profile_required
@require_http_methods(["GET", "POST"])
def reply_record(request: HttpRequest, pk: int) -> HttpResponse:
    app = owned_application(request, pk)
    profile = profile_of(request)
    moment = now()
    today = timezone.localtime(moment, profile.place_zone).date()
    form = ReplyForm(request.POST or None, initial={"received_on": today, "channel": "email"})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        # A reply dated today happened just now; an earlier one, at noon that day.
        at = (
            moment
            if data["received_on"] == today
            else local_moment(data["received_on"], time(12, 0), profile.timezone)
        )
        try:
            record_reply(
                app,
                at=at,
                channel=data["channel"],
                outcome=data["outcome"],
                new_date=data["new_date"],
                notes=data["notes"],
                now=moment,
            )
        except REFUSALS as exc:
            form_error(form, exc)
        else:
            messages.success(request, _("Reply recorded. The plan is up to date."))
            return redirect("application_detail", app.pk)
    return render(request, "relance/reply_form.html", {"app": app, "form": form})
