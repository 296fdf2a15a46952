"""Forms for the first run, the profile and signing in."""

from __future__ import annotations

import zoneinfo
from functools import cache
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.contrib.auth.password_validation import password_validators_help_text_html
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from relance.tracker.models.choices import Gender, Language
from relance.web import throttle
from relance.web.forms.applications import PhoneInput

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
    phone = forms.CharField(
        label=_("Your phone"),
        max_length=32,
        required=False,
        widget=PhoneInput(attrs={"autocomplete": "tel"}),
    )
    signature = forms.CharField(
        label=_("Signature"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Ends every message. Empty: your name."),
    )
    gender = forms.ChoiceField(
        label=_("Job titles in your messages"),
        choices=Gender.choices,
        required=False,
        initial="",
        help_text=_("“Facteur / Factrice” becomes the form you choose; optional."),
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


class FirstRunForm(forms.Form):
    """Three questions; the time zone and the language come from the browser, the place of
    work from the time zone, all editable in the settings."""

    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(
        label=_("Your e-mail"), help_text=_("You sign in with it; recruiters see it.")
    )
    password = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validators_help_text_html,
    )
    timezone = forms.CharField(required=False, widget=forms.HiddenInput)
    language = forms.ChoiceField(choices=Language.choices, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs.update(
            autocomplete="email", inputmode="email", autocapitalize="off"
        )


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password, to confirm"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class ThrottledAuthenticationForm(AuthenticationForm):
    """Refuse sign-ins for a while after too many failures for a user name or an address."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("E-mail or user name")
        typed = str(self.data.get("username", "")) if self.is_bound else ""
        if "@" in typed:
            # Accounts made on the first-run page are named by their address, in lower case.
            data = dict(self.data.items())
            data["username"] = typed.strip().lower()
            self.data = data

    def clean(self) -> dict[str, Any]:
        keys = self._throttle_keys()
        if throttle.over_limit(keys, settings.LOGIN_THROTTLE_ATTEMPTS):
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
            throttle.count(keys, settings.LOGIN_THROTTLE_SECONDS)
            raise

    def _throttle_keys(self) -> list[str]:
        username = throttle.account_key(self.data.get("username", ""))
        address = throttle.client_address(self.request)
        return [f"relance-login-user:{username}", f"relance-login-addr:{address}"]


class ThrottledPasswordResetForm(PasswordResetForm):
    """A few reset e-mails per address and per client an hour: no mail bombing, no probing."""

    def __init__(self, *args: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request = request

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        email = throttle.account_key(cleaned.get("email", ""))
        keys = [
            f"relance-reset-email:{email}",
            f"relance-reset-addr:{throttle.client_address(self.request)}",
        ]
        if throttle.over_limit(keys, settings.PASSWORD_RESET_THROTTLE_ATTEMPTS):
            raise ValidationError(
                _("Too many password reset requests. Try again in an hour."), code="throttled"
            )
        throttle.count(keys, settings.PASSWORD_RESET_THROTTLE_SECONDS)
        return cleaned
