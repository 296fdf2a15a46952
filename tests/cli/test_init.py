from __future__ import annotations

from django.contrib.auth.models import User

from tests.cli.base import CliTestCase


class InitCommandTestCase(CliTestCase):
    args = (
        "init",
        "--username",
        "dora",
        "--name",
        "Dora",
        "--email",
        "dora@example.org",
        "--password",
        "long enough password",
        "--subdivision",
        "57",
    )

    def test_it_creates_the_account_and_profile(self) -> None:
        result = self.runner.invoke(
            __import__("relance.cli.main", fromlist=["cli"]).cli, list(self.args)
        )
        self.assertEqual(result.exit_code, 0, result.output)
        user = User.objects.get(username="dora")
        self.assertEqual(user.profile.subdivision, "57")
        self.assertTrue(user.check_password("long enough password"))

    def test_it_refuses_an_unknown_time_zone(self) -> None:
        from relance.cli.main import cli

        result = self.runner.invoke(cli, [*self.args, "--timezone", "Europe/Atlantis"])
        self.assertEqual(result.exit_code, 2)  # bad input
        self.assertIn("Europe/Atlantis", result.output)
        self.assertFalse(User.objects.filter(username="dora").exists())

    def test_it_refuses_a_weak_password_as_the_web_does(self) -> None:
        from relance.cli.main import cli

        args = [*self.args[:-4], "--password", "123"]
        result = self.runner.invoke(cli, args)
        self.assertEqual(result.exit_code, 2, result.output)
        self.assertFalse(User.objects.filter(username="dora").exists())

    def test_it_refuses_a_user_name_that_differs_only_by_case(self) -> None:
        from relance.cli.main import cli

        args = ["init", "--username", "Alice", *self.args[3:]]
        result = self.runner.invoke(cli, args)
        self.assertEqual(result.exit_code, 2, result.output)
        self.assertFalse(User.objects.filter(username="Alice").exists())

    def test_it_records_how_job_titles_are_written(self) -> None:
        cli = __import__("relance.cli.main", fromlist=["cli"]).cli
        result = self.runner.invoke(cli, [*self.args, "--gender", "f"])
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertEqual(User.objects.get(username="dora").profile.gender, "f")

    def test_it_leaves_the_gender_unsaid_by_default(self) -> None:
        cli = __import__("relance.cli.main", fromlist=["cli"]).cli
        result = self.runner.invoke(cli, list(self.args))
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertEqual(User.objects.get(username="dora").profile.gender, "")
