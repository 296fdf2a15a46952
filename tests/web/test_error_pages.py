"""Error pages are translated and in the app's layout."""

from __future__ import annotations

from typing import Any
from unittest import mock

from django.core.exceptions import PermissionDenied
from django.test import Client

from tests.base import BaseTestCase


class ErrorPagesTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.client.login(username="alice", password=self.password)

    def test_it_shows_a_translated_404_in_the_layout(self) -> None:
        response = self.client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="fr")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "Page introuvable", status_code=404)
        self.assertContains(response, 'class="brand"', status_code=404)

    def test_it_shows_a_translated_500_in_the_layout(self) -> None:
        client = Client(raise_request_exception=False)
        client.login(username="alice", password=self.password)
        with mock.patch("relance.web.views.today.now", side_effect=RuntimeError):
            response = client.get("/today/", HTTP_ACCEPT_LANGUAGE="fr")
        self.assertEqual(response.status_code, 500)
        self.assertContains(response, "Une erreur", status_code=500)
        self.assertContains(response, 'class="brand"', status_code=500)

    def test_it_shows_a_translated_400(self) -> None:
        response = self.client.get("/", HTTP_HOST="bad host", HTTP_ACCEPT_LANGUAGE="fr")
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Requête incorrecte", status_code=400)


TITLES: dict[str, dict[int | str, str]] = {
    "fr": {
        400: "Requête incorrecte",
        403: "Accès refusé",
        404: "Page introuvable",
        500: "Une erreur",
        "csrf": "Ce formulaire a expiré",
    },
    "en": {
        400: "Bad request",
        403: "Access refused",
        404: "Page not found",
        500: "Something went wrong",
        "csrf": "This form has expired",
    },
}


class ErrorPagesInBothLanguagesTestCase(BaseTestCase):
    """Each error page, for Alice using Relance in French, then in English."""

    def responses(self, lang: str) -> dict[int | str, Any]:
        client = Client(raise_request_exception=False, enforce_csrf_checks=True)
        client.login(username="alice", password=self.password)
        session = client.session
        session["relance_language"] = lang
        session.save()
        with mock.patch("relance.web.views.today.now", side_effect=PermissionDenied):
            forbidden = client.get("/today/")
        with mock.patch("relance.web.views.today.now", side_effect=RuntimeError):
            broken = client.get("/today/")
        return {
            400: client.get("/", HTTP_HOST="bad host"),
            403: forbidden,
            404: client.get("/no-such-page/"),
            500: broken,
            "csrf": client.post("/settings/profile/", {"name": "Alice"}),
        }

    def check(self, lang: str) -> None:
        for key, response in self.responses(lang).items():
            with self.subTest(page=key):
                status = 403 if key == "csrf" else int(key)
                self.assertEqual(response.status_code, status)
                self.assertContains(response, TITLES[lang][key], status_code=status)
                other = TITLES["en" if lang == "fr" else "fr"][key]
                self.assertNotContains(response, other, status_code=status)

    def test_it_has_every_error_page_in_french(self) -> None:
        self.check("fr")

    def test_it_has_every_error_page_in_english(self) -> None:
        self.check("en")
