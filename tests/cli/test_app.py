from __future__ import annotations

from relance.tracker.models import Application
from tests.cli.base import CliTestCase


class AppCommandTestCase(CliTestCase):
    def test_it_adds_an_application(self) -> None:
        result = self.run_cli("app", "add", "Brasserie Lipp", "chef de rang")
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertTrue(
            Application.objects.filter(owner=self.alice, company="Brasserie Lipp").exists()
        )

    def test_it_records_the_client_of_an_interim_agency(self) -> None:
        self.run_cli("app", "add", "Adecco", "cariste", "--client", "Geodis")
        app = Application.objects.get(owner=self.alice, company="Adecco")
        self.assertEqual(app.agency_client, "Geodis")

    def test_it_says_when_it_reads_the_agency_as_the_company(self) -> None:
        result = self.run_cli("app", "add", "Vilmorin", "ouvrier", "--client", "Manpower")
        app = Application.objects.get(owner=self.alice, company="Manpower")
        self.assertEqual(app.agency_client, "Vilmorin")
        self.assertIn("Manpower", result.output.splitlines()[-1])

    def test_it_warns_about_a_duplicate(self) -> None:
        self.make_application()
        data = self.run_json("app", "add", "brasserie lipp", "Chef de rang")
        self.assertEqual(len(data["duplicates"]), 1)

    def test_it_lists_only_my_applications(self) -> None:
        self.make_application()
        self.make_application(user=self.bob, company="Other")
        rows = self.run_json("app", "list")
        self.assertEqual([r["company"] for r in rows], ["Brasserie Lipp"])

    def test_it_gives_no_access_to_another_users_application(self) -> None:
        other = self.make_application(user=self.bob)
        result = self.run_cli("app", "show", str(other.pk))
        self.assertEqual(result.exit_code, 1)
        self.assertIn(str(other.pk), result.output)

    def test_it_refuses_an_empty_company(self) -> None:
        result = self.run_cli("app", "add", " ", "chef de rang")
        self.assertEqual(result.exit_code, 2)  # bad input
        self.assertFalse(Application.objects.exists())
