"""The API answers JSON for every error, with the right status."""

from __future__ import annotations

import json
from unittest import mock

from django.test import override_settings

from relance.tracker.models import Application, Interview
from tests.api.base import ApiTestCase


class ApiErrorsTestCase(ApiTestCase):
    @override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
    def test_it_answers_413_in_json_for_an_oversize_body(self) -> None:
        response = self.post("/api/v1/applications/", {"company": "x" * 2000, "position": "p"})
        self.assertEqual(response.status_code, 413)
        self.assertIn("error", response.json())

    def test_it_answers_500_in_json(self) -> None:
        with mock.patch(
            "relance.api.routes.overview.keyset_page", side_effect=RuntimeError("boom")
        ):
            response = self.get("/api/v1/agenda/")
        self.assertEqual(response.status_code, 500)
        self.assertIn("error", response.json())

    def test_it_answers_404_in_json_for_an_unknown_address(self) -> None:
        response = self.get("/api/v1/nothing-here/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response["Content-Type"], "application/json")

    def test_it_answers_400_for_deeply_nested_json(self) -> None:
        response = self.api.post(
            "/api/v1/applications/",
            "[" * 100_000 + "]" * 100_000,
            content_type="application/json",
            HTTP_X_API_KEY=self.key,
        )
        self.assertEqual(response.status_code, 400)

    def test_it_answers_400_for_an_interview_near_9999(self) -> None:
        app = self.make_application()
        response = self.post(f"/api/v1/applications/{app.pk}/interviews/", {"at": "9999-12-31"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("2100", response.json()["error"])
        self.assertFalse(Interview.objects.exists())

    def test_it_answers_400_for_a_javascript_job_url(self) -> None:
        response = self.post(
            "/api/v1/applications/",
            {"company": "Lipp", "position": "chef", "job_url": "javascript:alert(1)"},
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Application.objects.exists())


class NulCharacterTestCase(ApiTestCase):
    """PostgreSQL stores no NUL character: a request holding one is a 422 in the key owner's
    language, wherever it is, and nothing is written."""

    def test_it_answers_422_for_a_nul_in_the_body(self) -> None:
        response = self.post("/api/v1/applications/", {"company": "Li\x00pp", "position": "p"})
        self.assertEqual(response.status_code, 422)
        self.assertIn("U+0000", response.json()["error"])
        self.assertIn("enregistré", response.json()["error"])  # Alice reads French
        self.assertFalse(Application.objects.exists())

    def test_it_answers_422_for_a_nul_in_a_key_of_the_body(self) -> None:
        response = self.post("/api/v1/applications/", {"company": "L", "position": "p", "\x00": 1})
        self.assertEqual(response.status_code, 422)

    def test_it_answers_422_for_a_nul_in_the_query(self) -> None:
        response = self.get("/api/v1/applications/?cursor=%00")
        self.assertEqual(response.status_code, 422)

    def test_it_answers_400_for_a_nul_in_the_idempotency_key(self) -> None:
        response = self.api.post(
            "/api/v1/applications/", json.dumps({"company": "L", "position": "p"}),
            content_type="application/json", HTTP_X_API_KEY=self.key,
            HTTP_IDEMPOTENCY_KEY="a\x00b",
        )  # fmt: skip
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Application.objects.exists())


class OutOfRangeTestCase(ApiTestCase):
    """What no database column holds answers like any other wrong value, never a 500."""

    def test_an_id_beyond_bigint_is_a_404(self) -> None:
        huge = 2**64
        self.assertEqual(self.get(f"/api/v1/applications/{huge}/").status_code, 404)
        response = self.post(f"/api/v1/followups/{huge}/approve/", {})
        self.assertEqual(response.status_code, 404)

    def test_a_limit_beyond_bigint_is_the_largest_page(self) -> None:
        self.make_application()
        response = self.get(f"/api/v1/applications/?limit={2**64}")
        self.assertEqual(len(response.json()["items"]), 1)

    def test_a_date_in_year_9999_is_a_400(self) -> None:
        app = self.make_application()
        response = self.post(
            f"/api/v1/applications/{app.pk}/interviews/", {"at": "9999-12-31 23:59"}
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Interview.objects.exists())
