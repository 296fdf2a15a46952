"""Possible replies: listed with what Relance understood, confirmed in one click, or dismissed."""

from __future__ import annotations

from datetime import date

from django.test import Client

from relance.tracker.models import Reply, TimelineEvent
from tests.fixtures.mailbox import connect_mailbox, make_incoming
from tests.web.base import XSS, WebTestCase


class RepliesTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, _interview = self.interviewed()
        self.mailbox = connect_mailbox(self.alice)
        self.incoming = make_incoming(self.mailbox, self.app)

    def test_it_marks_a_wrong_date_next_to_its_field(self) -> None:
        r = self.client.post(
            f"/mailbox/replies/{self.incoming.pk}/confirm/",
            {"outcome": "postponed", "new_date": "la semaine prochaine"},
        )
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, f"id_new_date_{self.incoming.pk}", "date valide")
        self.assertFalse(self.app.replies.exists())

    def test_it_lists_a_possible_reply_with_what_was_understood(self) -> None:
        r = self.client.get("/mailbox/replies/")
        self.assertContains(r, "claire.durand@example.com")
        self.assertContains(r, "fin de la semaine prochaine")
        self.assertContains(r, "Décision reportée")
        self.assertContains(r, 'value="2026-03-20"')
        self.assertContains(r, f"/mailbox/replies/{self.incoming.pk}/confirm/")

    def test_it_confirms_in_one_click_onto_the_timeline(self) -> None:
        r = self.client.post(
            f"/mailbox/replies/{self.incoming.pk}/confirm/",
            {"outcome": "postponed", "new_date": "2026-03-20"},
        )
        self.assertRedirects(r, "/mailbox/replies/", fetch_redirect_response=False)
        reply = Reply.objects.get(application=self.app)
        self.assertEqual((reply.outcome, reply.new_date), ("postponed", date(2026, 3, 20)))
        self.assertEqual(reply.message_id, self.incoming.message_id)
        self.assertTrue(TimelineEvent.objects.filter(application=self.app, kind="reply.recorded"))
        self.incoming.refresh_from_db()
        self.assertEqual(self.incoming.status, "confirmed")
        self.assertNotContains(self.client.get("/mailbox/replies/"), "claire.durand@example.com")

    def test_it_lets_the_candidate_correct_the_outcome(self) -> None:
        self.client.post(f"/mailbox/replies/{self.incoming.pk}/confirm/", {"outcome": "rejection"})
        reply = Reply.objects.get(application=self.app)
        self.assertEqual((reply.outcome, reply.new_date), ("rejection", None))

    def test_it_refuses_a_new_date_before_the_reply(self) -> None:
        r = self.client.post(
            f"/mailbox/replies/{self.incoming.pk}/confirm/",
            {"outcome": "postponed", "new_date": "2026-01-01"},
            follow=True,
        )
        self.assertContains(r, "antérieure à la réponse")
        self.assertFalse(Reply.objects.exists())
        self.incoming.refresh_from_db()
        self.assertEqual(self.incoming.status, "pending")

    def test_it_dismisses_a_message_that_is_no_reply(self) -> None:
        self.client.post(f"/mailbox/replies/{self.incoming.pk}/dismiss/")
        self.incoming.refresh_from_db()
        self.assertEqual(self.incoming.status, "dismissed")
        self.assertFalse(Reply.objects.exists())
        r = self.client.post(f"/mailbox/replies/{self.incoming.pk}/dismiss/", follow=True)
        self.assertContains(r, "déjà été traité")

    def test_it_does_not_list_bounces_or_handled_messages(self) -> None:
        make_incoming(self.mailbox, self.app, kind="bounce", from_address="mailer-daemon@x.org")
        make_incoming(self.mailbox, self.app, status="dismissed", from_address="old@x.org")
        r = self.client.get("/mailbox/replies/")
        self.assertNotContains(r, "mailer-daemon")
        self.assertNotContains(r, "old@x.org")

    def test_it_shows_pending_replies_at_the_top_of_today(self) -> None:
        r = self.client.get("/today/")
        self.assertContains(r, 'hx-get="/mailbox/replies/today/"')
        r = self.client.get("/mailbox/replies/today/")
        self.assertContains(r, "claire.durand@example.com")
        self.assertContains(r, 'name="next" value="/today/"')
        r = self.client.post(
            f"/mailbox/replies/{self.incoming.pk}/confirm/",
            {"outcome": "offer", "next": "/today/"},
        )
        self.assertRedirects(r, "/today/", fetch_redirect_response=False)
        self.assertEqual(self.client.get("/mailbox/replies/today/").content, b"")

    def test_it_never_redirects_elsewhere(self) -> None:
        r = self.client.post(
            f"/mailbox/replies/{self.incoming.pk}/dismiss/", {"next": "https://evil.example/"}
        )
        self.assertRedirects(r, "/mailbox/replies/", fetch_redirect_response=False)

    def test_it_escapes_what_the_message_says(self) -> None:
        make_incoming(self.mailbox, self.app, subject=XSS, excerpt=XSS, from_address=XSS)
        for url in ["/mailbox/replies/", "/mailbox/replies/today/"]:
            html = self.client.get(url).content.decode()
            self.assertNotIn("<script>alert", html)
            self.assertNotIn("<img src=x", html)

    def test_it_gives_404_to_another_user(self) -> None:
        bob = self.as_bob()
        pk = self.incoming.pk
        for url in [f"/mailbox/replies/{pk}/confirm/", f"/mailbox/replies/{pk}/dismiss/"]:
            with self.subTest(url=url):
                self.assertEqual(bob.post(url, {"outcome": "offer"}).status_code, 404)
                self.assertEqual(bob.get(url).status_code, 405)
        self.assertNotContains(bob.get("/mailbox/replies/"), "claire.durand")
        self.assertEqual(bob.get("/mailbox/replies/today/").content, b"")
        self.incoming.refresh_from_db()
        self.assertEqual(self.incoming.status, "pending")

    def test_it_refuses_every_post_without_the_csrf_token(self) -> None:
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        pk = self.incoming.pk
        for url in [f"/mailbox/replies/{pk}/confirm/", f"/mailbox/replies/{pk}/dismiss/"]:
            with self.subTest(url=url):
                self.assertEqual(client.post(url, {"outcome": "offer"}).status_code, 403)
