"""Forms for applications, contacts, interviews and replies."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from relance.tracker.models.choices import (
    Channel,
    Civility,
    InterviewFormat,
    Language,
    ReplyOutcome,
    Status,
)
from relance.tracker.services.validation import localize


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%d")


class PhoneInput(forms.TextInput):
    """A phone number: the digit keyboard on a phone (type=tel), no letters offered."""

    input_type = "tel"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"inputmode": "tel", "autocomplete": "off", **(attrs or {})})


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%H:%M")


def split_name(name: str) -> tuple[str, str]:
    """ "Claire Durand" -> ("Claire", "Durand"); a single word is a last name."""
    first, _space, last = name.strip().rpartition(" ")
    return first.strip(), last.strip()


def local_moment(day: date, at: time | None, tz: str, default: time = time(12, 0)) -> datetime:
    """Raises ValidationError for a time the clocks skip (spring DST change)."""
    return localize(datetime.combine(day, at or default), tz)


class ApplicationForm(forms.Form):
    company = forms.CharField(label=_("Company"), max_length=200)
    position = forms.CharField(label=_("Position"), max_length=200)
    agency_client = forms.CharField(
        label=_("Client company (through an interim agency)"),
        max_length=200,
        required=False,
        help_text=_(
            "If the company above is a temp agency: the company where you would work. "
            "Your messages name it for the job and the agency as the intermediary."
        ),
    )
    interview_date = forms.DateField(label=_("Interview date"), required=False, widget=DateInput)
    interview_time = forms.TimeField(label=_("Time"), required=False, widget=TimeInput)
    contact_name = forms.CharField(
        label=_("Recruiter's name"),
        max_length=200,
        required=False,
        help_text=_("First name then last name, e.g. Claire Durand."),
    )
    contact_civility = forms.ChoiceField(
        label=_("Civility"),
        choices=Civility.choices,
        required=False,
        help_text=_("For the greeting: “Bonjour Madame Durand,”."),
    )
    contact_email = forms.EmailField(label=_("Recruiter's e-mail"), required=False)
    contact_phone = forms.CharField(
        label=_("Recruiter's phone"), max_length=32, required=False, widget=PhoneInput
    )
    direct_line = forms.BooleanField(
        label=_("This is the direct line of the person who decides"), required=False
    )
    job_url = forms.URLField(label=_("Job posting URL"), required=False, assume_scheme="https")
    trade = forms.CharField(
        label=_("Trade or sector"),
        max_length=100,
        required=False,
        help_text=_("E.g. catering, building, accounting: your figures are grouped by it."),
    )
    confirm_duplicate = forms.BooleanField(label=_("Add it anyway"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["contact_email"].widget.attrs.update(
            autocomplete="off", inputmode="email", autocapitalize="off"
        )


class ContactForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=100, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=100)
    civility = forms.ChoiceField(label=_("Civility"), choices=Civility.choices, required=False)
    role = forms.CharField(label=_("Role"), max_length=200, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=32, required=False, widget=PhoneInput)
    direct_line = forms.BooleanField(label=_("Direct line"), required=False)
    is_decision_maker = forms.BooleanField(label=_("Decides on the hiring"), required=False)
    preferred_channel = forms.ChoiceField(
        label=_("Preferred channel"),
        choices=[("", _("(not specified)")), *Channel.choices],
        required=False,
    )

    def service_fields(self) -> dict[str, Any]:
        """The cleaned data as the contact services take it."""
        data = self.cleaned_data
        phone = data["phone"].strip()
        return {
            "first_name": data["first_name"],
            "last_name": data["last_name"],
            "civility": data["civility"] or "",
            "role": data["role"],
            "email": data["email"] or "",
            "phones": [(phone, data["direct_line"])] if phone else [],
            "is_decision_maker": data["is_decision_maker"],
            "preferred_channel": data["preferred_channel"] or "",
        }


class InterviewForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DateInput)
    time = forms.TimeField(label=_("Time"), required=False, widget=TimeInput)
    format = forms.ChoiceField(label=_("Format"), choices=InterviewFormat.choices, initial="onsite")
    interviewers = forms.CharField(label=_("Interviewers"), max_length=300, required=False)


class PlaceForm(forms.Form):
    country = forms.CharField(
        label=_("Country"), max_length=2, required=False, help_text=_("FR, BE, CH… (blank: yours)")
    )
    subdivision = forms.CharField(
        label=_("Region or département"),
        max_length=8,
        required=False,
        help_text=_("For public holidays, e.g. 57 (Moselle), 67 or 68 (Alsace), 974."),
    )
    timezone = forms.CharField(
        label=_("Time zone"), max_length=64, required=False, help_text=_("Blank: yours.")
    )
    language = forms.ChoiceField(
        label=_("Language of the messages"),
        choices=[("", _("From the place of work")), *Language.choices],
        required=False,
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=Status.choices,
        error_messages={
            "required": _("Choose a status from the list."),
            "invalid_choice": _("Choose a status from the list."),
        },
    )


class ReplyForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("What did the recruiter say?"),
        choices=ReplyOutcome.choices,
        widget=forms.RadioSelect,
    )
    new_date = forms.DateField(label=_("New date given, if any"), required=False, widget=DateInput)
    channel = forms.ChoiceField(
        label=_("By"), choices=Channel.choices, initial="email", widget=forms.RadioSelect
    )
    received_on = forms.DateField(label=_("Received on"), widget=DateInput)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
