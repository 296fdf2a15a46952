"""The candidate settles a follow-up whose sending is in doubt: sent, or not sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from relance.mailbox.services import mark_unknown_failed, mark_unknown_sent
from relance.tracker.models import FollowUp
from relance.web.views.common import message_error, now, owned_followup, profile_required


def _settle(request: HttpRequest, pk: int, action: Callable[..., None], done: str) -> HttpResponse:
    followup: FollowUp = owned_followup(request, pk)
    moment: datetime = now()
    try:
        action(followup, now=moment)
    except ValidationError as exc:
        message_error(request, exc)
    else:
        messages.success(request, done)
    return redirect("application_detail", followup.application_id)


@profile_required
@require_POST
def mark_sent(request: HttpRequest, pk: int) -> HttpResponse:
    return _settle(
        request, pk, mark_unknown_sent, _("Marked as sent. Relance watches for the reply.")
    )


@profile_required
@require_POST
def mark_not_sent(request: HttpRequest, pk: int) -> HttpResponse:
    return _settle(
        request,
        pk,
        mark_unknown_failed,
        _("Marked as not sent. If there is still time, approve the new draft to send it."),
    )
