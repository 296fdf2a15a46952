"""The files under deploy/ stay true: every command the systemd units run exists and accepts
its options, every variable of the environment file is one Relance reads (or Django's e-mail
settings), and the proxies forward to the port the web unit listens on."""

from __future__ import annotations

import configparser
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
UNITS = sorted(DEPLOY.glob("*.service"))
VENV_BIN = "/opt/relance/.venv/bin/"
EMAIL_SETTINGS = {
    "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS",
    "DEFAULT_FROM_EMAIL", "DATABASE_URL",
}  # fmt: skip


def unit(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path)
    return parser


def commands(path: Path) -> list[list[str]]:
    service = unit(path)["Service"]
    return [shlex.split(service[key]) for key in service if key.startswith("ExecStart")]


def test_it_ships_a_web_unit_and_a_worker_unit() -> None:
    assert {p.name for p in UNITS} >= {"relance-web.service", "relance-worker@.service"}


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.name)
def test_it_runs_commands_that_exist_with_options_they_accept(path: Path) -> None:
    found = commands(path)
    assert found, f"{path.name} runs nothing"
    for argv in found:
        assert argv[0].startswith(VENV_BIN), argv
        local = ROOT / ".venv" / "bin" / argv[0].removeprefix(VENV_BIN)
        assert local.exists(), f"{argv[0]} is not installed by the project"
        # The same subcommand, with the unit's own options, and --help: click checks them all.
        subcommand = [a for a in argv[1:] if not a.startswith("-")][:1]
        result = subprocess.run(
            [str(local), *subcommand, "--help"], capture_output=True, text=True, timeout=60,
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        for option in (a for a in argv[1:] if a.startswith("--")):
            assert option in result.stdout, f"{path.name}: {option} is not an option"


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.name)
def test_it_reads_the_environment_file_and_runs_unprivileged(path: Path) -> None:
    service = unit(path)["Service"]
    assert service["EnvironmentFile"] == "/etc/relance/relance.env"
    assert service["User"] == "relance"


def test_it_sets_only_variables_relance_reads() -> None:
    names = re.findall(r"^([A-Z_]+)=", (DEPLOY / "relance.env").read_text(), re.MULTILINE)
    readme = (ROOT / "README.md").read_text()
    for name in names:
        assert name in EMAIL_SETTINGS or f"`{name}`" in readme, name


def test_it_loads_the_settings_of_the_environment_file(tmp_path: Path) -> None:
    """The example's values pass the settings' own checks (yes/no, numbers)."""
    values = dict(
        line.split("=", 1)
        for line in (DEPLOY / "relance.env").read_text().splitlines()
        if line and not line.startswith("#")
    )
    values["DATABASE_URL"] = ""  # no server here: the rest must still load
    values["RELANCE_DATA_DIR"] = str(tmp_path)
    code = "import django, os; os.environ.pop('DATABASE_URL'); django.setup(); print('ok')"
    env = {"PATH": "/usr/bin:/bin", **values, "DJANGO_SETTINGS_MODULE": "relance.settings"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
        timeout=60,
    )  # fmt: skip
    assert result.stdout.strip() == "ok", result.stderr


def test_it_points_the_proxies_at_the_web_unit() -> None:
    web = " ".join(commands(DEPLOY / "relance-web.service")[0])
    host_port = re.search(r"--host (\S+) --port (\d+)", web)
    assert host_port is not None
    address = f"{host_port[1]}:{host_port[2]}"
    assert f"reverse_proxy {address}" in (DEPLOY / "Caddyfile").read_text()
    assert f"proxy_pass http://{address};" in (DEPLOY / "nginx.conf").read_text()
