from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from relance.tracker.models import FollowUp
from relance.tracker.services import followups
from relance.tracker.services.applications import set_status
from relance.tracker.services.interviews import save_agreement
from relance.tracker.services.planning import current_plan
from relance.tracker.services.replies import record_reply
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class PlanningTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_application()
        self.make_contact(self.app)
        self.interview = self.make_interview(self.app)

    def test_it_plans_a_catchup_when_next_steps_were_not_obtained(self) -> None:
        save_agreement(self.interview, NOW, agreement_obtained=False)
        kinds = set(self.app.followups.filter(state="planned").values_list("kind", flat=True))
        self.assertIn("catchup", kinds)
        self.assertNotIn("thankyou", kinds)

    def test_it_plans_a_thankyou_when_next_steps_were_agreed(self) -> None:
        save_agreement(
            self.interview, NOW, agreement_obtained=True, decision_date=date(2026, 3, 20)
        )
        kinds = set(self.app.followups.filter(state="planned").values_list("kind", flat=True))
        self.assertIn("thankyou", kinds)
        self.assertNotIn("catchup", kinds)

    def test_it_never_plans_the_followup_before_the_promised_date(self) -> None:
        save_agreement(
            self.interview, NOW, agreement_obtained=True, decision_date=date(2026, 3, 20)
        )
        followup = self.app.followups.get(kind="followup_email")
        # Two working days after Friday 20 March is Tuesday 24 March.
        self.assertEqual(followup.earliest_at.date(), date(2026, 3, 24))

    def test_it_stores_the_next_due_moment_on_the_application(self) -> None:
        save_agreement(self.interview, NOW, agreement_obtained=False)
        self.app.refresh_from_db()
        catchup = self.app.followups.get(kind="catchup")
        self.assertEqual(self.app.next_due_at, catchup.earliest_at)

    def test_it_cancels_the_pending_followup_when_the_recruiter_replies_with_a_new_date(
        self,
    ) -> None:
        save_agreement(
            self.interview, NOW, agreement_obtained=True, decision_date=date(2026, 3, 20)
        )
        old = self.app.followups.get(kind="followup_email")
        record_reply(
            self.app,
            at=NOW + timedelta(days=1),
            channel="email",
            outcome="postponed",
            new_date=date(2026, 4, 3),
            now=NOW + timedelta(days=1),
        )
        old.refresh_from_db()
        self.assertEqual(old.state, "cancelled")
        new = self.app.followups.get(kind="followup_email", state="planned")
        self.assertGreater(new.earliest_at.date(), date(2026, 4, 3))

    def refuse(self, at: datetime) -> None:
        record_reply(self.app, at=at, channel="email", outcome="rejection", now=at)

    def test_it_plans_only_the_feedback_request_after_a_rejection(self) -> None:
        save_agreement(self.interview, NOW, agreement_obtained=False)
        self.refuse(NOW + timedelta(hours=2))
        self.app.refresh_from_db()
        self.assertEqual(self.app.status, "rejected")
        [planned] = FollowUp.objects.filter(application=self.app, state="planned")
        self.assertEqual((planned.kind, planned.channel), ("feedback_request", "email"))
        # The catch-up and the follow-up planned before the refusal are withdrawn.
        cancelled = self.app.followups.filter(state="cancelled").values_list("kind", flat=True)
        self.assertEqual(set(cancelled), {"catchup", "followup_email"})
        # Tuesday's refusal: Wednesday 11 March, 09:30 Paris; lapses after Friday 13 March.
        self.assertEqual(planned.earliest_at, datetime(2026, 3, 11, 8, 30, tzinfo=UTC))
        self.assertEqual(planned.latest_at, datetime(2026, 3, 13, 10, 30, tzinfo=UTC))
        self.assertEqual(self.app.next_due_at, planned.earliest_at)
        self.assertEqual(self.app.next_kind, "feedback_request")

    def test_it_offers_the_feedback_request_as_optional(self) -> None:
        self.refuse(NOW + timedelta(hours=2))
        [action] = current_plan(self.app, self.profile, NOW + timedelta(hours=3))
        self.assertTrue(action.optional)
        self.assertEqual(action.rule_ids[0], "default.feedback_request")

    def test_it_never_plans_a_second_feedback_request(self) -> None:
        self.refuse(NOW + timedelta(hours=2))
        first = self.app.followups.get(kind="feedback_request")
        self.refuse(NOW + timedelta(days=1))
        self.assertEqual(list(self.app.followups.filter(kind="feedback_request")), [first])
        first.refresh_from_db()
        self.assertEqual(first.state, "planned")
        # Once it went out, a later refusal brings no other one.
        followups.mark_sent(first, at=first.earliest_at, now=first.earliest_at)
        self.refuse(first.earliest_at + timedelta(hours=1))
        self.assertEqual(self.app.followups.filter(kind="feedback_request").count(), 1)
        self.app.refresh_from_db()
        self.assertIsNone(self.app.next_due_at)

    def test_it_lets_an_unsent_feedback_request_lapse(self) -> None:
        self.refuse(NOW + timedelta(hours=2))
        later = NOW + timedelta(days=7)
        set_status(self.app, "rejected", later)  # any change re-plans
        row = self.app.followups.get(kind="feedback_request")
        self.assertEqual(row.state, "lapsed")
        self.app.refresh_from_db()
        self.assertIsNone(self.app.next_due_at)


class ReshapeTestCase(BaseTestCase):
    def test_it_asks_for_approval_again_when_an_approved_window_moves(self) -> None:
        from relance.tracker.services import followups

        app = self.make_application()
        self.make_contact(app)
        save_agreement(self.make_interview(app), NOW, agreement_obtained=False)
        followup = app.followups.get(kind="followup_email", state="planned")
        followups.save_draft(followup, subject="Candidature", body="Bonjour,", now=NOW)
        followups.approve(followup, now=NOW)
        self.assertEqual(followup.due_at.date(), date(2026, 3, 17))
        # The catch-up goes out late, on Friday: the follow-up must now wait
        # three working days after it, until Wednesday 18 March.
        catchup = app.followups.get(kind="catchup", state="planned")
        friday = catchup.latest_at
        followups.mark_sent(catchup, at=friday, now=friday)
        followup.refresh_from_db()
        self.assertEqual(followup.state, "drafted")
        self.assertIsNone(followup.due_at)
        self.assertEqual(followup.earliest_at.date(), date(2026, 3, 18))
