"""Issue 9, "How it is checked": a model-based test of the golden rules on every path.

A hypothesis state machine drives random sequences of what a candidate does (through the same
services the web, the CLI and the API call), of what the recruiter's mailbox receives (real
messages delivered to Dovecot over LMTP, read by the real poller), of worker passes (the real
sending step, through the real aiosmtpd server), of worker crashes between steps, and of clock
jumps across weekends and French public holidays. After every step it checks the golden rules
against an oracle (tests/fixtures/golden_oracle.py) that reads only the timeline of what reached the
recruiter, as logged by the SMTP server itself, and what the recruiter said.

Nothing is faked but the clock (the services' `now`) and, for the crash steps, the moment the
worker dies. RELANCE_MACHINE_EXAMPLES sets a longer hunt (default: a run under a minute).

The machine lives in tests/mailbox/golden_machine/, one module per concept (its world, the
checks of each delivery, the invariants, and the worker's, candidate's, recruiter's and
clock's steps); this file holds its settings and runs it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.fixtures.mail_servers import Dovecot, SmtpServer
from tests.mailbox.golden_machine.machine import GoldenMachine
from tests.mailbox.golden_machine.world import STATS

pytestmark = pytest.mark.mailserver

EXAMPLES = int(os.environ.get("RELANCE_MACHINE_EXAMPLES", "40"))
STEPS = int(os.environ.get("RELANCE_MACHINE_STEPS", "40"))


def machine_settings() -> settings:
    return settings(
        max_examples=EXAMPLES,
        stateful_step_count=STEPS,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )


@pytest.fixture
def machine(db: None, dovecot: Dovecot, smtp_plain: SmtpServer) -> Iterator[type[GoldenMachine]]:
    GoldenMachine.dovecot = dovecot
    GoldenMachine.smtp = smtp_plain
    yield GoldenMachine


def test_the_golden_rules_hold_on_every_path(machine: type[GoldenMachine]) -> None:
    STATS.clear()
    run_state_machine_as_test(machine, settings=machine_settings())
    print(dict(sorted(STATS.items())))
