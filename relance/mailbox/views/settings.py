"""The mailbox settings page: connect, test, remove."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from relance.mailbox.explain import report_lines, stored_error
from relance.mailbox.forms import MailboxForm
from relance.mailbox.models import MailboxSettings
from relance.mailbox.services import (
    check_connection,
    pending_incoming,
    remove_mailbox,
    update_settings,
)
from relance.web.views.common import (
    form_error,
    profile_of,
    profile_required,
    user_of,
)

LEVELS = {"ok": messages.SUCCESS, "error": messages.ERROR, "info": messages.INFO}


def mailbox_of(request: HttpRequest) -> MailboxSettings | None:
    return MailboxSettings.objects.filter(user_id=user_of(request).pk).first()


def _page(
    request: HttpRequest, mailbox: MailboxSettings | None, form: MailboxForm, status: int = 200
) -> HttpResponse:
    last_error = stored_error(mailbox.last_error)[1] if mailbox else ""
    return render(
        request,
        "mailbox/settings.html",
        {
            "mailbox": mailbox,
            "form": form,
            "last_error": last_error,
            "pending_count": pending_incoming(user_of(request)).count() if mailbox else 0,
        },
        status=status,
    )


@profile_required
@require_GET
def mailbox_settings(request: HttpRequest) -> HttpResponse:
    mailbox = mailbox_of(request)
    initial = {} if mailbox else {"address": profile_of(request).email}
    return _page(request, mailbox, MailboxForm(instance=mailbox, initial=initial))


@profile_required
@require_POST
def mailbox_save(request: HttpRequest) -> HttpResponse:
    mailbox = mailbox_of(request)
    form = MailboxForm(request.POST, instance=mailbox)
    if not form.is_valid():
        return _page(request, mailbox, form, status=400)
    try:
        update_settings(user_of(request), **form.passwords(), **form.settings())
    except ValidationError as exc:
        form_error(form, exc)  # about several fields (TLS on both servers): at the top
        return _page(request, mailbox, form, status=400)
    messages.success(request, _("Mailbox saved. Now test the connection."))
    return redirect("mailbox:settings")


@profile_required
@require_POST
def mailbox_test(request: HttpRequest) -> HttpResponse:
    mailbox = mailbox_of(request)
    if mailbox is None:
        messages.error(request, _("Save your mailbox settings first."))
        return redirect("mailbox:settings")
    # The probe sends one message to oneself: only while it is not known yet.
    report = check_connection(mailbox, probe=mailbox.provider_saves_sent is None)
    for level, text in report_lines(report, mailbox):
        messages.add_message(request, LEVELS[level], text)
    return redirect("mailbox:settings")


@profile_required
@require_POST
def mailbox_remove(request: HttpRequest) -> HttpResponse:
    if remove_mailbox(user_of(request)):
        messages.success(
            request,
            _("Mailbox removed, with its passwords. Relance no longer sends or reads your mail."),
        )
    return redirect("mailbox:settings")
