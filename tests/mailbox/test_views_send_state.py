"""The sending state of a follow-up, where the candidate looks; settling an unknown one."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.test import Client
from django.utils import timezone

from relance.mailbox.sending import handle_one_send
from relance.tracker.models import Contact, FollowUp, SendAttempt
from tests.fixtures.clock import NOW
from tests.fixtures.mailbox import connect_mailbox
from tests.web.base import WebTestCase


class SendStateTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, _interview = self.interviewed()
        self.followup = self.pending(self.app, "catchup")

    def put(self, state: str, **fields: Any) -> FollowUp:
        FollowUp.objects.filter(pk=self.followup.pk).update(state=state, **fields)
        self.followup.refresh_from_db()
        return self.followup

    def page(self) -> str:
        return self.client.get(f"/applications/{self.app.pk}/").content.decode()

    def test_it_explains_an_unknown_outcome_with_two_buttons(self) -> None:
        self.put("unknown")
        for url in [f"/applications/{self.app.pk}/", f"/followups/{self.followup.pk}/"]:
            with self.subTest(url=url):
                r = self.client.get(url)
                self.assertContains(r, "dossier Envoyés")
                self.assertContains(r, f"/mailbox/followups/{self.followup.pk}/sent/")
                self.assertContains(r, f"/mailbox/followups/{self.followup.pk}/not-sent/")

    def test_it_marks_an_unknown_follow_up_as_sent(self) -> None:
        self.put("unknown")
        SendAttempt.objects.create(followup=self.followup, started_at=NOW - timedelta(hours=3))
        r = self.client.post(f"/mailbox/followups/{self.followup.pk}/sent/")
        self.assertRedirects(r, f"/followups/{self.followup.pk}/", fetch_redirect_response=False)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "sent")
        self.assertEqual(self.followup.done_at, NOW - timedelta(hours=3))

    def test_it_brings_an_unknown_follow_up_back_to_draft_without_resending(self) -> None:
        self.put("unknown", body="Bonjour Madame Durand,")
        self.client.post(f"/mailbox/followups/{self.followup.pk}/not-sent/")
        self.followup.refresh_from_db()
        self.assertEqual(
            (self.followup.state, self.followup.body), ("drafted", "Bonjour Madame Durand,")
        )
        self.assertFalse(FollowUp.objects.filter(application=self.app, state="approved"))

    def test_it_offers_three_ways_out_of_a_failure(self) -> None:
        self.put("failed", last_error="No mailbox")
        html = self.client.get(f"/followups/{self.followup.pk}/").content.decode()
        for end in ("sent", "not-sent", "retry"):
            self.assertIn(f"/mailbox/followups/{self.followup.pk}/{end}/", html)
        self.assertIn("Je l'ai envoyé moi-même", html)

    def test_it_marks_a_failed_follow_up_sent_by_hand(self) -> None:
        self.put("failed", body="Bonjour Madame Durand,", last_error="No mailbox")
        self.client.post(f"/mailbox/followups/{self.followup.pk}/sent/")
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "done")

    def test_it_refuses_to_settle_a_follow_up_that_is_not_in_doubt(self) -> None:
        self.put("sent")
        r = self.client.post(f"/mailbox/followups/{self.followup.pk}/not-sent/", follow=True)
        self.assertContains(r, "Seule une relance en échec ou dans le doute")
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "sent")

    def test_it_shows_a_bounce_as_failed_with_the_address_doubtful(self) -> None:
        Contact.objects.filter(application=self.app).update(email_doubtful=True)
        self.put("failed", last_error="The message bounced: claire.durand@example.com.")
        html = self.page()
        self.assertIn("Non envoyé", html)
        self.assertIn("Le message est revenu", html)
        self.assertIn("adresse douteuse", html)

    def test_it_translates_the_reason_of_a_failure_and_says_what_to_do(self) -> None:
        self.put(
            "failed",
            last_error="smtp.example.org refused the user name or password: 535 bad credentials.",
        )
        html = self.page()
        self.assertIn("smtp.example.org a refusé l&#x27;identifiant ou le mot de passe", html)
        self.assertIn("mot de passe d&#x27;application", html)

    def test_it_translates_what_the_worker_writes(self) -> None:
        self.put("approved", due_at=timezone.now(), send_by="mailbox")
        handle_one_send(timezone.now())  # no mailbox: the worker fails it, saying why
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "failed")
        self.assertIn("Aucune boîte aux lettres n&#x27;est configurée", self.page())

    def test_it_shows_sending_committing_and_sent(self) -> None:
        for state, text in [
            ("sending", "Envoi en cours"),
            ("committing", "remise au serveur"),
            ("sent", "Envoyé depuis votre boîte"),
        ]:
            with self.subTest(state=state):
                self.put(state, done_at=NOW)
                self.assertIn(text, self.page())

    def test_it_says_the_approved_message_goes_from_the_mailbox(self) -> None:
        url = f"/followups/{self.followup.pk}/"
        r = self.client.get(url)
        self.assertContains(r, "Connectez une boîte aux lettres")
        self.assertNotContains(r, 'value="mailbox"')
        connect_mailbox(self.alice, address="alice.martin@example.org")
        r = self.client.get(url)
        self.assertContains(r, "alice.martin@example.org")
        self.assertContains(r, 'name="send_by" value="mailbox"')
        self.assertContains(r, 'name="send_by" value="self"')

    def test_it_gives_404_to_another_user(self) -> None:
        self.put("unknown")
        bob = self.as_bob()
        for end in ["sent", "not-sent"]:
            url = f"/mailbox/followups/{self.followup.pk}/{end}/"
            with self.subTest(url=url):
                self.assertEqual(bob.post(url).status_code, 404)
                self.assertEqual(bob.get(url).status_code, 405)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "unknown")

    def test_it_refuses_every_post_without_the_csrf_token(self) -> None:
        self.put("unknown")
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        for end in ["sent", "not-sent"]:
            url = f"/mailbox/followups/{self.followup.pk}/{end}/"
            self.assertEqual(client.post(url).status_code, 403)
