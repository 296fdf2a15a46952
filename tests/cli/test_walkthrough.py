"""The README's walk-through, as a newcomer would type it."""

from __future__ import annotations

from relance.tracker.models import FollowUp, Reply
from tests.cli.base import CliTestCase


class WalkthroughTestCase(CliTestCase):
    def test_it_walks_the_method_without_a_browser(self) -> None:
        app = self.run_json("app", "add", "Brasserie Lipp", "chef de rang")["id"]
        self.run_json(
            "contact",
            "add",
            str(app),
            "--first-name",
            "Claire",
            "--last-name",
            "Durand",
            "--civility",
            "madame",
            "--email",
            "claire@example.com",
            "--decision-maker",
            "--direct-line",
            "01 45 48 53 91",
        )
        interview = self.run_json("interview", "add", str(app), "--at", "2026-03-09 14:30")["id"]
        self.assertEqual(self.run_cli("agreement", str(interview), "--not-obtained").exit_code, 0)
        result = self.run_cli(
            "debrief",
            str(interview),
            "--strong-points",
            "mon expérience en brasserie",
            "--needs",
            "quelqu'un d'autonome",
            "--role",
            "chef de rang",
            "--expectations",
            "gérer le rush",
            "--motivation",
            "la maison",
        )
        self.assertEqual(result.exit_code, 0, result.output)
        catchup = FollowUp.objects.get(application_id=app, kind="catchup", state="planned")
        result = self.run_cli("followup", "sent", str(catchup.pk), "--at", "2026-03-10 08:45")
        self.assertEqual(result.exit_code, 0, result.output)
        result = self.run_cli(
            "reply", str(app), "--outcome", "postponed", "--new-date", "2026-03-20"
        )
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertEqual(str(Reply.objects.get(application_id=app).new_date), "2026-03-20")

    def test_it_refuses_a_call_without_a_direct_line_naming_the_rule(self) -> None:
        app = self.make_application()
        self.make_contact(app)
        self.make_interview(app)
        planned = app.followups.get(kind="catchup")
        call = FollowUp.objects.create(
            application=app,
            kind="followup_call",
            channel="phone",
            earliest_at=planned.earliest_at,
            latest_at=planned.latest_at,
        )
        result = self.run_cli("followup", "call", str(call.pk), "--outcome", "reached")
        self.assertEqual(result.exit_code, 1)
        self.assertIn("golden.phone_direct_line", result.output)
