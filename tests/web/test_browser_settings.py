"""The settings on a phone: a short list of sections, each its own page."""

from __future__ import annotations

import pytest

from tests.fixtures.browser import PHONE, BrowserTestCase

SECTIONS = ("account", "delays", "calendar", "api", "data")


@pytest.mark.browser
class SettingsBrowserTestCase(BrowserTestCase):
    def test_it_splits_the_settings_into_short_pages(self) -> None:
        self.make_account()
        heights = {}
        with self.page(PHONE, "fr") as page:
            self.sign_in(page, "alice")
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
