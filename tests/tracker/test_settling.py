"""A failed or doubtful follow-up always has a way out, and placeholders never pass as sent."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError

from relance.tracker import lifecycle as lc
from relance.tracker.models import FollowUp
from relance.tracker.services import followups as services
from relance.tracker.services.settling import back_to_draft, retry
from relance.tracker.services.transitions import transition
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW

BODY = "Bonjour Madame Durand,\n\nJe reste très motivée par le poste.\n\nAlice Martin"


class SettlingTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.followup = self.promised_followup(BODY)
        self.app = self.followup.application
        self.when = self.followup.earliest_at

    def fail_it(self, state: str = "failed") -> None:
        services.approve(self.followup, now=NOW, send_by="mailbox")
        if state == "failed":
            path = [lc.NO_SENDER]
        else:  # in doubt: claimed, handed to the server, and no copy found afterwards
            path = [lc.SEND_CLAIM, lc.COMMIT, lc.SETTLE_UNKNOWN]
        for edge in path:
            self.assertTrue(transition(self.followup, edge, now=self.when, last_error="No mailbox"))

    def test_it_marks_a_failed_followup_sent_by_hand(self) -> None:
        self.fail_it()
        services.mark_sent(self.followup, at=self.when, now=self.when)
        self.followup.refresh_from_db()
        self.assertEqual((self.followup.state, self.followup.last_error), ("done", ""))

    def test_it_brings_a_failed_followup_back_to_draft_with_its_text(self) -> None:
        self.fail_it()
        back_to_draft(self.followup, now=self.when)
        self.followup.refresh_from_db()
        self.assertEqual((self.followup.state, self.followup.body), ("drafted", BODY))
        self.assertEqual(self.app.followups.filter(kind="followup_email").count(), 1)

    def test_it_brings_a_doubtful_followup_back_to_draft(self) -> None:
        self.fail_it("unknown")
        back_to_draft(self.followup, now=self.when)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "drafted")

    def test_it_retries_a_failed_followup_through_the_same_checks(self) -> None:
        self.fail_it()
        retry(self.followup, now=self.when, send_by="self")
        self.followup.refresh_from_db()
        self.assertEqual((self.followup.state, self.followup.send_by), ("approved", "self"))

    def test_it_leaves_a_failed_followup_as_it_was_when_the_retry_is_refused(self) -> None:
        self.fail_it()
        FollowUp.objects.filter(pk=self.followup.pk).update(body="[À COMPLÉTER : la date]")
        with self.assertRaises(ValidationError):
            retry(self.followup, now=self.when)
        self.followup.refresh_from_db()
        self.assertEqual((self.followup.state, self.followup.last_error), ("failed", "No mailbox"))

    def test_it_plans_no_second_followup_beside_a_failed_one(self) -> None:
        self.fail_it()
        from relance.tracker.services.planning import refresh_plan

        refresh_plan(self.app, self.when + timedelta(minutes=1))
        self.assertEqual(self.app.followups.filter(kind="followup_email").count(), 1)

    def test_it_refuses_to_mark_sent_a_text_with_placeholders(self) -> None:
        services.save_draft(
            self.followup, subject="x", body="Bonjour,\n[À COMPLÉTER : vos points forts]", now=NOW
        )
        with self.assertRaises(ValidationError) as caught:
            services.mark_sent(self.followup, at=self.when, now=self.when)
        self.assertEqual(caught.exception.code, "placeholder")
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "drafted")

    def test_it_refuses_to_settle_a_followup_that_did_not_fail(self) -> None:
        with self.assertRaises(ValidationError):
            back_to_draft(self.followup, now=NOW)
