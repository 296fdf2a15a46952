"""The rules engine alone (bench/agenda_engine.py: 1k, 10k, 100k applications, one core),
then `relance agenda` on a database of 10,000 applications, start-up included.

Run: .venv/bin/python bench/agenda.py [--apps 10000] [--due 100] [--drop-index]
Target (issue 2): at most 1 s wall for the whole command. It also shows that the cost follows
the due items, not the history: the same agenda is timed with 10x more history and with 10x
more due applications. `--drop-index` drops the partial next-due index after building, to show
that the index is what keeps the history's cost away (the history ratio must then grow).

The database is built in a temporary data directory: `--due` applications through the real
services (interview, agreement, plan), the rest bulk-inserted as history a real user has: open
applications waiting on a date weeks away (a next-due moment past the agenda's horizon, which
the index skips) with their interview and timeline.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.clock import NOW  # noqa: E402  (the tests' clock: one pretended moment for all)


def build(data_dir: str, apps: int, due: int, drop_index: bool) -> None:
    os.environ["RELANCE_DATA_DIR"] = data_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "relance.settings"
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from relance.tracker.models import Application, Interview, Profile, Reply, TimelineEvent
    from relance.tracker.services.applications import create_application
    from relance.tracker.services.interviews import add_interview, save_agreement

    call_command("migrate", verbosity=0)
    user = User.objects.create_user("bench", "bench@example.org", "x")
    Profile.objects.create(user=user, name="Bench")
    for n in range(due):
        app = create_application(user, company=f"Due {n}", position="chef de rang", now=NOW)
        interview = add_interview(app, at=NOW - timedelta(days=1), now=NOW)
        save_agreement(interview, NOW, agreement_obtained=False)
    history = apps - due
    # Open, with something due weeks after the agenda's 7-day horizon: the agenda's query
    # must skip them, which only the partial index on (owner, next_due_at) does cheaply.
    created = Application.objects.bulk_create(
        Application(
            owner=user,
            company=f"Waiting {n}",
            position="serveur",
            status="waiting",
            next_due_at=NOW + timedelta(days=14 + n % 60),
            next_kind="followup_email",
        )
        for n in range(history)
    )
    Interview.objects.bulk_create(
        Interview(application=a, at=NOW - timedelta(days=10)) for a in created
    )
    Reply.objects.bulk_create(
        Reply(application=a, at=NOW - timedelta(days=8), channel="email", outcome="postponed")
        for a in created
    )
    TimelineEvent.objects.bulk_create(
        TimelineEvent(application=a, at=NOW - timedelta(days=10 - k), kind="history")
        for a in created
        for k in range(5)
    )
    if drop_index:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("DROP INDEX app_owner_next_due")


def time_agenda(data_dir: str, runs: int) -> tuple[float, int]:
    env = {**os.environ, "RELANCE_DATA_DIR": data_dir}
    env.pop("DATABASE_URL", None)
    command = [
        str(ROOT / ".venv/bin/relance"),
        "agenda",
        "--as-of",
        "2026-03-10 09:00",
        "--days",
        "7",
        "--json",
    ]
    walls, lines = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - start)
        lines = out.stdout.count('"kind"')
    return statistics.median(walls), lines


def time_due_query(data_dir: str) -> None:
    """The agenda's own query alone, in process: start-up noise hides what the index saves."""
    os.environ["RELANCE_DATA_DIR"] = data_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "relance.settings"
    import django

    django.setup()
    from django.contrib.auth.models import User

    from relance.tracker.models import Application

    user = User.objects.get(username="bench")
    horizon = NOW + timedelta(days=8)
    walls = []
    for _ in range(30):
        start = time.perf_counter()
        list(Application.objects.for_user(user).plannable().due_before(horizon).values("pk"))
        walls.append(time.perf_counter() - start)
    print(statistics.median(walls) * 1000)


def scenario(apps: int, due: int, runs: int, drop_index: bool) -> tuple[float, int, float]:
    folder = tempfile.mkdtemp(prefix="relance-bench-")
    try:
        command = [sys.executable, __file__, "--apps", str(apps), "--due", str(due)]
        subprocess.run(
            [*command, "--build", folder, *(["--drop-index"] if drop_index else [])], check=True
        )
        query = subprocess.run(
            [sys.executable, __file__, "--query", folder], check=True, capture_output=True
        )
        wall, items = time_agenda(folder, runs)
        return wall, items, float(query.stdout)
    finally:
        shutil.rmtree(folder)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--apps", type=int, default=10_000)
    parser.add_argument("--due", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build")
    parser.add_argument("--query", help="time the agenda's due query on this data directory")
    parser.add_argument("--drop-index", action="store_true", help="without the partial index")
    parser.add_argument("--no-engine", action="store_true", help="skip the engine benchmark")
    args = parser.parse_args()
    if args.build:
        build(args.build, args.apps, args.due, args.drop_index)
        return
    if args.query:
        time_due_query(args.query)
        return
    if not args.no_engine:
        print("== the engine alone (bench/agenda_engine.py)")
        subprocess.run([sys.executable, str(ROOT / "bench" / "agenda_engine.py")], check=True)
    index = "WITHOUT the partial next-due index" if args.drop_index else "with the partial index"
    print(f"== `relance agenda`, start-up included, {index}")
    rows = [
        (args.apps, args.due),
        (args.apps * 10, args.due),
        (args.apps, args.due * 10),
    ]
    print(
        f"{'applications':>12} {'due':>6} {'agenda items':>13} {'median wall (s)':>16}"
        f" {'due query (ms)':>15}"
    )
    walls, queries = [], []
    for apps, due in rows:
        wall, items, query_ms = scenario(apps, due, args.runs, args.drop_index)
        walls.append(wall)
        queries.append(query_ms)
        print(f"{apps:>12} {due:>6} {items:>13} {wall:>16.3f} {query_ms:>15.2f}")
    print(
        f"10x history / base: {walls[1] / walls[0]:.2f}x wall, {queries[1] / queries[0]:.2f}x "
        f"query   10x due / base: {walls[2] / walls[0]:.2f}x wall, "
        f"{queries[2] / queries[0]:.2f}x query   target: base <= 1.000 s"
    )


if __name__ == "__main__":
    main()
