from __future__ import annotations

import json
from typing import Any

import time_machine
from click.testing import CliRunner, Result

from relance.cli.main import cli
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class CliTestCase(BaseTestCase):
    """Runs `relance` in-process as Alice, with the clock at NOW."""

    def setUp(self) -> None:
        super().setUp()
        self.runner = CliRunner()
        traveller = time_machine.travel(NOW, tick=False)
        traveller.start()
        self.addCleanup(traveller.stop)

    def run_cli(self, *args: str, user: str = "alice", input: str | None = None) -> Result:
        return self.runner.invoke(cli, ["--user", user, *args], input=input, catch_exceptions=False)

    def run_json(self, *args: str) -> Any:
        result = self.run_cli(*args, "--json")
        self.assertEqual(result.exit_code, 0, result.output)
        return json.loads(result.output)
