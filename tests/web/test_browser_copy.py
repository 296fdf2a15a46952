"""In a browser: the copy buttons next to the calendar address, the API address and a new
API key put the exact value on the clipboard."""

from __future__ import annotations

from typing import Any

import pytest

from relance.api.models import ApiKey, hash_key
from tests.fixtures.browser import PHONE, BrowserTestCase


@pytest.mark.browser
class CopyButtonsTestCase(BrowserTestCase):
    def clipboard(self, page: Any) -> str:
        return str(page.evaluate("() => navigator.clipboard.readText()"))

    def test_it_copies_the_calendar_and_api_addresses_and_a_new_key(self) -> None:
        self.make_account()
        with self.page(PHONE, "fr", permissions=("clipboard-read", "clipboard-write")) as page:
            self.sign_in(page, "alice")
            for section, field, status in (
                ("calendar", "feed-url", "feed-copied"),
                ("api", "api-url", "api-url-copied"),
            ):
                page.goto(self.url(f"/settings/{section}/"))
                page.locator(f"button[data-copy='{field}']").click()
                page.wait_for_selector(f"#{status}:has-text('Copié')")
                self.assertEqual(self.clipboard(page), page.input_value(f"#{field}"))
            self.assertTrue(self.clipboard(page).endswith("/api/v1/"))
            page.locator("#api summary").click()
            page.fill("#id_api-name", "mon script")
            page.get_by_role("button", name="Créer la clé").click()
            page.wait_for_selector("#new-api-key")
            self.check_page(page, "fr-360-api-key")
            page.get_by_role("button", name="Copier la clé").click()
            page.wait_for_selector("#new-api-key-copied:has-text('Copié')")
            self.assertEqual(ApiKey.objects.get().digest, hash_key(self.clipboard(page)))
