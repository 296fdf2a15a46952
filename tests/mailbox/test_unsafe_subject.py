"""A subject that would split a mail header fails the row with a visible cause, never `sending`."""

from __future__ import annotations

import pytest

from relance.mailbox.sending import handle_one_send
from relance.tracker.models import FollowUp
from tests.fixtures.clock import SENDING_TIME
from tests.fixtures.mailbox import make_followup

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b"])
def test_it_fails_the_row_for_a_line_separator_in_the_subject(
    mailbox, dovecot, recruiter, separator
):
    followup = make_followup(mailbox.user, recruiter)
    # Stored before validation on save existed (or by hand in the database).
    FollowUp.objects.filter(pk=followup.pk).update(subject=f"Merci{separator}Bcc: x@corp.test")
    assert handle_one_send(SENDING_TIME)
    followup.refresh_from_db()
    assert followup.state == "failed"
    assert "header" in followup.last_error
    assert not handle_one_send(SENDING_TIME)  # no new attempt on the next pass
    assert dovecot.count_message_id(recruiter, followup.message_id) == 0
