"""One bad message in the mailbox (absurd date, broken encoding) never hides the good reply."""

from __future__ import annotations

import pytest

from relance.mailbox.models import IncomingMessage
from relance.mailbox.polling import handle_one_poll
from tests.fixtures.clock import SENDING_TIME
from tests.fixtures.mail_servers import raw_message
from tests.fixtures.mailbox import OURS

pytestmark = pytest.mark.django_db(transaction=True)
THREAD = {"In-Reply-To": OURS, "References": OURS}


def poisoned(recruiter: str, candidate: str, date: str, uid: str) -> bytes:
    return raw_message(recruiter, candidate, f"<{uid}@corp.test>", headers=THREAD, date=date)


def good_reply(recruiter: str, candidate: str) -> bytes:
    return raw_message(
        recruiter,
        candidate,
        "<good@corp.test>",
        body="Bonjour, nous reviendrons vers vous début avril.",
        headers=THREAD,
        date="Wed, 11 Mar 2026 10:00:00 +0100",
    )


@pytest.mark.parametrize(
    "date", ["Fri, 31 Dec 9999 23:59:59 -2359", "Mon, 1 Jan 0001 00:00:00 +2359", "Tue, 99 Foo"]
)
def test_it_still_finds_the_good_reply_after_an_absurd_date(
    followup, dovecot, recruiter, candidate_address, date
):
    dovecot.lmtp_deliver(
        "x@corp.test", candidate_address, poisoned(recruiter, candidate_address, date, "p")
    )
    dovecot.lmtp_deliver("x@corp.test", candidate_address, good_reply(recruiter, candidate_address))
    assert handle_one_poll(SENDING_TIME)
    good = IncomingMessage.objects.get(message_id="<good@corp.test>")
    assert good.kind == "reply"
    # The poisoned one is dated by the server's arrival time, never year 9999 or 1.
    for incoming in IncomingMessage.objects.all():
        assert 2000 <= incoming.received_at.year <= 2100


def test_it_still_finds_the_good_reply_after_a_broken_encoding(
    followup, dovecot, recruiter, candidate_address
):
    broken = poisoned(recruiter, candidate_address, "Wed, 11 Mar 2026 09:00 +0100", "b")
    broken = (
        broken.replace(b'charset="utf-8"', b'charset="x-no-such-charset"').replace(
            b"Content-Transfer-Encoding: 7bit", b"Content-Transfer-Encoding: base64"
        )
        + b"\xff\xfe!!not base64!!\x00"
    )
    dovecot.lmtp_deliver("x@corp.test", candidate_address, broken)
    dovecot.lmtp_deliver("x@corp.test", candidate_address, good_reply(recruiter, candidate_address))
    assert handle_one_poll(SENDING_TIME)
    assert IncomingMessage.objects.get(message_id="<good@corp.test>").kind == "reply"


def test_it_skips_a_message_that_fails_to_record_and_reads_the_next(
    followup, dovecot, recruiter, candidate_address, monkeypatch
):
    from relance.mailbox import polling

    real, calls = polling.understand, []

    def fails_first(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("unexpected")
        return real(*args, **kwargs)

    monkeypatch.setattr(polling, "understand", fails_first)
    bad = poisoned(recruiter, candidate_address, "Wed, 11 Mar 2026 09:00 +0100", "x")
    dovecot.lmtp_deliver("x@corp.test", candidate_address, bad)
    dovecot.lmtp_deliver("x@corp.test", candidate_address, good_reply(recruiter, candidate_address))
    assert handle_one_poll(SENDING_TIME)
    assert IncomingMessage.objects.get().message_id == "<good@corp.test>"
    assert followup.application.events.filter(kind="mail.unreadable").exists()
