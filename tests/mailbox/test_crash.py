"""SIGKILL the real worker (`handle_one_send` in its own process) at every step it goes through,
then run the real recovery (`settle_in_flight`, then the next send): the recruiter has exactly
one copy, or the follow-up is `unknown` with none. Never two.
"""

import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from relance.mailbox.sending import handle_one_send, settle_in_flight
from tests.fixtures.clock import SENDING_TIME
from tests.fixtures.mailbox import make_followup

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[2]

# Every step the worker reports, in order: (step, state left by the kill, state after recovery).
STEPS = [
    ("claimed", "sending", "sent"),  # DATA never began: back to approved, sent again
    ("connected", "sending", "sent"),
    ("envelope", "sending", "sent"),
    ("committing", "committing", "unknown"),  # the content never left: no copy, not resent
    ("data_sent", "committing", "sent"),  # the server has it: the candidate's copy proves it
    ("accepted", "committing", "sent"),  # the 250 was read, not yet recorded
    ("recorded", "sent", "sent"),  # only the copy in Sent was left to do
]


def state(followup):
    followup.refresh_from_db()
    return followup.state


def start_worker(env, kill_at=""):
    command = [
        sys.executable,
        "-m",
        "tests.mailbox.worker_process",
        "send",
        SENDING_TIME.isoformat(),
    ]
    return subprocess.Popen([*command, *([kill_at] if kill_at else [])], cwd=ROOT, env=env)


def kill_worker_when(env, condition):
    """A worker sending, killed (SIGKILL: a crash, nothing cleaned up) once `condition` holds."""
    process = start_worker(env)
    wait_until(condition)
    process.send_signal(signal.SIGKILL)
    process.wait()


def wait_until(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def let_the_server_finish(smtp):
    """A real MTA finishes a delivery whose final "." it read, even when the client died."""
    time.sleep(0.3)
    wait_until(smtp.handler.idle)


def recover():
    """What the worker does after a crash: settle what is in flight, send what is due again,
    and settle once more after the grace period."""
    settle_in_flight(SENDING_TIME + timedelta(minutes=6))
    handle_one_send(SENDING_TIME + timedelta(minutes=7))
    settle_in_flight(SENDING_TIME + timedelta(hours=1))


def assert_at_most_once(followup, dovecot, recruiter):
    copies = dovecot.count_message_id(recruiter, followup.message_id)
    assert copies <= 1, "the recruiter got two copies"
    assert (state(followup), copies) in (("sent", 1), ("unknown", 0))


def test_it_names_every_step_the_worker_goes_through(mailbox, recruiter):
    make_followup(mailbox.user, recruiter)
    seen = []
    assert handle_one_send(SENDING_TIME, on_step=seen.append)
    assert seen == [name for name, _, _ in STEPS]


@pytest.mark.parametrize("kill_at,killed_state,recovered_state", STEPS)
def test_it_sends_at_most_once_when_killed_at_each_step(
    kill_at,
    killed_state,
    recovered_state,
    mailbox,
    smtp_starttls,
    dovecot,
    recruiter,
    worker_env,
):
    followup = make_followup(mailbox.user, recruiter)
    assert start_worker(worker_env, kill_at).wait(timeout=30) == -signal.SIGKILL
    assert state(followup) == killed_state
    let_the_server_finish(smtp_starttls)
    recover()
    assert state(followup) == recovered_state
    assert_at_most_once(followup, dovecot, recruiter)


def test_it_survives_a_kill_while_the_server_delivers(
    mailbox, smtp_starttls, dovecot, recruiter, worker_env
):
    smtp_starttls.knobs.delay_before_delivery = 1.0
    followup = make_followup(mailbox.user, recruiter)
    # The "." is out and the server is delivering (for a second, delay_before_delivery): a
    # fixed pause after "committing" was a guess a busy machine could miss.
    kill_worker_when(worker_env, lambda: not smtp_starttls.handler.idle())
    assert state(followup) == "committing"
    let_the_server_finish(smtp_starttls)
    recover()
    assert state(followup) == "sent"
    assert_at_most_once(followup, dovecot, recruiter)


def test_it_survives_a_kill_after_delivery_before_the_250(
    mailbox, smtp_starttls, dovecot, recruiter, worker_env
):
    smtp_starttls.knobs.delay_after_delivery = 3
    followup = make_followup(mailbox.user, recruiter)
    kill_worker_when(worker_env, lambda: smtp_starttls.delivered_to(recruiter))
    assert state(followup) == "committing"
    recover()
    assert state(followup) == "sent"
    assert_at_most_once(followup, dovecot, recruiter)
