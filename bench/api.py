"""p95 of the agenda and the application list at 2,000 applications: through the API and on the
web, side by side, in one run.

    .venv/bin/python bench/api.py [--apps 2000] [--requests 200]

Builds the same throw-away database as bench/web.py (its `populate`), then times each page
in-process with Django's test client at one pretended moment: the web pages with a signed-in
session, the API with a key. The API's list is paged (50 a page, its default): the first page,
and the walk through every page, are both timed, since a client wanting all 2,000 walks them.
The API's agenda is paged like the web's Today page plans (30 applications, the soonest due
first): its first page is timed beside Today, and the walk through the whole 7-day agenda
(as `relance agenda --json` gives it at once) is timed too. Sizes are printed beside times.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web import NOW, populate

PAIRS = (
    ("agenda", "/today/", "/api/v1/agenda/?days=7"),
    ("application list", "/applications/", "/api/v1/applications/"),
)


def percentiles(measure: Callable[[], object], requests: int) -> tuple[float, float]:
    measure()  # warm caches (holidays, templates, the document's validators)
    times = []
    for _ in range(requests):
        t0 = time.perf_counter()
        measure()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--apps", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    import django

    django.setup()
    import time_machine
    from django.conf import settings
    from django.test import Client

    from relance.api.models import ApiKey

    settings.API_RATE_LIMIT = (10**9, 60)  # measured here: the work, not the limit
    with time_machine.travel(NOW + timedelta(hours=2), tick=True):
        user = populate(args.apps)
        web, api = Client(), Client()
        web.force_login(user)  # type: ignore[arg-type]
        _, key = ApiKey.issue(user, "bench")

        def get(client: Client, path: str, **headers: Any) -> bytes:
            response = client.get(path, **headers)
            assert response.status_code == 200, (path, response.status_code)
            return bytes(response.content)

        def walk(path: str) -> None:
            """Every page of a list, following `next` (200 a page)."""
            cursor = ""
            while True:
                page = api.get(
                    path + "limit=200" + (f"&cursor={cursor}" if cursor else ""),
                    HTTP_X_API_KEY=key,
                ).json()
                if not page["next"]:
                    return
                cursor = page["next"]

        print(f"{'page':18} {'web p50':>9} {'web p95':>9} {'api p50':>9} {'api p95':>9}  sizes")
        for name, web_path, api_path in PAIRS:
            web_p50, web_p95 = percentiles(partial(get, web, web_path), args.requests)
            api_p50, api_p95 = percentiles(
                partial(get, api, api_path, HTTP_X_API_KEY=key), args.requests
            )
            web_size = len(get(web, web_path))
            api_size = len(get(api, api_path, HTTP_X_API_KEY=key))
            sizes = f"web {web_size} B, api {api_size} B"
            print(
                f"{name:18} {web_p50:7.1f}ms {web_p95:7.1f}ms {api_p50:7.1f}ms {api_p95:7.1f}ms  "
                + sizes
            )
        walks = (
            ("whole agenda", "/api/v1/agenda/?days=7&", "7 days, pages of 200 applications"),
            (
                "all apps via API",
                "/api/v1/applications/?",
                f"{args.apps} applications, pages of 200",
            ),
        )
        for name, path, what in walks:
            walk_p50, walk_p95 = percentiles(partial(walk, path), max(5, args.requests // 20))
            print(f"{name:18} {'':9} {'':9} {walk_p50:7.1f}ms {walk_p95:7.1f}ms  {what}")


if __name__ == "__main__":
    main()
