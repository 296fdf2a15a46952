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
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )


class LanguageForm(forms.Form):
    language = forms.ChoiceField(choices=[("fr", "Français"), ("en", "English")])
