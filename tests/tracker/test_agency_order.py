"""An agency typed as the client is recorded as the company, on every path that creates an
application (the service is the one validation layer: web, CLI, API)."""

from __future__ import annotations

from relance.tracker.services.applications import create_application
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class AgencyOrderTestCase(BaseTestCase):
    def test_it_records_the_agency_as_the_company(self) -> None:
        app = create_application(
            self.alice, company="Vilmorin", position="Ouvrier", now=NOW, agency_client="Manpower"
        )
        app.refresh_from_db()
        self.assertEqual((app.company, app.agency_client), ("Manpower", "Vilmorin"))

    def test_it_keeps_an_application_typed_the_right_way(self) -> None:
        app = create_application(
            self.alice, company="Randstad", position="Soudeur", now=NOW, agency_client="Airbus"
        )
        self.assertEqual((app.company, app.agency_client), ("Randstad", "Airbus"))
