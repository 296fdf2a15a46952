"""A follow-up that failed, or whose sending is in doubt: never a dead end.

I sent it myself (or found the copy) / it did not go, back to a draft / retry once the cause is
gone: the same three services as the command line and the API.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from relance.mailbox.services import mark_unknown_sent, retry_followup
from relance.tracker.lifecycle import UNKNOWN
from relance.tracker.models import FollowUp
from relance.tracker.services.followups import mark_sent as mark_sent_by_hand
from relance.tracker.services.settling import back_to_draft
from relance.web.views.common import now, owned_followup, profile_required, refusals_back


def _settle(
    request: HttpRequest, pk: int, action: Callable[[FollowUp, datetime], None], done: str
) -> HttpResponse:
    followup: FollowUp = owned_followup(request, pk)
    action(followup, now())
    messages.success(request, done)
    return redirect("draft_editor", followup.pk)


def _sent(followup: FollowUp, moment: datetime) -> None:
    if followup.state == UNKNOWN:
        mark_unknown_sent(followup, now=moment)  # dated by the attempt that reached the server
    else:
        mark_sent_by_hand(followup, at=moment, now=moment)


def _back_to_draft(followup: FollowUp, moment: datetime) -> None:
    back_to_draft(followup, now=moment)


def _retry(followup: FollowUp, moment: datetime) -> None:
    retry_followup(followup, now=moment)


@profile_required
@require_POST
@refusals_back("draft_editor")
def mark_sent(request: HttpRequest, pk: int) -> HttpResponse:
    return _settle(request, pk, _sent, _("Marked as sent. Relance watches for the reply."))


@profile_required
@require_POST
@refusals_back("draft_editor")
def mark_not_sent(request: HttpRequest, pk: int) -> HttpResponse:
    return _settle(
        request,
        pk,
        _back_to_draft,
        _("Back to draft: correct what needs it, then approve it again."),
    )


@profile_required
@require_POST
@refusals_back("draft_editor")
def retry(request: HttpRequest, pk: int) -> HttpResponse:
    return _settle(request, pk, _retry, _("Approved again: Relance sends it in its window."))
