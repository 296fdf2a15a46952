from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from urllib.parse import unquote

from relance.drafts import followup_email
from relance.drafts.eml import mailto_link, to_eml
from tests.drafts.factories import make_ctx


def parse(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_it_writes_a_plain_and_html_alternative() -> None:
    ctx = make_ctx()
    draft = followup_email(ctx)
    message = parse(to_eml(draft, ctx, message_id="<abc@example.org>"))
    assert message.get_content_type() == "multipart/alternative"
    assert message["Subject"] == draft.subject
    assert message["To"] == "Claire Durand <c.durand@brasserie-lipp.example>"
    assert message["From"] == "Léa Martin <lea.martin@example.org>"
    assert message["Message-ID"] == "<abc@example.org>"
    plain = message.get_body(("plain",))
    rich = message.get_body(("html",))
    assert plain is not None and rich is not None
    assert (
        plain.get_content() == draft.text.replace("\n", "\r\n") or plain.get_content() == draft.text
    )
    assert "Madame Durand" in rich.get_content()


def test_it_uses_crlf_line_endings() -> None:
    ctx = make_ctx()
    raw = to_eml(followup_email(ctx), ctx)
    assert b"\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")


def test_it_cannot_be_given_an_injected_header() -> None:
    ctx = make_ctx(
        candidate_name="Léa\r\nBcc: victim@example.org",
        contact_last_name="Durand\nX-Evil: 1",
        contact_email="c.durand@example.org\r\nBcc: a@example.org",
    )
    draft = followup_email(ctx)
    raw = to_eml(draft, ctx, message_id="<id@x>\r\nBcc: b@example.org")
    message = parse(raw)
    assert message["Bcc"] is None
    assert message["X-Evil"] is None
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in header_block
    assert b"\r\nX-Evil:" not in header_block


def test_it_strips_line_breaks_from_an_edited_subject() -> None:
    ctx = make_ctx()
    draft = followup_email(ctx)
    edited = type(draft)(**{**draft.__dict__, "subject": "Bonjour\r\nBcc: x@example.org"})
    message = parse(to_eml(edited, ctx))
    assert message["Bcc"] is None
    assert "\n" not in message["Subject"]


def test_it_leaves_out_an_invalid_recipient() -> None:
    ctx = make_ctx(contact_email="pas une adresse")
    assert parse(to_eml(followup_email(ctx), ctx))["To"] is None


def test_it_encodes_a_mailto_link_per_rfc_6068() -> None:
    ctx = make_ctx(contact_email="c.durand@example.org")
    draft = followup_email(ctx)
    link = mailto_link(draft, ctx)
    assert link.startswith("mailto:c.durand@example.org?subject=")
    assert " " not in link and "\n" not in link and "+" not in link
    assert "%0D%0A" in link
    subject, body = link.split("?", 1)[1].split("&")
    assert unquote(subject.removeprefix("subject=")) == draft.subject
    assert unquote(body.removeprefix("body=")) == draft.text.replace("\n", "\r\n")


def test_it_encodes_reserved_characters_in_a_mailto_link() -> None:
    ctx = make_ctx(position="R&D ? #1 = 100%")
    link = mailto_link(followup_email(ctx), ctx)
    query = link.split("?", 1)[1]
    assert query.count("&") == 1 and query.count("=") == 2
    assert "#" not in link
