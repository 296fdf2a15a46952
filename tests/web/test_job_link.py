"""The job posting is a link only when its address is http(s)."""

from __future__ import annotations

from relance.tracker.models import Application
from tests.web.base import WebTestCase


class JobLinkTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, _ = self.interviewed()
        self.url = f"/applications/{self.app.pk}/"

    def test_it_links_an_https_posting(self) -> None:
        Application.objects.filter(pk=self.app.pk).update(job_url="https://ex.org/job/1")
        self.assertContains(self.client.get(self.url), 'href="https://ex.org/job/1"')

    def test_it_never_links_a_javascript_url_stored_before_validation(self) -> None:
        Application.objects.filter(pk=self.app.pk).update(job_url="javascript:alert(1)")
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "javascript:")
