"""What every operation shares: retries with an Idempotency-Key, key scopes and expiry, the
rate limit, ETags, cursor pages."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from django.test import override_settings

from relance.api.models import ApiKey
from relance.tracker.models import Application, TimelineEvent
from tests.api.base import ApiTestCase

LIPP = {"company": "Brasserie Lipp", "position": "chef de rang"}


class IdempotencyTestCase(ApiTestCase):
    def send(self, url: str, data: dict[str, Any], key: str) -> Any:
        return self.api.post(
            url,
            json.dumps(data),
            content_type="application/json",
            HTTP_X_API_KEY=self.key,
            HTTP_IDEMPOTENCY_KEY=key,
        )

    def test_a_retried_post_returns_the_first_result_and_creates_one_row(self) -> None:
        first = self.send("/api/v1/applications/", LIPP, "k-1")
        again = self.send("/api/v1/applications/", LIPP, "k-1")
        self.assertEqual(first.status_code, 201, first.content)
        self.assertEqual((again.status_code, again.content), (201, first.content))
        self.assertEqual(again["Idempotent-Replayed"], "true")
        self.assertEqual(Application.objects.count(), 1)

    def test_a_retried_approval_approves_once(self) -> None:
        app = self.make_application()
        self.make_contact(app)
        interview = self.make_interview(app)
        self.post(
            f"/api/v1/interviews/{interview.pk}/agreement/",
            {"obtained": True, "decision_date": "2026-03-20"},
        )
        fu = app.followups.get(kind="followup_email", state="planned")
        fu.body = "Bonjour Madame Durand,"
        fu.save()
        url = f"/api/v1/followups/{fu.pk}/approve/"
        first = self.send(url, {}, "approve-1")
        self.assertEqual(first.status_code, 200, first.content)
        events = TimelineEvent.objects.filter(application=app).count()
        again = self.send(url, {}, "approve-1")
        self.assertEqual(again.content, first.content)
        self.assertEqual(TimelineEvent.objects.filter(application=app).count(), events)

    def test_the_same_key_with_another_body_is_a_422(self) -> None:
        self.send("/api/v1/applications/", LIPP, "k-2")
        other = self.send("/api/v1/applications/", {**LIPP, "company": "Flore"}, "k-2")
        self.assertEqual(other.status_code, 422)
        self.assertIn("Idempotency-Key", other.json()["error"])
        self.assertEqual(Application.objects.count(), 1)

    def test_a_refused_request_is_not_kept(self) -> None:
        refused = self.send("/api/v1/applications/", {"company": "", "position": ""}, "k-3")
        self.assertEqual(refused.status_code, 400)
        self.assertEqual(self.send("/api/v1/applications/", LIPP, "k-4").status_code, 201)
        # The key of the refusal is free again, for its request once corrected.
        fixed = self.send("/api/v1/applications/", {"company": "", "position": ""}, "k-3")
        self.assertEqual(fixed.status_code, 400)

    def test_keys_are_per_user(self) -> None:
        self.send("/api/v1/applications/", LIPP, "shared")
        bobs = self.api.post(
            "/api/v1/applications/", json.dumps(LIPP), content_type="application/json",
            HTTP_X_API_KEY=self.bob_key, HTTP_IDEMPOTENCY_KEY="shared",
        )  # fmt: skip
        self.assertEqual(bobs.status_code, 201)
        self.assertEqual(Application.objects.count(), 2)


class KeysTestCase(ApiTestCase):
    def test_a_read_only_key_cannot_write(self) -> None:
        _, reader = ApiKey.issue(self.alice, "coach", scope="read")
        self.assertEqual(self.get("/api/v1/applications/", key=reader).status_code, 200)
        response = self.post("/api/v1/applications/", LIPP, key=reader)
        self.assertEqual(response.status_code, 403)
        self.assertIn("lire", response.json()["error"])  # Alice reads French
        self.assertFalse(Application.objects.exists())

    def test_a_read_only_key_may_check_a_text(self) -> None:
        _, reader = ApiKey.issue(self.alice, "coach", scope="read")
        response = self.post("/api/v1/check/", {"text": "Bonjour Madame,"}, key=reader)
        self.assertEqual(response.status_code, 200, response.content)

    def test_an_expired_key_is_refused(self) -> None:
        api_key, expired = ApiKey.issue(self.alice, "old", expires_in=timedelta(days=1))
        self.assertEqual(self.get("/api/v1/agenda/", key=expired).status_code, 200)
        ApiKey.objects.filter(pk=api_key.pk).update(expires_at=api_key.created_at)
        response = self.get("/api/v1/agenda/", key=expired)
        self.assertEqual(response.status_code, 401)
        self.assertIn("expiré", response.json()["error"])

    @override_settings(API_RATE_LIMIT=(2, 60))
    def test_it_answers_429_with_retry_after_past_the_rate(self) -> None:
        self.assertEqual(self.get("/api/v1/agenda/").status_code, 200)
        self.assertEqual(self.get("/api/v1/agenda/").status_code, 200)
        response = self.get("/api/v1/agenda/")
        self.assertEqual(response.status_code, 429)
        self.assertIn("error", response.json())
        self.assertTrue(1 <= int(response["Retry-After"]) <= 60)
        self.assertEqual(self.get("/api/v1/agenda/", key=self.bob_key).status_code, 200)


class ReadsTestCase(ApiTestCase):
    def test_an_unchanged_read_is_a_304(self) -> None:
        self.make_application()
        first = self.get("/api/v1/applications/")
        etag = first["ETag"]
        again = self.api.get(
            "/api/v1/applications/", HTTP_X_API_KEY=self.key, HTTP_IF_NONE_MATCH=etag
        )
        self.assertEqual((again.status_code, again.content), (304, b""))
        self.make_application(company="Café de Flore")
        changed = self.api.get(
            "/api/v1/applications/", HTTP_X_API_KEY=self.key, HTTP_IF_NONE_MATCH=etag
        )
        self.assertEqual(changed.status_code, 200)
        self.assertNotEqual(changed["ETag"], etag)

    def test_every_read_declares_its_etag_and_304(self) -> None:
        document = self.get("/api/v1/openapi.json").json()
        reads = [ops["get"] for ops in document["paths"].values() if "get" in ops]
        self.assertGreater(len(reads), 5)
        for operation in reads:
            with self.subTest(operation["operationId"]):
                self.assertIn("304", operation["responses"])
                self.assertIn("ETag", operation["responses"]["200"]["headers"])
                headers = [p["name"] for p in operation["parameters"] if p["in"] == "header"]
                self.assertIn("If-None-Match", headers)

    def test_pages_follow_the_cursor_without_repeating_a_row(self) -> None:
        for n in range(5):
            self.make_application(company=f"Company {n}")
        seen: list[int] = []
        url = "/api/v1/applications/?limit=2"
        pages = 0
        while url:
            page = self.get(url).json()
            seen += [a["id"] for a in page["items"]]
            pages += 1
            url = f"/api/v1/applications/?limit=2&cursor={page['next']}" if page["next"] else ""
        self.assertEqual(pages, 3)
        self.assertEqual(sorted(seen), sorted(Application.objects.values_list("pk", flat=True)))

    def test_a_forged_cursor_is_a_400(self) -> None:
        response = self.get("/api/v1/applications/?cursor=WzEsMl0")
        self.assertEqual(response.status_code, 400)
        self.assertIn("curseur", response.json()["error"])


class DocumentTestCase(ApiTestCase):
    def test_it_serves_an_openapi_31_document_with_every_error_documented(self) -> None:
        document = self.api.get("/api/v1/openapi.json").json()
        self.assertEqual(document["openapi"], "3.1.0")
        for path, operations in document["paths"].items():
            for method, operation in operations.items():
                documented = set(operation["responses"])
                self.assertLessEqual({"401", "404", "422", "429", "500"}, documented, path)
                if method != "get":
                    self.assertLessEqual({"403", "409", "413"}, documented, path)

    def test_it_serves_the_docs_page_from_local_files(self) -> None:
        page = self.api.get("/api/v1/docs/").content.decode()
        self.assertNotIn("//cdn", page)
        self.assertNotIn("https://", page)
        for asset in ("swagger-ui-bundle.js", "swagger-ui-init.js", "swagger-ui.css"):
            self.assertIn(f"/api/v1/docs/assets/{asset}", page)
            self.assertEqual(self.api.get(f"/api/v1/docs/assets/{asset}").status_code, 200)
