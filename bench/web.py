"""Benchmark the Today and Applications pages with 2,000 applications.

    .venv/bin/python bench/web.py [--apps 2000] [--requests 200] [--load-seconds 5]

Builds a throw-away SQLite database, times each page in-process (server time, p50/p95,
queries per request), then serves it with waitress, the server `relance serve` runs (same
thread count), and measures requests per second from a second process (loopback only,
bounded in time and concurrency). Both measures run at the same pretended moment, so they
see the same pages: the bench prints each page's size both ways and stops if they differ.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import timedelta
from multiprocessing import Process, Queue
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RELANCE_DATA_DIR", tempfile.mkdtemp(prefix="relance-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relance.settings")
os.environ.setdefault("RELANCE_SECRET_KEY", "bench-" + "x" * 50)

from tests.fixtures.clock import NOW  # noqa: E402  (the tests' clock: one pretended moment for all)

PAGES = ("/today/", "/applications/")
SERVE_THREADS = 8  # as `relance serve` runs waitress


def populate(n: int) -> object:
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from relance.tracker.models import Profile
    from relance.tracker.services.applications import add_contact, create_application
    from relance.tracker.services.interviews import add_interview

    call_command("migrate", verbosity=0)
    user = User.objects.create_user("bench", password="bench")  # noqa: S106
    Profile.objects.create(user=user, name="Bench", email="bench@example.org")
    started = time.perf_counter()
    for i in range(n):
        app = create_application(user, company=f"Company {i}", position="chef de rang", now=NOW)
        if i % 3:  # two thirds had an interview in the last three weeks
            add_contact(app, last_name=f"Recruiter {i}", email=f"r{i}@example.com", now=NOW)
            add_interview(app, at=NOW - timedelta(days=i % 21, hours=1), now=NOW)
    print(f"populated {n} applications in {time.perf_counter() - started:.1f} s")
    return user


def time_pages(user: object, requests: int) -> dict[str, dict[str, float]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    results = {}
    for path in PAGES:
        client.get(path)  # warm caches (holidays, templates)
        times = []
        with CaptureQueriesContext(connection) as queries:
            for _ in range(requests):
                t0 = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200, response.status_code
        times.sort()
        results[path] = {
            "p50_ms": statistics.median(times),
            "p95_ms": times[int(len(times) * 0.95) - 1],
            "queries": len(queries) / requests,
            "bytes": len(response.content),
        }
    return results


def load(url: str, cookie: str, seconds: float, workers: int, out: Queue) -> None:
    """The second process: hit `url` from `workers` threads for `seconds`."""
    deadline = time.monotonic() + seconds
    counts = [0] * workers
    sizes: list[int] = []

    def worker(k: int) -> None:
        request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310
        while time.monotonic() < deadline:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                body = response.read()
            sizes.append(len(body))
            counts[k] += 1

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.put((sum(counts) / seconds, statistics.median(sizes)))


def requests_per_second(user: object, seconds: float) -> dict[str, tuple[float, float]]:
    """Served by waitress with the threads `relance serve` gives it, in this process (so at
    the same pretended moment as `time_pages`); the load comes from a second process."""
    import waitress
    from django.conf import settings
    from django.test import Client

    from relance.wsgi import application

    server = waitress.create_server(application, host="127.0.0.1", port=0, threads=SERVE_THREADS)
    threading.Thread(target=server.run, daemon=True).start()
    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    port = server.effective_port
    rates = {}
    for path in PAGES:
        out: Queue = Queue()
        process = Process(
            target=load, args=(f"http://127.0.0.1:{port}{path}", cookie, seconds, 4, out)
        )
        process.start()
        rates[path] = out.get(timeout=seconds + 60)
        process.join()
    server.close()
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--apps", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--load-seconds", type=float, default=5.0)
    args = parser.parse_args()

    import django

    django.setup()
    import time_machine

    with time_machine.travel(NOW + timedelta(hours=2), tick=True):
        user = populate(args.apps)
        timed = time_pages(user, args.requests)
        for path, figures in timed.items():
            print(
                f"{path:16} p50 {figures['p50_ms']:6.1f} ms  p95 {figures['p95_ms']:6.1f} ms"
                f"  queries {figures['queries']:.0f}  {figures['bytes']:.0f} bytes"
            )
        for path, (rate, size) in requests_per_second(user, args.load_seconds).items():
            print(
                f"{path:16} {rate:6.1f} requests/s (waitress, {SERVE_THREADS} threads; second "
                f"process, 4 connections, loopback)  {size:.0f} bytes"
            )
            # The same page: only the CSRF token and the like may differ, not the content.
            same = abs(size - timed[path]["bytes"]) <= 0.01 * timed[path]["bytes"]
            assert same, f"{path}: the served page is not the timed one"


if __name__ == "__main__":
    main()
