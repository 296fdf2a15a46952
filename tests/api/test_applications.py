from __future__ import annotations

from relance.tracker.models import Application
from tests.api.base import ApiTestCase


class ApplicationsApiTestCase(ApiTestCase):
    def test_it_creates_an_application_and_reports_duplicates(self) -> None:
        self.make_application()
        response = self.post(
            "/api/v1/applications/", {"company": "Brasserie Lipp", "position": "chef de rang"}
        )
        self.assertEqual(response.status_code, 201)
        self.assertEqual(len(response.json()["duplicates"]), 1)

    def test_it_records_the_client_of_an_interim_agency(self) -> None:
        body = {"company": "Adecco", "position": "cariste", "agency_client": "Geodis"}
        created = self.post("/api/v1/applications/", body).json()
        shown = self.get(f"/api/v1/applications/{created['id']}/").json()
        self.assertEqual(shown["agency_client"], "Geodis")

    def test_it_lists_only_the_keys_owner(self) -> None:
        self.make_application()
        self.make_application(user=self.bob, company="Bob's")
        companies = [a["company"] for a in self.get("/api/v1/applications/").json()["items"]]
        self.assertEqual(companies, ["Brasserie Lipp"])

    def test_it_hides_another_users_application(self) -> None:
        app = self.make_application(user=self.bob)
        self.assertEqual(self.get(f"/api/v1/applications/{app.pk}/").status_code, 404)
        response = self.post(f"/api/v1/applications/{app.pk}/replies/", {"outcome": "offer"})
        self.assertEqual(response.status_code, 404)

    def test_it_refuses_malformed_json(self) -> None:
        response = self.api.post(
            "/api/v1/applications/", "{", content_type="application/json", HTTP_X_API_KEY=self.key
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Application.objects.exists())
