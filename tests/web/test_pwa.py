"""The installable web app: manifest, service worker at the root, offline page."""

from __future__ import annotations

import json
from pathlib import Path

from tests.web.base import WebTestCase

STATIC = Path(__file__).resolve().parents[2] / "relance" / "web" / "static" / "relance"


class InstallableAppTestCase(WebTestCase):
    def test_it_links_the_manifest_from_every_page(self) -> None:
        self.assertContains(self.client.get("/today/"), 'rel="manifest"')
        manifest = json.loads((STATIC / "manifest.webmanifest").read_text())
        self.assertEqual((manifest["start_url"], manifest["display"]), ("/today/", "standalone"))

    def test_it_serves_the_service_worker_from_the_root(self) -> None:
        r = self.client.get("/sw.js")
        self.assertEqual(r["Content-Type"], "application/javascript")
        self.assertIn(b"/offline/", r.content)

    def test_it_has_an_offline_page_without_signing_in(self) -> None:
        self.client.logout()
        r = self.client.get("/offline/")
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, "connexion")
