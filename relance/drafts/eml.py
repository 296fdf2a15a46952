"""For candidates who send from their own mail program: an .eml file and a mailto: link.

Every header value comes from what someone typed, so CR, LF and other control characters
are removed before it reaches a header: no header can be injected.
"""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid
from urllib.parse import quote

from relance.drafts.context import DraftContext
from relance.drafts.draft import Draft
from relance.drafts.text import one_line, person_name


def header_value(value: str, max_chars: int = 250) -> str:
    """One line, no control characters: safe to put in a mail header."""
    return one_line(value, max_chars)


def _address(name: str, email: str) -> Address | None:
    addr = header_value(email, 200).replace(" ", "")
    if addr.count("@") != 1 or any(char in addr for char in '<>"(),;:\\[]'):
        return None
    username, domain = addr.split("@")
    if not username or not domain:
        return None
    try:
        return Address(display_name=header_value(name, 100), username=username, domain=domain)
    except (ValueError, TypeError):
        return None


def to_eml(draft: Draft, ctx: DraftContext, message_id: str | None = None) -> bytes:
    """The draft as a MIME message (plain text and HTML), ready to open in a mail program.

    Marked X-Unsent so that Outlook and others open it as a message to send.
    """
    message = EmailMessage(policy=SMTP)
    sender = _address(person_name(ctx.candidate_name), ctx.candidate_email)
    contact_name = " ".join(
        part
        for part in (person_name(ctx.contact_first_name), person_name(ctx.contact_last_name))
        if part
    )
    recipient = _address(contact_name, ctx.contact_email)
    if sender is not None:
        message["From"] = sender
    if recipient is not None:
        message["To"] = recipient
    message["Subject"] = header_value(draft.subject)
    if message_id is not None:
        message["Message-ID"] = header_value(message_id, 200)
    else:
        domain = sender.domain if sender is not None else "relance.invalid"
        message["Message-ID"] = make_msgid(domain=domain)
    message["X-Unsent"] = "1"
    message["Content-Language"] = draft.lang
    message.set_content(draft.text, charset="utf-8")
    message.add_alternative(draft.html, subtype="html", charset="utf-8")
    return message.as_bytes(policy=SMTP)


def mailto_link(draft: Draft, ctx: DraftContext) -> str:
    """A mailto: URI per RFC 6068: UTF-8 percent-encoded, CRLF line breaks in the body."""
    recipient = _address("", ctx.contact_email)
    to = quote(recipient.addr_spec, safe="@") if recipient is not None else ""
    body = draft.text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    fields = [
        f"subject={quote(header_value(draft.subject), safe='')}",
        f"body={quote(body, safe='')}",
    ]
    return f"mailto:{to}?" + "&".join(fields)
