"""The candidate's mailbox: connection settings, IMAP polling state, messages awaiting review."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from relance.mail.crypto import SecretBox
from relance.mail.imap import ImapSettings
from relance.mail.smtp import Security, SmtpSettings
from relance.tracker.models import Application, FollowUp, Reply
from relance.tracker.models.choices import ReplyOutcome


class SecurityChoice(models.TextChoices):
    STARTTLS = Security.STARTTLS.value, _("STARTTLS")
    TLS = Security.TLS.value, _("TLS (implicit)")
    NONE = Security.NONE.value, _("None (local server only)")


def secret_box() -> SecretBox:
    # The key lives in the data directory (or the environment), never in the database.
    return SecretBox.for_data_dir(settings.DATA_DIR)


class MailboxSettings(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, models.CASCADE, related_name="mailbox")
    address = models.EmailField(_("your e-mail address"))
    reply_to = models.EmailField(_("reply-to address"), blank=True)
    smtp_host = models.CharField(_("SMTP server"), max_length=255)
    smtp_port = models.PositiveIntegerField(_("SMTP port"), default=587)
    smtp_security = models.CharField(
        _("SMTP security"), max_length=10, choices=SecurityChoice.choices,
        default=SecurityChoice.STARTTLS,
    )  # fmt: skip
    smtp_username = models.CharField(_("SMTP user name"), max_length=255, blank=True)
    smtp_password_encrypted = models.TextField(blank=True, editable=False)
    imap_host = models.CharField(_("IMAP server"), max_length=255)
    imap_port = models.PositiveIntegerField(_("IMAP port"), default=993)
    imap_security = models.CharField(
        _("IMAP security"), max_length=10, choices=SecurityChoice.choices,
        default=SecurityChoice.TLS,
    )  # fmt: skip
    imap_username = models.CharField(_("IMAP user name"), max_length=255, blank=True)
    imap_password_encrypted = models.TextField(blank=True, editable=False)
    is_local = models.BooleanField(
        _("the servers run on this machine"),
        default=False,
        help_text=_("Only then may the connection go without TLS."),
    )
    ca_file = models.CharField(
        _("CA certificate file"), max_length=500, blank=True,
        help_text=_("For a self-hosted server with its own certificate authority."),
    )  # fmt: skip
    # Special-use folders as found at set-up (or chosen by hand).
    sent_folder = models.CharField(_("Sent folder"), max_length=255, blank=True)
    junk_folder = models.CharField(_("Junk folder"), max_length=255, blank=True)
    all_folder = models.CharField(_("All Mail folder"), max_length=255, blank=True)
    # None until the set-up probe ran: then whether the provider files sent mail itself.
    provider_saves_sent = models.BooleanField(null=True, blank=True)
    enabled = models.BooleanField(_("send and watch with this mailbox"), default=True)
    next_poll_at = models.DateTimeField(null=True, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("mailbox settings")
        verbose_name_plural = _("mailbox settings")
        indexes = [
            models.Index(
                fields=["next_poll_at"], name="mailbox_poll_due", condition=models.Q(enabled=True)
            )
        ]

    def __str__(self) -> str:
        return self.address

    def set_smtp_password(self, password: str) -> None:
        self.smtp_password_encrypted = secret_box().encrypt(password) if password else ""

    def set_imap_password(self, password: str) -> None:
        self.imap_password_encrypted = secret_box().encrypt(password) if password else ""

    def smtp_settings(self) -> SmtpSettings:
        password = self.smtp_password_encrypted
        return SmtpSettings(
            host=self.smtp_host,
            port=self.smtp_port,
            security=Security(self.smtp_security),
            username=self.smtp_username,
            password=secret_box().decrypt(password) if password else "",
            local=self.is_local,
            cafile=self.ca_file or None,
        )

    def imap_settings(self) -> ImapSettings:
        password = self.imap_password_encrypted
        return ImapSettings(
            host=self.imap_host,
            port=self.imap_port,
            security=Security(self.imap_security),
            username=self.imap_username or self.address,
            password=secret_box().decrypt(password) if password else "",
            local=self.is_local,
            cafile=self.ca_file or None,
        )

    def folder_overrides(self) -> dict[str, str]:
        chosen = {"sent": self.sent_folder, "junk": self.junk_folder, "all": self.all_folder}
        return {role: name for role, name in chosen.items() if name}


class ImapFolderState(models.Model):
    """Where polling stopped: new mail is UID > last_uid while UIDVALIDITY is unchanged."""

    mailbox = models.ForeignKey(MailboxSettings, models.CASCADE, related_name="folder_states")
    folder = models.CharField(max_length=255)
    uidvalidity = models.BigIntegerField()
    last_uid = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mailbox", "folder"], name="mailbox_folder_once")
        ]

    def __str__(self) -> str:
        return f"{self.folder} {self.uidvalidity}:{self.last_uid}"


class IncomingKind(models.TextChoices):
    REPLY = "reply", _("Reply")
    POSSIBLE_REPLY = "possible_reply", _("Possible reply")
    BOUNCE = "bounce", _("Bounce")
    OUT_OF_OFFICE = "out_of_office", _("Out of office")


class IncomingStatus(models.TextChoices):
    PENDING = "pending", _("To confirm")
    CONFIRMED = "confirmed", _("Confirmed")
    DISMISSED = "dismissed", _("Not a reply")


class IncomingMessage(models.Model):
    """A reply (or possible reply, or bounce) found in the mailbox, for the candidate to confirm."""

    mailbox = models.ForeignKey(MailboxSettings, models.CASCADE, related_name="incoming")
    application = models.ForeignKey(
        Application, models.CASCADE, null=True, blank=True, related_name="incoming_messages"
    )
    followup = models.ForeignKey(
        FollowUp, models.SET_NULL, null=True, blank=True, related_name="incoming_messages"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=IncomingKind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=IncomingStatus.choices, default=IncomingStatus.PENDING
    )
    folder = models.CharField(max_length=255)
    uid = models.BigIntegerField()
    message_id = models.CharField(max_length=250, blank=True)
    from_address = models.CharField(_("from"), max_length=255, blank=True)
    subject = models.CharField(_("subject"), max_length=500, blank=True)
    received_at = models.DateTimeField(_("received at"))
    excerpt = models.TextField(_("excerpt"), blank=True)
    proposed_outcome = models.CharField(
        _("proposed outcome"), max_length=12, choices=ReplyOutcome.choices, blank=True
    )
    proposed_date = models.DateField(_("proposed new date"), null=True, blank=True)
    evidence = models.TextField(_("why"), blank=True)
    reply = models.OneToOneField(
        Reply, models.SET_NULL, null=True, blank=True, related_name="incoming_message"
    )
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-received_at"]
        constraints = [
            # The same message seen again (INBOX and All Mail, or after a reconnect) is one row.
            models.UniqueConstraint(
                fields=["mailbox", "message_id"],
                name="incoming_once",
                condition=~models.Q(message_id=""),
            )
        ]
        indexes = [
            models.Index(
                fields=["mailbox", "received_at"],
                name="incoming_pending",
                condition=models.Q(status="pending"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.subject}"
