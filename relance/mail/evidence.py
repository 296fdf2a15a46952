"""The candidate's mailbox as the evidence of a send: settle `committing`, keep Sent complete.

The copy delivered to the candidate's own address by the same DATA is atomic with the send, so
finding it proves the server accepted the message. Not finding it proves nothing at once (real
providers deliver with a delay), hence the grace period and then "unknown", never a resend.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP

from relance.mail.imap import ImapMailbox, ImapSettings
from relance.mail.message import OutgoingMail, build_message
from relance.mail.smtp import SendStatus, SmtpSettings, send_once

SETTLE_GRACE = timedelta(minutes=15)


def find_copy(mailbox: ImapMailbox, message_id: str) -> str | None:
    """The folder holding a message with this Message-ID, if any."""
    folders = mailbox.special_folders()
    for folder in ["INBOX", folders.sent, folders.all, folders.junk]:
        if folder and mailbox.find_by_message_id(folder, message_id):
            return folder
    return None


def settle_committing(
    mailbox: ImapMailbox,
    message_id: str,
    committed_at: datetime,
    now: datetime,
    grace: timedelta = SETTLE_GRACE,
) -> SendStatus | None:
    """SENT when the copy is there, UNKNOWN once the grace period is over, None to wait."""
    if find_copy(mailbox, message_id) is not None:
        return SendStatus.SENT
    if now - committed_at >= grace:
        return SendStatus.UNKNOWN
    return None


def ensure_in_sent(mailbox: ImapMailbox, message: EmailMessage, when: datetime | None) -> bool:
    """APPEND to Sent unless a copy is already there (provider auto-save, earlier attempt)."""
    sent = mailbox.special_folders().sent
    if sent and mailbox.find_by_message_id(sent, str(message["Message-ID"])):
        return False
    mailbox.append_sent(message.as_bytes(policy=SMTP), when)
    return True


def probe_provider_saves_sent(
    smtp: SmtpSettings, imap: ImapSettings, address: str, wait: float = 10.0
) -> bool:
    """At set-up: send one message to oneself and see whether the provider filed it in Sent.

    Gmail does; most others do not. Getting this wrong either loses the Sent copy or doubles it.
    """
    probe = build_message(
        OutgoingMail(
            address,
            address,
            "Relance: test message",
            "Relance checks whether your provider keeps a copy of sent messages. "
            "You can delete this message.",
        )
    )
    message_id = str(probe["Message-ID"])
    result = send_once(
        smtp, probe, envelope_from=address, recipients=[address], copy_to=None,
        before_data=lambda: None,
    )  # fmt: skip
    if result.status is not SendStatus.SENT:
        raise result.error or RuntimeError("probe not sent")
    with ImapMailbox(imap) as mailbox:
        sent = mailbox.special_folders().sent
        deadline = time.monotonic() + wait
        arrived = False
        while time.monotonic() < deadline:
            if sent and mailbox.find_by_message_id(sent, message_id):
                _delete(mailbox, [sent, "INBOX"], message_id)
                return True
            arrived = arrived or bool(mailbox.find_by_message_id("INBOX", message_id))
            if arrived and time.monotonic() > deadline - wait / 2:
                break  # delivered long ago and still not in Sent: the provider does not save
            time.sleep(0.5)
        _delete(mailbox, ["INBOX"], message_id)
    return False


def _delete(mailbox: ImapMailbox, folders: list[str], message_id: str) -> None:
    for folder in folders:
        mailbox.client.select_folder(folder)
        uids = mailbox.client.search(["HEADER", "Message-ID", message_id])
        if uids:
            mailbox.client.delete_messages(uids)
            mailbox.client.expunge()
    mailbox.forget_selection()
