"""A reply found in the real mailbox holds the follow-up until the candidate confirms or
dismisses it: no second e-mail to a recruiter who answered (Dovecot and aiosmtpd, for real)."""

from datetime import date, timedelta

import pytest

from relance.core.errors import RuleViolation
from relance.mailbox.models import IncomingMessage
from relance.mailbox.polling import handle_one_poll
from relance.mailbox.sending import handle_one_send
from relance.mailbox.services import approve_followup, confirm_incoming, dismiss_incoming
from relance.tracker.models import FollowUp
from tests.fixtures.clock import SENDING_TIME
from tests.fixtures.mail_servers import raw_message
from tests.fixtures.mailbox import make_followup

pytestmark = pytest.mark.django_db(transaction=True)
CATCHUP_ID = "<catchup@example.test>"
RECEIVED = "Tue, 10 Mar 2026 08:00:00 +0100"


@pytest.fixture
def held(mailbox, recruiter):
    """A catch-up sent; the follow-up e-mail approved for the mailbox, due now."""
    catchup = make_followup(
        mailbox.user, recruiter, state="sent", kind="catchup", message_id=CATCHUP_ID,
        done_at=SENDING_TIME - timedelta(days=5), due_at=SENDING_TIME - timedelta(days=5),
    )  # fmt: skip
    return make_followup(
        mailbox.user, recruiter, application=catchup.application,
        contact=catchup.contact, created_at=SENDING_TIME - timedelta(days=1),
    )  # fmt: skip


def answer(dovecot, recruiter, candidate, **headers):
    raw = raw_message(
        recruiter, candidate, "<answer@corp.test>", date=RECEIVED,
        body="Bonjour, nous reviendrons vers vous d'ici la fin de la semaine prochaine.",
        headers={"In-Reply-To": CATCHUP_ID, "References": CATCHUP_ID, **headers},
    )  # fmt: skip
    dovecot.lmtp_deliver("x@corp.test", candidate, raw)


def test_it_holds_the_approved_follow_up_when_polling_finds_a_reply(
    held, dovecot, recruiter, candidate_address
):
    answer(dovecot, recruiter, candidate_address)
    assert handle_one_poll(SENDING_TIME)
    held.refresh_from_db()
    assert (held.state, held.due_at) == ("drafted", None)
    assert "confirm or dismiss" in held.last_error
    # Nothing new is planned beside it, and nothing may be approved while the reply waits.
    rows = FollowUp.objects.filter(application=held.application, kind="followup_email")
    assert list(rows.values_list("state", flat=True)) == ["drafted"]
    with pytest.raises(RuleViolation) as caught:
        approve_followup(held, now=SENDING_TIME, send_by="mailbox")
    assert caught.value.rule_id == "default.reply_pending"
    assert not handle_one_send(SENDING_TIME)


def test_it_replans_after_the_new_date_once_the_reply_is_confirmed(
    held, dovecot, recruiter, candidate_address
):
    answer(dovecot, recruiter, candidate_address)
    handle_one_poll(SENDING_TIME)
    incoming = IncomingMessage.objects.get()
    assert incoming.proposed_date == date(2026, 3, 20)
    confirm_incoming(
        incoming,
        outcome=incoming.proposed_outcome,
        new_date=incoming.proposed_date,
        now=SENDING_TIME,
    )
    held.refresh_from_db()
    assert held.state == "cancelled"
    new = FollowUp.objects.get(application=held.application, kind="followup_email", state="planned")
    assert new.earliest_at.date() >= date(2026, 3, 24)  # 20 March + 2 working days


def test_it_lets_the_follow_up_go_once_a_colleagues_message_is_dismissed(
    held, dovecot, recruiter, candidate_address
):
    answer(dovecot, recruiter, candidate_address)
    handle_one_poll(SENDING_TIME)
    assert dismiss_incoming(IncomingMessage.objects.get())
    held.refresh_from_db()
    approve_followup(held, now=SENDING_TIME, send_by="mailbox")
    assert handle_one_send(SENDING_TIME)
    held.refresh_from_db()
    assert held.state == "sent"


def test_it_shows_a_threaded_reply_from_a_bulk_mailer_and_holds(
    held, dovecot, recruiter, candidate_address
):
    answer(
        dovecot, recruiter, candidate_address, Precedence="bulk",
        **{"List-Id": "<rh.corp.test>", "X-Auto-Response-Suppress": "All"},
    )  # fmt: skip
    handle_one_poll(SENDING_TIME)
    incoming = IncomingMessage.objects.get()
    assert (incoming.kind, incoming.status) == ("possible_reply", "pending")
    held.refresh_from_db()
    assert held.state == "drafted"


def test_it_checks_the_mailbox_once_more_before_sending(
    held, dovecot, recruiter, candidate_address
):
    # The reply arrived after the last poll: the check just before sending finds it.
    answer(dovecot, recruiter, candidate_address)
    assert handle_one_send(SENDING_TIME)
    held.refresh_from_db()
    assert held.state == "drafted"
    assert IncomingMessage.objects.filter(status="pending").count() == 1


def test_it_moves_the_follow_up_past_an_absence_found_just_before_sending(
    held, dovecot, recruiter, candidate_address
):
    # The absence notice arrived after the last poll: found while the row is claimed, it must
    # move the row past the return date, not let it go to an absent recruiter.
    raw = raw_message(
        recruiter, candidate_address, "<away@corp.test>", date=RECEIVED,
        subject="Réponse automatique : Suite à notre entretien",
        body="Je suis absente jusqu'au 16 mars inclus.",
        headers={"In-Reply-To": CATCHUP_ID, "References": CATCHUP_ID,
                 "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )  # fmt: skip
    dovecot.lmtp_deliver("x@corp.test", candidate_address, raw)
    assert handle_one_send(SENDING_TIME)
    held.refresh_from_db()
    assert held.state == "approved"
    assert held.due_at.date() >= date(2026, 3, 17)
    assert not handle_one_send(SENDING_TIME)
    assert IncomingMessage.objects.get().kind == "out_of_office"
