"""Another user's ids give 404 everywhere; CSRF on every POST; typed text is escaped."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from django.test import Client
from django.urls import URLPattern

from relance.api.models import ApiKey
from relance.tracker.models import Application, Interview
from relance.tracker.services.interviews import save_debrief
from relance.web.urls import urlpatterns
from tests.fixtures.clock import NOW
from tests.web.base import XSS, WebTestCase

ROOT = Path(__file__).resolve().parents[2]
ID_PREFIXES = {
    "applications": "app",
    "interviews": "interview",
    "followups": "followup",
    "contacts": "contact",
    "settings": "apikey",  # settings/api-keys/<pk>/revoke/
}
NO_ID_POSTS = [
    "/logout/",
    "/settings/profile/",
    "/settings/policy/",
    "/settings/policy/reset/",
    "/settings/language/",
    "/settings/calendar/rotate/",
    "/settings/export/",
    "/settings/import/",
    "/settings/api-keys/",
    "/settings/delete/",
    "/applications/new/",
]


def id_patterns() -> list[str]:
    return [
        str(p.pattern)
        for p in urlpatterns
        if isinstance(p, URLPattern) and "<int:pk>" in str(p.pattern)
    ]


class IdsTestCase(WebTestCase):
    def ids(self, app: Application, interview: Interview) -> dict[str, int]:
        """An id of Alice's for each kind of object a URL names (see ID_PREFIXES)."""
        return {
            "app": app.pk,
            "interview": interview.pk,
            "followup": self.pending(app).pk,
            "contact": app.contacts.get().pk,
            "apikey": ApiKey.issue(self.alice, "script")[0].pk,
        }


class OwnershipTestCase(IdsTestCase):
    def test_it_gives_404_on_every_url_with_another_users_id(self) -> None:
        app, interview = self.interviewed(direct_line=True)
        ids = self.ids(app, interview)
        bob = self.as_bob()
        patterns = id_patterns()
        self.assertGreater(len(patterns), 15)
        for pattern in patterns:
            pk = ids[ID_PREFIXES[pattern.split("/")[0]]]
            url = "/" + pattern.replace("<int:pk>", str(pk))
            with self.subTest(url=url):
                # 405 answers the wrong method before any lookup: it reveals nothing.
                codes = {bob.get(url).status_code, bob.post(url).status_code}
                self.assertIn(404, codes)
                self.assertLessEqual(codes, {404, 405})
        # and Alice herself can read them
        self.assertEqual(self.client.get(f"/applications/{app.pk}/").status_code, 200)


class CsrfTestCase(IdsTestCase):
    def test_it_refuses_every_post_without_the_token(self) -> None:
        app, interview = self.interviewed()
        ids = self.ids(app, interview)
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        urls = list(NO_ID_POSTS)
        for pattern in id_patterns():
            pk = ids[ID_PREFIXES[pattern.split("/")[0]]]
            urls.append("/" + pattern.replace("<int:pk>", str(pk)))
        for url in urls:
            with self.subTest(url=url):
                self.assertEqual(client.post(url, {"status": "withdrawn"}).status_code, 403)


class EscapingTestCase(WebTestCase):
    def test_it_escapes_what_the_user_typed_on_every_page(self) -> None:
        app = self.make_application(company=XSS, position=XSS)
        self.make_contact(app)
        interview = self.make_interview(app, NOW.replace(day=9))
        save_debrief(interview, NOW, strong_points=XSS, recruiter_needs=XSS, motivation=XSS)
        followup = self.pending(app)
        self.client.post(
            "/settings/profile/",
            {
                "name": XSS,
                "signature": XSS,
                "language": "fr",
                "country": "FR",
                "timezone": "Europe/Paris",
            },
        )
        pages = [
            "/today/",
            "/applications/",
            f"/applications/{app.pk}/",
            f"/interviews/{interview.pk}/debrief/",
            f"/followups/{followup.pk}/",
            f"/applications/{app.pk}/reply/",
            "/settings/",
            "/settings/account/",
        ]
        for url in pages:
            with self.subTest(url=url):
                html = self.client.get(url).content.decode()
                self.assertNotIn("<script>alert", html)
                self.assertNotIn("<img src=x", html)
        r = self.client.post(f"/followups/{followup.pk}/tone/", {"body": XSS})
        self.assertNotIn("<script>alert", r.content.decode())


class HeadersTestCase(WebTestCase):
    def test_it_sends_the_security_headers(self) -> None:
        r = self.client.get("/today/")
        self.assertIn("script-src 'self'", r["Content-Security-Policy"])
        self.assertEqual(r["X-Frame-Options"], "DENY")
        self.assertEqual(r["X-Content-Type-Options"], "nosniff")

    def test_it_has_no_inline_script_or_style(self) -> None:
        app, interview = self.interviewed()
        for url in [
            "/today/",
            f"/applications/{app.pk}/",
            f"/interviews/{interview.pk}/debrief/",
            f"/followups/{self.pending(app).pk}/",
            "/settings/",
            "/settings/delays/",
            "/settings/api/",
        ]:
            html = self.client.get(url).content.decode()
            self.assertIsNone(re.search(r"<script(?![^>]*\bsrc=)", html), url)
            self.assertNotIn(" style=", html, url)
            self.assertNotIn("<style", html, url)

    def test_it_passes_check_deploy_with_production_settings(self) -> None:
        env = {
            **os.environ,
            "RELANCE_PRODUCTION": "1",
            "RELANCE_SECRET_KEY": secrets.token_urlsafe(50),
            "RELANCE_DEBUG": "",
        }
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests' process
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "relance.manage",
                "check",
                "--deploy",
                "--fail-level",
                "WARNING",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("no issues", result.stdout)
