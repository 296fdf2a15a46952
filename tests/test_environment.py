"""Settings from the environment: yes/no spelled any usual way, anything else refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from relance.environment import comma_list, flag, whole_number

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("value", ["1", "true", "True", "YES", " yes ", "on"])
def test_it_reads_yes(monkeypatch, value) -> None:
    monkeypatch.setenv("RELANCE_X", value)
    assert flag("RELANCE_X", default=False) is True


@pytest.mark.parametrize("value", ["0", "false", "No", "off"])
def test_it_reads_no(monkeypatch, value) -> None:
    monkeypatch.setenv("RELANCE_X", value)
    assert flag("RELANCE_X", default=True) is False


def test_it_takes_the_default_when_unset_or_empty(monkeypatch) -> None:
    monkeypatch.delenv("RELANCE_X", raising=False)
    assert flag("RELANCE_X", default=True) is True
    monkeypatch.setenv("RELANCE_X", "")
    assert flag("RELANCE_X", default=False) is False


@pytest.mark.parametrize("value", ["ture", "2", "enabled", "y es"])
def test_it_refuses_a_yes_no_it_cannot_read(monkeypatch, value) -> None:
    monkeypatch.setenv("RELANCE_X", value)
    with pytest.raises(ImproperlyConfigured, match="RELANCE_X"):
        flag("RELANCE_X", default=False)


def test_it_refuses_a_number_it_cannot_read(monkeypatch) -> None:
    monkeypatch.setenv("EMAIL_PORT", "58 7")
    with pytest.raises(ImproperlyConfigured, match="EMAIL_PORT"):
        whole_number("EMAIL_PORT", 587)


def test_it_drops_blanks_from_a_list(monkeypatch) -> None:
    monkeypatch.setenv("RELANCE_X", "a.example, ,b.example,")
    assert comma_list("RELANCE_X") == ["a.example", "b.example"]


def settings_in_a_fresh_process(**env: str) -> subprocess.CompletedProcess[str]:
    code = "import relance.settings as s; print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE)"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )


def test_it_turns_hsts_on_for_production_true() -> None:
    result = settings_in_a_fresh_process(RELANCE_PRODUCTION="true")
    assert result.stdout.split() == ["31536000", "True"]


def test_it_stops_on_a_mistyped_production_flag() -> None:
    result = settings_in_a_fresh_process(RELANCE_PRODUCTION="ture")
    assert result.returncode != 0
    assert "RELANCE_PRODUCTION='ture' is not understood" in result.stderr


def test_it_turns_postgresql_jit_and_parallel_workers_off() -> None:
    code = "import relance.settings as s; print(s.DATABASES['default']['OPTIONS']['options'])"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": "postgres://u@127.0.0.1:5432/relance"},
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "-c jit=off -c max_parallel_workers_per_gather=0", result.stderr
