"""The draft editor: edit the generated draft with the tone guard running as you type."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from relance.mailbox.services import mailbox_ready
from relance.tracker.lifecycle import EDITABLE, PLANNED, SENDABLE_BY_HAND
from relance.tracker.models import FollowUp, Profile
from relance.tracker.services.drafting import (
    left_out_summary,
    notes_beside,
    review_lines,
    write_draft,
)
from relance.tracker.services.marks import fragments_left, has_placeholder, places_to_rewrite
from relance.tracker.services.tone_gate import dismissed_keys
from relance.web.forms.followups import DraftForm, ScheduleForm
from relance.web.highlight import normal_text, segments, shown_findings, tone_check
from relance.web.views.common import now, owned_followup, profile_of, profile_required
from relance.web.views.downloads import mailto_link


def tone_context(
    followup: FollowUp, profile: Profile, body: str, draft: Any = None
) -> dict[str, Any]:
    """The tone findings, and the places to rewrite, of the text being edited; `draft` is
    the generated one, whose `review` lists the fragments it kept as typed."""
    body = normal_text(body)
    interview = followup.interview
    context: dict[str, object] = {"position": followup.application.position}
    if interview is not None:
        context["interview_date"] = timezone.localtime(interview.at, profile.place_zone).date()
    # The text's own language decides the rules read (a candidate may write in English).
    result = tone_check(body, "auto", followup.kind, context)
    findings = shown_findings(body, result, dismissed_keys(followup))
    left = fragments_left(body, [item.text for item in getattr(draft, "review", ())])
    return {
        "findings": findings,
        "segments": segments(body, findings, result, places_to_rewrite(body, left)),
        "tone_clean": result.clean,
        "tone_blocks": any(finding.blocking for finding in findings),
        "dismissable": followup.state in EDITABLE,
        "placeholders_left": has_placeholder(body),
        "review": review_lines(draft, only=left),
    }


def generated(followup: FollowUp, profile: Profile, moment: datetime) -> Any:
    """The draft Relance writes for this follow-up: its text when none is stored, and on
    every view what it left out of the notes and the fragments it kept as typed."""
    return write_draft(followup, profile, moment)


@profile_required
@require_GET
def draft_editor(request: HttpRequest, pk: int) -> HttpResponse:
    followup = owned_followup(request, pk)
    if followup.kind == "followup_call":
        return redirect("call_mode", followup.pk)
    return editor_page(request, followup)


def editor_page(
    request: HttpRequest,
    followup: FollowUp,
    bound: ScheduleForm | None = None,
    status: int = 200,
    look_again: str = "",
) -> HttpResponse:
    """The editor; `bound` is a form sent back with its errors next to its fields;
    `look_again` (who sends it) asks to confirm an approval of fragments kept as typed."""
    profile = profile_of(request)
    moment = now()
    draft = generated(followup, profile, moment)
    if followup.body or followup.state != PLANNED:
        subject, body = followup.subject, followup.body
    else:
        subject, body = draft.subject, draft.text
    left_out: tuple[Any, ...] = getattr(draft, "left_out", ())
    window_start = max(moment, followup.earliest_at)
    if bound is not None:
        subject, body = bound.data.get("subject", subject), bound.data.get("body", body)
    form = bound or ScheduleForm(
        initial={
            "subject": subject,
            "body": body,
            "scheduled_for": timezone.localtime(followup.due_at or window_start),
        }
    )
    contact = followup.contact
    return render(
        request,
        "relance/editor.html",
        {
            "followup": followup,
            "app": followup.application,
            "form": form,
            "editable": followup.state in EDITABLE,
            "look_again": look_again,
            "left_out": left_out,
            "left_out_summary": left_out_summary(draft),
            "notes_beside": notes_beside(draft, normal_text(body)),
            "to_address": contact.email if contact else "",
            "mailbox_ready": mailbox_ready(followup.application.owner_id),
            "sendable_by_hand": followup.state in SENDABLE_BY_HAND,
            "mailto": mailto_link(followup, profile, subject, body),
            **tone_context(followup, profile, body, draft),
        },
        status=status,
    )


@profile_required
@require_POST
def draft_tone(request: HttpRequest, pk: int) -> HttpResponse:
    """The findings panel and the highlights, for the text being typed (htmx)."""
    followup = owned_followup(request, pk)
    form = DraftForm(request.POST)
    body = form.data.get("body", "")
    profile = profile_of(request)
    # Only the catch-up keeps note fragments to re-read: the others are not rewritten here.
    draft = generated(followup, profile, now()) if followup.kind == "catchup" else None
    return render(
        request,
        "relance/partials/tone.html",
        {
            "followup": followup,
            **tone_context(followup, profile, body, draft),
        },
    )
