"""The per-key rate limit is one budget for every process serving the API: counted in the
database, not in a process's memory; past it, 429 with the seconds left in Retry-After."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client

from relance.api.models import ApiKey, RateWindow
from relance.tracker.models import Profile

ROOT = Path(__file__).resolve().parents[2]
# A window longer than the test: no boundary falls between its requests.
LIMIT, PERIOD = 3, 10**9
CHILD = """
import sys
import django
django.setup()
from django.conf import settings
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
settings.API_RATE_LIMIT = (int(sys.argv[2]), int(sys.argv[3]))
client = Client()
for _ in range(int(sys.argv[4])):
    response = client.get("/api/v1/agenda/", HTTP_X_API_KEY=sys.argv[1])
    print(response.status_code, response.get("Retry-After", "-"))
"""


def requests_from_another_process(key: str, count: int) -> list[tuple[int, str]]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "RELANCE_WORKER_DB_NAME": str(connection.settings_dict["NAME"]),
    }
    out = subprocess.run(
        [sys.executable, "-c", CHILD, key, str(LIMIT), str(PERIOD), str(count)],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    return [(int(code), after) for code, after in (line.split() for line in out.splitlines())]


@pytest.fixture
def key(transactional_db: Any, settings: Any) -> str:
    settings.API_RATE_LIMIT = (LIMIT, PERIOD)
    user = User.objects.create_user("alice", "alice@example.org", "correct horse battery")
    Profile.objects.create(user=user, name="Alice Martin", email="alice@example.org")
    return ApiKey.issue(user, "tests")[1]


def test_two_processes_share_one_budget(key: str) -> None:
    here = Client()
    assert here.get("/api/v1/agenda/", HTTP_X_API_KEY=key).status_code == 200
    assert here.get("/api/v1/agenda/", HTTP_X_API_KEY=key).status_code == 200
    # The other process has one request left of the three, not three of its own.
    there = requests_from_another_process(key, 2)
    assert [code for code, _ in there] == [200, 429]
    left = PERIOD - time.time() % PERIOD
    assert abs(int(there[1][1]) - math.ceil(left)) <= 60
    response = here.get("/api/v1/agenda/", HTTP_X_API_KEY=key)
    assert response.status_code == 429
    assert abs(int(response["Retry-After"]) - math.ceil(left)) <= 60
    assert RateWindow.objects.get().count == 5  # refused ones count too


def test_a_new_window_forgets_the_old_ones(key: str, settings: Any) -> None:
    settings.API_RATE_LIMIT = (LIMIT, 1)
    client = Client()
    assert client.get("/api/v1/agenda/", HTTP_X_API_KEY=key).status_code == 200
    time.sleep(1.1)
    assert client.get("/api/v1/agenda/", HTTP_X_API_KEY=key).status_code == 200
    assert RateWindow.objects.count() == 1
