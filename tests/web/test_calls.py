from __future__ import annotations

from datetime import timedelta

from relance.tracker.models import FollowUp
from tests.fixtures.clock import NOW
from tests.web.base import WebTestCase


class CallModeTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, _ = self.interviewed(direct_line=True)
        self.call = FollowUp.objects.create(
            application=self.app,
            kind="followup_call",
            channel="phone",
            contact=self.app.contacts.first(),
            interview=self.app.interviews.first(),
            earliest_at=NOW,
            latest_at=NOW + timedelta(days=2),
        )
        self.url = f"/followups/{self.call.pk}/call/"

    def test_it_shows_the_script_and_a_tel_link(self) -> None:
        r = self.client.get(self.url)
        self.assertContains(r, 'href="tel:+33145485391"')
        self.assertContains(r, "script-opener")
        self.assertContains(r, "chef de rang")

    def test_it_records_that_nobody_answered_without_closing_the_call(self) -> None:
        r = self.client.post(f"{self.url}outcome/", {"outcome": "no_answer"}, follow=True)
        self.assertContains(r, "cela ne compte pas")
        self.call.refresh_from_db()
        self.assertEqual(self.call.call_attempts.count(), 1)

    def test_it_asks_for_an_outcome_next_to_its_field(self) -> None:
        r = self.client.post(f"{self.url}outcome/", {"notes": "x"})
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_outcome", "Indiquez comment")

    def test_it_sends_an_email_followup_to_the_editor(self) -> None:
        catchup = self.pending(self.app, "catchup")
        r = self.client.get(f"/followups/{catchup.pk}/call/")
        self.assertRedirects(r, f"/followups/{catchup.pk}/", fetch_redirect_response=False)
