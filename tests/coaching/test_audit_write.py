"""The audit log's write (access.record_view): one row per candidate seen, on both databases."""

from __future__ import annotations

from relance.coaching.models import AuditEntry, Viewed
from relance.coaching.services.access import record_view
from tests.coaching.base import CoachingTestCase
from tests.fixtures.clock import NOW


class AuditWriteTestCase(CoachingTestCase):
    def test_it_writes_one_row_per_candidate_seen(self) -> None:
        record_view(
            self.carole, iter([self.alice.pk, self.bob.pk]), Viewed.REVIEW, at=NOW, object_id=7
        )
        rows = AuditEntry.objects.order_by("candidate_id").values_list(
            "coach_id", "candidate_id", "what", "object_id", "at", "detail"
        )
        self.assertEqual(
            list(rows),
            [
                (self.carole.pk, self.alice.pk, Viewed.REVIEW, 7, NOW, {}),
                (self.carole.pk, self.bob.pk, Viewed.REVIEW, 7, NOW, {}),
            ],
        )
        # The candidate reads them, newest first, as any entry.
        self.assertEqual(self.alice.coach_audit.get().what, Viewed.REVIEW)

    def test_it_writes_without_an_object(self) -> None:
        record_view(self.carole, [self.alice.pk], Viewed.DASHBOARD, at=NOW)
        self.assertIsNone(AuditEntry.objects.get().object_id)

    def test_it_asks_nothing_of_the_database_for_nobody(self) -> None:
        with self.assertNumQueries(0):
            record_view(self.carole, [], Viewed.DASHBOARD, at=NOW)

    def test_it_writes_in_the_table_its_sql_names(self) -> None:
        self.assertEqual(AuditEntry._meta.db_table, "coaching_auditentry")
