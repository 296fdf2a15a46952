"""What the editor's buttons do: save, approve (scheduled in the window), mark as sent.

Each button posts the text being edited, so nothing typed is lost whichever is pressed.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from relance.mailbox.services import approve_followup
from relance.tracker import lifecycle as lc
from relance.tracker.models import FollowUp
from relance.tracker.models.choices import SendBy
from relance.tracker.services import followups as service
from relance.tracker.services.drafting import kept_as_typed, send_moment
from relance.tracker.services.marks import has_placeholder
from relance.tracker.services.spoken import spoken_moment
from relance.tracker.services.tone_gate import dismiss_finding
from relance.web.forms.followups import DraftForm, ScheduleForm
from relance.web.views.common import (
    now,
    owned_followup,
    profile_of,
    profile_required,
    refusals_back,
)
from relance.web.views.downloads import eml_response
from relance.web.views.editor import editor_page


def _save_typed(followup: FollowUp, form: DraftForm | ScheduleForm) -> None:
    """Keep what was typed, if the follow-up can still be edited and anything changed."""
    if followup.state not in lc.EDITABLE:
        return
    subject, body = form.cleaned_data["subject"], form.cleaned_data["body"]
    if followup.state == lc.DRAFTED and (subject, body) == (followup.subject, followup.body):
        return
    moment = now()
    # The generated text shown in the editor was worded for this sending day; later
    # edits of a saved draft keep the day its wording first assumed.
    written_for = (
        timezone.localtime(send_moment(followup, moment)).date()
        if followup.state == lc.PLANNED
        else None
    )
    service.save_draft(followup, subject=subject, body=body, now=moment, written_for=written_for)


def _with_typed_saved(request: HttpRequest, pk: int) -> tuple[FollowUp, bool]:
    """The candidate's follow-up, what they typed saved first; False if the form was invalid."""
    followup = owned_followup(request, pk)
    form = DraftForm(request.POST)
    if not form.is_valid():
        return followup, False
    _save_typed(followup, form)
    return followup, True


def _kept_as_typed(request: HttpRequest, followup: FollowUp) -> list[str]:
    """The fragments kept as typed still in the text, unless a placeholder is left
    (approval refuses that, whatever the candidate says)."""
    if has_placeholder(followup.body, followup.subject):
        return []
    return kept_as_typed(followup, profile_of(request), now())


def _back(followup: FollowUp) -> HttpResponse:
    return redirect("draft_editor", followup.pk)


@profile_required
@require_POST
@refusals_back("draft_editor")
def draft_save(request: HttpRequest, pk: int) -> HttpResponse:
    followup, saved = _with_typed_saved(request, pk)
    if saved:
        messages.success(request, _("Draft saved."))
    return _back(followup)


@profile_required
@require_POST
@refusals_back("draft_editor")
def draft_approve(request: HttpRequest, pk: int) -> HttpResponse:
    followup = owned_followup(request, pk)
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        return editor_page(request, followup, form, status=400)
    when = form.cleaned_data["scheduled_for"]
    send_by = request.POST.get("send_by") or None
    _save_typed(followup, form)
    if not request.POST.get("looked") and _kept_as_typed(request, followup):
        # Fragments of the notes still as typed: a look first (a placeholder is refused below).
        return editor_page(request, followup, form, look_again=send_by or SendBy.SELF)
    approve_followup(followup, now=now(), due_at=when, send_by=send_by)
    due = spoken_moment(timezone.localtime(followup.due_at))
    if followup.send_by == SendBy.MAILBOX:
        done = _("Approved: Relance sends it from your mailbox on %(when)s.")
    else:
        done = _("Approved: Relance reminds you on %(when)s to send it yourself.")
    messages.success(request, done % {"when": due})
    return _back(followup)


@profile_required
@require_POST
@refusals_back("draft_editor")
def draft_dismiss_finding(request: HttpRequest, pk: int) -> HttpResponse:
    """ "This is fine here": a golden-rule finding no longer blocks approval (kept on record)."""
    followup, _saved = _with_typed_saved(request, pk)
    followup.refresh_from_db()
    dismiss_finding(followup, request.POST.get("rule_id", ""), now=now())
    messages.success(request, _("Finding dismissed: it no longer blocks the approval."))
    return _back(followup)


@profile_required
@require_POST
@refusals_back("draft_editor")
def draft_unapprove(request: HttpRequest, pk: int) -> HttpResponse:
    followup = owned_followup(request, pk)
    service.unapprove(followup, now=now())
    messages.success(request, _("Back to draft: it will not go out until approved again."))
    return _back(followup)


@profile_required
@require_POST
@refusals_back("draft_editor")
def draft_mark_sent(request: HttpRequest, pk: int) -> HttpResponse:
    """The candidate sent it from their own mail program."""
    followup, _saved = _with_typed_saved(request, pk)
    moment = now()
    service.mark_sent(followup, at=moment, now=moment)
    messages.success(request, _("Marked as sent. Now wait for the recruiter's answer."))
    return redirect("application_detail", followup.application_id)


@profile_required
@require_POST
@refusals_back("draft_editor")
def draft_eml(request: HttpRequest, pk: int) -> HttpResponse:
    """Save what was typed and download it as an .eml file to open in a mail program."""
    followup, _saved = _with_typed_saved(request, pk)
    return eml_response(request, followup)
