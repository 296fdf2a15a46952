"""Call mode: the script in large type, the direct line, then the outcome."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from relance.drafts.draft import CALL_REPLIES, CALL_REPLY_LABELS
from relance.tracker.lifecycle import CANCELLABLE
from relance.tracker.models import FollowUp
from relance.tracker.services.drafting import write_draft, write_voicemail
from relance.tracker.services.followups import record_call
from relance.tracker.services.validation import format_phone
from relance.web.forms.followups import CallOutcomeForm
from relance.web.views.common import (
    now,
    owned_followup,
    profile_of,
    profile_required,
    refusals_back,
)


def script_replies(script: object) -> list[tuple[str, str]]:
    """The recruiter's likely answers and what to say, in the script's order."""
    answers = getattr(script, "answers", {})
    labels = getattr(script, "reply_labels", {})
    return [
        (_(labels.get(key, CALL_REPLY_LABELS[key])), answers[key])
        for key in CALL_REPLIES
        if key in answers
    ]


@profile_required
@require_GET
def call_mode(request: HttpRequest, pk: int) -> HttpResponse:
    followup = owned_followup(request, pk)
    if followup.kind != "followup_call":
        return redirect("draft_editor", followup.pk)
    return call_page(request, followup)


def call_page(
    request: HttpRequest, followup: FollowUp, form: CallOutcomeForm | None = None
) -> HttpResponse:
    """Call mode; `form` is an outcome sent back with its errors next to its fields."""
    profile = profile_of(request)
    moment = now()
    contact = followup.contact
    line = contact.direct_line if contact else None
    script = write_draft(followup, profile, moment)
    return render(
        request,
        "relance/call_mode.html",
        {
            "followup": followup,
            "app": followup.application,
            "contact": contact,
            "line": line,
            "line_shown": format_phone(line.number, profile.country) if line else "",
            "script": script,
            "replies": script_replies(script),
            "voicemail": write_voicemail(followup, profile, moment),
            "form": form or CallOutcomeForm(),
            "attempts": list(followup.call_attempts.all()),
            "open": followup.state in CANCELLABLE,
        },
    )


@profile_required
@require_POST
@refusals_back("call_mode")
def call_outcome(request: HttpRequest, pk: int) -> HttpResponse:
    followup = owned_followup(request, pk)
    form = CallOutcomeForm(request.POST)
    if not form.is_valid():
        response = call_page(request, followup, form)
        response.status_code = 400
        return response
    data = form.cleaned_data
    moment = now()
    record_call(
        followup,
        outcome=data["outcome"],
        at=moment,
        now=moment,
        notes=data["notes"],
        new_date=data["new_date"],
    )
    if data["outcome"] == "no_answer":
        messages.info(request, _("Nobody answered: this does not count. Try again another day."))
    else:
        messages.success(request, _("Call recorded. Now wait for the recruiter's answer."))
    return redirect("application_detail", followup.application_id)
