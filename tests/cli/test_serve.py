"""`relance serve` as `make run` starts it: a real server process on a free port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from django.test import SimpleTestCase


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServeCommandTestCase(SimpleTestCase):
    def test_it_migrates_serves_and_stops_with_its_worker(self) -> None:
        port = free_port()
        env = {
            **os.environ,
            "RELANCE_DATA_DIR": tempfile.mkdtemp(),
            "DJANGO_SETTINGS_MODULE": "relance.settings",
        }
        env.pop("DATABASE_URL", None)
        server = subprocess.Popen(
            [sys.executable, "-m", "relance.cli.main", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            banner = server.stdout.readline() if server.stdout else ""
            self.assertIn(f"http://127.0.0.1:{port}/", banner)
            status = self._get_status(f"http://127.0.0.1:{port}/")
            self.assertIn(status, (200, 302))
            workers = subprocess.run(
                ["pgrep", "-f", "-P", str(server.pid), "relance.cli.main worker"],
                capture_output=True,
                text=True,
            )
            self.assertTrue(workers.stdout.strip(), "the worker process was not started")
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=20)
        self.assertEqual(server.returncode, 0)

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
