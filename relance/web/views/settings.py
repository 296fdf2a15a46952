"""Settings: the profile, the signature, the policy delays, the language, the calendar."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from relance.api.models import ApiKey
from relance.core.policy import POLICY_FIELDS
from relance.tracker.models import Profile
from relance.tracker.services import accounts
from relance.web.forms.accounts import DeleteAccountForm, ProfileForm
from relance.web.forms.settings import ApiKeyForm, ImportForm, LanguageForm, PolicyForm
from relance.web.views.common import (
    form_error,
    message_error,
    now,
    profile_of,
    profile_required,
)

PROFILE_KEYS = tuple(ProfileForm.base_fields)
# The profile service's error codes and the field each one is about.
PROFILE_ERROR_FIELDS = {
    "name": "name",
    "phone": "phone",
    "email": "email",
    "timezone": "timezone",
    "place": "subdivision",
}


# The settings, one page each (the whole was ~4,400 px long on a phone): slug -> title.
SECTIONS = {
    "account": gettext_lazy("Profile, signature and language"),
    "delays": gettext_lazy("Delays"),
    "calendar": gettext_lazy("Calendar"),
    "api": gettext_lazy("API"),
    "data": gettext_lazy("My data"),
}


def settings_context(
    request: HttpRequest,
    profile: Profile,
    profile_form: ProfileForm | None = None,
    policy_form: PolicyForm | None = None,
    api_key_form: ApiKeyForm | None = None,
    import_form: ImportForm | None = None,
    *,
    section: str = "",
) -> dict[str, object]:
    """What the settings page shows: the list of sections, or one `section` of SECTIONS."""
    feed = request.build_absolute_uri(reverse("calendar_feed", args=[profile.calendar_token]))
    moment = now()
    return {
        "section": section,
        "section_title": SECTIONS.get(section, ""),
        "sections": list(SECTIONS.items()),
        "profile": profile,
        "profile_form": profile_form
        or ProfileForm(initial={k: getattr(profile, k) for k in PROFILE_KEYS}),
        "policy_form": policy_form
        or PolicyForm(initial={f.name: getattr(profile, f.name) for f in POLICY_FIELDS}),
        "feed_url": feed,
        "import_form": import_form or ImportForm(),
        "delete_form": DeleteAccountForm(),
        "api_url": request.build_absolute_uri(reverse("api:api-root")),
        "api_docs_url": reverse("api:openapi-view"),
        "api_keys": [
            (key, key.expired(moment))
            for key in ApiKey.objects.filter(user_id=profile.user_id).order_by("created_at")
        ],
        "api_key_form": api_key_form or ApiKeyForm(),
    }


@profile_required
@require_GET
def settings_page(request: HttpRequest) -> HttpResponse:
    profile = profile_of(request)
    return render(request, "relance/settings.html", settings_context(request, profile))


@profile_required
@require_GET
def settings_section(request: HttpRequest, section: str) -> HttpResponse:
    if section not in SECTIONS:
        raise Http404
    context = settings_context(request, profile_of(request), section=section)
    return render(request, "relance/settings.html", context)


@profile_required
@require_POST
def profile_save(request: HttpRequest) -> HttpResponse:
    profile = profile_of(request)
    form = ProfileForm(request.POST)
    if form.is_valid():
        try:
            accounts.update_profile(profile, now(), **form.cleaned_data)
        except ValidationError as exc:
            form_error(form, exc, PROFILE_ERROR_FIELDS)
        else:
            request.session["relance_language"] = profile.language
            messages.success(request, _("Profile saved."))
            return redirect("settings_section", "account")
    context = settings_context(request, profile, profile_form=form, section="account")
    return render(request, "relance/settings.html", context, status=400)


@profile_required
@require_POST
def policy_save(request: HttpRequest) -> HttpResponse:
    profile = profile_of(request)
    form = PolicyForm(request.POST)
    if form.is_valid():
        try:
            accounts.update_policy(profile, now(), form.cleaned_data)
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("Delays saved. Your plans follow them."))
            return redirect("settings_section", "delays")
    context = settings_context(request, profile, policy_form=form, section="delays")
    return render(request, "relance/settings.html", context, status=400)


@profile_required
@require_POST
def policy_reset(request: HttpRequest) -> HttpResponse:
    profile = profile_of(request)
    accounts.update_policy(profile, now(), {f.name: f.default for f in POLICY_FIELDS})
    messages.success(request, _("Delays back to their defaults."))
    return redirect("settings_section", "delays")


@profile_required
@require_POST
def language_save(request: HttpRequest) -> HttpResponse:
    profile = profile_of(request)
    form = LanguageForm(request.POST)
    if form.is_valid():
        try:
            accounts.update_profile(profile, now(), language=form.cleaned_data["language"])
        except ValidationError as exc:
            message_error(request, exc)
        else:
            request.session["relance_language"] = profile.language
    return redirect("settings")


@profile_required
@require_POST
def calendar_rotate(request: HttpRequest) -> HttpResponse:
    accounts.rotate_calendar_token(profile_of(request))
    messages.success(request, _("New calendar address: the old one no longer works."))
    return redirect("settings_section", "calendar")
