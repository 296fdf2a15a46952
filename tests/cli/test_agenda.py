from __future__ import annotations

from relance.tracker.services.interviews import save_agreement
from tests.base import NOW
from tests.cli.base import CliTestCase


class AgendaCommandTestCase(CliTestCase):
    def setUp(self) -> None:
        super().setUp()
        app = self.make_application()
        self.make_contact(app)
        save_agreement(self.make_interview(app), NOW, agreement_obtained=False)

    def test_it_lists_the_catchup_with_its_window_and_reason(self) -> None:
        items = self.run_json("agenda", "--days", "3")
        self.assertEqual(items[0]["kind"], "catchup")
        self.assertEqual(items[0]["earliest"], "2026-03-11T08:30:00+00:00")
        self.assertIn("default.catchup_next_day", items[0]["rules"])
        self.assertTrue(items[0]["reasons"])

    def test_it_looks_only_as_far_as_asked(self) -> None:
        self.assertEqual(self.run_json("agenda", "--days", "0"), [])

    def test_it_accepts_an_as_of_moment(self) -> None:
        items = self.run_json("agenda", "--as-of", "2026-03-16 09:00", "--days", "2")
        self.assertIn("followup_email", [i["kind"] for i in items])

    def test_it_explains_a_bad_as_of(self) -> None:
        result = self.run_cli("agenda", "--as-of", "2026-02-30")
        self.assertEqual(result.exit_code, 1)
        self.assertIn("2026-02-30", result.output)

    def test_it_prints_text_for_people(self) -> None:
        result = self.run_cli("agenda")
        self.assertIn("Brasserie Lipp", result.output)
