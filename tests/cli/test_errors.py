"""Every failure of `relance` is one translated line and an exit status, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from unittest import mock

from relance.cli.main import cli
from relance.core.errors import RuleViolation
from relance.tracker.models import Interview
from tests.cli.base import CliTestCase


class CliErrorsTestCase(CliTestCase):
    def test_it_refuses_an_as_of_near_9999_with_status_2(self) -> None:
        for moment in ("9999-12-31 23:59", "0001-01-01 00:00"):
            result = self.run_cli("agenda", "--as-of", moment)
            self.assertEqual(result.exit_code, 2, result.output)
            self.assertIn("2000", result.output)
            self.assertNotIn("Traceback", result.output)

    def test_it_refuses_an_interview_in_year_0026(self) -> None:
        app = self.make_application()
        result = self.run_cli("interview", "add", str(app.pk), "--at", "0026-03-10 09:00")
        self.assertEqual(result.exit_code, 2, result.output)
        self.assertFalse(Interview.objects.exists())

    def test_it_refuses_a_decision_date_near_9999(self) -> None:
        interview = self.make_interview(self.make_application())
        result = self.run_cli("agreement", str(interview.pk), "--decision-date", "9999-12-30")
        self.assertEqual(result.exit_code, 2, result.output)

    def test_it_explains_an_export_into_a_missing_folder(self) -> None:
        path = Path(tempfile.mkdtemp()) / "missing" / "export.json"
        result = self.run_cli("export", "-o", str(path))
        self.assertEqual(result.exit_code, 1, result.output)
        self.assertIn(str(path), result.output)
        self.assertNotIn("Traceback", result.output)

    def test_it_explains_an_eml_into_a_missing_folder(self) -> None:
        catchup = self.make_catchup()
        path = Path(tempfile.mkdtemp()) / "missing" / "catchup.eml"
        result = self.run_cli("draft", str(catchup.pk), "--eml", str(path))
        self.assertEqual(result.exit_code, 1, result.output)
        self.assertIn("missing", result.output)

    def test_it_turns_an_unexpected_error_into_one_line(self) -> None:
        with mock.patch("relance.cli.agenda.agenda_items", side_effect=RuntimeError("boom")):
            result = self.run_cli("agenda")
        self.assertEqual(result.exit_code, 1)
        self.assertIn("RuntimeError", result.output)
        self.assertIn("--debug", result.output)

    def test_a_refusal_is_an_answer_even_with_debug(self) -> None:
        """Refusals are handled once, by the group: a value (2) or a golden rule (1, named)."""
        app = self.make_application()
        args = ["--user", "alice", "--debug", "interview", "add", str(app.pk)]
        result = self.runner.invoke(cli, [*args, "--at", "0026-03-10 09:00"])
        self.assertEqual(result.exit_code, 2, result.output)
        self.assertIsInstance(result.exception, SystemExit)
        with mock.patch(
            "relance.tracker.services.interviews.add_interview",
            side_effect=RuleViolation("default.once", "Never twice."),
        ):
            result = self.runner.invoke(cli, [*args, "--at", "2026-03-10 09:00"])
        self.assertEqual(result.exit_code, 1, result.output)
        self.assertIn("[default.once]", result.output)
        self.assertIsInstance(result.exception, SystemExit)

    def test_it_shows_the_traceback_with_debug(self) -> None:
        with (
            mock.patch("relance.cli.agenda.agenda_items", side_effect=RuntimeError("boom")),
            self.assertRaises(RuntimeError),
        ):
            self.runner.invoke(
                cli,
                ["--user", "alice", "--debug", "agenda"],
                catch_exceptions=False,
            )


def serve(*options: str) -> subprocess.CompletedProcess[str]:
    """`relance serve --no-worker` run apart, on an empty SQLite data folder."""
    env = {**os.environ, "RELANCE_DATA_DIR": tempfile.mkdtemp()}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "relance.cli.main", "serve", "--no-worker", *options],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_it_says_the_port_is_busy_without_a_traceback() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = serve("--port", str(port))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert str(port) in done.stderr


def test_it_says_the_host_is_invalid_without_a_traceback() -> None:
    done = serve("--host", "no such")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr


class CliImportErrorsTestCase(CliTestCase):
    def test_it_refuses_a_deeply_nested_file_with_status_2(self) -> None:
        path = Path(tempfile.mkdtemp()) / "deep.json"
        path.write_bytes(b"[" * 50_000 + b"]" * 50_000)
        result = self.run_cli("import", str(path))
        self.assertEqual(result.exit_code, 2, result.output)
        self.assertIn("12", result.output)
        self.assertNotIn("Traceback", result.output)
