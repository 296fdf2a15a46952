"""Files to take away: a message as .eml, and the mailto: link of the editor."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse
from django.utils.text import slugify

from relance.tracker.models import FollowUp, Profile


def _addresses(followup: FollowUp) -> tuple[str, str]:
    profile = Profile.objects.get(user_id=followup.application.owner_id)
    sender = formataddr((profile.name, profile.email)) if profile.email else ""
    contact = followup.contact
    to = formataddr((contact.name, contact.email)) if contact and contact.email else ""
    return sender, to


def eml_bytes(followup: FollowUp) -> bytes:
    sender, to = _addresses(followup)
    message = EmailMessage()
    if sender:
        message["From"] = sender
    if to:
        message["To"] = to
    message["Subject"] = followup.subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="relance.invalid")
    # Opened by a mail program as a draft to send, not as a received message.
    message["X-Unsent"] = "1"
    message.set_content(followup.body)
    return message.as_bytes()


def eml_response(request: HttpRequest, followup: FollowUp) -> HttpResponse:
    name = slugify(f"{followup.application.company}-{followup.kind}") or "message"
    response = HttpResponse(eml_bytes(followup), content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="{name}.eml"'
    return response


def mailto_link(to: str, subject: str, body: str) -> str:
    return f"mailto:{quote(to, safe='@')}?subject={quote(subject)}&body={quote(body)}"
