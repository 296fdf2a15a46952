"""The mailbox settings page: save, passwords never shown back, remove, CSRF, per user."""

from __future__ import annotations

from typing import Any

from django.test import Client

from relance.mailbox.models import MailboxSettings
from tests.fixtures.mailbox import PASSWORD, connect_mailbox, form_data
from tests.web.base import WebTestCase


class MailboxPageTestCase(WebTestCase):
    def connect(self, **fields: Any) -> MailboxSettings:
        return connect_mailbox(self.alice, **fields)

    def test_it_offers_to_connect_with_the_profile_address(self) -> None:
        r = self.client.get("/mailbox/")
        self.assertContains(r, "Connecter votre boîte aux lettres")
        self.assertContains(r, 'value="alice@example.org"')

    def test_it_saves_the_settings_with_the_passwords_encrypted(self) -> None:
        r = self.client.post("/mailbox/save/", form_data())
        self.assertRedirects(r, "/mailbox/", fetch_redirect_response=False)
        mailbox = MailboxSettings.objects.get(user=self.alice)
        self.assertEqual(mailbox.smtp_host, "smtp.example.org")
        self.assertNotIn(PASSWORD, mailbox.smtp_password_encrypted)
        self.assertEqual(mailbox.smtp_settings().password, PASSWORD)
        # a new mailbox without an IMAP password uses the SMTP one
        self.assertEqual(mailbox.imap_settings().password, PASSWORD)

    def test_it_marks_a_wrong_port_next_to_its_field(self) -> None:
        r = self.client.post("/mailbox/save/", form_data(smtp_port="port"))
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_smtp_port", "nombre entier")
        self.assertFalse(MailboxSettings.objects.filter(user=self.alice).exists())

    def test_it_says_plain_text_is_refused_next_to_the_security_field(self) -> None:
        r = self.client.post("/mailbox/save/", form_data(smtp_security="none"))
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_smtp_security", "Sans TLS")

    def test_it_never_shows_a_password_back(self) -> None:
        self.connect()
        self.assertNotContains(self.client.get("/mailbox/"), PASSWORD)
        r = self.client.post("/mailbox/save/", form_data(smtp_port="not a port"))
        self.assertEqual(r.status_code, 400)
        self.assertNotContains(r, PASSWORD, status_code=400)

    def test_it_keeps_the_passwords_when_left_blank(self) -> None:
        self.connect()
        self.client.post("/mailbox/save/", form_data(smtp_password="", smtp_port="2525"))
        mailbox = MailboxSettings.objects.get(user=self.alice)
        self.assertEqual(mailbox.smtp_port, 2525)
        self.assertEqual(mailbox.smtp_settings().password, PASSWORD)
        self.assertEqual(mailbox.imap_settings().password, PASSWORD)

    def test_it_refuses_a_connection_without_tls_to_a_remote_server(self) -> None:
        r = self.client.post("/mailbox/save/", form_data(smtp_security="none"))
        self.assertContains(r, "en clair", status_code=400)
        self.assertFalse(MailboxSettings.objects.exists())
        r = self.client.post("/mailbox/save/", form_data(smtp_security="none", is_local="on"))
        self.assertEqual(r.status_code, 302)

    def test_it_forgets_what_it_learnt_when_the_server_changes(self) -> None:
        self.connect(sent_folder="Sent", provider_saves_sent=True)
        unchanged = form_data(smtp_password="", sent_folder="Sent")
        self.client.post("/mailbox/save/", unchanged)
        mailbox = MailboxSettings.objects.get(user=self.alice)
        self.assertEqual((mailbox.sent_folder, mailbox.provider_saves_sent), ("Sent", True))
        self.client.post("/mailbox/save/", {**unchanged, "imap_host": "mail.other.org"})
        mailbox.refresh_from_db()
        self.assertEqual((mailbox.sent_folder, mailbox.provider_saves_sent), ("", None))

    def test_it_shows_the_folders_found_and_the_last_problem_translated(self) -> None:
        self.connect(sent_folder="Éléments envoyés")
        MailboxSettings.objects.update(
            last_error="The server name nowhere.invalid could not be found (DNS). "
            "Check the spelling."
        )
        r = self.client.get("/mailbox/")
        self.assertContains(r, "Éléments envoyés")
        self.assertContains(r, "nowhere.invalid est introuvable (DNS)")

    def test_it_reports_a_dns_failure_precisely(self) -> None:
        self.connect(smtp_host="nowhere.invalid", imap_host="nowhere.invalid")
        r = self.client.post("/mailbox/test/", follow=True)
        self.assertContains(r, "Envoi (SMTP) — DNS")
        self.assertContains(r, "Réception (IMAP) — DNS")
        self.assertContains(r, "nowhere.invalid est introuvable")

    def test_it_asks_to_save_before_testing(self) -> None:
        r = self.client.post("/mailbox/test/", follow=True)
        self.assertContains(r, "Enregistrez")

    def test_it_removes_the_mailbox_and_its_passwords(self) -> None:
        self.connect()
        r = self.client.post("/mailbox/remove/", follow=True)
        self.assertFalse(MailboxSettings.objects.exists())
        self.assertContains(r, "Boîte aux lettres supprimée")

    def test_it_shows_each_user_only_their_own_mailbox(self) -> None:
        self.connect(address="alice.private@example.org")
        bob = self.as_bob()
        self.assertNotContains(bob.get("/mailbox/"), "alice.private")
        bob.post("/mailbox/remove/")
        self.assertTrue(MailboxSettings.objects.filter(user=self.alice).exists())

    def test_it_refuses_every_post_without_the_csrf_token(self) -> None:
        self.connect()
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        for url in ["/mailbox/save/", "/mailbox/test/", "/mailbox/remove/"]:
            with self.subTest(url=url):
                self.assertEqual(client.post(url, form_data()).status_code, 403)
        self.assertTrue(MailboxSettings.objects.exists())

    def test_it_is_linked_from_the_settings_page(self) -> None:
        self.assertContains(self.client.get("/settings/"), 'href="/mailbox/"')

    def test_it_speaks_english_to_an_english_user(self) -> None:
        client = self.as_bob()
        session = client.session
        session["relance_language"] = "en"
        session.save()
        self.assertContains(client.get("/mailbox/"), "Connect your mailbox")
