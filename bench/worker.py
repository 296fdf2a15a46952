"""Benchmark of the sending worker.

1. The cost of one worker pass that claims 100 due follow-ups among 10k, 100k and 1M scheduled
   ones (approved, due later: all of them sit in the partial index). It must stay flat: the claim
   query reads the partial index on due_at WHERE state = 'approved', in due order.
2. Sends per second to the local test SMTP server (aiosmtpd delivering to Dovecot over LMTP),
   the full step: claim, reply check over IMAP, SMTP transaction, bookkeeping.

Run: .venv/bin/python bench/worker.py [--sizes 10000,100000,1000000] [--sends 200]
Uses a throwaway SQLite file (or DATABASE_URL) and needs Dovecot for part 2.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORK = tempfile.mkdtemp(prefix="relance-bench-")
os.environ["RELANCE_DATA_DIR"] = WORK
os.environ.setdefault("RELANCE_SQLITE_PATH", os.path.join(WORK, "bench.sqlite3"))
os.environ["DJANGO_SETTINGS_MODULE"] = "relance.settings"

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from relance.core.facts import EMAIL_KINDS  # noqa: E402
from relance.mailbox import sending  # noqa: E402
from relance.mailbox.models import MailboxSettings  # noqa: E402
from relance.tracker.lifecycle import APPROVED  # noqa: E402
from relance.tracker.models import Application, Contact, FollowUp, Profile  # noqa: E402
from tests.fixtures.clock import SENDING_TIME  # noqa: E402  (the tests' clock, sending time)

DUE = 100


def setup_owner() -> tuple[User, list[Application], list[Contact]]:
    call_command("migrate", verbosity=0)
    user = User.objects.create_user("bench", "bench@example.org", "pw")
    Profile.objects.create(user=user, name="Bench", email="bench@example.org")
    MailboxSettings.objects.create(
        user=user, address="bench@example.test", smtp_host="127.0.0.1", imap_host="127.0.0.1"
    )
    apps = Application.objects.bulk_create(
        Application(owner=user, company=f"C{i}", position="P") for i in range(1000)
    )
    contacts = Contact.objects.bulk_create(
        Contact(application=app, last_name="D", email="drh@corp.test") for app in apps
    )
    return user, apps, contacts


def add_followups(apps: list[Application], contacts: list[Contact], count: int, due: bool) -> None:
    batch: list[FollowUp] = []
    for i in range(count):
        when = (
            SENDING_TIME - timedelta(minutes=1)
            if due
            else SENDING_TIME + timedelta(days=1 + i % 300)
        )
        batch.append(
            FollowUp(
                application=apps[i % len(apps)],
                contact=contacts[i % len(apps)],
                kind="followup_email",
                channel="email",
                state="approved",
                send_by="mailbox",
                earliest_at=when - timedelta(hours=1),
                latest_at=when + timedelta(days=1),
                due_at=when,
                subject="s",
                body="b",
                created_at=SENDING_TIME - timedelta(days=5),
            )
        )
        if len(batch) == 20_000:
            FollowUp.objects.bulk_create(batch)
            batch = []
    FollowUp.objects.bulk_create(batch)


def claim_pass() -> tuple[float, float]:
    """Claim every due row (as a pass does before sending), then one empty claim."""
    started = time.perf_counter()
    claimed = 0
    while sending._claim(SENDING_TIME) is not None:
        claimed += 1
    empty_started = time.perf_counter()
    assert sending._claim(SENDING_TIME) is None
    finished = time.perf_counter()
    assert claimed == DUE, claimed
    return empty_started - started, finished - empty_started


def query_plan() -> str:
    query = (
        FollowUp.objects.filter(
            state=APPROVED, send_by="mailbox", due_at__lte=SENDING_TIME, kind__in=EMAIL_KINDS
        )
        .order_by("due_at")
        .values_list("pk", flat=True)[: sending.CLAIM_BATCH]
    )
    return str(query.explain())


def bench_pass(sizes: list[int]) -> None:
    from tests.fixtures.mailbox import interviewed_applications

    user, apps, contacts = setup_owner()
    total = 0
    print(f"database: {connection.vendor}")
    columns = ("scheduled", "claim 100 due (ms)", "per claim (ms)", "empty pass (ms)")
    print("{:>10} {:>20} {:>15} {:>16}".format(*columns))
    for size in sizes:
        add_followups(apps, contacts, size - total, due=False)
        total = size
        # The due ones each have their own interviewed application: the worker asks the
        # rules engine once more before sending, as it would for real follow-ups.
        Application.objects.filter(followups__due_at__lte=SENDING_TIME).delete()
        due_apps, due_contacts = interviewed_applications(user, "drh@corp.test", DUE)
        add_followups(due_apps, due_contacts, DUE, due=True)
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        busy, empty = claim_pass()
        print(f"{size:>10} {busy * 1000:>20.1f} {busy * 1000 / DUE:>15.2f} {empty * 1000:>16.2f}")
    print("claim query plan:", query_plan().replace("\n", " | "))


def bench_sends(count: int) -> None:
    from tests.fixtures.mail_servers import Dovecot, SmtpServer
    from tests.fixtures.mailbox import due_followups, make_mailbox

    dovecot = Dovecot()
    dovecot.start()
    smtp = SmtpServer(dovecot, "plain")
    smtp.start()
    try:
        user = User.objects.create_user("sender", "s@example.org", "pw")
        Profile.objects.create(user=user, name="Sender", email="s@example.org")
        candidate = dovecot.new_user("bench", "example.test")
        recruiter = dovecot.new_user("drh", "corp.test")
        make_mailbox(user, dovecot, smtp, candidate, provider_saves_sent=True)
        FollowUp.objects.filter(state="approved").update(state="cancelled")
        due_followups(user, recruiter, count)
        mine = FollowUp.objects.filter(application__owner=user)
        for check in (True, False):
            mine.update(state="approved", message_id="")
            started = time.perf_counter()
            sent = 0
            while sent < count and sending.handle_one_send(SENDING_TIME, check_replies=check):
                sent += 1
            elapsed = time.perf_counter() - started
            label = "with" if check else "without"
            print(f"sends: {sent} in {elapsed:.2f} s = {sent / elapsed:.1f}/s, one worker, "
                  f"{label} the IMAP reply check before each send")  # fmt: skip
    finally:
        smtp.stop()
        dovecot.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--sends", type=int, default=200)
    args = parser.parse_args()
    bench_pass([int(size) for size in args.sizes.split(",")])
    if args.sends:
        bench_sends(args.sends)


if __name__ == "__main__":
    main()
