"""Forms of the coaching pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from relance.coaching.models import Membership, NudgeTemplate, Organisation, Role, Sharing


class InvitationForm(forms.Form):
    """The organisations offered are the inviter's own, read from their memberships (with
    their organisation): rendering the form costs no query."""

    organisation = forms.TypedChoiceField(label=_("Organisation"), coerce=int)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.CANDIDATE)
    email = forms.EmailField(label=_("E-mail (optional)"), required=False)

    def __init__(self, *args: Any, memberships: list[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisations = {m.organisation_id: m.organisation for m in memberships}
        self.fields["organisation"].choices = [  # type: ignore[attr-defined]
            (pk, org.name) for pk, org in self.organisations.items()
        ]
        if all(m.role != Role.ADMIN for m in memberships):
            self.fields["role"].choices = [(Role.CANDIDATE.value, Role.CANDIDATE.label)]  # type: ignore[attr-defined]

    def clean_organisation(self) -> Organisation:
        return self.organisations[self.cleaned_data["organisation"]]


class NudgeTemplateForm(forms.Form):
    """Picks the template (GET): the page fills it with the candidate's dates."""

    template = forms.ChoiceField(label=_("Template"), choices=NudgeTemplate.choices)
    application = forms.IntegerField(required=False, widget=forms.HiddenInput)


class NudgeForm(forms.Form):
    template = forms.ChoiceField(choices=NudgeTemplate.choices, widget=forms.HiddenInput)
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(
        label=_("Message"), max_length=4000, widget=forms.Textarea(attrs={"rows": 9})
    )


class ProposalForm(forms.Form):
    comment = forms.CharField(
        label=_("Your comment"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    subject = forms.CharField(label=_("Subject"), max_length=300, required=False)
    body = forms.CharField(label=_("Proposed text"), widget=forms.Textarea(attrs={"rows": 12}))


class SharingForm(forms.Form):
    sharing = forms.ChoiceField(
        label=_("What my coach sees"), choices=Sharing.choices, widget=forms.RadioSelect
    )


class JoinForm(SharingForm):
    pass


class RetentionForm(forms.ModelForm):
    retention_months = forms.IntegerField(
        label=_("Keep closed applications for (months after the last activity)"),
        min_value=1,
        max_value=120,
    )

    class Meta:
        model = Organisation
        fields = ["retention_months"]


class CohortForm(forms.Form):
    name = forms.CharField(label=_("New cohort"), max_length=200)
