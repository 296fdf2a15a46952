"""Forms of the mailbox pages: the connection settings, and confirming a reply."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from relance.mailbox.models import IncomingMessage, MailboxSettings, SecurityChoice
from relance.mailbox.services import plaintext_refused
from relance.tracker.models.choices import ReplyOutcome
from relance.web.forms.applications import DateInput

SETTINGS_FIELDS = [
    "address", "reply_to",
    "smtp_host", "smtp_port", "smtp_security", "smtp_username",
    "imap_host", "imap_port", "imap_security", "imap_username",
    "is_local", "sent_folder", "junk_folder", "all_folder", "enabled",
]  # fmt: skip
KEEP_PASSWORD = _("Leave blank to keep the one saved. It is stored encrypted and never shown.")


class MailboxForm(forms.ModelForm):
    """The connection settings; a blank password keeps the stored one."""

    smtp_password = forms.CharField(
        label=_("SMTP password (app password)"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )
    imap_password = forms.CharField(
        label=_("IMAP password (app password)"),
        required=False,
        strip=False,
        help_text=_("Leave blank to use the SMTP password."),
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )

    class Meta:
        model = MailboxSettings
        fields = SETTINGS_FIELDS
        help_texts = {
            "smtp_port": _("587 with STARTTLS, 465 with implicit TLS."),
            "imap_port": _("993 with TLS."),
            "smtp_username": _("Usually your whole e-mail address."),
            "imap_username": _("Blank: your e-mail address."),
            "sent_folder": _("Found by the connection test; change it only if it is wrong."),
            "reply_to": _("Only if replies should go to another address."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["smtp_password"].help_text = KEEP_PASSWORD
            self.fields["imap_password"].help_text = _(
                "Leave blank to keep the one saved (or, for a new mailbox, to use the SMTP one)."
            )
        else:
            self.fields["smtp_password"].help_text = _(
                "Most providers want an app password here, made in your account's security "
                "settings, not your usual password."
            )
        for name in ("address", "reply_to", "smtp_username", "imap_username"):
            self.fields[name].widget.attrs.update(autocomplete="off", spellcheck="false")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("is_local"):
            for name in ("smtp_security", "imap_security"):
                if data.get(name) == SecurityChoice.NONE:
                    self.add_error(name, plaintext_refused())
        return data

    def passwords(self) -> dict[str, str | None]:
        """The passwords to store: None keeps the saved one; a new IMAP one defaults to SMTP's."""
        smtp = self.cleaned_data["smtp_password"] or None
        imap = self.cleaned_data["imap_password"] or None
        if imap is None and not self.instance.imap_password_encrypted:
            imap = smtp
        return {"smtp_password": smtp, "imap_password": imap}

    def settings(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in SETTINGS_FIELDS}


class ConfirmReplyForm(forms.Form):
    """One click confirms what Relance understood; the candidate may correct it first."""

    outcome = forms.ChoiceField(label=_("What the recruiter says"), choices=ReplyOutcome.choices)
    new_date = forms.DateField(label=_("New date"), required=False, widget=DateInput)

    @classmethod
    def for_message(cls, incoming: IncomingMessage) -> ConfirmReplyForm:
        return cls(
            initial={
                "outcome": incoming.proposed_outcome or ReplyOutcome.OTHER,
                "new_date": incoming.proposed_date,
            },
            auto_id=f"id_%s_{incoming.pk}",
        )
