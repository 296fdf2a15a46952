"""Forms for the first run, the profile and signing in."""

from __future__ import annotations

import zoneinfo
from functools import cache
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache as django_cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from relance.tracker.models.choices import Language

COUNTRIES = [
    ("FR", _("France")),
    ("BE", _("Belgium")),
    ("CH", _("Switzerland")),
    ("LU", _("Luxembourg")),
    ("MC", _("Monaco")),
    ("CA", _("Canada")),
    ("MA", _("Morocco")),
    ("TN", _("Tunisia")),
    ("SN", _("Senegal")),
    ("CI", _("Côte d'Ivoire")),
    ("GB", _("United Kingdom")),
    ("US", _("United States")),
    ("DE", _("Germany")),
    ("ES", _("Spain")),
    ("IT", _("Italy")),
]


@cache
def timezone_choices() -> list[tuple[str, str]]:
    names = sorted(n for n in zoneinfo.available_timezones() if "/" in n and "Etc" not in n)
    return [(n, n.replace("_", " ")) for n in names]


class ProfileForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail"), required=False)
    phone = forms.CharField(label=_("Your phone"), max_length=32, required=False)
    signature = forms.CharField(
        label=_("Signature"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Ends every message. Empty: your name."),
    )
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices, initial="fr")
    country = forms.ChoiceField(
        label=_("Country of the place of work"), choices=COUNTRIES, initial="FR"
    )
    subdivision = forms.CharField(
        label=_("Region or département"),
        max_length=8,
        required=False,
        help_text=_("For public holidays, e.g. 57 (Moselle), 67 or 68 (Alsace), 974."),
    )
    timezone = forms.ChoiceField(label=_("Time zone"), initial="Europe/Paris")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["timezone"].choices = timezone_choices()  # type: ignore[attr-defined]
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs.update(autocomplete="tel", inputmode="tel")


class FirstRunForm(ProfileForm):
    username = forms.CharField(label=_("User name"), max_length=150)
    password = forms.CharField(
        label=_("Password"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    password_again = forms.CharField(
        label=_("Password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    field_order = ["username", "password", "password_again", "name", "email"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs["autocomplete"] = "username"

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password") != data.get("password_again"):
            self.add_error("password_again", _("The two passwords differ."))
        return data


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password, to confirm"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class ThrottledAuthenticationForm(AuthenticationForm):
    """Refuse sign-ins for a while after too many failures for a user name or an address."""

    def clean(self) -> dict[str, Any]:
        keys = self._throttle_keys()
        limit = settings.LOGIN_THROTTLE_ATTEMPTS
        if any(django_cache.get(key, 0) >= limit for key in keys):
            minutes = max(1, settings.LOGIN_THROTTLE_SECONDS // 60)
            raise ValidationError(
                ngettext(
                    "Too many failed sign-ins. Try again in %(minutes)d minute.",
                    "Too many failed sign-ins. Try again in %(minutes)d minutes.",
                    minutes,
                )
                % {"minutes": minutes},
                code="throttled",
            )
        try:
            return super().clean()
        except ValidationError:
            for key in keys:
                django_cache.add(key, 0, settings.LOGIN_THROTTLE_SECONDS)
                try:
                    django_cache.incr(key)
                except ValueError:
                    django_cache.set(key, 1, settings.LOGIN_THROTTLE_SECONDS)
            raise

    def _throttle_keys(self) -> list[str]:
        username = str(self.data.get("username", "")).strip().lower()
        # Behind a reverse proxy every client shares the proxy's REMOTE_ADDR: the proxy's
        # header with the real client address is named by RELANCE_CLIENT_IP_HEADER.
        meta = self.request.META if self.request else {}
        address = meta.get(settings.CLIENT_IP_HEADER) or meta.get("REMOTE_ADDR", "")
        return [f"relance-login-user:{username}", f"relance-login-addr:{address}"]
