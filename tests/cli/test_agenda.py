from __future__ import annotations

import os
from unittest import mock

from relance.tracker.services.interviews import save_agreement
from tests.cli.base import CliTestCase
from tests.fixtures.clock import NOW


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

    def test_it_says_nothing_is_due_in_the_next_day_singular(self) -> None:
        with mock.patch.dict(os.environ, {"LC_ALL": "fr_FR.UTF-8"}):
            result = self.run_cli("agenda", "--days", "1", user="bob")
        self.assertIn("Rien à faire d'ici 1 jour.", result.output)
        with mock.patch.dict(os.environ, {"LC_ALL": "en_GB.UTF-8"}):
            self.assertIn("next 1 day.", self.run_cli("agenda", "--days", "1", user="bob").output)
            self.assertIn("next 3 days.", self.run_cli("agenda", "--days", "3", user="bob").output)

    def test_it_accepts_an_as_of_moment(self) -> None:
        items = self.run_json("agenda", "--as-of", "2026-03-16 09:00", "--days", "2")
        self.assertIn("followup_email", [i["kind"] for i in items])

    def test_it_explains_a_bad_as_of(self) -> None:
        result = self.run_cli("agenda", "--as-of", "2026-02-30")
        self.assertEqual(result.exit_code, 2)  # bad input
        self.assertIn("2026-02-30", result.output)

    def test_it_prints_text_for_people(self) -> None:
        result = self.run_cli("agenda")
        self.assertIn("Brasserie Lipp", result.output)


class AgendaTimeZonesTestCase(CliTestCase):
    def test_it_gives_the_window_in_the_recruiters_time_zone_too(self) -> None:
        from relance.tracker.services.applications import add_contact

        app = self.make_application()
        add_contact(
            app,
            last_name="Tremblay",
            email="t@example.ca",
            timezone="America/Montreal",
            is_decision_maker=True,
            now=NOW,
        )
        save_agreement(self.make_interview(app), NOW, agreement_obtained=False)
        item = self.run_json("agenda", "--days", "3")[0]
        self.assertEqual(item["candidate_window"]["timezone"], "Europe/Paris")
        self.assertEqual(item["recruiter_window"]["timezone"], "America/Montreal")
        # Montreal moved to summer time on 8 March 2026, Paris only on 29 March:
        # that week the two are 5 hours apart, not 6.
        self.assertTrue(item["recruiter_window"]["earliest"].startswith("2026-03-11T09:30"))
        self.assertTrue(item["candidate_window"]["earliest"].startswith("2026-03-11T14:30"))
