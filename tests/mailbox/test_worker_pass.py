"""`relance worker`'s pass: settle, send, poll, in that order."""

import pytest
import time_machine

from relance.worker import run_pass
from tests.fixtures.clock import SENDING_TIME
from tests.fixtures.mailbox import make_followup

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_sends_a_due_follow_up_in_one_pass(mailbox, dovecot, recruiter):
    followup = make_followup(mailbox.user, recruiter)
    with time_machine.travel(SENDING_TIME, tick=False):
        assert run_pass()
    followup.refresh_from_db()
    assert followup.state == "sent"
    assert dovecot.count_message_id(recruiter, followup.message_id) == 1


def test_it_reports_no_work_when_idle(db):
    assert not run_pass()
