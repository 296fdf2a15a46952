"""Playwright against Django's live server: Debian's Chromium, axe-core, screenshots."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import time_machine
from django.contrib.staticfiles.testing import StaticLiveServerTestCase

from tests.base import NOW

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "web"
AXE = (Path(__file__).resolve().parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}
# Words that give away an untranslated string on a French page (whole words, case-sensitive).
ENGLISH_GIVEAWAYS = (
    "the", "The", "and", "your", "Your", "with", "from", "when", "Why", "Write", "Approve",
    "Today", "Settings", "Applications", "follow-up", "window", "working", "days", "Save",
    "Add", "Record", "reply", "Sign", "Open", "Draft", "Interview", "Done",
)  # fmt: skip
# And French words that give away an untranslated string on an English page.
FRENCH_GIVEAWAYS = (
    "le", "les", "des", "et", "vous", "votre", "pour", "avec", "une", "Aujourd'hui", "Rédiger",
    "Enregistrer", "Paramètres", "Candidatures", "relance", "Ajouter", "entretien", "réponse",
    "Valider", "Compte", "rendu", "brouillon",
)  # fmt: skip
DESKTOP = {"width": 1280, "height": 800}


class BrowserTestCase(StaticLiveServerTestCase):
    """One Chromium for the class; the clock at the personas' NOW (a Tuesday, 09:00 UTC)."""

    playwright: Any
    browser: Any

    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        from playwright.sync_api import sync_playwright

        cls.playwright = sync_playwright().start()
        cls.browser = cls.playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        ARTIFACTS.mkdir(parents=True, exist_ok=True)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.browser.close()
        cls.playwright.stop()
        super().tearDownClass()

    def setUp(self) -> None:
        super().setUp()
        traveller = time_machine.travel(NOW.replace(hour=9), tick=True)
        traveller.start()
        self.addCleanup(traveller.stop)

    @contextmanager
    def page(
        self,
        viewport: dict[str, int],
        lang: str,
        *,
        offline_ok: bool = False,
        permissions: tuple[str, ...] = (),
    ) -> Iterator[Any]:
        context = self.browser.new_context(
            permissions=list(permissions),
            viewport=viewport,
            locale="fr-FR" if lang == "fr" else "en-GB",
            timezone_id="Europe/Paris" if lang == "fr" else "Europe/London",
            extra_http_headers={"Accept-Language": lang},
        )
        page = context.new_page()
        page.set_default_timeout(10_000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on(
            "response",
            lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 500 else None,
        )
        try:
            yield page
        finally:
            context.close()
        if offline_ok:  # a request cut on purpose: htmx and Chromium report it
            errors = [e for e in errors if not e.startswith(("htmx:", "Failed to load"))]
        self.assertEqual(errors, [], "JavaScript errors or CSP violations")

    def giveaways(self, page: Any, words: tuple[str, ...]) -> list[str]:
        """The giveaway words in the page's own text (what the candidate typed is not the
        interface: the draft's mirror and quoted excerpts are left out)."""
        text = page.evaluate(
            """() => { const copy = document.body.cloneNode(true);
                copy.querySelectorAll('textarea, .backdrop, q, [data-user-text]')
                    .forEach(e => e.remove());
                document.documentElement.appendChild(copy);
                const text = copy.innerText; copy.remove(); return text; }"""
        )
        text = " " + " ".join(re.split(r"[\s,.;:!?()«»“”\"]+", text)) + " "
        return [word for word in words if f" {word} " in text]

    def assert_french(self, page: Any, name: str) -> None:
        found = self.giveaways(page, ENGLISH_GIVEAWAYS)
        self.assertEqual(found, [], f"English words on the French page {name}")

    def assert_english(self, page: Any, name: str) -> None:
        found = self.giveaways(page, FRENCH_GIVEAWAYS)
        self.assertEqual(found, [], f"French words on the English page {name}")

    def url(self, path: str) -> str:
        return self.live_server_url + path

    def artifact(self, name: str) -> Path:
        return ARTIFACTS / f"{name}.png"

    def check_page(self, page: Any, name: str) -> None:
        """axe-core finds no serious or critical violation; keep a screenshot; a French page
        has no English giveaway word."""
        if name.startswith("fr-"):
            self.assert_french(page, name)
        elif name.startswith("en-"):
            self.assert_english(page, name)
        page.evaluate(AXE)
        violations = page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))"""
        )
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        self.assertEqual(violations, [], f"axe on {name}")
        narrow = page.evaluate(
            """() => [...document.querySelectorAll('.field input, .field select, .field textarea')]
                .filter(e => !['checkbox', 'radio', 'hidden', 'file'].includes(e.type)
                    && e.offsetParent
                    && e.getBoundingClientRect().width
                        < 0.6 * e.closest('.field').getBoundingClientRect().width)
                .map(e => e.id)"""
        )
        self.assertEqual(narrow, [], f"fields too narrow to type in on {name}")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        self.assertLessEqual(width, page.viewport_size["width"], f"horizontal scroll on {name}")
