"""The settings on a phone: a short list of sections, each its own page."""

from __future__ import annotations

import pytest

from relance.tracker.services.accounts import create_account
from tests.fixtures.browser import PHONE, BrowserTestCase
from tests.fixtures.clock import NOW

PASSWORD = "une phrase de passe solide"
SECTIONS = ("account", "delays", "calendar", "api", "data")


@pytest.mark.browser
class SettingsBrowserTestCase(BrowserTestCase):
    def test_it_splits_the_settings_into_short_pages(self) -> None:
        create_account(
            username="alice", password=PASSWORD, name="Alice Martin", now=NOW,
            email="alice@example.org", language="fr",
        )  # fmt: skip
        heights = {}
        with self.page(PHONE, "fr") as page:
            page.goto(self.url("/login/"))
            page.fill("#id_username", "alice")
            page.fill("#id_password", PASSWORD)
            page.press("#id_password", "Enter")
            page.wait_for_url(self.url("/today/"))
            page.goto(self.url("/settings/"))
            heights["index"] = page.evaluate("() => document.documentElement.scrollHeight")
            self.check_page(page, "fr-360-settings")
            page.click("a[href='/settings/delays/']")
            page.wait_for_url(self.url("/settings/delays/"))
            for section in SECTIONS:
                page.goto(self.url(f"/settings/{section}/"))
                heights[section] = page.evaluate("() => document.documentElement.scrollHeight")
                self.check_page(page, f"fr-360-settings-{section}")
        # The one page was ~4,400 px: the list fits a phone's screen twice at most, and no
        # section is longer than the longest form (the profile's fields).
        self.assertLess(heights["index"], 2 * PHONE["height"], heights)
        self.assertLess(max(heights.values()), 2600, heights)
