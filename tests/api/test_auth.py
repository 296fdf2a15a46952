from __future__ import annotations

from relance.api.models import ApiKey
from tests.api.base import ApiTestCase


class ApiAuthTestCase(ApiTestCase):
    def test_it_refuses_a_missing_key(self) -> None:
        response = self.api.get("/api/v1/agenda/")
        self.assertEqual(response.status_code, 401)
        self.assertIn("error", response.json())

    def test_it_refuses_a_wrong_key(self) -> None:
        self.assertEqual(self.get("/api/v1/agenda/", key="rl_wrong").status_code, 401)

    def test_it_stores_only_a_hash(self) -> None:
        self.assertFalse(ApiKey.objects.filter(digest=self.key).exists())
        self.assertFalse(ApiKey.objects.filter(prefix=self.key).exists())

    def test_it_answers_in_the_users_language(self) -> None:
        response = self.post("/api/v1/applications/", {"company": "", "position": ""})
        self.assertEqual(response.status_code, 400)
        self.assertIn("poste", response.json()["error"])  # Alice's profile is French

    def test_it_refuses_a_wrong_method(self) -> None:
        self.assertEqual(self.post("/api/v1/agenda/", {}).status_code, 405)
