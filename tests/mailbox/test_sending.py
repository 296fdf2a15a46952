from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from relance.core.errors import RuleViolation
from relance.mailbox.models import IncomingMessage
from relance.mailbox.sending import _owner_cause, handle_one_send, settle_in_flight
from relance.tracker.models import Application, FollowUp, Profile, Reply
from tests.fixtures.clock import SENDING_TIME
from tests.fixtures.mail_servers import raw_message
from tests.fixtures.mailbox import interviewed_applications, make_followup, make_mailbox

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[2]


def state(followup):
    followup.refresh_from_db()
    return followup.state


def test_it_sends_a_due_follow_up_once(mailbox, dovecot, recruiter, candidate_address):
    followup = make_followup(mailbox.user, recruiter)
    assert handle_one_send(SENDING_TIME)
    assert state(followup) == "sent"
    assert not handle_one_send(SENDING_TIME)
    assert dovecot.count_message_id(recruiter, followup.message_id) == 1
    assert dovecot.count_message_id(candidate_address, followup.message_id) == 1
    assert dovecot.count_message_id(candidate_address, followup.message_id, "Sent") == 1
    assert list(followup.send_attempts.values_list("result", flat=True)) == ["sent"]


def test_it_does_not_append_when_the_provider_saves_sent(
    mailbox, dovecot, recruiter, candidate_address
):
    mailbox.provider_saves_sent = True
    mailbox.save()
    followup = make_followup(mailbox.user, recruiter)
    handle_one_send(SENDING_TIME)
    assert dovecot.count_message_id(candidate_address, followup.message_id, "Sent") == 0


def test_it_waits_for_the_due_time(mailbox, recruiter):
    followup = make_followup(mailbox.user, recruiter, due_at=SENDING_TIME + timedelta(minutes=5))
    assert not handle_one_send(SENDING_TIME)
    assert state(followup) == "approved"


def test_it_lapses_a_follow_up_past_its_window(mailbox, recruiter):
    followup = make_followup(mailbox.user, recruiter, latest_at=SENDING_TIME - timedelta(minutes=1))
    handle_one_send(SENDING_TIME)
    assert state(followup) == "lapsed"


def test_it_ignores_follow_ups_not_approved(mailbox, recruiter):
    make_followup(mailbox.user, recruiter, state="drafted")
    assert not handle_one_send(SENDING_TIME)


def test_it_retries_a_transient_failure_inside_the_window(
    mailbox, smtp_starttls, dovecot, recruiter
):
    followup = make_followup(mailbox.user, recruiter)
    smtp_starttls.knobs.refuse = (451, "4.3.0 Try again later")
    handle_one_send(SENDING_TIME)
    followup.refresh_from_db()
    assert (followup.state, followup.retry_count) == ("approved", 1)
    assert followup.due_at > SENDING_TIME
    assert "451" in followup.last_error
    smtp_starttls.knobs.refuse = None
    assert not handle_one_send(SENDING_TIME)  # backing off
    assert handle_one_send(SENDING_TIME + timedelta(minutes=2))
    assert state(followup) == "sent"
    assert dovecot.count_message_id(recruiter, followup.message_id) == 1


def test_it_stops_on_a_permanent_failure(mailbox, smtp_starttls, recruiter):
    followup = make_followup(mailbox.user, recruiter)
    smtp_starttls.knobs.refuse = (554, "5.7.1 Rejected as spam")
    handle_one_send(SENDING_TIME)
    followup.refresh_from_db()
    assert followup.state == "failed"
    assert "554" in followup.last_error


def test_it_stops_on_a_wrong_password(mailbox, recruiter):
    mailbox.set_smtp_password("wrong")
    mailbox.save()
    followup = make_followup(mailbox.user, recruiter)
    handle_one_send(SENDING_TIME)
    followup.refresh_from_db()
    assert followup.state == "failed"
    assert "refused the user name or password" in followup.last_error


def test_it_retries_when_the_server_is_down(mailbox, smtp_starttls, recruiter):
    followup = make_followup(mailbox.user, recruiter)
    smtp_starttls.stop()
    handle_one_send(SENDING_TIME)
    assert state(followup) == "approved"
    smtp_starttls.start()
    assert handle_one_send(SENDING_TIME + timedelta(minutes=2))
    assert state(followup) == "sent"


def test_it_holds_the_follow_up_when_the_recruiter_replied_first(
    mailbox, dovecot, recruiter, candidate_address
):
    earlier = make_followup(
        mailbox.user,
        recruiter,
        kind="catchup",
        state="sent",
        message_id="<earlier@example.test>",
        done_at=SENDING_TIME - timedelta(days=6),
    )
    followup = make_followup(
        mailbox.user,
        recruiter,
        application=earlier.application,
        contact=earlier.contact,
        created_at=SENDING_TIME - timedelta(days=3),
    )
    dovecot.lmtp_deliver(
        recruiter,
        candidate_address,
        raw_message(
            recruiter,
            candidate_address,
            "<r1@corp.test>",
            body="Bonjour, nous reviendrons vers vous le 20 mars.",
            headers={"In-Reply-To": "<earlier@example.test>"},
            date="Mon, 09 Mar 2026 10:00:00 +0100",
        ),
    )
    assert handle_one_send(SENDING_TIME)
    # Held, not sent: the candidate confirms the reading (postponed to the 20th) first.
    assert state(followup) == "drafted"
    assert dovecot.count_message_id(recruiter, followup.message_id or "<none>") == 0
    incoming = IncomingMessage.objects.get()
    assert (incoming.kind, incoming.proposed_outcome) == ("reply", "postponed")


def test_it_holds_back_on_a_possible_reply(mailbox, dovecot, candidate_address):
    colleague = dovecot.new_user("assistante", "corp.test")
    recruiter = dovecot.new_user("drh", "corp.test")
    followup = make_followup(mailbox.user, recruiter)
    dovecot.lmtp_deliver(
        colleague,
        candidate_address,
        raw_message(
            colleague,
            candidate_address,
            "<c1@corp.test>",
            body="Mme Durand est absente.",
            date="Mon, 09 Mar 2026 10:00:00 +0100",
        ),
    )
    handle_one_send(SENDING_TIME)
    followup.refresh_from_db()
    assert followup.state == "drafted"
    assert "may be the recruiter's reply" in followup.last_error


def test_it_settles_a_stale_sending_row_as_resendable(mailbox, recruiter):
    followup = make_followup(mailbox.user, recruiter, state="sending")
    FollowUp.objects.filter(pk=followup.pk).update(updated_at=SENDING_TIME - timedelta(minutes=10))
    assert settle_in_flight(SENDING_TIME) == 1
    assert state(followup) == "approved"


def test_it_leaves_a_fresh_committing_row_alone(mailbox, recruiter):
    followup = make_followup(
        mailbox.user, recruiter, state="committing", message_id="<fresh@example.test>"
    )
    FollowUp.objects.filter(pk=followup.pk).update(updated_at=SENDING_TIME - timedelta(seconds=30))
    assert settle_in_flight(SENDING_TIME) == 0
    assert state(followup) == "committing"


def test_it_settles_committing_without_copy_as_unknown_after_grace(mailbox, recruiter):
    followup = make_followup(
        mailbox.user, recruiter, state="committing", message_id="<lost@example.test>"
    )
    FollowUp.objects.filter(pk=followup.pk).update(updated_at=SENDING_TIME - timedelta(minutes=10))
    assert settle_in_flight(SENDING_TIME) == 0  # still inside the grace period
    assert settle_in_flight(SENDING_TIME + timedelta(hours=1)) == 1
    followup.refresh_from_db()
    assert followup.state == "unknown"
    assert "Check your Sent folder" in followup.last_error


def test_it_still_counts_as_sent_without_a_sent_folder(user, dovecot, smtp_starttls, recruiter):
    address = dovecot.new_user("nosent", folders=("Junk",))
    make_mailbox(user, dovecot, smtp_starttls, address)
    followup = make_followup(user, recruiter)
    handle_one_send(SENDING_TIME)
    assert state(followup) == "sent"
    assert dovecot.count_message_id(recruiter, followup.message_id) == 1


def test_it_cancels_instead_of_sending_what_the_rules_now_refuse(mailbox, dovecot, recruiter):
    followup = make_followup(mailbox.user, recruiter)
    # Since approval, a follow-up went out by another path (sent by hand and recorded).
    make_followup(
        mailbox.user,
        recruiter,
        application=followup.application,
        contact=followup.contact,
        state="done",
        done_at=SENDING_TIME - timedelta(hours=1),
    )
    assert not handle_one_send(SENDING_TIME)  # nothing left to send
    followup.refresh_from_db()
    assert followup.state == "cancelled"
    assert followup.message_id == ""  # never handed to the SMTP server
    event = followup.application.events.get(kind="followup.cancelled")
    assert event.data["rule"] == "golden.once"
    assert not followup.send_attempts.exists()
    # Why, as the candidate reads it (API and command line `cause`): in their language.
    assert followup.last_error.startswith("Une relance est déjà partie")  # French, as Camille
    assert event.data["cause"].startswith("A follow-up")  # English, for the logs


def test_it_gives_the_cause_of_a_cancellation_in_the_candidates_language(mailbox, recruiter):
    followup = make_followup(mailbox.user, recruiter)
    violation = RuleViolation(
        "golden.sendable_day",
        "%(date)s is a weekend day or a public holiday.",
        {"date": "2026-03-14"},
    )
    assert _owner_cause(followup, violation).startswith("Le samedi 14 mars tombe")
    Profile.objects.filter(user=mailbox.user).update(language="en")
    assert "2026-03-14" not in _owner_cause(followup, violation)
    assert "Saturday 14 March" in _owner_cause(followup, violation)


def test_it_sends_an_approved_feedback_request_after_a_refusal(mailbox, dovecot, recruiter):
    (app,), (contact,) = interviewed_applications(mailbox.user, recruiter, 1)
    # Recorded "just now" on Monday afternoon: the reply and the row share that moment.
    refused_at = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)
    Reply.objects.create(application=app, at=refused_at, channel="email", outcome="rejection")
    Application.objects.filter(pk=app.pk).update(status="rejected")
    followup = make_followup(
        mailbox.user,
        recruiter,
        application=app,
        contact=contact,
        kind="feedback_request",
        created_at=refused_at,
    )
    assert handle_one_send(SENDING_TIME)
    assert state(followup) == "sent"
    assert dovecot.count_message_id(recruiter, followup.message_id) == 1


def test_it_waits_for_the_next_slot_when_run_outside_the_hours(mailbox, dovecot, recruiter):
    followup = make_followup(mailbox.user, recruiter)
    noon_in_paris = SENDING_TIME.replace(hour=11)
    assert not handle_one_send(noon_in_paris)
    followup.refresh_from_db()
    assert followup.state == "approved"
    # The next e-mail window: Wednesday 11 March, 09:30 in Paris.
    assert followup.due_at == datetime(2026, 3, 11, 8, 30, tzinfo=UTC)
    assert followup.application.events.filter(kind="followup.postponed").exists()


def test_it_keeps_a_stalled_worker_from_moving_a_row_another_worker_holds(mailbox, recruiter):
    from relance.mail.errors import MailError
    from relance.mail.smtp import SendResult, SendStatus
    from relance.mailbox.sending import _claim, _failed
    from relance.tracker.models import SendAttempt

    make_followup(mailbox.user, recruiter)
    stalled = _claim(SENDING_TIME)  # worker A, then silent past the in-flight timeout
    assert stalled is not None
    later = SENDING_TIME + timedelta(minutes=10)
    assert settle_in_flight(later) == 1
    holder = _claim(later)  # worker B
    assert holder is not None and holder.claim != stalled.claim
    attempt = SendAttempt.objects.create(followup=stalled, started_at=SENDING_TIME)
    error = MailError("connect", {"host": "smtp"}, False)
    _failed(stalled, attempt, SendResult(SendStatus.FAILED, error), "timeout", later)
    holder.refresh_from_db()
    assert (holder.state, holder.claim) == ("sending", holder.claim)
    assert holder.due_at == stalled.due_at  # A's retry did not reschedule B's row
