"""The retention step of the worker: closed applications past the organisation's period go."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import time_machine

from relance import worker
from relance.coaching.models import AuditEntry, Organisation, OrganisationTally, Sharing, Viewed
from relance.coaching.services.analytics import organisation_figures
from relance.coaching.services.retention import handle_one_retention, months_before
from relance.tracker.models import Application, FollowUp, Reply
from tests.base import NOW
from tests.coaching.base import CoachingTestCase, past_round

LONG_AGO = NOW - timedelta(days=25 * 31)  # over 24 months before NOW


class RetentionTestCase(CoachingTestCase):
    sharing = Sharing.STATUSES

    def old(self, status: str = "rejected", at: datetime = LONG_AGO, **kwargs: object) -> int:
        app = past_round(self.alice, status=status, **kwargs)  # type: ignore[arg-type]
        Application.objects.filter(pk=app.pk).update(updated_at=at)
        return app.pk

    def test_it_counts_calendar_months(self) -> None:
        self.assertEqual(
            months_before(datetime(2026, 3, 31, 8, tzinfo=UTC), 1),
            datetime(2026, 2, 28, 8, tzinfo=UTC),
        )
        self.assertEqual(months_before(NOW, 24), datetime(2024, 3, 10, 8, tzinfo=UTC))

    def test_it_removes_closed_applications_past_the_period(self) -> None:
        gone = [self.old("rejected"), self.old("closed_no_answer"), self.old("offer")]
        open_old = self.old("waiting")
        recent = self.old("rejected", at=NOW - timedelta(days=300))
        self.assertTrue(handle_one_retention(NOW))
        left = set(Application.objects.values_list("pk", flat=True))
        self.assertFalse(left & set(gone))
        self.assertLessEqual({open_old, recent}, left)
        self.assertFalse(FollowUp.objects.filter(application_id__in=gone))
        self.assertFalse(Reply.objects.filter(application_id__in=gone))

    def test_it_tells_the_candidate_in_their_log(self) -> None:
        for _ in range(3):
            self.old()
        handle_one_retention(NOW)
        entry = AuditEntry.objects.get(candidate=self.alice, what=Viewed.PURGED)
        self.assertIsNone(entry.coach)
        self.assertEqual(entry.detail["count"], 3)
        html = self.client.get("/coaching/mine/").content.decode()
        self.assertIn("3 candidatures closes supprimées après 24 mois", html)
        self.assertIn("Mission locale", html)

    def test_it_follows_the_organisations_period(self) -> None:
        Organisation.objects.filter(pk=self.org.pk).update(retention_months=6)
        pk = self.old(at=NOW - timedelta(days=200))
        handle_one_retention(NOW)
        self.assertFalse(Application.objects.filter(pk=pk))
        self.assertIn("après 6 mois", self.client.get("/coaching/mine/").content.decode())

    def test_it_leaves_other_users_alone(self) -> None:
        app = past_round(self.bob, status="rejected")
        Application.objects.filter(pk=app.pk).update(updated_at=LONG_AGO)
        handle_one_retention(NOW)
        handle_one_retention(NOW)
        self.assertTrue(Application.objects.filter(pk=app.pk))

    def test_it_keeps_the_counts_for_the_organisation(self) -> None:
        self.old()
        handle_one_retention(NOW)
        kept = OrganisationTally.objects.get(organisation=self.org)
        self.assertEqual(kept.counts["cells"]["channel:email"], [1, 1, 1])
        self.assertEqual(organisation_figures(self.org).funnel[1].n, 1)

    def test_it_keeps_no_counts_of_a_candidate_who_shares_nothing(self) -> None:
        self.set_sharing(Sharing.NOTHING)
        self.old()
        handle_one_retention(NOW)
        self.assertFalse(Application.objects.filter(owner=self.alice))
        self.assertFalse(OrganisationTally.objects.filter(organisation=self.org))

    def test_it_looks_at_each_organisation_once_a_day(self) -> None:
        self.assertTrue(handle_one_retention(NOW))  # Mission locale
        self.assertTrue(handle_one_retention(NOW))  # Other school
        self.assertFalse(handle_one_retention(NOW + timedelta(hours=23)))
        pk = self.old()
        self.assertTrue(handle_one_retention(NOW + timedelta(days=1)))
        self.assertFalse(Application.objects.filter(pk=pk))

    def test_it_is_a_step_of_the_worker(self) -> None:
        pk = self.old()
        with time_machine.travel(NOW, tick=False):
            worker.run_pass()
        self.assertIn(handle_one_retention, worker.STEPS)
        self.assertFalse(Application.objects.filter(pk=pk))
