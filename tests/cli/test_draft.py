from __future__ import annotations

import email
import tempfile
from pathlib import Path

from relance.tracker.services.interviews import save_agreement
from tests.cli.base import CliTestCase
from tests.fixtures.clock import NOW


class DraftCommandTestCase(CliTestCase):
    def setUp(self) -> None:
        super().setUp()
        app = self.make_application()
        self.make_contact(app)
        save_agreement(self.make_interview(app), NOW, agreement_obtained=False)
        self.catchup = app.followups.get(kind="catchup")

    def test_it_prints_the_draft(self) -> None:
        result = self.run_cli("draft", str(self.catchup.pk))
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertIn("Bonjour Madame Durand", result.output)

    def test_it_says_what_it_left_out(self) -> None:
        interview = self.catchup.application.interviews.get()
        interview.notes = "mon ancien chef était un boulet"
        interview.save()
        result = self.run_cli("draft", str(self.catchup.pk))
        self.assertNotIn("boulet", result.stdout)
        self.assertIn("Left out: 1 note (a remark about a former employer).", result.stderr)
        data = self.run_json("draft", str(self.catchup.pk))
        self.assertEqual(data["left_out"][0]["reason"], "employer")

    def test_it_lists_the_fragments_to_re_read(self) -> None:
        interview = self.catchup.application.interviews.get()
        interview.role_understood = "palettes frais + froid négatif"
        interview.save()
        result = self.run_cli("draft", str(self.catchup.pk))
        self.assertIn("To re-read: “palettes frais + froid négatif”", result.stderr)
        data = self.run_json("draft", str(self.catchup.pk))
        self.assertEqual(data["review"][0]["reason"], "rewrite")

    def test_it_writes_an_eml_file(self) -> None:
        path = Path(tempfile.mkdtemp()) / "catchup.eml"
        result = self.run_cli("draft", str(self.catchup.pk), "--eml", str(path))
        self.assertEqual(result.exit_code, 0, result.output)
        message = email.message_from_bytes(path.read_bytes())
        self.assertIn("<claire.durand@example.com>", message["To"])

    def test_it_saves_the_draft_for_editing(self) -> None:
        self.run_cli("draft", str(self.catchup.pk), "--save")
        self.catchup.refresh_from_db()
        self.assertEqual(self.catchup.state, "drafted")
        self.assertIn("Durand", self.catchup.body)


class CheckCommandTestCase(CliTestCase):
    def test_it_is_part_of_the_relance_command(self) -> None:
        result = self.runner.invoke(
            __import__("relance.cli.main", fromlist=["cli"]).cli,
            ["check", "-", "--lang", "fr"],
            input="Je n'ai toujours pas de réponse de votre part !!!",
        )
        self.assertEqual(result.exit_code, 1, result.output)
