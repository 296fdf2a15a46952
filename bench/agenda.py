"""The rules engine alone (bench/agenda_engine.py: 1k, 10k, 100k applications, one core),
then `relance agenda` on a database of 10,000 applications, start-up included.

Run: .venv/bin/python bench/agenda.py [--apps 10000] [--due 100]
Target (issue 2): at most 1 s wall for the whole command. It also shows that the cost follows
the due items, not the history: the same agenda is timed with 10x more history (closed
applications with their interviews and timelines) and with 10x more due applications.

The database is built in a temporary data directory: `--due` applications through the real
services (interview, agreement, plan), the rest bulk-inserted as past history (closed
applications with an interview, replies and timeline events), as a coach's server would hold.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


def build(data_dir: str, apps: int, due: int) -> None:
    os.environ["RELANCE_DATA_DIR"] = data_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "relance.settings"
    sys.path.insert(0, str(ROOT))
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
    created = Application.objects.bulk_create(
        Application(owner=user, company=f"Past {n}", position="serveur", status="rejected")
        for n in range(history)
    )
    Interview.objects.bulk_create(
        Interview(application=a, at=NOW - timedelta(days=90)) for a in created
    )
    Reply.objects.bulk_create(
        Reply(application=a, at=NOW - timedelta(days=80), channel="email", outcome="rejection")
        for a in created
    )
    TimelineEvent.objects.bulk_create(
        TimelineEvent(application=a, at=NOW - timedelta(days=90 - k), kind="history")
        for a in created
        for k in range(5)
    )


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


def scenario(apps: int, due: int, runs: int) -> tuple[float, int]:
    folder = tempfile.mkdtemp(prefix="relance-bench-")
    subprocess.run(
        [sys.executable, __file__, "--build", folder, "--apps", str(apps), "--due", str(due)],
        check=True,
    )
    return time_agenda(folder, runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--apps", type=int, default=10_000)
    parser.add_argument("--due", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build")
    args = parser.parse_args()
    if args.build:
        build(args.build, args.apps, args.due)
        return
    print("== the engine alone (bench/agenda_engine.py)")
    subprocess.run([sys.executable, str(ROOT / "bench" / "agenda_engine.py")], check=True)
    print("== `relance agenda`, start-up included")
    rows = [
        (args.apps, args.due),
        (args.apps * 10, args.due),
        (args.apps, args.due * 10),
    ]
    print(f"{'applications':>12} {'due':>6} {'agenda items':>13} {'median wall (s)':>16}")
    results = []
    for apps, due in rows:
        wall, items = scenario(apps, due, args.runs)
        results.append(wall)
        print(f"{apps:>12} {due:>6} {items:>13} {wall:>16.3f}")
    print(
        f"10x history / base: {results[1] / results[0]:.2f}x   "
        f"10x due / base: {results[2] / results[0]:.2f}x   target: base <= 1.000 s"
    )


if __name__ == "__main__":
    main()
