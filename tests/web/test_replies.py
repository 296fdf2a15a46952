from __future__ import annotations

from tests.web.base import WebTestCase


class ReplyTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, _ = self.interviewed()
        self.url = f"/applications/{self.app.pk}/reply/"

    def test_it_shows_the_form_dated_today(self) -> None:
        r = self.client.get(self.url)
        self.assertContains(r, 'value="2026-03-10"')

    def test_it_records_a_postponement_and_replans(self) -> None:
        r = self.client.post(
            self.url,
            {
                "outcome": "postponed",
                "new_date": "2026-03-24",
                "channel": "email",
                "received_on": "2026-03-10",
            },
        )
        self.assertRedirects(r, f"/applications/{self.app.pk}/", fetch_redirect_response=False)
        self.app.refresh_from_db()
        self.assertEqual(self.app.status, "waiting")
        self.assertEqual(str(self.app.replies.get().new_date), "2026-03-24")
        self.assertGreater(str(self.app.next_due_at), "2026-03-25")

    def test_it_refuses_a_reply_from_the_future(self) -> None:
        r = self.client.post(
            self.url, {"outcome": "offer", "channel": "email", "received_on": "2026-04-10"}
        )
        self.assertEqual(r.status_code, 200)
        self.assertFalse(self.app.replies.exists())

    def test_it_closes_on_a_rejection(self) -> None:
        self.client.post(
            self.url, {"outcome": "rejection", "channel": "phone", "received_on": "2026-03-10"}
        )
        self.app.refresh_from_db()
        self.assertEqual(self.app.status, "rejected")
