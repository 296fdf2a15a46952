"""Forms of the draft editor and of call mode."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from relance.tracker.models.choices import CallOutcome
from relance.web.forms.applications import DateInput


class DraftForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=300, required=False)
    body = forms.CharField(
        label=_("Message"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "true"}),
    )


class ScheduleForm(DraftForm):
    scheduled_for = forms.DateTimeField(
        label=_("Send on"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        error_messages={"invalid": _("Give a valid date and time to send it.")},
    )


class CallOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("How did the call go?"),
        choices=CallOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how the call went.")},
    )
    notes = forms.CharField(
        label=_("What was said"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    new_date = forms.DateField(label=_("New date given, if any"), required=False, widget=DateInput)
