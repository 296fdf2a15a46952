"""The real worker in its own process, for the crash and two-worker tests.

`python -m tests.mailbox.worker_process send NOW_ISO [KILL_AT]` sends one follow-up through
`handle_one_send`, and SIGKILLs itself when the step named KILL_AT is reached;
`... drain NOW_ISO` sends until nothing is due and prints how many it sent;
`... drain-all NOW_ISO` also sends the coaches' nudges by e-mail and prints both counts.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from datetime import datetime

import django


def kill_at(name: str) -> Callable[[str], None]:
    """The `on_step` hook that dies, without any clean-up, at the step called `name`."""

    def step(reached: str) -> None:
        if reached == name:
            os.kill(os.getpid(), signal.SIGKILL)

    return step


def main(command: str, now_iso: str, *rest: str) -> None:
    django.setup()
    from relance.mailbox.sending import handle_one_send

    now = datetime.fromisoformat(now_iso)
    if command == "send":
        handle_one_send(now, on_step=kill_at(rest[0]) if rest else None)
        return
    if command == "drain-all":
        from relance.coaching.services.nudge_mail import handle_one_nudge_mail

        followups = nudges = 0
        while True:
            if handle_one_send(now, check_replies=False):
                followups += 1
            elif handle_one_nudge_mail(now):
                nudges += 1
            else:
                break
        print(followups, nudges)
        return
    sent = 0
    while handle_one_send(now, check_replies="--no-check" not in rest):
        sent += 1
    print(sent)


if __name__ == "__main__":
    main(*sys.argv[1:])
