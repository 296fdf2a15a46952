"""The API section of the settings: its address, keys made (shown once) and revoked."""

from __future__ import annotations

import re

from relance.api.models import ApiKey, hash_key
from tests.web.base import WebTestCase


class ApiKeysTestCase(WebTestCase):
    def test_it_shows_the_api_address_with_a_copy_button(self) -> None:
        r = self.client.get("/settings/api/")
        self.assertContains(r, 'id="api-url" readonly value="http://testserver/api/v1/"')
        self.assertContains(r, 'data-copy="api-url"')

    def test_it_makes_a_key_and_shows_it_once(self) -> None:
        r = self.client.post(
            "/settings/api-keys/",
            {"api-name": "mon script", "api-scope": "read", "api-expires_in_days": "30"},
        )
        self.assertContains(r, 'data-copy="new-api-key"')
        clear = re.search(r'id="new-api-key" readonly value="(rl_[^"]+)"', r.content.decode())
        assert clear is not None
        key = ApiKey.objects.get(user=self.alice)
        self.assertEqual(
            (key.digest, key.scope, key.name), (hash_key(clear[1]), "read", "mon script")
        )
        self.assertIsNotNone(key.expires_at)
        self.assertEqual(r["Cache-Control"], "no-store")
        again = self.client.get("/settings/api/")
        self.assertNotContains(again, clear[1])
        self.assertContains(again, key.prefix)

    def test_it_marks_a_missing_name_next_to_its_field(self) -> None:
        r = self.client.post("/settings/api-keys/", {"api-name": "", "api-scope": "write"})
        self.assertEqual(r.status_code, 400)
        self.assertContains(r, 'aria-invalid="true"', status_code=400)
        self.assertContains(r, 'id="id_api-name_error"', status_code=400)
        self.assertFalse(ApiKey.objects.exists())

    def test_it_revokes_a_key(self) -> None:
        key, _clear = ApiKey.issue(self.alice, "vieux script")
        r = self.client.post(f"/settings/api-keys/{key.pk}/revoke/")
        self.assertRedirects(r, "/settings/api/", fetch_redirect_response=False)
        self.assertFalse(ApiKey.objects.exists())

    def test_it_does_not_revoke_someone_elses_key(self) -> None:
        key, _clear = ApiKey.issue(self.bob, "bob")
        r = self.client.post(f"/settings/api-keys/{key.pk}/revoke/")
        self.assertEqual(r.status_code, 404)
        self.assertTrue(ApiKey.objects.exists())
