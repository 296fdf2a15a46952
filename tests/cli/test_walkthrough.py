"""The README's walk-through, as a newcomer would type it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from relance.tracker.models import FollowUp, Reply
from tests.cli.base import CliTestCase
from tests.fixtures.clock import NOW


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


README = Path(__file__).resolve().parents[2] / "README.md"
PASSWORD = "a long walk-through passphrase"
# The walk-through is dated from today (`date -d yesterday`), and the method's catch-up goes on
# the working day after the interview: on a Sunday the README's lines would rightly be refused.
# So both clocks are the tests' own Tuesday: `date -d` counts from it, and `relance` runs on it.
SHELL_CLOCK = f"""
date() {{
  if [ "$1" = -d ]; then command date -d "{NOW:%Y-%m-%d} $2" "${{@:3}}"; else command date "$@"; fi
}}
relance() {{
  "{sys.executable}" -c "import os, sys, time_machine
# A minute later for each line, as when a person types them (WALKTHROUGH_LINE).
line = int(os.environ.get('WALKTHROUGH_LINE', '0'))
time_machine.travel({NOW.timestamp()} + 60 * line, tick=True).start()
from relance.cli.main import cli
cli(prog_name='relance')" "$@"
}}
"""


def walkthrough_lines() -> list[str]:
    """The `relance …` lines of the README's first ```sh block that runs `relance`."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(), re.DOTALL)
    block = next(b for b in blocks if b.lstrip().startswith("relance "))
    return [line for line in block.replace("\\\n", " ").splitlines() if line.startswith("relance ")]


def test_the_readme_walkthrough_runs_as_written(tmp_path: Path) -> None:
    """Each line, in a fresh data folder, on the tests' clock, exits with status 0.

    The `init` password is typed on standard input, as the line's comment says it is asked.
    """
    # A newcomer's shell: none of the tests' settings, their own data folder.
    env = {
        name: value for name, value in os.environ.items()
        if not name.startswith(("RELANCE_", "DJANGO_", "DATABASE_", "LC_"))
    }  # fmt: skip
    env.update(RELANCE_DATA_DIR=str(tmp_path / "data"), LANG="en_US.UTF-8")
    lines = walkthrough_lines()
    assert lines[0].startswith("relance init") and len(lines) > 10
    for number, line in enumerate(lines):
        env["WALKTHROUGH_LINE"] = str(number)
        # bash runs the line as written (quotes, `$(date …)`, pipes, comments); `relance` is this
        # checkout's command, whichever is installed on the PATH.
        done = subprocess.run(
            ["bash", "-c", f"set -o pipefail\n{SHELL_CLOCK}\n{line}"],
            input=f"{PASSWORD}\n{PASSWORD}\n", cwd=tmp_path, env=env,
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
