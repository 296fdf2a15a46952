"""Time a 20 MB import, and whether another process can write while it runs.

    .venv/bin/python bench/import.py [--megabytes 20] [--writer-timeout 5]

Builds a throw-away SQLite database, makes one realistic application through the
services, exports it and copies it (fresh follow-up codes, long messages) until the
file weighs --megabytes. Then imports it into a second account while another process,
started once the import has begun, saves a profile with a lock timeout of
--writer-timeout seconds (the web app waits 20 s). Target: the import holds the write
lock for under 3 s at a time, so the parallel write succeeds, after a short wait.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RELANCE_DATA_DIR", tempfile.mkdtemp(prefix="relance-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relance.settings")
os.environ.setdefault("RELANCE_SECRET_KEY", "bench-" + "x" * 50)

from tests.fixtures.clock import NOW  # noqa: E402  (the tests' clock: one pretended moment for all)

WRITER = """
import os, sys, time, django
sys.path.insert(0, {root!r})
os.environ["DJANGO_SETTINGS_MODULE"] = "relance.settings"
django.setup()
from django.db import connection, transaction
from relance.tracker.models import Profile
with connection.cursor() as cursor:
    cursor.execute("PRAGMA busy_timeout={timeout_ms}")
print("ready", flush=True)
waits, failures = [], []
while not os.path.exists({stop!r}):
    start = time.perf_counter()
    try:
        # As the services write: in a transaction, which takes the lock at BEGIN IMMEDIATE.
        with transaction.atomic():
            Profile.objects.filter(user__username="writer").update(signature=str(start))
        waits.append(time.perf_counter() - start)
    except Exception as error:
        failures.append(f"{{type(error).__name__}} after {{time.perf_counter() - start:.1f}} s")
    time.sleep(0.05)
print(len(waits), max(waits or [0]), len(failures), failures[:1])
"""


def build_document(megabytes: int) -> bytes:
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from relance.tracker.exchange import export_user
    from relance.tracker.models import Profile
    from relance.tracker.services.applications import add_contact, create_application
    from relance.tracker.services.interviews import add_interview, save_agreement, save_debrief

    call_command("migrate", verbosity=0)
    for name in ("source", "target", "writer"):
        user = User.objects.create_user(name, f"{name}@example.org", "bench-password-1")
        Profile.objects.create(user=user, name=name.title(), email=f"{name}@example.org")
    source = User.objects.get(username="source")
    app = create_application(source, company="Brasserie Lipp", position="chef", now=NOW)
    add_contact(app, last_name="Durand", email="claire@example.com", now=NOW)
    interview = add_interview(app, at=NOW, now=NOW)
    save_debrief(interview, NOW, notes="Un échange précis sur le service du soir. " * 40)
    save_agreement(interview, NOW, agreement_obtained=True, decision_date=date(2026, 3, 13))
    document = json.loads(json.dumps(export_user(source, NOW), default=str))
    template = document["applications"][0]
    one = len(json.dumps(template, ensure_ascii=False).encode())
    copies = megabytes * 1024 * 1024 // one
    apps = []
    for n in range(copies):
        copy = json.loads(json.dumps(template))
        copy["company"] = f"Entreprise {n}"
        for followup in copy["followups"]:
            followup["code"] = str(uuid.uuid4())
        apps.append(copy)
    document["applications"] = apps
    raw = json.dumps(document, ensure_ascii=False, indent=1).encode()
    limit = megabytes * 1024 * 1024
    while len(raw) > limit:  # indentation made it heavier than estimated: trim to the limit
        del apps[int(len(apps) * limit / len(raw) * 0.99) :]
        raw = json.dumps(document, ensure_ascii=False, indent=1).encode()
    return raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=20)
    parser.add_argument("--writer-timeout", type=float, default=5.0)
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth.models import User

    from relance.tracker.exchange import import_user
    from relance.tracker.exchange.reader import read_export

    raw = build_document(args.megabytes)
    document = read_export(raw)
    print(f"file: {len(raw) / 1e6:.1f} MB, {len(document['applications'])} applications")
    stop = Path(tempfile.mkdtemp()) / "stop"
    script = WRITER.format(
        root=str(ROOT), timeout_ms=int(args.writer_timeout * 1000), stop=str(stop)
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    assert writer.stdout is not None
    writer.stdout.readline()  # "ready": the writer is writing in a loop from now on
    start = time.perf_counter()
    counts = import_user(User.objects.get(username="target"), document, NOW)
    elapsed = time.perf_counter() - start
    stop.touch()
    writes, longest, failed, first = writer.communicate(timeout=120)[0].split(" ", 3)
    print(f"import: {elapsed:.2f} s for {counts}")
    print(
        f"parallel writes during the import (lock timeout {args.writer_timeout:.0f} s): "
        f"{writes} succeeded, longest wait {float(longest):.2f} s, {failed} failed {first}"
    )


if __name__ == "__main__":
    main()
