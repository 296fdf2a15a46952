"""`relance serve` as `make run` starts it: a real server process on a free port."""

from __future__ import annotations

import gc
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from django.test import SimpleTestCase

from relance.cli import server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_serve(port: int, stderr: int) -> subprocess.Popen[str]:
    """`relance serve` with its worker, on an empty SQLite data folder."""
    env = {
        **os.environ,
        "RELANCE_DATA_DIR": tempfile.mkdtemp(),
        "DJANGO_SETTINGS_MODULE": "relance.settings",
    }
    env.pop("DATABASE_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "relance.cli.main", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
    )


def worker_pids(server: subprocess.Popen[str]) -> str:
    found = subprocess.run(
        ["pgrep", "-f", "-P", str(server.pid), "relance.cli.main worker"],
        capture_output=True,
        text=True,
    )
    return found.stdout.strip()


class ServeCommandTestCase(SimpleTestCase):
    def test_it_migrates_serves_and_stops_with_its_worker(self) -> None:
        port = free_port()
        server = start_serve(port, subprocess.STDOUT)
        try:
            banner = server.stdout.readline() if server.stdout else ""
            self.assertIn(f"http://127.0.0.1:{port}/", banner)
            status = self._get_status(f"http://127.0.0.1:{port}/")
            self.assertIn(status, (200, 302))
            self.assertTrue(worker_pids(server), "the worker process was not started")
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=20)
        self.assertEqual(server.returncode, 0)

    def test_it_stops_within_two_seconds_of_sigterm_when_idle(self) -> None:
        port = free_port()
        server = start_serve(port, subprocess.PIPE)
        try:
            self.assertIn(self._get_status(f"http://127.0.0.1:{port}/"), (200, 302))
            # The worker started, did its first pass over an empty database and now waits.
            deadline = time.monotonic() + 20
            while not worker_pids(server) and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(2)
            server.send_signal(signal.SIGTERM)
            started = time.monotonic()
            _out, err = server.communicate(timeout=20)
            took = time.monotonic() - started
        finally:
            if server.poll() is None:
                server.kill()
                server.communicate()
        self.assertEqual(server.returncode, 0, err)
        self.assertNotIn("Traceback", err)
        self.assertLess(took, 2.0, f"relance serve took {took:.1f} s to stop")

    def _get_status(self, url: str) -> int:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                    return int(response.status)
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


class WarmTestCase(SimpleTestCase):
    def test_it_hides_what_the_server_loaded_from_the_garbage_collector(self) -> None:
        self.addCleanup(gc.unfreeze)
        gc.unfreeze()
        server._warm_drafts()
        # The language models, Django and the app: hundreds of thousands of objects that a
        # full collection would otherwise walk while every request thread waits.
        self.assertGreater(gc.get_freeze_count(), 100_000)

    def test_it_loads_every_view_before_freezing(self) -> None:
        # In a process of its own: this one has long imported the views.
        code = (
            "import sys, django; django.setup();"
            "from relance.cli.server import _load_the_app; _load_the_app();"
            "print('relance.coaching.views.organisation' in sys.modules)"
        )
        done = subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "relance.settings"},
            capture_output=True,
            text=True,
            check=True,
        )
        self.assertEqual(done.stdout.strip(), "True")
