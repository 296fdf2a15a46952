"""A sending process for the crash tests: records its state in SQLite, may SIGKILL itself.

Run as `python -m tests.mail.crash_sender DB SETTINGS_JSON KILL_AT`. The state machine is the
one the worker uses: planned -> sending -> committing (durable, before the content) -> result.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys

from relance.mail.message import OutgoingMail, build_message
from relance.mail.smtp import Security, SmtpSettings, send_once


def set_state(db: sqlite3.Connection, state: str) -> None:
    with db:  # commits: durable before the next step
        db.execute("UPDATE outbox SET state = ?", (state,))


def main(db_path: str, settings_json: str, kill_at: str) -> None:
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA synchronous = FULL")
    state, message_id, sender, recipient = db.execute(
        "SELECT state, message_id, sender, recipient FROM outbox"
    ).fetchone()
    if state not in ("planned", "sending"):
        return  # committing and beyond are never resent
    values = json.loads(settings_json)
    settings = SmtpSettings(**{**values, "security": Security(values["security"])})

    def step(name: str) -> None:
        if name == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    set_state(db, "sending")
    step("sending")
    mail = OutgoingMail(sender, recipient, "Suite à notre entretien", "Bonjour,\n\nMerci.\n")
    result = send_once(
        settings,
        build_message(mail, message_id=message_id),
        envelope_from=sender,
        recipients=[recipient],
        copy_to=sender,
        before_data=lambda: set_state(db, "committing"),
        on_step=step,
    )
    if result.status.value == "failed" and not result.permanent:
        set_state(db, "planned")  # nothing was sent: retrying is safe
    else:
        set_state(db, result.status.value)


if __name__ == "__main__":
    main(*sys.argv[1:4])
