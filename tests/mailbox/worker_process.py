"""A worker in its own process, for the crash and two-worker tests.

`python -m tests.mailbox.worker_process send NOW_ISO` sends one follow-up;
`... drain NOW_ISO` sends until nothing is due and prints how many it sent.
"""

from __future__ import annotations

import sys
from datetime import datetime

import django


def main(command: str, now_iso: str) -> None:
    django.setup()
    from relance.mailbox.sending import handle_one_send

    now = datetime.fromisoformat(now_iso)
    if command == "send":
        handle_one_send(now)
        return
    sent = 0
    while handle_one_send(now, check_replies="--no-check" not in sys.argv):
        sent += 1
    print(sent)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
