"""Keys for the JSON API from the settings page: make one (its value shown once, with a copy
button), revoke one. The same keys as `relance apikey`."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from relance.api.models import ApiKey
from relance.web.forms.settings import ApiKeyForm
from relance.web.views.common import profile_of, profile_required, user_of
from relance.web.views.settings import settings_context


@profile_required
@require_POST
def api_key_create(request: HttpRequest) -> HttpResponse:
    form = ApiKeyForm(request.POST)
    profile = profile_of(request)
    if not form.is_valid():
        context = settings_context(request, profile, api_key_form=form, section="api")
        return render(request, "relance/settings.html", context, status=400)
    days = form.cleaned_data["expires_in_days"]
    _key, clear = ApiKey.issue(
        user_of(request),
        form.cleaned_data["name"],
        scope=form.cleaned_data["scope"],
        expires_in=timedelta(days=days) if days else None,
    )
    # Shown in this answer only: it is stored hashed, never in the session.
    context = settings_context(request, profile, section="api")
    context["new_api_key"] = clear
    response = render(request, "relance/settings.html", context)
    response["Cache-Control"] = "no-store"
    return response


@profile_required
@require_POST
def api_key_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    key = get_object_or_404(ApiKey, pk=pk, user=user_of(request))
    key.delete()
    messages.success(request, _("Key revoked: it no longer works."))
    return redirect("settings_section", "api")
