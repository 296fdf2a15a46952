"""`relance worker`'s stop request: at once while it waits, after the pass while it works."""

from __future__ import annotations

import os
import signal
import time

from django.test import SimpleTestCase

from relance.cli.server import _Stopper


class WorkerStopTestCase(SimpleTestCase):
    def setUp(self) -> None:
        self.stop = _Stopper()
        previous = signal.signal(signal.SIGUSR1, self.stop.request)
        self.addCleanup(signal.signal, signal.SIGUSR1, previous)

    def test_it_stops_waiting_at_once(self) -> None:
        def wait(interval: float) -> None:
            os.kill(os.getpid(), signal.SIGUSR1)
            time.sleep(interval)

        started = time.monotonic()
        self.stop.between_passes(wait, 30.0)
        self.assertLess(time.monotonic() - started, 1.0)
        self.assertTrue(self.stop.requested)

    def test_it_lets_a_pass_in_progress_finish(self) -> None:
        os.kill(os.getpid(), signal.SIGUSR1)  # during a pass: the request is only noted
        time.sleep(0.05)
        self.assertTrue(self.stop.requested)
        waited = []
        self.stop.between_passes(waited.append, 30.0)
        self.assertEqual(waited, [])  # and the worker does not wait again
