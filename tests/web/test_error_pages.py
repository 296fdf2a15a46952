"""Error pages are translated and in the app's layout."""

from __future__ import annotations

from unittest import mock

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
