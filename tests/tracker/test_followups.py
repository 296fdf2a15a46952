from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.utils import translation

from relance.core.errors import RuleViolation
from relance.tracker.models import FollowUp
from relance.tracker.services import followups as services
from relance.tracker.services.interviews import save_agreement
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class FollowUpServicesTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_application()
        self.make_contact(self.app)
        self.interview = self.make_interview(self.app)
        save_agreement(
            self.interview, NOW, agreement_obtained=True, decision_date=date(2026, 3, 20)
        )
        self.followup = self.app.followups.get(kind="followup_email")

    def write(self, followup: FollowUp) -> None:
        services.save_draft(followup, subject="Candidature", body="Bonjour Madame Durand,", now=NOW)

    def test_it_refuses_to_schedule_before_the_recruiters_date(self) -> None:
        self.write(self.followup)
        with self.assertRaises(RuleViolation) as caught:
            services.approve(self.followup, now=NOW, due_at=NOW + timedelta(days=2))
        self.assertEqual(caught.exception.rule_id, "golden.respect_deadlines")
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "drafted")

    def test_it_approves_inside_the_window(self) -> None:
        self.write(self.followup)
        services.approve(self.followup, now=NOW)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "approved")
        self.assertEqual(self.followup.due_at, self.followup.earliest_at)

    def test_it_refuses_a_draft_with_a_placeholder(self) -> None:
        services.save_draft(
            self.followup, subject="x", body="[À COMPLÉTER : vos points forts]", now=NOW
        )
        with self.assertRaises(ValidationError):
            services.approve(self.followup, now=NOW)

    def test_it_refuses_a_second_followup_in_the_same_silence(self) -> None:
        when = self.followup.earliest_at
        services.mark_sent(self.followup, at=when, now=when)
        second = FollowUp.objects.create(
            application=self.app,
            kind="followup_email",
            channel="email",
            earliest_at=when + timedelta(days=1),
            latest_at=when + timedelta(days=1, hours=2),
        )
        with self.assertRaises(RuleViolation) as caught:
            services.mark_sent(second, at=when + timedelta(days=1), now=when + timedelta(days=1))
        self.assertEqual(caught.exception.rule_id, "golden.once")

    def test_it_refuses_a_call_without_a_direct_line(self) -> None:
        call = FollowUp.objects.create(
            application=self.app,
            kind="followup_call",
            channel="phone",
            earliest_at=self.followup.earliest_at,
            latest_at=self.followup.latest_at,
        )
        with self.assertRaises(RuleViolation) as caught:
            services.record_call(
                call, outcome="reached", at=self.followup.earliest_at, now=self.followup.earliest_at
            )
        self.assertEqual(caught.exception.rule_id, "golden.phone_direct_line")

    def test_it_records_an_event_per_transition(self) -> None:
        self.write(self.followup)
        self.assertTrue(self.app.events.filter(kind="followup.drafted").exists())

    def test_it_loses_the_race_cleanly(self) -> None:
        self.write(self.followup)
        stale = FollowUp.objects.get(pk=self.followup.pk)
        services.cancel(self.followup, now=NOW)
        with self.assertRaises(ValidationError):
            services.approve(stale, now=NOW)


class CallRecordingTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_application()
        self.make_contact(self.app, direct_line=True)
        interview = self.make_interview(self.app)
        save_agreement(interview, NOW, agreement_obtained=True, preferred_channel="phone")
        self.call = self.app.followups.get(kind="followup_call", state="planned")
        self.when = self.call.earliest_at

    def test_it_records_a_reached_call_after_a_no_answer_the_same_day(self) -> None:
        services.record_call(self.call, outcome="no_answer", at=self.when, now=self.when)
        later = self.when + timedelta(minutes=20)
        services.record_call(self.call, outcome="reached", at=later, now=later)
        self.call.refresh_from_db()
        self.assertEqual(self.call.state, "done")

    def test_it_records_nothing_when_the_new_date_is_refused(self) -> None:
        with self.assertRaises(ValidationError):
            services.record_call(
                self.call, outcome="reached", at=self.when, now=self.when,
                new_date=date(2026, 3, 1),
            )  # fmt: skip
        self.call.refresh_from_db()
        self.assertEqual(self.call.state, "planned")
        self.assertFalse(self.call.call_attempts.exists())

    def test_it_refuses_a_call_in_the_future(self) -> None:
        with self.assertRaises(ValidationError):
            services.record_call(self.call, outcome="reached", at=self.when, now=NOW)


class MarkSentTestCase(BaseTestCase):
    def test_it_refuses_a_sending_date_in_the_future(self) -> None:
        catchup = self.make_catchup()
        with self.assertRaises(ValidationError):
            services.mark_sent(catchup, at=catchup.earliest_at, now=NOW)
        catchup.refresh_from_db()
        self.assertEqual(catchup.state, "planned")


class LateApprovalTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.catchup = self.make_catchup()
        services.save_draft(self.catchup, subject="Merci", body="Bonjour Madame Durand,", now=NOW)

    def test_it_keeps_the_approval_of_a_late_catchup(self) -> None:
        # The catch-up was due Wednesday 11 March; approved on Thursday morning, late.
        thursday = self.catchup.earliest_at + timedelta(days=1)
        services.approve(self.catchup, now=thursday)
        self.catchup.refresh_from_db()
        self.assertEqual(self.catchup.state, "approved")
        self.assertEqual(self.catchup.due_at, thursday)

    def test_it_keeps_the_approval_of_a_later_slot_in_the_window(self) -> None:
        friday = self.catchup.earliest_at + timedelta(days=2)
        services.approve(self.catchup, now=NOW, due_at=friday)
        self.catchup.refresh_from_db()
        self.assertEqual((self.catchup.state, self.catchup.due_at), ("approved", friday))


class StaleWordingTestCase(BaseTestCase):
    def test_it_refuses_hier_on_a_later_day(self) -> None:
        catchup = self.make_catchup()
        wednesday = catchup.earliest_at  # the day after Tuesday's interview
        services.save_draft(
            catchup, subject="Merci", body="Merci pour notre entretien d'hier.", now=NOW,
            written_for=wednesday.date(),
        )  # fmt: skip
        friday = wednesday + timedelta(days=2)
        with translation.override("fr"), self.assertRaises(ValidationError) as refused:
            services.approve(catchup, now=NOW, due_at=friday)
        text = " ".join(refused.exception.messages)
        self.assertIn("hier", text)
        self.assertIn("mercredi 11 mars", text)  # when it was written for, not 2026-03-11
        self.assertIn("vendredi 13 mars", text)
        self.assertNotRegex(text, r"\d{4}-\d{2}-\d{2}")
        services.approve(catchup, now=NOW, due_at=wednesday)
        catchup.refresh_from_db()
        self.assertEqual(catchup.state, "approved")
