"""My data: export everything, import an export, delete the account."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from relance.tracker.exchange import ImportRefused, export_user, import_summary, import_user
from relance.tracker.exchange.reader import MAX_IMPORT_BYTES, read_export
from relance.tracker.services.accounts import delete_account
from relance.tracker.services.errors import REFUSALS
from relance.web.forms.accounts import DeleteAccountForm
from relance.web.forms.settings import ImportForm
from relance.web.views.common import form_error, now, profile_of, profile_required, user_of
from relance.web.views.settings import settings_context


@profile_required
@require_POST
def export_data(request: HttpRequest) -> HttpResponse:
    data = export_user(user_of(request), now())
    moment = now()
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="relance-{moment:%Y-%m-%d}.json"'
    return response


@profile_required
@require_POST
def import_data(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _import_failed(request, form)
    upload = form.cleaned_data["file"]
    if upload.size > MAX_IMPORT_BYTES:
        form.add_error("file", _("This file is too large to be an export."))
        return _import_failed(request, form)
    try:
        counts = import_user(user_of(request), read_export(upload.read()), now())
    except ImportRefused as exc:
        form.add_error("file", _("Import refused: %(reason)s") % {"reason": _(str(exc))})
        return _import_failed(request, form)
    except REFUSALS as exc:
        form_error(form, exc)
        return _import_failed(request, form)
    else:
        messages.success(request, import_summary(counts))
    return redirect("settings_section", "data")


def _import_failed(request: HttpRequest, form: ImportForm) -> HttpResponse:
    """The settings page again, the import's error next to its file field."""
    context = settings_context(request, profile_of(request), import_form=form, section="data")
    return render(request, "relance/settings.html", context, status=400)


@profile_required
@require_POST
def delete_my_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST)
    if form.is_valid() and request.user.check_password(form.cleaned_data["password"]):
        user = user_of(request)
        logout(request)
        delete_account(user)
        messages.success(request, _("Your account and all its data are deleted."))
        return redirect("home")
    form.add_error("password", _("Wrong password: nothing was deleted."))
    context = settings_context(request, profile_of(request), section="data")
    context["delete_form"] = form
    return render(request, "relance/settings.html", context, status=400)
