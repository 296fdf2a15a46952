"""What the candidate does with their mailbox: set it up, test it, confirm or dismiss a reply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from relance.mail import imap, smtp
from relance.mail.errors import MailError
from relance.mail.evidence import probe_provider_saves_sent
from relance.mailbox.explain import MARKED_NOT_SENT
from relance.mailbox.models import IncomingKind, IncomingMessage, IncomingStatus, MailboxSettings
from relance.tracker import lifecycle as lc
from relance.tracker.models import FollowUp, Reply
from relance.tracker.models.choices import SendBy
from relance.tracker.services.followups import approve
from relance.tracker.services.planning import refresh_plan
from relance.tracker.services.replies import record_reply
from relance.tracker.services.settling import retry
from relance.tracker.services.transitions import transition

SETTING_FIELDS = (
    "address", "reply_to", "smtp_host", "smtp_port", "smtp_security", "smtp_username",
    "imap_host", "imap_port", "imap_security", "imap_username", "is_local", "ca_file",
    "sent_folder", "junk_folder", "all_folder", "enabled", "provider_saves_sent",
)  # fmt: skip


def save_settings(
    user: AbstractBaseUser,
    *,
    smtp_password: str | None = None,
    imap_password: str | None = None,
    **fields: Any,
) -> MailboxSettings:
    """Create or update; a password left as None keeps the stored one (it is never shown)."""
    unknown = set(fields) - set(SETTING_FIELDS)
    if unknown:
        raise TypeError(f"unknown mailbox settings: {sorted(unknown)}")
    mailbox = MailboxSettings.objects.filter(user_id=user.pk).first() or MailboxSettings(
        user_id=user.pk
    )
    for name, value in fields.items():
        setattr(mailbox, name, value)
    if smtp_password is not None:
        mailbox.set_smtp_password(smtp_password)
    if imap_password is not None:
        mailbox.set_imap_password(imap_password)
    mailbox.full_clean(exclude=["user"])
    mailbox.save()
    return mailbox


@dataclass(frozen=True)
class ConnectionReport:
    smtp_error: MailError | None
    imap_error: MailError | None
    folders: imap.SpecialFolders | None

    @property
    def ok(self) -> bool:
        return self.smtp_error is None and self.imap_error is None


def check_connection(mailbox: MailboxSettings, *, probe: bool = False) -> ConnectionReport:
    """The "test the connection" action; with `probe`, also learns whether Sent is automatic."""
    smtp_error = smtp.check_connection(mailbox.smtp_settings())
    folders, imap_error = imap.check_connection(mailbox.imap_settings())
    if folders is not None:
        mailbox.sent_folder = mailbox.sent_folder or folders.sent or ""
        mailbox.junk_folder = mailbox.junk_folder or folders.junk or ""
        mailbox.all_folder = mailbox.all_folder or folders.all or ""
    if probe and smtp_error is None and imap_error is None:
        try:
            mailbox.provider_saves_sent = probe_provider_saves_sent(
                mailbox.smtp_settings(), mailbox.imap_settings(), mailbox.address
            )
        except MailError as error:
            smtp_error = error
    mailbox.last_error = str(smtp_error or imap_error or "")
    mailbox.save()
    return ConnectionReport(smtp_error, imap_error, folders)


def confirm_incoming(
    incoming: IncomingMessage,
    *,
    outcome: str,
    now: datetime,
    new_date: date | None = None,
    notes: str = "",
) -> Reply:
    """One click: the candidate agrees it is the recruiter's reply (outcome/date as corrected)."""
    if incoming.application is None:
        raise ValidationError(_("This message is not linked to an application."), code="app")
    with transaction.atomic():
        changed = IncomingMessage.objects.filter(
            pk=incoming.pk, status=IncomingStatus.PENDING
        ).update(status=IncomingStatus.CONFIRMED)
        if not changed:
            raise ValidationError(_("This message was already handled."), code="state")
        reply = record_reply(
            incoming.application,
            at=min(incoming.received_at, now),
            channel="email",
            outcome=outcome,
            new_date=new_date,
            notes=notes,
            message_id=incoming.message_id,
            now=now,
        )
        IncomingMessage.objects.filter(pk=incoming.pk).update(reply=reply)
    incoming.status = IncomingStatus.CONFIRMED
    incoming.reply = reply
    return reply


def dismiss_incoming(incoming: IncomingMessage) -> bool:
    """Not a reply after all (a colleague writing about something else)."""
    return bool(
        IncomingMessage.objects.filter(pk=incoming.pk, status=IncomingStatus.PENDING).update(
            status=IncomingStatus.DISMISSED
        )
    )


# Changing these points the mailbox at another server or account: what was learnt about the
# old one (its folders, whether it files sent mail itself) no longer holds.
SERVER_FIELDS = ("smtp_host", "smtp_username", "imap_host", "imap_username", "address")
FOLDER_FIELDS = ("sent_folder", "junk_folder", "all_folder")
TLS_FIELDS = ("smtp_security", "imap_security", "is_local")


def plaintext_refused() -> str:
    return _(
        "Without TLS your password would travel in clear: choose STARTTLS or TLS, or mark the "
        "servers as running on this machine."
    )


def _require_tls(values: dict[str, Any]) -> None:
    if values.get("is_local"):
        return
    if "none" in (values.get("smtp_security"), values.get("imap_security")):
        raise ValidationError(plaintext_refused(), code="tls_required")


def update_settings(
    user: AbstractBaseUser,
    *,
    smtp_password: str | None = None,
    imap_password: str | None = None,
    **fields: Any,
) -> MailboxSettings:
    """save_settings, forgetting the folders and the Sent probe when the servers changed.

    Refuses a connection without TLS unless the servers are marked local.
    """
    stored = MailboxSettings.objects.filter(user_id=user.pk)
    before = stored.values(*SERVER_FIELDS, *TLS_FIELDS, *FOLDER_FIELDS).first()
    _require_tls({**(before or {}), **fields})
    moved = before is not None and any(
        name in fields and fields[name] != before[name] for name in SERVER_FIELDS
    )
    if before is not None and moved:
        fields.setdefault("provider_saves_sent", None)
        for name in FOLDER_FIELDS:
            # A form sends the old folder names back unchanged: only a new name is a choice.
            if fields.get(name, before[name]) == before[name]:
                fields[name] = ""
    return save_settings(user, smtp_password=smtp_password, imap_password=imap_password, **fields)


def remove_mailbox(user: AbstractBaseUser) -> bool:
    """Forget the mailbox (and its stored passwords); approved e-mails then wait to be sent."""
    deleted, _per_model = MailboxSettings.objects.filter(user_id=user.pk).delete()
    return bool(deleted)


def pending_incoming(user: AbstractBaseUser) -> QuerySet[IncomingMessage]:
    """Replies and possible replies waiting for the candidate's word, newest first."""
    return (
        IncomingMessage.objects.filter(
            mailbox__user_id=user.pk,
            status=IncomingStatus.PENDING,
            kind__in=[IncomingKind.REPLY, IncomingKind.POSSIBLE_REPLY],
        )
        .select_related("application")
        .order_by("-received_at")
    )


def mark_unknown_sent(followup: FollowUp, *, now: datetime) -> None:
    """The candidate found the copy: the follow-up did go out (and replies to it are watched)."""
    attempt = followup.send_attempts.order_by("-started_at").values_list("started_at", flat=True)
    sent_at = attempt.first() or now
    if not transition(
        followup, lc.CONFIRM_SENT, now=now, done_at=sent_at, last_error="",
        event={"confirmed_by": "candidate"},
    ):  # fmt: skip
        raise _no_longer_unknown(followup)
    refresh_plan(followup.application, now)


def mark_unknown_failed(followup: FollowUp, *, now: datetime) -> None:
    """The candidate found no copy: not sent. The plan may offer the follow-up again; never by
    itself, the candidate approves the new draft."""
    if not transition(
        followup, lc.CONFIRM_NOT_SENT, now=now, last_error=MARKED_NOT_SENT,
        event={"confirmed_by": "candidate"},
    ):  # fmt: skip
        raise _no_longer_unknown(followup)
    refresh_plan(followup.application, now)


def _no_longer_unknown(followup: FollowUp) -> ValidationError:
    followup.refresh_from_db(fields=["state"])
    return ValidationError(
        _("This follow-up is no longer in doubt (it is now “%(state)s”)."),
        code="state",
        params={"state": followup.get_state_display()},
    )


def mailbox_ready(user_id: int) -> bool:
    """Connected, switched on, and its last connection (test or poll) went through."""
    return MailboxSettings.objects.filter(user_id=user_id, enabled=True, last_error="").exists()


def approve_followup(
    followup: FollowUp,
    *,
    now: datetime,
    due_at: datetime | None = None,
    send_by: str | None = None,
) -> str:
    """Approve, saying plainly who sends it. Returns the sender chosen.

    None chooses the mailbox when one is connected and working, else the candidate. Relance
    sends only from a mailbox that works: asked to with none, it refuses rather than fail later.
    """
    ready = mailbox_ready(followup.application.owner_id)
    if send_by is None:
        send_by = SendBy.MAILBOX if ready else SendBy.SELF
    if send_by == SendBy.MAILBOX and not ready and followup.kind != "followup_call":
        raise ValidationError(
            _(
                "No working mailbox is connected: connect it (and test it) in the settings, "
                "or send this follow-up yourself."
            ),
            code="no_mailbox",
        )
    approve(followup, now=now, due_at=due_at, send_by=send_by)
    return followup.send_by or send_by


def retry_followup(followup: FollowUp, *, now: datetime, send_by: str | None = None) -> str:
    """Retry a failed follow-up once its cause is gone, through the same checks."""
    ready = mailbox_ready(followup.application.owner_id)
    chosen = send_by or (SendBy.MAILBOX if ready else SendBy.SELF)
    if chosen == SendBy.MAILBOX and not ready:
        raise ValidationError(
            _("The mailbox is still not working: fix it first, or send the follow-up yourself."),
            code="no_mailbox",
        )
    retry(followup, now=now, send_by=chosen)
    return chosen
