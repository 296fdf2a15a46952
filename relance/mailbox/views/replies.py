"""Possible replies to confirm: one click to agree (or correct), one to dismiss."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from relance.mailbox.forms import ConfirmReplyForm
from relance.mailbox.models import IncomingMessage
from relance.mailbox.services import confirm_incoming, dismiss_incoming, pending_incoming
from relance.web.views.common import now, profile_required, refusals_back, user_of

SHOWN_ON_TODAY = 3


def _cards(
    request: HttpRequest, limit: int | None = None, bound: ConfirmReplyForm | None = None
) -> tuple[list[tuple[IncomingMessage, ConfirmReplyForm]], int]:
    """The messages to confirm, each with its form; `bound` is the one sent back with its
    errors (its prefix-free ids end with the message's id)."""
    rows = pending_incoming(user_of(request))
    shown = list(rows[:limit] if limit else rows)
    total = len(shown) if limit is None or len(shown) < limit else rows.count()
    cards = []
    for incoming in shown:
        form = ConfirmReplyForm.for_message(incoming)
        if bound is not None and bound.auto_id == form.auto_id:
            form = bound
        cards.append((incoming, form))
    return cards, total


@profile_required
@require_GET
def reply_list(request: HttpRequest) -> HttpResponse:
    cards, total = _cards(request)
    return render(request, "mailbox/replies.html", {"cards": cards, "total": total})


@profile_required
@require_GET
def replies_banner(request: HttpRequest) -> HttpResponse:
    """For the top of Today, loaded after the page (htmx): empty when nothing waits."""
    cards, total = _cards(request, SHOWN_ON_TODAY)
    if not cards:
        return HttpResponse("")
    return render(
        request,
        "mailbox/partials/replies_banner.html",
        {"cards": cards, "total": total, "more": total - len(cards), "next": reverse("today")},
    )


def _owned(request: HttpRequest, pk: int) -> IncomingMessage:
    return get_object_or_404(
        IncomingMessage.objects.select_related("application"),
        pk=pk,
        mailbox__user_id=user_of(request).pk,
    )


def _back(request: HttpRequest) -> HttpResponse:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, True):
        return redirect(target)
    return redirect("mailbox:replies")


def _back_from(request: HttpRequest, pk: int) -> HttpResponse:
    return _back(request)


@profile_required
@require_POST
@refusals_back(_back_from)
def reply_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    incoming = _owned(request, pk)
    form = ConfirmReplyForm(request.POST, auto_id=f"id_%s_{incoming.pk}")
    if not form.is_valid():  # the list again, the error next to its field
        cards, total = _cards(request, bound=form)
        context = {"cards": cards, "total": total}
        return render(request, "mailbox/replies.html", context, status=400)
    confirm_incoming(
        incoming,
        outcome=form.cleaned_data["outcome"],
        new_date=form.cleaned_data["new_date"],
        now=now(),
    )
    app = incoming.application
    messages.success(
        request,
        _("Reply confirmed for %(app)s: it is on the timeline and the plan is up to date.")
        % {"app": f"{app.position} — {app.company}" if app else ""},
    )
    return _back(request)


@profile_required
@require_POST
def reply_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    incoming = _owned(request, pk)
    if dismiss_incoming(incoming):
        messages.success(request, _("Dismissed: this message is not a reply."))
    else:
        messages.error(request, _("This message was already handled."))
    return _back(request)
