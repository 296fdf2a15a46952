"""The worker: the real sending step, through the real aiosmtpd server.

A pass polls (maybe), settles crashed rows and sends what is due; a run lasts some hours and
acts at each due moment; a crash kills the worker before DATA, at DATA or after the server's
250, as a SIGKILL would.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from unittest import mock

from hypothesis import strategies as st
from hypothesis.stateful import rule

from relance.mail.errors import MailError
from relance.mailbox import sending
from relance.mailbox.models import MailboxSettings
from relance.mailbox.polling import poll_mailbox

from .checks import DeliveryChecks


class Crash(BaseException):
    """The worker process dies here (BaseException: nothing in the product catches it)."""


class WorkerSteps(DeliveryChecks):
    """The worker's steps; the candidate and the clock call its passes too."""

    def poll(self) -> None:
        try:
            count = poll_mailbox(MailboxSettings.objects.get(pk=self.mailbox.pk), self.now)
        except MailError as error:
            self.note(f"poll failed: {error}")
            return
        self.note(f"poll: {count} recorded")

    @rule(hours=st.sampled_from([0, 0, 0.5, 3, 24, 72, 24 * 6]), polls=st.booleans())
    def worker(self, hours: float, polls: bool) -> None:
        if hours:
            self.worker_runs(hours, polls)
        else:
            self.worker_pass(polls)

    def worker_pass(self, poll_first: bool = False) -> None:
        """One turn of the worker's loop: (maybe) poll, settle crashes, send what is due."""
        if poll_first:
            self.poll()
        settled = sending.settle_in_flight(self.now)
        sent = 0
        for _ in range(10):
            if not self._send_one():
                break
            sent += 1
        self.last_pass = self.now
        states = ", ".join(
            f"#{r.pk} {r.kind} {r.state} {r.send_by} due {self.when(r.due_at)} {r.last_error[:40]}"
            for r in self.rows()
        )
        self.note(f"worker pass: {settled} settled, {sent} handled; {states}")

    def worker_runs(self, hours: float, polls: bool) -> None:
        """The worker runs for a while: it acts at each due moment (and settles crashed rows
        once their timeout is over), as its loop does every few minutes."""
        horizon = self.now + timedelta(hours=hours)
        for _ in range(8):
            moments = [
                row.due_at
                for row in self.rows("approved")
                if row.send_by == "mailbox" and row.due_at is not None
            ] + [
                row.updated_at + sending.IN_FLIGHT_TIMEOUT + timedelta(minutes=1)
                for row in self.rows("sending", "committing")
            ]
            moments = [m for m in moments if m <= horizon]
            if not moments:
                break
            self.now = max(self.now, min(moments))
            self.worker_pass(poll_first=polls)
        self.now = max(self.now, horizon)
        self.worker_pass(poll_first=polls)

    def _send_one(self) -> bool:
        pending = self.system_pending()
        try:
            return sending.handle_one_send(self.now)
        finally:
            self.collect_smtp(pending)

    @rule(when=st.sampled_from(["before_data", "at_data", "after_data"]))
    def worker_crashes(self, when: str) -> None:
        """The worker dies in the middle of a send: the row stays `sending` or `committing`."""
        pending = self.system_pending()
        if when == "before_data":
            row = sending._claim(self.now)  # claimed, then the process is gone
            self.note(f"worker crash before DATA: {row.pk if row else 'nothing claimed'}")
            return
        real_send_once = sending.send_once

        def send_once(*args: Any, before_data: Any, **kwargs: Any) -> Any:
            if when == "at_data":
                before_data()
                raise Crash  # written `committing`, the content never left
            return real_send_once(*args, before_data=before_data, **kwargs)

        def record(*args: Any, **kwargs: Any) -> None:
            raise Crash  # the server said 250, the worker died before writing it down

        with (
            mock.patch.object(sending, "send_once", send_once),
            mock.patch.object(sending, "_record", record),
        ):
            try:
                handled = sending.handle_one_send(self.now)
                self.note(f"worker crash {when}: nothing crashed ({handled})")
            except Crash:
                self.note(f"worker crash {when}")
        self.collect_smtp(pending)
