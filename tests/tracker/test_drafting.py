from __future__ import annotations

from django.core.exceptions import ValidationError

from relance.tracker.services import followups
from relance.tracker.services.applications import set_language
from relance.tracker.services.drafting import draft_context, write_draft
from relance.tracker.services.interviews import save_agreement, save_debrief
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class DraftingTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_application()
        self.make_contact(self.app)
        self.interview = self.make_interview(self.app)
        save_agreement(self.interview, NOW, agreement_obtained=False)
        self.catchup = self.app.followups.get(kind="catchup", state="planned")

    def test_it_writes_the_catchup_from_the_debrief(self) -> None:
        save_debrief(self.interview, NOW, strong_points="mon expérience en brasserie")
        draft = write_draft(self.catchup, self.profile, NOW)
        self.assertIn("Bonjour Madame Durand", draft.text)
        self.assertIn("hier", draft.text)  # sent the day after the interview
        self.assertIn("brasserie", draft.text)

    def test_it_builds_the_context_from_the_profile_the_application_and_the_notes(self) -> None:
        self.profile.gender = "f"
        self.app.agency_client = "Intermarché"
        self.app.save()
        save_debrief(self.interview, NOW, notes="début le lundi 2 novembre")
        ctx = draft_context(self.catchup, self.profile, NOW)
        self.assertEqual(ctx.candidate_gender, "f")
        self.assertEqual(ctx.agency_client, "Intermarché")
        self.assertEqual(ctx.notes, "début le lundi 2 novembre")

    def test_it_refuses_to_approve_while_a_placeholder_remains(self) -> None:
        draft = write_draft(self.catchup, self.profile, NOW)
        self.assertTrue(draft.placeholders)
        followups.save_draft(self.catchup, subject=draft.subject, body=draft.text, now=NOW)
        with self.assertRaises(ValidationError):
            followups.approve(self.catchup, now=NOW)

    def test_it_approves_a_complete_draft(self) -> None:
        save_debrief(
            self.interview,
            NOW,
            strong_points="mon expérience en brasserie",
            recruiter_needs="quelqu'un d'autonome",
            role_understood="un rang de 40 couverts",
            expectations="tenir le rush du midi",
            motivation="la réputation de la maison",
        )
        draft = write_draft(self.catchup, self.profile, NOW)
        self.assertEqual(draft.placeholders, ())
        followups.save_draft(self.catchup, subject=draft.subject, body=draft.text, now=NOW)
        followups.approve(self.catchup, now=NOW)
        self.catchup.refresh_from_db()
        self.assertEqual(self.catchup.state, "approved")

    def test_it_writes_in_english_for_a_job_in_english(self) -> None:
        app = self.make_application(user=self.bob)
        set_language(app, "en", now=NOW)
        self.make_contact(app)
        save_agreement(self.make_interview(app), NOW, agreement_obtained=False)
        draft = write_draft(app.followups.get(kind="catchup"), self.bob.profile, NOW)
        self.assertIn("yesterday", draft.text)
