"""`relance followup approve|show|not-sent|retry|dismiss-finding|call --at`."""

from __future__ import annotations

from datetime import timedelta

import time_machine

from relance.tracker.models import FollowUp, TimelineEvent
from relance.tracker.services.followups import save_draft
from tests.base import CALM
from tests.cli.base import CliTestCase
from tests.fixtures.clock import NOW


class FollowUpSettleCliTestCase(CliTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.followup = self.promised_followup()

    def state(self) -> str:
        self.followup.refresh_from_db()
        return self.followup.state

    def test_it_approves_for_the_candidate_to_send_without_a_mailbox(self) -> None:
        result = self.run_cli("followup", "approve", str(self.followup.pk))
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertIn(f"relance followup sent {self.followup.pk}", result.output)
        self.assertEqual(self.followup.__class__.objects.get(pk=self.followup.pk).send_by, "self")

    def test_it_refuses_mailbox_sending_without_a_working_mailbox(self) -> None:
        result = self.run_cli("followup", "approve", str(self.followup.pk), "--by", "mailbox")
        self.assertNotEqual(result.exit_code, 0)
        self.assertIn("No working mailbox", result.output)
        self.assertEqual(self.state(), "drafted")

    def test_it_shows_why_a_followup_failed_and_what_to_do(self) -> None:
        FollowUp.objects.filter(pk=self.followup.pk).update(
            state="failed", last_error="The message bounced: claire.durand@example.com."
        )
        result = self.run_cli("followup", "show", str(self.followup.pk))
        self.assertIn("The message bounced", result.output)
        self.assertIn(f"relance followup not-sent {self.followup.pk}", result.output)
        listed = self.run_cli("followup", "list")
        self.assertIn("Why: The message bounced", listed.output)

    def test_it_brings_a_failed_followup_back_then_marks_it_sent(self) -> None:
        FollowUp.objects.filter(pk=self.followup.pk).update(state="failed", last_error="x")
        self.assertEqual(self.run_cli("followup", "not-sent", str(self.followup.pk)).exit_code, 0)
        self.assertEqual(self.state(), "drafted")
        FollowUp.objects.filter(pk=self.followup.pk).update(state="failed")
        with time_machine.travel(self.followup.earliest_at + timedelta(minutes=5), tick=False):
            result = self.run_cli("followup", "sent", str(self.followup.pk))
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertEqual(self.state(), "done")

    def test_it_retries_a_failed_followup_sent_by_the_candidate(self) -> None:
        FollowUp.objects.filter(pk=self.followup.pk).update(state="failed", last_error="x")
        result = self.run_cli("followup", "retry", str(self.followup.pk), "--by", "self")
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertEqual(self.state(), "approved")

    def test_it_blocks_an_impatient_text_until_its_finding_is_dismissed(self) -> None:
        save_draft(
            self.followup, subject="Candidature", body=CALM + "\nRéponse au plus vite !", now=NOW
        )
        refused = self.run_cli("followup", "approve", str(self.followup.pk))
        self.assertNotEqual(refused.exit_code, 0)
        self.assertIn("fr.impatience.urgence", refused.output)
        dismissed = self.run_cli(
            "followup", "dismiss-finding", str(self.followup.pk), "fr.impatience.urgence"
        )
        self.assertEqual(dismissed.exit_code, 0, dismissed.output)
        self.assertTrue(TimelineEvent.objects.filter(kind="tone.dismissed").exists())
        self.assertEqual(self.run_cli("followup", "approve", str(self.followup.pk)).exit_code, 0)
