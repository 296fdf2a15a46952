"""The outgoing follow-up as MIME: plain text + HTML, UTF-8 headers, our own Message-ID, threading.

Every header value is checked for line breaks before it reaches the message, so text typed by the
candidate or read from a recruiter's e-mail can never add a header (header injection).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

MESSAGE_ID = re.compile(r"<[^<>\s@]+@[^<>\s@]+>")
# CR and LF, and what some programs also take for a line end (NEL, U+2028/2029, VT, FF,
# the file/group/record separators): the email package folds such a subject into
# several lines or refuses it at serialisation, after the row was claimed.
FORBIDDEN_IN_HEADERS = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")


class UnsafeHeader(ValueError):
    """A header value contains a line break or is not a valid address / Message-ID."""


@dataclass(frozen=True)
class OutgoingMail:
    from_address: str
    to_address: str
    subject: str
    text: str
    from_name: str = ""
    to_name: str = ""
    html: str | None = None  # derived from the text when absent
    reply_to: str | None = None
    in_reply_to: str | None = None  # the recruiter's Message-ID when answering their thread
    references: tuple[str, ...] = field(default_factory=tuple)


def new_message_id(from_address: str) -> str:
    """A Message-ID in the sender's own domain: the key for finding the copy and the replies."""
    domain = _address(from_address).domain
    return make_msgid(idstring="relance", domain=domain)


def html_from_text(text: str) -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.splitlines()) + "</p>"
        for p in paragraphs
    )
    head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n'
    return f"{head}{body}\n</body></html>\n"


def build_message(
    mail: OutgoingMail, *, message_id: str | None = None, date: datetime | None = None
) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["From"] = _address(mail.from_address, mail.from_name)
    message["To"] = _address(mail.to_address, mail.to_name)
    if mail.reply_to:
        message["Reply-To"] = _address(mail.reply_to)
    message["Subject"] = _safe(mail.subject)
    message["Date"] = format_datetime(date or datetime.now(UTC))
    message["Message-ID"] = _message_id(message_id or new_message_id(mail.from_address))
    references = [_message_id(ref) for ref in mail.references]
    if mail.in_reply_to:
        parent = _message_id(mail.in_reply_to)
        message["In-Reply-To"] = parent
        if parent not in references:
            references.append(parent)
    if references:
        message["References"] = " ".join(references)
    message["MIME-Version"] = "1.0"
    # Quoted-printable keeps the body 7-bit: no dependency on the server's 8BITMIME.
    message.set_content(mail.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(
        mail.html if mail.html is not None else html_from_text(mail.text),
        subtype="html",
        charset="utf-8",
        cte="quoted-printable",
    )
    return message


def _safe(value: str) -> str:
    if FORBIDDEN_IN_HEADERS.search(value):
        raise UnsafeHeader("line break in a header value")
    return value


def _address(addr_spec: str, display_name: str = "") -> Address:
    _safe(addr_spec)
    _safe(display_name)
    if addr_spec.count("@") != 1 or re.search(r"[\s<>,;\"]", addr_spec):
        raise UnsafeHeader(f"not a single e-mail address: {addr_spec!r}")
    try:
        return Address(display_name=display_name, addr_spec=addr_spec)
    except (ValueError, IndexError) as error:
        raise UnsafeHeader(f"not a valid e-mail address: {addr_spec!r}") from error


def _message_id(value: str) -> str:
    value = _safe(value).strip()
    if not MESSAGE_ID.fullmatch(value):
        raise UnsafeHeader(f"not a Message-ID: {value!r}")
    return value
