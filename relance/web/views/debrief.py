"""The debrief, filled on a phone right after the interview, saved as you go."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from relance.tracker.models import Interview
from relance.tracker.services.errors import REFUSALS
from relance.tracker.services.interviews import save_agreement, save_debrief
from relance.tracker.services.previews import PREVIEW_PARTS, previews
from relance.web.forms.debrief import CLOSING, NOTES, DebriefForm
from relance.web.views.common import (
    form_error,
    is_htmx,
    now,
    owned_interview,
    profile_of,
    profile_required,
)


@profile_required
@require_GET
def debrief(request: HttpRequest, pk: int) -> HttpResponse:
    interview = owned_interview(request, pk)
    if interview.at > now():
        messages.info(
            request,
            _(
                "This interview has not taken place yet: prepare the four closing questions; "
                "the debrief opens once it is over."
            ),
        )
        return redirect("application_detail", interview.application_id)
    return debrief_page(request, interview, DebriefForm.for_interview(interview))


def debrief_page(
    request: HttpRequest, interview: Interview, form: DebriefForm, status: int = 200
) -> HttpResponse:
    closing = [(form[name], form[missing]) for name, missing in CLOSING]
    for part in PREVIEW_PARTS:  # each note previews its sentence of the catch-up as it is typed
        form.fields[part].widget.attrs.update(
            {
                "hx-post": reverse("debrief_preview", args=[interview.pk, part]),
                "hx-trigger": "input changed delay:500ms",
                "hx-target": f"#preview-{part}",
                "hx-swap": "innerHTML",
                "hx-sync": "this:replace",
            }
        )
    return render(
        request,
        "relance/debrief.html",
        {
            "interview": interview,
            "app": interview.application,
            "form": form,
            "closing": closing,
            # A note already written has its preview asked for once the page is shown: the
            # page itself never waits for the drafts' language models to load.
            "notes": [(form[name], bool(form[name].value())) for name in NOTES],
        },
        status=status,
    )


@profile_required
@require_POST
def debrief_save(request: HttpRequest, pk: int) -> HttpResponse:
    """Save what changed. From htmx (as you type) answer a status line; else go back."""
    interview = owned_interview(request, pk)
    form = DebriefForm(request.POST)
    if form.is_valid():
        form.check_dates(interview.at.astimezone(profile_of(request).place_zone).date())
    if form.is_valid():
        try:
            _save_changes(interview, form)
        except REFUSALS as refusal:
            form_error(form, refusal, DEBRIEF_ERROR_FIELDS)
    if is_htmx(request):
        return _save_status(request, form)
    if form.errors:  # sent without the script: the page again, each error next to its field
        return debrief_page(request, interview, form, status=400)
    messages.success(request, _("Debrief saved."))
    return redirect("application_detail", interview.application_id)


def _save_status(request: HttpRequest, form: DebriefForm) -> HttpResponse:
    """The status line, and beside every field its error or nothing (htmx out-of-band
    swaps), so a field fixed since the last save loses its mark."""
    errors = [str(e) for field_errors in form.errors.values() for e in field_errors]
    response = render(
        request,
        "relance/partials/save_status.html",
        {
            "errors": errors,
            "saved_at": timezone.localtime(now()),
            "fields": [form[name] for name in LIVE_ERROR_FIELDS],
        },
    )
    if not errors:
        response["X-Relance-Saved"] = "1"
    return response


# The fields with an error slot beside them on the page (not the "not obtained" boxes).
LIVE_ERROR_FIELDS = (*(name for name, _missing in CLOSING), "no_news_means_no_by", *NOTES)

# The interview services' error codes and the debrief field each one is about.
DEBRIEF_ERROR_FIELDS = {"channel": "preferred_channel"}


def _save_changes(interview: Interview, form: DebriefForm) -> None:
    moment = now()
    agreement = {k: v for k, v in form.agreement().items() if getattr(interview, k) != v}
    notes = {k: v for k, v in form.notes().items() if getattr(interview, k) != v}
    if agreement:
        save_agreement(interview, moment, **agreement)
    if notes:
        save_debrief(interview, moment, **notes)


@profile_required
@require_POST
def debrief_preview(request: HttpRequest, pk: int, part: str) -> HttpResponse:
    """Under a note: the sentence the catch-up will contain for it, what it corrected, what
    it leaves out and why, the fragments to rewrite (htmx, as the candidate types)."""
    if part not in PREVIEW_PARTS:
        raise Http404
    interview = owned_interview(request, pk)
    typed = {part: request.POST.get(part, "")}
    try:
        preview = previews(interview, profile_of(request), typed, now())[part]
    except ValidationError as refusal:
        return render(
            request,
            "relance/partials/debrief_preview.html",
            {"errors": refusal.messages, "part": part},
            status=400,
        )
    return render(
        request, "relance/partials/debrief_preview.html", {"preview": preview, "part": part}
    )
