"""Two worker processes drain 1,000 due follow-ups: each one is sent exactly once."""

import os
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from relance.tracker.models import FollowUp
from tests.fixtures.clock import SENDING_TIME
from tests.fixtures.mailbox import interviewed_applications, make_mailbox

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[2]
COUNT = int(os.environ.get("RELANCE_WORKER_TEST_COUNT", "1000"))


def due_followups(user, recruiter, count):
    apps, contacts = interviewed_applications(user, recruiter, count)
    FollowUp.objects.bulk_create(
        FollowUp(
            application=app,
            contact=contact,
            kind="followup_email",
            channel="email",
            state="approved",
            send_by="mailbox",
            earliest_at=SENDING_TIME - timedelta(hours=1),
            latest_at=SENDING_TIME + timedelta(days=1),
            due_at=SENDING_TIME - timedelta(minutes=1),
            subject=f"Relance {i}",
            body="Bonjour,\n\nAvez-vous avancé ?\n",
            created_at=SENDING_TIME - timedelta(days=5),
        )
        for i, (app, contact) in enumerate(zip(apps, contacts, strict=True))
    )


def message_ids_in_inbox(dovecot, address):
    client = dovecot.imap(address)
    client.select("INBOX", readonly=True)
    _, data = client.fetch("1:*", "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
    client.logout()
    return Counter(
        part[1].decode().split(":", 1)[1].strip() for part in data if isinstance(part, tuple)
    )


def test_it_sends_each_due_follow_up_exactly_once_with_two_workers(
    user, dovecot, smtp_plain, candidate_address, recruiter, worker_env
):
    make_mailbox(user, dovecot, smtp_plain, candidate_address, provider_saves_sent=True)
    due_followups(user, recruiter, COUNT)
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.mailbox.worker_process",
                "drain",
                SENDING_TIME.isoformat(),
            ],
            cwd=ROOT,
            env=worker_env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    counts = [int(worker.communicate(timeout=900)[0].strip()) for worker in workers]
    assert all(worker.returncode == 0 for worker in workers)
    assert sum(counts) == COUNT
    assert min(counts) > 0, "both workers took part"
    states = Counter(FollowUp.objects.values_list("state", flat=True))
    assert states == {"sent": COUNT}
    delivered = message_ids_in_inbox(dovecot, recruiter)
    expected = set(FollowUp.objects.values_list("message_id", flat=True))
    assert set(delivered) == expected
    assert set(delivered.values()) == {1}
