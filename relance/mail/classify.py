"""What an incoming message is to us: bounce, auto-reply, reply, possible reply, or nothing.

Bounces are tested first: they also carry Auto-Submitted. Subjects are no evidence of a reply
(Re, RE, AW, SV, edited subjects): only the threading headers are, and the sender's address or
domain makes a *possible* reply that the candidate confirms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.policy import default
from email.utils import getaddresses, parsedate_to_datetime
from enum import StrEnum


class Kind(StrEnum):
    BOUNCE = "bounce"
    AUTO_REPLY = "auto_reply"
    REPLY = "reply"
    POSSIBLE_REPLY = "possible_reply"
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class SentFollowUp:
    """One of our sent messages that a reply could answer."""

    message_id: str
    contact_address: str
    sent_at: datetime


@dataclass(frozen=True)
class Classification:
    kind: Kind
    follow_up: SentFollowUp | None = None
    failed_recipient: str | None = None  # for bounces: the address to mark doubtful
    reason: str = ""
    out_of_office: bool = False  # an absence notice: its return date moves the follow-up


BOUNCE_SENDERS = {"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"}
BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery (status notification|failure|has failed)|mail delivery failed|"
    r"returned mail|failure notice|non remis|non distribu|échec de (la )?(remise|distribution)|"
    r"unzustellbar|nicht zustellbar",
    re.IGNORECASE,
)
AUTO_SUBJECT = re.compile(
    r"^(automatic reply|auto(matic)?[- ]?reply|out of (the )?office|réponse automatique|"
    r"absence|absent(e)? du bureau|abwesenheit|autosvar|respuesta automática)",
    re.IGNORECASE,
)
FREE_MAIL = {
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "hotmail.com", "hotmail.fr",
    "outlook.com", "outlook.fr", "live.com", "live.fr", "msn.com", "icloud.com", "me.com",
    "aol.com", "gmx.com", "gmx.fr", "gmx.de", "proton.me", "protonmail.com", "orange.fr",
    "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "neuf.fr", "bbox.fr", "numericable.fr",
}  # fmt: skip
MESSAGE_ID_IN_TEXT = re.compile(r"<[^<>\s@]+@[^<>\s@]+>")


def parse(raw: bytes) -> EmailMessage:
    """Lenient parsing: a malformed message still yields headers we can read."""
    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def classify(
    message: EmailMessage,
    sent: Iterable[SentFollowUp],
    candidate_addresses: Iterable[str] = (),
) -> Classification:
    sent = list(sent)
    by_id = {item.message_id: item for item in sent}
    own = {address.lower() for address in candidate_addresses}
    sender = _sender(message)
    if _header(message, "Message-ID") in by_id or (sender and sender in own):
        return Classification(Kind.UNRELATED, reason="our own message")
    bounce = _bounce(message, by_id)
    if bounce is not None:
        return bounce
    related = _threaded(message, by_id)
    if _is_out_of_office(message):
        return Classification(
            Kind.AUTO_REPLY, related or _same_contact(message, sender, sent),
            reason="out of office", out_of_office=True,
        )  # fmt: skip
    if _is_generated(message, sender):
        return Classification(Kind.AUTO_REPLY, related, reason="automatic headers")
    if related is not None and _is_bulk(message):
        # ATS and CRM mailers mark real answers too: shown to the candidate, never dropped.
        return Classification(Kind.POSSIBLE_REPLY, related, reason="threaded, sent in bulk")
    if related is not None:
        return Classification(Kind.REPLY, related, reason="threading headers")
    if _is_bulk(message):
        return Classification(Kind.UNRELATED, reason="bulk mail")
    possible = _same_contact(message, sender, sent)
    if possible is not None:
        return Classification(Kind.POSSIBLE_REPLY, possible, reason="same address or domain")
    return Classification(Kind.UNRELATED)


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except (IndexError, ValueError, TypeError):  # malformed header the parser cannot fold
        return ""
    return str(value or "").strip()


def _sender(message: Message) -> str:
    try:
        addresses = getaddresses([_header(message, "From")])
    except (IndexError, ValueError, TypeError):
        return ""
    return addresses[0][1].lower() if addresses else ""


def _bounce(message: EmailMessage, by_id: dict[str, SentFollowUp]) -> Classification | None:
    content_type = message.get_content_type()
    report = content_type == "multipart/report" and (
        message.get_param("report-type", "") == "delivery-status"
    )
    sender = _sender(message)
    null_sender = _header(message, "Return-Path") in ("<>", "")
    from_daemon = sender.split("@")[0] in BOUNCE_SENDERS
    subject_says = bool(BOUNCE_SUBJECT.search(_header(message, "Subject")))
    if not (report or from_daemon or (null_sender and subject_says)):
        return None
    actions, recipients = _delivery_status(message)
    if report and actions and "failed" not in actions:
        # "delayed" or "delivered" notices are informational, not a failure.
        return Classification(Kind.AUTO_REPLY, reason="delivery notice without failure")
    follow_up = _mentioned(message, by_id)
    recipient = recipients[0] if recipients else None
    if recipient is None and follow_up is not None:
        recipient = follow_up.contact_address
    return Classification(Kind.BOUNCE, follow_up, recipient, reason="delivery failure")


def _delivery_status(message: EmailMessage) -> tuple[set[str], list[str]]:
    actions: set[str] = set()
    recipients: list[str] = []
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        # The policy parses the status blocks as sub-messages of header-like fields.
        payload = part.get_payload()
        blocks = payload if isinstance(payload, list) else []
        for block in blocks:
            if not isinstance(block, Message):
                continue
            action = str(block.get("Action", "")).strip().lower()
            if action:
                actions.add(action)
            final = str(block.get("Final-Recipient", "") or block.get("Original-Recipient", ""))
            if action == "failed" and ";" in final:
                recipients.append(final.split(";", 1)[1].strip().lower())
    return actions, recipients


def _mentioned(message: EmailMessage, by_id: dict[str, SentFollowUp]) -> SentFollowUp | None:
    """Our Message-ID quoted anywhere (the attached original or its headers)."""
    text = message.as_bytes().decode("utf-8", errors="replace")
    for found in MESSAGE_ID_IN_TEXT.findall(text):
        if found in by_id:
            return by_id[found]
    return None


NO_REPLY_SENDER = re.compile(r"^(?:no-?reply|do-?not-?reply|ne-?pas-?repondre|noreply)", re.I)


def _is_out_of_office(message: Message) -> bool:
    """An absence notice (RFC 3834 auto-replied, vacation headers, the usual subjects)."""
    if _header(message, "Auto-Submitted").lower().startswith("auto-replied"):
        return True
    if any(_header(message, name) for name in ("X-Autoreply", "X-Autorespond")):
        return True
    if _header(message, "Precedence").lower() == "auto_reply":
        return True
    return bool(AUTO_SUBJECT.search(_header(message, "Subject")))


def _is_generated(message: Message, sender: str) -> bool:
    """Written by a machine, not a person: auto-generated and sent from a no-reply address."""
    auto_submitted = _header(message, "Auto-Submitted").lower()
    machine = bool(auto_submitted) and not auto_submitted.startswith("no")
    return machine and bool(NO_REPLY_SENDER.match(sender))


def _is_bulk(message: Message) -> bool:
    """Marks that mass mailers set, on notices and on real answers sent through an ATS alike."""
    if _header(message, "List-Id") or _header(message, "X-Auto-Response-Suppress"):
        return True
    if _header(message, "Precedence").lower() in {"bulk", "list", "junk"}:
        return True
    auto_submitted = _header(message, "Auto-Submitted").lower()
    return bool(auto_submitted) and not auto_submitted.startswith("no")


def _threaded(message: Message, by_id: dict[str, SentFollowUp]) -> SentFollowUp | None:
    ids = MESSAGE_ID_IN_TEXT.findall(
        _header(message, "In-Reply-To") + " " + _header(message, "References")
    )
    for found in reversed(ids):  # the most recent of ours first
        if found in by_id:
            return by_id[found]
    return None


def _same_contact(message: Message, sender: str, sent: list[SentFollowUp]) -> SentFollowUp | None:
    if "@" not in sender:
        return None
    received = _date(message)
    domain = sender.rsplit("@", 1)[1]
    candidates = []
    for item in sent:
        if received is not None and received < item.sent_at:
            continue
        contact = item.contact_address.lower()
        same_domain = contact.rsplit("@", 1)[-1] == domain and domain not in FREE_MAIL
        if sender == contact or same_domain:
            candidates.append(item)
    return max(candidates, key=lambda item: item.sent_at) if candidates else None


def _date(message: Message) -> datetime | None:
    try:
        value = parsedate_to_datetime(_header(message, "Date"))
    except (TypeError, ValueError):
        return None
    return value if value.tzinfo is not None else None
