from datetime import date, timedelta

import pytest

from relance.mailbox.models import ImapFolderState, IncomingMessage
from relance.mailbox.polling import handle_one_poll
from relance.mailbox.services import confirm_incoming, dismiss_incoming
from relance.tracker.models import Reply
from relance.tracker.services import settling
from tests.fixtures.clock import SENDING_TIME
from tests.fixtures.mail_servers import raw_message
from tests.fixtures.mailbox import OURS
from tests.mail import samples

pytestmark = pytest.mark.django_db(transaction=True)
DATE = "Wed, 11 Mar 2026 10:00:00 +0100"


def deliver(dovecot, to, raw, folder=None):
    if folder:
        dovecot.append(to, folder, raw)
    else:
        dovecot.lmtp_deliver("x@corp.test", to, raw)


def reply(recruiter, candidate, body="Bonjour, nous reviendrons vers vous début avril.", **headers):
    return raw_message(
        recruiter,
        candidate,
        "<rep@corp.test>",
        body=body,
        date=DATE,
        headers=headers or {"In-Reply-To": OURS, "References": OURS},
    )


def bounce_for(address):
    """A delivery failure of our follow-up, naming `address` as the recipient refused."""
    bounce = samples.dsn_bounce().replace(samples.OURS.encode(), OURS.encode())
    return bounce.replace(samples.RECRUITER.encode(), address.encode())


def poll(now=SENDING_TIME):
    assert handle_one_poll(now)


def test_it_finds_a_proper_reply_and_proposes_an_outcome(
    followup, dovecot, recruiter, candidate_address
):
    deliver(dovecot, candidate_address, reply(recruiter, candidate_address))
    poll()
    incoming = IncomingMessage.objects.get()
    assert (incoming.kind, incoming.status, incoming.followup) == ("reply", "pending", followup)
    assert (incoming.proposed_outcome, incoming.proposed_date) == ("postponed", date(2026, 4, 7))
    assert "début avril" in incoming.evidence


@pytest.mark.parametrize("headers", [{"In-Reply-To": OURS}, {"References": OURS}])
def test_it_finds_a_reply_with_one_threading_header(
    followup, dovecot, recruiter, candidate_address, headers
):
    deliver(dovecot, candidate_address, reply(recruiter, candidate_address, **headers))
    poll()
    assert IncomingMessage.objects.get().kind == "reply"


def test_it_finds_a_reply_in_junk(followup, dovecot, recruiter, candidate_address):
    deliver(dovecot, candidate_address, reply(recruiter, candidate_address), "Junk")
    poll()
    assert IncomingMessage.objects.get().folder == "Junk"


def test_it_marks_a_colleague_as_a_possible_reply(followup, dovecot, candidate_address):
    colleague = dovecot.new_user("rh", "corp.test")
    deliver(
        dovecot,
        candidate_address,
        raw_message(colleague, candidate_address, "<col@corp.test>", date=DATE),
    )
    poll()
    assert IncomingMessage.objects.get().kind == "possible_reply"


def test_it_ignores_an_ats_acknowledgement(followup, dovecot, candidate_address):
    message = samples.ats_acknowledgement().replace(samples.OURS.encode(), OURS.encode())
    deliver(dovecot, candidate_address, message)
    poll()
    assert not IncomingMessage.objects.exists()


def test_it_reads_an_out_of_office_as_a_return_date_not_an_answer(
    followup, dovecot, candidate_address
):
    message = samples.out_of_office().replace(samples.OURS.encode(), OURS.encode())
    deliver(dovecot, candidate_address, message)
    poll()
    incoming = IncomingMessage.objects.get()
    assert (incoming.kind, incoming.status) == ("out_of_office", "confirmed")
    assert incoming.proposed_date is not None and incoming.proposed_date.day == 10
    assert not Reply.objects.exists()


def test_it_marks_a_bounce_failed_and_the_address_doubtful(
    followup, dovecot, recruiter, candidate_address
):
    deliver(dovecot, candidate_address, bounce_for(recruiter))
    poll()
    followup.refresh_from_db()
    followup.contact.refresh_from_db()
    assert followup.state == "failed"
    assert followup.contact.email_doubtful
    assert IncomingMessage.objects.get().kind == "bounce"


def test_it_lets_a_bounced_follow_up_be_approved_again_since_it_never_arrived(
    followup, dovecot, recruiter, candidate_address
):
    deliver(dovecot, candidate_address, bounce_for(recruiter))
    poll()
    followup.refresh_from_db()
    settling.retry(followup, now=SENDING_TIME, send_by="self")
    followup.refresh_from_db()
    assert (followup.state, followup.last_error) == ("approved", "")


def test_it_still_sees_an_answer_to_a_follow_up_marked_bounced(
    followup, dovecot, recruiter, candidate_address
):
    deliver(dovecot, candidate_address, bounce_for(recruiter))
    poll()
    answer = reply(recruiter, candidate_address, Precedence="bulk", **{"In-Reply-To": OURS})
    deliver(dovecot, candidate_address, answer)
    poll(SENDING_TIME + timedelta(minutes=5))
    answered = IncomingMessage.objects.exclude(kind="bounce").get()
    assert answered.kind in ("reply", "possible_reply")  # a bulk mailer's answer: possible
    assert (answered.status, answered.followup) == ("pending", followup)


def test_it_ignores_a_bounce_of_the_candidates_own_copy(
    followup, dovecot, recruiter, candidate_address
):
    deliver(dovecot, candidate_address, bounce_for(candidate_address))
    poll()
    followup.refresh_from_db()
    followup.contact.refresh_from_db()
    assert followup.state == "sent"
    assert not followup.contact.email_doubtful


def test_it_finds_a_reply_that_arrived_while_disconnected(
    followup, dovecot, recruiter, candidate_address
):
    poll()
    assert ImapFolderState.objects.filter(folder="INBOX").exists()
    deliver(dovecot, candidate_address, reply(recruiter, candidate_address))
    assert not handle_one_poll(SENDING_TIME + timedelta(minutes=1))  # not due yet
    poll(SENDING_TIME + timedelta(minutes=6))
    assert IncomingMessage.objects.count() == 1
    poll(SENDING_TIME + timedelta(minutes=12))
    assert IncomingMessage.objects.count() == 1


def test_it_survives_a_malformed_message(followup, dovecot, recruiter, candidate_address):
    deliver(
        dovecot,
        candidate_address,
        samples.malformed().replace(samples.OURS.encode(), OURS.encode()),
    )
    deliver(dovecot, candidate_address, reply(recruiter, candidate_address))
    poll()
    assert IncomingMessage.objects.filter(message_id="<rep@corp.test>").exists()


def test_it_confirms_a_reply_in_one_click(followup, dovecot, recruiter, candidate_address):
    deliver(dovecot, candidate_address, reply(recruiter, candidate_address))
    poll()
    incoming = IncomingMessage.objects.get()
    confirm_incoming(
        incoming,
        outcome=incoming.proposed_outcome,
        new_date=incoming.proposed_date,
        now=SENDING_TIME + timedelta(days=2),
    )
    saved = Reply.objects.get()
    assert (saved.outcome, saved.new_date, saved.message_id) == (
        "postponed",
        date(2026, 4, 7),
        "<rep@corp.test>",
    )
    assert not dismiss_incoming(incoming)


def test_it_wakes_up_when_mail_arrives(mailbox, dovecot, candidate_address):
    import threading

    from relance.mailbox.polling import wait_for_mail

    message = raw_message("a@corp.test", candidate_address, "<wake@corp.test>")
    threading.Timer(0.3, dovecot.lmtp_deliver, ("a@corp.test", candidate_address, message)).start()
    assert wait_for_mail(mailbox, timeout=10)
