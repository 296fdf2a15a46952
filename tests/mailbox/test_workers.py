"""Two worker processes drain 1,000 due follow-ups: each one is sent exactly once."""

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from relance.tracker.models import FollowUp
from tests.fixtures.clock import SENDING_TIME
from tests.fixtures.mailbox import due_followups, make_mailbox

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[2]
COUNT = int(os.environ.get("RELANCE_WORKER_TEST_COUNT", "1000"))


def run_workers(count, command, env):
    """Runs `count` worker processes (tests/mailbox/worker_process.py `command`) at once,
    at SENDING_TIME; returns what each printed, once all exited cleanly."""
    argv = [sys.executable, "-m", "tests.mailbox.worker_process", command, SENDING_TIME.isoformat()]
    workers = [
        subprocess.Popen(
            argv,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    outputs = [worker.communicate(timeout=900)[0].strip() for worker in workers]
    assert all(worker.returncode == 0 for worker in workers), outputs
    return outputs


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
    counts = [int(out) for out in run_workers(2, "drain", worker_env)]
    assert sum(counts) == COUNT
    assert min(counts) > 0, "both workers took part"
    states = Counter(FollowUp.objects.values_list("state", flat=True))
    assert states == {"sent": COUNT}
    delivered = message_ids_in_inbox(dovecot, recruiter)
    expected = set(FollowUp.objects.values_list("message_id", flat=True))
    assert set(delivered) == expected
    assert set(delivered.values()) == {1}


FOUR = int(os.environ.get("RELANCE_FOUR_WORKERS_COUNT", "400"))


def due_nudge_mails(user, address, count):
    from relance.coaching.models import Nudge, NudgeMail

    nudges = Nudge.objects.bulk_create(
        Nudge(
            coach=user,
            candidate=user,
            template="check_in",
            body=f"Mot {i}",
            created_at=SENDING_TIME,
        )
        for i in range(count)
    )
    NudgeMail.objects.bulk_create(
        NudgeMail(
            nudge=nudge,
            to_address=address,
            subject=f"Un mot {i}",
            body="Où en êtes-vous ?",
            message_id=f"<nudge.{i}@coaching.test>",
            due_at=SENDING_TIME,
            created_at=SENDING_TIME,
        )
        for i, nudge in enumerate(nudges)
    )


def test_it_sends_each_follow_up_and_nudge_exactly_once_with_four_workers(
    user, dovecot, smtp_plain, candidate_address, recruiter, worker_env
):
    from relance.coaching.models import NudgeMail

    make_mailbox(user, dovecot, smtp_plain, candidate_address, provider_saves_sent=True)
    due_followups(user, recruiter, FOUR)
    nudge_address = dovecot.new_user("alice", "example.test")
    due_nudge_mails(user, nudge_address, FOUR // 2)
    env = {
        **worker_env,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_plain.port),
        "EMAIL_USE_TLS": "no",
        "RELANCE_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    }
    counts = [tuple(map(int, out.split())) for out in run_workers(4, "drain-all", env)]
    assert sum(c[0] for c in counts) == FOUR
    assert sum(c[1] for c in counts) == FOUR // 2
    assert sum(1 for c in counts if sum(c) > 0) >= 2, f"the workers shared the queue: {counts}"
    assert Counter(FollowUp.objects.values_list("state", flat=True)) == {"sent": FOUR}
    assert Counter(NudgeMail.objects.values_list("state", flat=True)) == {"sent": FOUR // 2}
    assert set(NudgeMail.objects.values_list("attempts", flat=True)) == {1}
    delivered = message_ids_in_inbox(dovecot, recruiter)
    assert set(delivered) == set(FollowUp.objects.values_list("message_id", flat=True))
    assert set(delivered.values()) == {1}
    nudges = message_ids_in_inbox(dovecot, nudge_address)
    assert set(nudges) == set(NudgeMail.objects.values_list("message_id", flat=True))
    assert set(nudges.values()) == {1}
