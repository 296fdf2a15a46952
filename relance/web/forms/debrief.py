"""The debrief: the four closing questions first, each with "not obtained", then the notes."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from relance.tracker.models import Interview
from relance.tracker.models.choices import Channel
from relance.tracker.services.bounds import check_promised_day
from relance.tracker.services.validation import validate_not_before
from relance.web.forms.applications import DateInput

# (field, its "not obtained" box): the article's four end-of-interview questions.
CLOSING = (
    ("decision_date", "decision_date_missing"),
    ("process", "process_missing"),
    ("callback_date", "callback_date_missing"),
    ("preferred_channel", "preferred_channel_missing"),
)
NOTES = ("strong_points", "recruiter_needs", "role_understood", "expectations", "motivation")


def _missing() -> forms.BooleanField:
    return forms.BooleanField(label=_("Not obtained"), required=False)


def _note(label: Any, help_text: Any) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DebriefForm(forms.Form):
    decision_date = forms.DateField(
        label=_("When will they tell you whether you are retained?"),
        required=False,
        widget=DateInput,
    )
    decision_date_missing = _missing()
    process = forms.CharField(
        label=_("How does the process go on?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    process_missing = _missing()
    callback_date = forms.DateField(
        label=_("When may you call back for news?"), required=False, widget=DateInput
    )
    callback_date_missing = _missing()
    preferred_channel = forms.ChoiceField(
        label=_("E-mail or phone?"),
        choices=Channel.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    preferred_channel_missing = _missing()
    no_news_means_no_by = forms.DateField(
        label=_("“Without news from us by this date, it is a no”"),
        required=False,
        widget=DateInput,
    )
    strong_points = _note(_("The interview's strong points"), _("What went well, what they liked."))
    recruiter_needs = _note(_("The recruiter's needs"), _("In their words, what they need."))
    role_understood = _note(_("The role as you understood it"), "")
    expectations = _note(_("What is expected of you"), "")
    motivation = _note(_("Your motivation"), _("Why this job, in one or two sentences."))

    @classmethod
    def for_interview(cls, interview: Interview, data: Any = None) -> DebriefForm:
        started = any(
            getattr(interview, name)
            for name in (*NOTES, "decision_date", "process", "callback_date", "preferred_channel")
        )
        initial: dict[str, Any] = {name: getattr(interview, name) for name in NOTES}
        for name, missing in CLOSING:
            value = getattr(interview, name)
            initial[name] = value
            initial[missing] = started and not value
        initial["no_news_means_no_by"] = interview.no_news_means_no_by
        return cls(data, initial=initial)

    def agreement(self) -> dict[str, Any]:
        """The closing agreement as the service stores it."""
        data = self.cleaned_data
        values: dict[str, Any] = {}
        for name, missing in CLOSING:
            value = data.get(name)
            if data.get(missing):
                value = None
            if name in ("process", "preferred_channel"):
                value = (value or "").strip()
            values[name] = value
        values["no_news_means_no_by"] = data.get("no_news_means_no_by")
        values["agreement_obtained"] = bool(
            values["decision_date"] or values["process"] or values["callback_date"]
        )
        return values

    def check_dates(self, interview_day: date) -> None:
        """The service's date rules, each error next to its own date field (the service
        itself checks them again on saving)."""
        labels = {
            "decision_date": _("The decision date"),
            "callback_date": _("The call-back date"),
            "no_news_means_no_by": _("The “no news means no” date"),
        }
        for name, label in labels.items():
            value = self.cleaned_data.get(name)
            try:
                validate_not_before(value, interview_day, str(label))
                check_promised_day(value, interview_day, str(label))
            except ValidationError as exc:
                self.add_error(name, exc)

    def notes(self) -> dict[str, str]:
        return {name: self.cleaned_data.get(name) or "" for name in NOTES}
