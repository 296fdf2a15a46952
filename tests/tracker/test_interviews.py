"""Interviews can be corrected and deleted; one still to come opens nothing yet."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError

from relance.tracker.models import FollowUp, Interview
from relance.tracker.services import followups as services
from relance.tracker.services.interviews import (
    add_interview,
    delete_interview,
    save_agreement,
    save_debrief,
    update_interview,
)
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class InterviewServicesTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_application()
        self.make_contact(self.app)

    def upcoming(self) -> Interview:
        return add_interview(self.app, at=NOW + timedelta(days=2), now=NOW)

    def test_it_plans_no_catchup_for_an_interview_to_come(self) -> None:
        self.upcoming()
        self.assertFalse(FollowUp.objects.filter(application=self.app).exists())
        self.app.refresh_from_db()
        self.assertEqual(self.app.next_kind, "prepare_interview")

    def test_it_refuses_the_debrief_and_agreement_before_the_interview(self) -> None:
        interview = self.upcoming()
        with self.assertRaises(ValidationError) as caught:
            save_debrief(interview, NOW, strong_points="mon expérience")
        self.assertEqual(caught.exception.code, "upcoming")
        with self.assertRaises(ValidationError):
            save_agreement(interview, NOW, agreement_obtained=False)

    def test_it_moves_the_plan_with_a_corrected_date(self) -> None:
        interview = self.make_interview(self.app)
        catchup = self.app.followups.get(kind="catchup")
        update_interview(interview, now=NOW, at=NOW - timedelta(days=1))
        catchup.refresh_from_db()
        self.assertLess(catchup.earliest_at, NOW + timedelta(days=1))
        self.assertEqual(Interview.objects.get(pk=interview.pk).at, NOW - timedelta(days=1))

    def test_it_deletes_an_interview_with_its_planned_followups(self) -> None:
        interview = self.make_interview(self.app)
        delete_interview(interview, now=NOW)
        self.assertFalse(Interview.objects.filter(pk=interview.pk).exists())
        self.assertEqual(set(self.app.followups.values_list("state", flat=True)), {"cancelled"})

    def test_it_refuses_to_delete_or_move_an_interview_a_message_went_out_for(self) -> None:
        interview = self.make_interview(self.app)
        catchup = self.app.followups.get(kind="catchup")
        services.save_draft(catchup, subject="Merci", body="Bonjour Madame Durand,", now=NOW)
        FollowUp.objects.filter(pk=catchup.pk).update(state="sent", done_at=NOW)
        with self.assertRaises(ValidationError):
            delete_interview(interview, now=NOW)
        with self.assertRaises(ValidationError):
            update_interview(interview, now=NOW, at=NOW - timedelta(days=3))
        self.assertTrue(Interview.objects.filter(pk=interview.pk).exists())
