"""A candidate's last activity is kept in the database on every write of an event, whatever the
code path, and the dashboard's "no activity for two weeks" reads it rather than the history."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import connection

from relance.coaching.models import CandidateTally, Membership
from relance.coaching.services.dashboard import dashboard
from relance.coaching.services.tally_cache import handle_one_recount
from relance.mailbox.sending import settle_in_flight
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, FollowUp, TimelineEvent
from tests.coaching.base import CoachingTestCase
from tests.fixtures.clock import NOW


class LastActivityTestCase(CoachingTestCase):
    def last(self, user_id: int | None = None) -> datetime | None:
        row = CandidateTally.objects.filter(user_id=user_id or self.alice.pk).first()
        return row.last_activity_at if row else None

    def event(self, app: Application, at: datetime) -> TimelineEvent:
        return TimelineEvent.objects.create(application=app, at=at, kind="note")

    def test_it_moves_with_an_event_written_through_a_service(self) -> None:
        self.assertIsNone(self.last())
        app = self.make_application()
        self.assertEqual(self.last(), app.events.latest("at").at)

    def test_it_moves_with_a_bulk_create_and_a_bulk_update(self) -> None:
        app = self.make_application()
        TimelineEvent.objects.bulk_create(
            TimelineEvent(application=app, at=NOW + timedelta(days=d), kind="note") for d in (3, 5)
        )
        self.assertEqual(self.last(), NOW + timedelta(days=5))
        TimelineEvent.objects.filter(application=app).update(at=NOW + timedelta(days=9))
        self.assertEqual(self.last(), NOW + timedelta(days=9))

    def test_it_moves_with_raw_sql(self) -> None:
        app = self.make_application()
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO tracker_timelineevent (application_id, at, kind, data) "
                "VALUES (%s, %s, 'note', '{}')",
                [app.pk, NOW + timedelta(days=4)],
            )
        self.assertEqual(self.last(), NOW + timedelta(days=4))

    def test_it_moves_with_the_workers_compare_and_swap(self) -> None:
        app = self.make_application()
        followup = FollowUp.objects.create(
            application=app, kind="followup_email", channel="email", state=lc.SENDING,
            earliest_at=NOW, latest_at=NOW + timedelta(days=2),
        )  # fmt: skip
        later = NOW + timedelta(days=6)
        FollowUp.objects.filter(pk=followup.pk).update(updated_at=later - timedelta(minutes=10))
        self.assertEqual(settle_in_flight(later), 1)  # the worker's first step
        self.assertEqual(self.last(), later)

    def test_it_never_moves_back_for_an_older_event(self) -> None:
        app = self.make_application()
        self.event(app, NOW + timedelta(days=2))
        self.event(app, NOW - timedelta(days=40))
        self.assertEqual(self.last(), NOW + timedelta(days=2))

    def test_it_writes_nothing_for_someone_in_no_organisation(self) -> None:
        self.make_application(self.bob)
        self.assertFalse(CandidateTally.objects.filter(user=self.bob).exists())

    def test_it_is_exact_again_after_the_workers_recount(self) -> None:
        kept = self.make_application()
        gone = self.make_application(company="Lasserre")
        self.event(kept, NOW + timedelta(days=1))
        self.event(gone, NOW + timedelta(days=8))
        gone.delete()  # its interviews and events go: the recount lowers the date
        CandidateTally.objects.filter(user=self.alice).update(version=99)
        ranked = CandidateTally.objects.get(user=self.alice).attention_version
        while handle_one_recount():
            pass
        self.assertEqual(self.last(), NOW + timedelta(days=1))
        # Lowered, it may make her idle sooner: her place on the dashboards is out of date.
        self.assertGreater(CandidateTally.objects.get(user=self.alice).attention_version, ranked)

    def test_it_is_what_the_dashboard_reads(self) -> None:
        Membership.objects.filter(pk=self.membership.pk).update(joined_at=NOW - timedelta(days=30))
        app = self.make_application()
        long_ago = NOW - timedelta(days=20)
        TimelineEvent.objects.filter(application=app).update(at=long_ago)
        CandidateTally.objects.filter(user=self.alice).update(last_activity_at=long_ago)
        reasons = [line.reason.id for line in dashboard(self.carole, now=self.clock)[0].lines]
        self.assertEqual(reasons, ["inactive"])
        # Only the kept date moves: the page follows it, not the events.
        CandidateTally.objects.filter(user=self.alice).update(last_activity_at=self.clock)
        self.assertEqual(dashboard(self.carole, now=self.clock)[0].lines, [])
