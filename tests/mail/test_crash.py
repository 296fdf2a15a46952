"""SIGKILL the sending process at each step: one copy reaches the recruiter, or the state is
`unknown`; never two."""

import dataclasses
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from relance.mail.evidence import settle_committing
from relance.mail.imap import ImapMailbox
from relance.mail.message import new_message_id
from relance.mail.smtp import SendStatus
from tests.mail.servers import imap_settings, smtp_settings

ROOT = Path(__file__).resolve().parents[2]


def outbox(tmp_path, candidate, recruiter):
    path = tmp_path / "outbox.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE outbox (state, message_id, sender, recipient)")
    message_id = new_message_id(candidate)
    db.execute("INSERT INTO outbox VALUES ('planned', ?, ?, ?)", (message_id, candidate, recruiter))
    db.commit()
    db.close()
    return path, message_id


def state_of(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT state FROM outbox").fetchone()[0]


def set_state(path, state):
    with sqlite3.connect(path) as db:
        db.execute("UPDATE outbox SET state = ?", (state,))


def start_sender(path, server, candidate, kill_at="", **overrides):
    settings = dataclasses.asdict(smtp_settings(server, candidate, **overrides))
    settings["security"] = settings["security"].value
    return subprocess.Popen(
        [sys.executable, "-m", "tests.mail.crash_sender", str(path), json.dumps(settings), kill_at],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def recover(path, dovecot, candidate, server, grace=timedelta(0)):
    """The worker after a crash: settle `committing`, resend only what never began DATA."""
    state = state_of(path)
    if state == "committing":
        message_id = sqlite3.connect(path).execute("SELECT message_id FROM outbox").fetchone()[0]
        with ImapMailbox(imap_settings(dovecot, candidate)) as mailbox:
            committed_at = datetime.now(UTC) - timedelta(seconds=1)
            settled = settle_committing(mailbox, message_id, committed_at, datetime.now(UTC), grace)
        set_state(path, settled.value)
    elif state in ("planned", "sending"):
        assert start_sender(path, server, candidate).wait(timeout=30) == 0
    return state_of(path)


def copies(dovecot, user, message_id, settle=0.5):
    time.sleep(settle)  # let an in-flight shielded delivery finish before counting
    return dovecot.count_message_id(user, message_id)


def assert_at_most_once(final_state, dovecot, recruiter, message_id):
    count = copies(dovecot, recruiter, message_id)
    assert count <= 1, "the recruiter got two copies"
    assert final_state in ("sent", "unknown")
    if final_state == "sent":
        assert count == 1


@pytest.mark.parametrize(
    "kill_at,killed_state,expected",
    [
        ("sending", "sending", "sent"),  # resent: DATA never began
        ("connected", "sending", "sent"),
        ("envelope", "sending", "sent"),
        ("committing", "committing", "unknown"),  # content never left: no copy, not resent
        ("data_sent", "committing", "sent"),  # the server has it: the copy proves it
        ("accepted", "committing", "sent"),  # 250 read, not yet recorded
    ],
)
def test_it_sends_at_most_once_when_killed_at_each_step(
    kill_at, killed_state, expected, tmp_path, smtp_plain, dovecot, candidate, recruiter
):
    path, message_id = outbox(tmp_path, candidate, recruiter)
    process = start_sender(path, smtp_plain, candidate, kill_at=kill_at)
    assert process.wait(timeout=30) == -signal.SIGKILL
    assert state_of(path) == killed_state
    time.sleep(0.3)
    final = recover(path, dovecot, candidate, smtp_plain)
    assert final == expected
    assert_at_most_once(final, dovecot, recruiter, message_id)


def wait_until(condition, timeout=10):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_it_survives_a_kill_while_the_server_delivers(
    tmp_path, smtp_plain, dovecot, candidate, recruiter
):
    smtp_plain.knobs.delay_before_delivery = 1.0
    path, message_id = outbox(tmp_path, candidate, recruiter)
    process = start_sender(path, smtp_plain, candidate)
    wait_until(lambda: state_of(path) == "committing")
    time.sleep(0.2)  # the "." is out, the server is still delivering
    process.send_signal(signal.SIGKILL)
    process.wait()
    wait_until(lambda: copies(dovecot, candidate, message_id, 0) == 1)
    final = recover(path, dovecot, candidate, smtp_plain)
    assert final == "sent"
    assert_at_most_once(final, dovecot, recruiter, message_id)


def test_it_survives_a_kill_after_delivery_before_the_250(
    tmp_path, smtp_plain, dovecot, candidate, recruiter
):
    smtp_plain.knobs.delay_after_delivery = 2.0
    path, message_id = outbox(tmp_path, candidate, recruiter)
    process = start_sender(path, smtp_plain, candidate)
    wait_until(lambda: smtp_plain.delivered_to(recruiter) == [message_id])
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert state_of(path) == "committing"
    final = recover(path, dovecot, candidate, smtp_plain)
    assert final == "sent"
    assert_at_most_once(final, dovecot, recruiter, message_id)


def test_it_waits_for_the_grace_period_before_unknown(
    tmp_path, smtp_plain, dovecot, candidate, recruiter
):
    path, message_id = outbox(tmp_path, candidate, recruiter)
    start_sender(path, smtp_plain, candidate, kill_at="committing").wait(timeout=30)
    with ImapMailbox(imap_settings(dovecot, candidate)) as mailbox:
        now = datetime.now(UTC)
        assert settle_committing(mailbox, message_id, now, now, timedelta(minutes=5)) is None
        later = now + timedelta(minutes=5)
        assert settle_committing(mailbox, message_id, now, later, timedelta(minutes=5)) is (
            SendStatus.UNKNOWN
        )


def test_it_retries_after_the_server_was_down(tmp_path, smtp_plain, dovecot, candidate, recruiter):
    path, message_id = outbox(tmp_path, candidate, recruiter)
    smtp_plain.stop()
    assert start_sender(path, smtp_plain, candidate).wait(timeout=30) == 0
    assert state_of(path) == "planned"
    smtp_plain.start()
    final = recover(path, dovecot, candidate, smtp_plain)
    assert final == "sent"
    assert_at_most_once(final, dovecot, recruiter, message_id)


def test_it_retries_after_a_temporary_refusal(tmp_path, smtp_plain, dovecot, candidate, recruiter):
    path, message_id = outbox(tmp_path, candidate, recruiter)
    smtp_plain.knobs.refuse = (451, "4.7.1 Greylisted, try again")
    start_sender(path, smtp_plain, candidate).wait(timeout=30)
    assert state_of(path) == "planned"
    smtp_plain.knobs.refuse = None
    final = recover(path, dovecot, candidate, smtp_plain)
    assert_at_most_once(final, dovecot, recruiter, message_id)
    assert final == "sent"


def test_it_settles_a_slow_server_timeout_as_sent(
    tmp_path, smtp_plain, dovecot, candidate, recruiter
):
    smtp_plain.knobs.slow = 3
    path, message_id = outbox(tmp_path, candidate, recruiter)
    start_sender(path, smtp_plain, candidate, timeout=1).wait(timeout=30)
    assert state_of(path) == "unknown"
    set_state(path, "committing")  # what the worker records for a dropped reply, then settles
    final = recover(path, dovecot, candidate, smtp_plain)
    assert final == "sent"
    assert_at_most_once(final, dovecot, recruiter, message_id)
