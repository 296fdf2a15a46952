from __future__ import annotations

from django.core.exceptions import ValidationError

from relance.tracker.exchange import export_user
from relance.tracker.models import TimelineEvent
from relance.tracker.services import followups as services
from relance.tracker.services.tone_gate import dismiss_finding
from tests.base import CALM, BaseTestCase
from tests.fixtures.clock import NOW

IMPATIENT = "Bonjour Madame Durand,\n\nJ'attends votre réponse au plus vite !\n\nAlice Martin"


class ToneGateTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.followup = self.promised_followup(body=None)

    def write(self, body: str) -> None:
        services.save_draft(self.followup, subject="Candidature", body=body, now=NOW)

    def test_it_blocks_approval_of_an_impatient_sentence(self) -> None:
        self.write(IMPATIENT)
        with self.assertRaises(ValidationError) as caught:
            services.approve(self.followup, now=NOW)
        self.assertEqual(caught.exception.code, "tone")
        self.assertIn("fr.impatience.urgence", caught.exception.messages[0])
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "drafted")

    def test_it_blocks_an_impatient_subject_too(self) -> None:
        services.save_draft(self.followup, subject="Réponse au plus vite", body=CALM, now=NOW)
        with self.assertRaises(ValidationError):
            services.approve(self.followup, now=NOW)

    def test_it_approves_once_the_finding_is_dismissed(self) -> None:
        self.write(IMPATIENT)
        self.assertEqual(dismiss_finding(self.followup, "fr.impatience.urgence", now=NOW), 1)
        services.approve(self.followup, now=NOW)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "approved")

    def test_it_records_the_dismissal_on_the_timeline_and_in_the_export(self) -> None:
        self.write(IMPATIENT)
        dismiss_finding(self.followup, "fr.impatience.urgence", now=NOW)
        event = TimelineEvent.objects.get(kind="tone.dismissed")
        self.assertEqual(event.data["excerpt"], "réponse au plus vite")
        exported = export_user(self.alice)["applications"][0]
        self.assertIn("tone.dismissed", [e["kind"] for e in exported["timeline"]])

    def test_it_blocks_again_when_a_new_impatient_phrase_is_written(self) -> None:
        self.write(IMPATIENT)
        dismiss_finding(self.followup, "fr.impatience.urgence", now=NOW)
        self.write(IMPATIENT + "\nMerci de me répondre rapidement.")
        self.followup.refresh_from_db()
        with self.assertRaises(ValidationError):
            services.approve(self.followup, now=NOW)

    def test_it_refuses_to_dismiss_a_rule_the_text_does_not_break(self) -> None:
        self.write(CALM)
        with self.assertRaises(ValidationError):
            dismiss_finding(self.followup, "fr.impatience.urgence", now=NOW)

    def test_it_lets_style_findings_through(self) -> None:
        self.write(CALM)  # no date named: a concreteness note, not a golden rule
        services.approve(self.followup, now=NOW)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "approved")
