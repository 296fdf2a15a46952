from __future__ import annotations

import email
import tempfile
from datetime import timedelta
from pathlib import Path

from relance.tracker.models import FollowUp
from relance.tracker.services.followups import save_draft
from relance.tracker.services.interviews import save_agreement
from tests.cli.base import CliTestCase
from tests.fixtures.clock import NOW


class DraftCommandTestCase(CliTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.catchup = self.make_catchup()

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
        interview.role_understood = "base frais/surgelés -25"
        interview.save()
        result = self.run_cli("draft", str(self.catchup.pk))
        self.assertIn("To re-read: “base frais/surgelés -25”", result.stderr)
        data = self.run_json("draft", str(self.catchup.pk))
        self.assertEqual(data["review"][0]["text"], "base frais/surgelés -25")
        self.assertEqual(data["review"][0]["reason"], "rewrite")

    def test_it_recalls_a_fragment_kept_as_typed_when_approving(self) -> None:
        interview = self.catchup.application.interviews.get()
        interview.role_understood = "base frais/surgelés -25"
        interview.save()
        body = (
            "Bonjour Madame Durand,\n\nLe poste, tel que je l'ai compris : base "
            "frais/surgelés -25.\n\nBien cordialement,\nAlice Martin"
        )  # the brackets taken off, the words kept as typed
        save_draft(self.catchup, subject="Merci", body=body, now=NOW)
        result = self.run_cli("followup", "approve", str(self.catchup.pk))
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertIn("read it again: “base frais/surgelés -25”", result.stderr)

    def test_it_refuses_to_approve_a_fragment_still_in_its_brackets(self) -> None:
        interview = self.catchup.application.interviews.get()
        interview.role_understood = "base frais/surgelés -25"
        interview.save()
        self.run_cli("draft", str(self.catchup.pk), "--save")
        result = self.run_cli("followup", "approve", str(self.catchup.pk))
        self.assertEqual(result.exit_code, 2)
        self.assertIn("before approving", result.output)

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


class VoicemailDraftTestCase(CliTestCase):
    def setUp(self) -> None:
        super().setUp()
        app = self.make_application()
        contact = self.make_contact(app, direct_line=True)
        interview = self.make_interview(app)
        save_agreement(interview, NOW, agreement_obtained=False)
        self.catchup = app.followups.get(kind="catchup")
        self.call = FollowUp.objects.create(
            application=app,
            kind="followup_call",
            channel="phone",
            contact=contact,
            interview=interview,
            earliest_at=NOW,
            latest_at=NOW + timedelta(days=2),
        )

    def test_it_prints_the_voicemail_of_a_call(self) -> None:
        result = self.run_cli("draft", str(self.call.pk), "--voicemail")
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertIn("Alice Martin", result.stdout)
        self.assertNotIn("—", result.stdout)  # not the call script's list of replies

    def test_it_gives_the_voicemail_as_json(self) -> None:
        data = self.run_json("draft", str(self.call.pk), "--voicemail")
        self.assertEqual(data["kind"], "voicemail")
        self.assertEqual(data["subject"], "")

    def test_it_still_prints_the_call_script_without_the_flag(self) -> None:
        result = self.run_cli("draft", str(self.call.pk))
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertIn("—", result.stdout)

    def test_it_refuses_a_voicemail_for_an_email(self) -> None:
        result = self.run_cli("draft", str(self.catchup.pk), "--voicemail")
        self.assertEqual(result.exit_code, 2)
        self.assertIn("only a call has a voicemail", result.output)

    def test_it_refuses_to_save_a_voicemail(self) -> None:
        result = self.run_cli("draft", str(self.call.pk), "--voicemail", "--save")
        self.assertEqual(result.exit_code, 2)
        self.call.refresh_from_db()
        self.assertEqual(self.call.body, "")


class CheckCommandTestCase(CliTestCase):
    def test_it_is_part_of_the_relance_command(self) -> None:
        result = self.runner.invoke(
            __import__("relance.cli.main", fromlist=["cli"]).cli,
            ["check", "-", "--lang", "fr"],
            input="Je n'ai toujours pas de réponse de votre part !!!",
        )
        self.assertEqual(result.exit_code, 1, result.output)
