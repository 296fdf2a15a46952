"""The policy delays, each with its default and its sources; importing data."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from relance.core.policy import POLICY_FIELDS


class PolicyForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for spec in POLICY_FIELDS:
            self.fields[spec.name] = forms.IntegerField(
                label=_(spec.label),
                help_text=_(spec.help),
                min_value=spec.min,
                max_value=spec.max,
            )

    def rows(self) -> list[tuple[forms.BoundField, int, str]]:
        """Each field with its default and sources, for the page."""
        return [(self[spec.name], spec.default, _(spec.source)) for spec in POLICY_FIELDS]


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Export file (.json)"),
        error_messages={"required": gettext_lazy("Choose an export file to import.")},
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )


class LanguageForm(forms.Form):
    language = forms.ChoiceField(choices=[("fr", "Français"), ("en", "English")])


class ApiKeyForm(forms.Form):
    """A key for the JSON API, made from the settings page (like `relance apikey create`)."""

    prefix = "api"  # the settings page has other forms with a "name"

    name = forms.CharField(
        label=gettext_lazy("Name of the key"),
        max_length=100,
        help_text=gettext_lazy("Where you use it, to tell your keys apart: “my script”."),
    )
    scope = forms.ChoiceField(
        label=gettext_lazy("It can"),
        choices=[
            ("write", gettext_lazy("read and write")),
            ("read", gettext_lazy("only read")),
        ],
        initial="write",
        widget=forms.RadioSelect,
    )
    expires_in_days = forms.IntegerField(
        label=gettext_lazy("Stops working after (days)"),
        min_value=1,
        max_value=3650,
        required=False,
        help_text=gettext_lazy("Empty: until you revoke it."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
