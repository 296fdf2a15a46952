"""The analytics rows read from the database: one per interview round, three queries."""

from __future__ import annotations

from datetime import timedelta

from relance.coaching.services.analytics_rows import rows_by_owner
from relance.tracker.models import Interview, Reply
from tests.base import NOW
from tests.coaching.base import CoachingTestCase, past_round


class RowsTestCase(CoachingTestCase):
    def test_it_reads_one_row_per_interview_with_its_follow_up_and_answer(self) -> None:
        past_round(self.alice, trade="BTP", channel="phone", outcome="rejection")
        [row] = rows_by_owner([self.alice.pk])[self.alice.pk]
        self.assertEqual(row.channel, "phone")
        self.assertEqual(row.trade, "BTP")
        self.assertEqual(row.outcome, "rejection")
        assert row.sent_at is not None and row.replied_at is not None
        self.assertEqual(row.replied_at - row.sent_at, timedelta(days=3))
        self.assertEqual(row.recruiter_date, (NOW - timedelta(days=20)).date())
        self.assertIsNotNone(row.window)

    def test_it_gives_an_answer_to_the_round_it_came_in(self) -> None:
        app = past_round(self.alice, answered_after_days=None)
        # A second interview 5 days after the first one's follow-up; the recruiter answers then.
        second = Interview.objects.create(application=app, round=2, at=NOW - timedelta(days=10))
        Reply.objects.create(
            application=app, at=second.at + timedelta(days=1), channel="email", outcome="offer"
        )
        first, last = rows_by_owner([self.alice.pk])[self.alice.pk]
        self.assertIsNone(first.replied_at)
        self.assertEqual(last.outcome, "offer")
        self.assertIsNone(last.sent_at)

    def test_it_prefers_the_decision_to_a_postponement(self) -> None:
        app = past_round(self.alice, outcome="postponed")
        Reply.objects.create(application=app, at=NOW, channel="email", outcome="rejection")
        [row] = rows_by_owner([self.alice.pk])[self.alice.pk]
        self.assertEqual(row.outcome, "rejection")

    def test_it_leaves_out_follow_ups_not_sent_and_other_kinds(self) -> None:
        app, _interview = self.interviewed(agreement_obtained=True, decision_date=NOW.date())
        [row] = rows_by_owner([self.alice.pk])[self.alice.pk]
        self.assertIsNone(row.sent_at)
        self.assertTrue(app.followups.exists())

    def test_it_reads_with_three_queries_whatever_the_number_of_people(self) -> None:
        people = [self.alice, self.bob, self.carole, self.olivier, self.admin]
        for person in people:
            past_round(person)
            past_round(person, channel="phone")
        with self.assertNumQueries(3):
            rows = rows_by_owner([p.pk for p in people])
        self.assertEqual(sum(len(r) for r in rows.values()), 10)
        with self.assertNumQueries(3):
            rows_by_owner([self.alice.pk])
