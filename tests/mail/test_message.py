from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default

import pytest

from relance.mail.message import OutgoingMail, UnsafeHeader, build_message, new_message_id

MAIL = OutgoingMail(
    from_address="camille@example.test",
    from_name="Camille Lefèvre",
    to_address="drh@corp.test",
    to_name="Mme Dupré",
    subject="Suite à notre entretien du 13 octobre – chef de rang",
    text="Madame,\n\nJe me permets de revenir vers vous.\n\nBien cordialement,\nCamille <C>",
    reply_to="camille.perso@example.test",
)


def parsed(mail=MAIL, **kwargs):
    return message_from_bytes(build_message(mail, **kwargs).as_bytes(), policy=default)


def test_it_sends_text_and_html_alternatives():
    message = parsed()
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Je me permets" in text
    assert "Camille &lt;C&gt;" in html


def test_it_encodes_non_ascii_headers():
    raw = build_message(MAIL).as_bytes()
    assert raw.isascii()
    assert parsed()["Subject"] == MAIL.subject
    assert parsed()["From"].addresses[0].display_name == "Camille Lefèvre"


def test_it_uses_the_given_message_id_and_date():
    when = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
    message = parsed(message_id="<abc@example.test>", date=when)
    assert message["Message-ID"] == "<abc@example.test>"
    assert message["Date"].datetime == when


def test_it_makes_message_ids_in_the_senders_domain():
    first, second = new_message_id("a@example.test"), new_message_id("a@example.test")
    assert first.endswith("@example.test>")
    assert first != second


def test_it_sets_reply_to():
    assert parsed()["Reply-To"] == "camille.perso@example.test"


def test_it_threads_under_the_recruiters_message():
    mail = OutgoingMail(
        **{**MAIL.__dict__, "in_reply_to": "<r1@corp.test>", "references": ("<r0@corp.test>",)}
    )
    message = parsed(mail)
    assert message["In-Reply-To"] == "<r1@corp.test>"
    assert message["References"] == "<r0@corp.test> <r1@corp.test>"


def test_it_has_no_threading_headers_for_a_new_thread():
    assert parsed()["In-Reply-To"] is None
    assert parsed()["References"] is None


@pytest.mark.parametrize(
    "field,value",
    [
        ("subject", "Hello\r\nBcc: victim@evil.test"),
        ("subject", "Hello\nBcc: victim@evil.test"),
        ("to_name", "Bob\rBcc: x@evil.test"),
        ("to_address", "drh@corp.test\nBcc: x@evil.test"),
        ("to_address", "drh@corp.test, x@evil.test"),
        ("reply_to", "not an address"),
        ("in_reply_to", "<a@b>\r\nBcc: x@evil.test"),
        ("in_reply_to", "no-brackets@corp.test"),
    ],
)
def test_it_refuses_header_injection(field, value):
    with pytest.raises(UnsafeHeader):
        build_message(OutgoingMail(**{**MAIL.__dict__, field: value}))


def test_it_keeps_lines_short_for_smtp():
    mail = OutgoingMail(**{**MAIL.__dict__, "text": "é" * 5000})
    raw = build_message(mail).as_bytes()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
