"""The dashboard's queries and the partial indexes written for them say the same thing."""

from __future__ import annotations

from django.db import connection
from django.test import TestCase

from relance.coaching.services import reasons
from relance.tracker.models import Application
from tests.coaching.plans import index_plan


class DashboardIndexesTestCase(TestCase):
    def test_it_leaves_out_of_the_open_applications_index_the_closed_statuses(self) -> None:
        index = next(i for i in Application._meta.indexes if i.name == "app_open_owner")
        assert index.condition is not None
        ((_, statuses),) = index.condition.children
        # A partial index serves a query only when the query's condition implies its own: a
        # status closed in the code but not in the index would leave it unused.
        self.assertEqual(set(statuses), set(reasons.CLOSED))

    def test_it_reads_open_applications_through_the_index(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("the plan is PostgreSQL's; SQLite chooses its own")
        rows = reasons.Application.objects.filter(owner_id__in=[1, 2]).exclude(
            status__in=reasons.CLOSED
        )
        plan = index_plan(rows)
        self.assertIn("app_open_owner", plan)
