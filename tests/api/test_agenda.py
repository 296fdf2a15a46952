"""GET /api/v1/agenda/: a page of applications with something due, and what to do for each, at
a number of queries that does not grow with the page."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from relance.tracker.models import Application
from tests.api.base import ApiTestCase
from tests.fixtures.clock import NOW


class AgendaApiTestCase(ApiTestCase):
    def setUp(self) -> None:
        super().setUp()
        clock = time_machine.travel(NOW + timedelta(days=1), tick=False)
        clock.start()
        self.addCleanup(clock.stop)

    def interviewed(self, count: int) -> list[Application]:
        apps = []
        for i in range(count):
            app = self.make_application(company=f"Company {i}")
            self.make_contact(app)
            self.make_interview(app, at=NOW - timedelta(hours=i + 1))
            apps.append(app)
        return apps

    def test_it_pages_the_agenda_by_application(self) -> None:
        apps = self.interviewed(5)
        seen: set[int] = set()
        url = "/api/v1/agenda/?days=7&limit=2"
        pages = 0
        while url:
            page = self.get(url).json()
            seen.update(item["application"]["id"] for item in page["items"])
            pages += 1
            url = f"/api/v1/agenda/?days=7&limit=2&cursor={page['next']}" if page["next"] else ""
        self.assertEqual(seen, {app.pk for app in apps})
        self.assertEqual(pages, 3)

    def test_it_sorts_a_page_by_window(self) -> None:
        self.interviewed(3)
        items = self.get("/api/v1/agenda/?days=7").json()["items"]
        self.assertTrue(items)
        self.assertEqual(items, sorted(items, key=lambda i: i["earliest"]))

    def test_it_shows_only_the_keys_owner(self) -> None:
        self.interviewed(1)
        self.assertEqual(self.get("/api/v1/agenda/?days=7", key=self.bob_key).json()["items"], [])

    def test_its_queries_do_not_grow_with_the_page(self) -> None:
        self.interviewed(2)
        self.get("/api/v1/agenda/?days=7")  # warm the caches (holidays, validators)
        with CaptureQueriesContext(connection) as few:
            self.get("/api/v1/agenda/?days=7")
        self.assertLessEqual(len(few.captured_queries), 12)
        self.interviewed(10)
        with self.assertNumQueries(len(few.captured_queries)):
            self.assertGreaterEqual(len(self.get("/api/v1/agenda/?days=7").json()["items"]), 12)

    def test_it_refuses_a_horizon_beyond_a_year(self) -> None:
        self.assertEqual(self.get("/api/v1/agenda/?days=367").status_code, 422)

    def test_it_refuses_a_cursor_it_did_not_give(self) -> None:
        self.assertEqual(self.get("/api/v1/agenda/?cursor=forged").status_code, 400)
