"""`relance mailbox …`: set, show, test, remove, replies, confirm, dismiss."""

from __future__ import annotations

import json
import os
from datetime import date
from unittest import mock

from relance.mailbox.models import IncomingMessage, MailboxSettings
from relance.tracker.models import Reply
from tests.cli.base import CliTestCase
from tests.fixtures.mailbox import PASSWORD, connect_mailbox, make_incoming

SET = [
    "mailbox", "set", "--address", "alice@example.org", "--smtp-host", "smtp.example.org",
    "--imap-host", "imap.example.org",
]  # fmt: skip


class MailboxCliTestCase(CliTestCase):
    def test_it_connects_with_the_password_from_stdin(self) -> None:
        result = self.run_cli(*SET, "--smtp-password-stdin", input=PASSWORD + "\n")
        self.assertEqual(result.exit_code, 0, result.output)
        mailbox = MailboxSettings.objects.get(user=self.alice)
        self.assertEqual(mailbox.smtp_username, "alice@example.org")
        self.assertEqual(mailbox.smtp_settings().password, PASSWORD)
        self.assertEqual(mailbox.imap_settings().password, PASSWORD)
        self.assertNotIn(PASSWORD, mailbox.smtp_password_encrypted)

    def test_it_asks_for_the_servers_of_a_new_mailbox(self) -> None:
        result = self.run_cli("mailbox", "set", "--smtp-host", "smtp.example.org")
        self.assertEqual(result.exit_code, 1)
        self.assertIn("--imap-host", result.output)
        self.assertFalse(MailboxSettings.objects.exists())

    def test_it_reads_the_passwords_from_the_environment(self) -> None:
        env = {"RELANCE_SMTP_PASSWORD": "smtp-pw", "RELANCE_IMAP_PASSWORD": "imap-pw"}
        with mock.patch.dict(os.environ, env):
            self.assertEqual(self.run_cli(*SET).exit_code, 0)
        mailbox = MailboxSettings.objects.get(user=self.alice)
        self.assertEqual(mailbox.smtp_settings().password, "smtp-pw")
        self.assertEqual(mailbox.imap_settings().password, "imap-pw")

    def test_it_prompts_for_a_missing_password_without_echoing_it(self) -> None:
        result = self.run_cli(*SET, input=PASSWORD + "\n")
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertNotIn(PASSWORD, result.output)
        mailbox = MailboxSettings.objects.get(user=self.alice)
        self.assertEqual(mailbox.smtp_settings().password, PASSWORD)

    def test_it_changes_one_setting_and_keeps_the_passwords(self) -> None:
        connect_mailbox(self.alice)
        result = self.run_cli("mailbox", "set", "--smtp-port", "465", "--smtp-security", "tls")
        self.assertEqual(result.exit_code, 0, result.output)
        mailbox = MailboxSettings.objects.get(user=self.alice)
        self.assertEqual((mailbox.smtp_port, mailbox.smtp_security), (465, "tls"))
        self.assertEqual(mailbox.smtp_settings().password, PASSWORD)

    def test_it_refuses_plaintext_to_a_remote_server(self) -> None:
        connect_mailbox(self.alice)
        result = self.run_cli("mailbox", "set", "--smtp-security", "none")
        self.assertEqual(result.exit_code, 2)  # bad input
        self.assertIn("TLS", result.output)
        self.assertEqual(MailboxSettings.objects.get().smtp_security, "starttls")
        result = self.run_cli("mailbox", "set", "--smtp-security", "none", "--local")
        self.assertEqual(result.exit_code, 0, result.output)

    def test_it_shows_the_settings_but_never_the_passwords(self) -> None:
        connect_mailbox(self.alice, sent_folder="Sent")
        result = self.run_cli("mailbox", "show")
        self.assertIn("smtp.example.org:587", result.output)
        self.assertIn("Sent", result.output)
        data = self.run_json("mailbox", "show")
        self.assertEqual(data["smtp"]["password_saved"], True)
        self.assertNotIn(PASSWORD, result.output + str(data))

    def test_it_says_when_there_is_no_mailbox(self) -> None:
        for command in ["show", "test", "remove"]:
            with self.subTest(command=command):
                result = self.run_cli("mailbox", command)
                self.assertEqual(result.exit_code, 1)
                self.assertIn("relance mailbox set", result.output)

    def test_it_exits_1_saying_precisely_what_failed(self) -> None:
        connect_mailbox(self.alice, smtp_host="nowhere.invalid", imap_host="nowhere.invalid")
        result = self.run_cli("mailbox", "test")
        self.assertEqual(result.exit_code, 1)
        self.assertIn("Sending (SMTP) — DNS: The server name nowhere.invalid", result.output)
        self.assertIn("Receiving (IMAP) — DNS", result.output)

    def test_it_removes_the_mailbox_after_confirmation(self) -> None:
        connect_mailbox(self.alice)
        self.assertEqual(self.run_cli("mailbox", "remove", input="n\n").exit_code, 1)
        self.assertTrue(MailboxSettings.objects.exists())
        self.assertEqual(self.run_cli("mailbox", "remove", "--yes").exit_code, 0)
        self.assertFalse(MailboxSettings.objects.exists())

    def test_it_lists_confirms_and_dismisses_replies(self) -> None:
        app = self.make_application()
        mailbox = connect_mailbox(self.alice)
        first = make_incoming(mailbox, app)
        second = make_incoming(mailbox, app, from_address="rh@example.com")
        rows = self.run_json("mailbox", "replies")
        self.assertEqual({row["id"] for row in rows}, {first.pk, second.pk})
        self.assertEqual(rows[0]["proposed_date"], "2026-03-20")
        self.assertIn("claire.durand@example.com", self.run_cli("mailbox", "replies").output)
        result = self.run_cli("mailbox", "confirm", str(first.pk))
        self.assertEqual(result.exit_code, 0, result.output)
        reply = Reply.objects.get(application=app)
        self.assertEqual((reply.outcome, reply.new_date), ("postponed", date(2026, 3, 20)))
        self.assertEqual(self.run_cli("mailbox", "dismiss", str(second.pk)).exit_code, 0)
        self.assertEqual(IncomingMessage.objects.get(pk=second.pk).status, "dismissed")
        self.assertEqual(self.run_json("mailbox", "replies"), [])
        self.assertEqual(self.run_cli("mailbox", "dismiss", str(second.pk)).exit_code, 1)

    def test_it_lets_the_candidate_correct_outcome_and_date(self) -> None:
        app = self.make_application()
        incoming = make_incoming(connect_mailbox(self.alice), app)
        result = self.run_cli(
            "mailbox", "confirm", str(incoming.pk), "--outcome", "next_round", "--new-date", "none"
        )
        self.assertEqual(result.exit_code, 0, result.output)
        reply = Reply.objects.get(application=app)
        self.assertEqual((reply.outcome, reply.new_date), ("next_round", None))

    def test_it_never_touches_another_users_replies(self) -> None:
        app = self.make_application()
        incoming = make_incoming(connect_mailbox(self.alice), app)
        listed = self.run_cli("mailbox", "replies", "--json", user="bob")
        self.assertEqual(json.loads(listed.output), [])
        for command in ["confirm", "dismiss"]:
            result = self.run_cli("mailbox", command, str(incoming.pk), user="bob")
            self.assertEqual(result.exit_code, 1)
        self.assertEqual(IncomingMessage.objects.get().status, "pending")
