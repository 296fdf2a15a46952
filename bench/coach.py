"""The coach's dashboard and the organisation admin's page at the scale of a big organisation,
at two sizes of history measured under the same load.

Run on PostgreSQL (a throwaway cluster):
    scripts/with-postgres .venv/bin/python bench/coach.py [--candidates 10000]
        [--applications 200000] [--compare 1000000] [--coaches 50] [--requests 30]

Builds one organisation with K coaches, N candidates (spread over the coaches and 20 cohorts,
all sharing their statuses) and M applications, in bulk (bulk_create). A twentieth of the
applications are live (an interview in the last fortnight, a follow-up due, a reply waiting,
a review asked); the rest is history: closed applications, their interviews, follow-ups long
sent and timeline events. That database is then copied (`CREATE DATABASE ... TEMPLATE`) and
the copy gets closed applications of history up to `--compare` applications in all: the same
candidates, the same live work, more history.

Then it times, server-side through Django's test client (view, queries and template; no
network), on both databases in turn within one process — A, B, B, A, A, B... on the same page,
one request each, the web process swapping its (warm) database connection between requests —
so a change of the machine's load weighs on both sizes alike:

- a coach's dashboard (N/K candidates), plain and filtered by cohort and status;
- the organisation admin's dashboard (all N candidates, one page shown) and filtered by coach;
- the admin's organisation page (members, first and last page; the access log);
- the organisation's figures (the kept counts of every sharing candidate, summed in SQL, small
  groups hidden), and once the first view after the history changed, which recounts it.

For each: the p95 wall time, the p95 CPU time of the web process (Python: view, ORM,
template), the p95 database time (the queries' own wall time), the number of queries, at both
sizes, and the ratio big/small: the cost should follow the page (and what needs attention
now), not the history. `--compare 0` measures one size only; `--explain` prints the
PostgreSQL plans of the dashboards' queries at each size.

While it bulk-inserts, the database triggers are off (PostgreSQL's `session_replication_role`)
and what they keep is then set in one pass (every candidate's last activity, every analytics
count marked out of date): the bench times pages, not the inserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.clock import NOW  # noqa: E402

LIVE_SHARE = 20  # one application in 20 is live
BATCH = 5000


def setup() -> None:
    os.environ.setdefault("RELANCE_DATA_DIR", tempfile.mkdtemp(prefix="relance-bench-coach-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "relance.settings"
    os.environ.setdefault("RELANCE_ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build(candidates: int, applications: int, coaches: int) -> dict[str, object]:
    from django.contrib.auth.models import User

    from relance.coaching.models import Cohort, Membership, Organisation, Role, Sharing
    from relance.tracker.models import Profile

    started = time.monotonic()
    org = Organisation.objects.create(name="France Travail Île-de-France", created_at=NOW)
    names = (
        ["admin"] + [f"coach{k}" for k in range(coaches)] + [f"cand{n}" for n in range(candidates)]
    )
    unusable = "!"  # no sign-in: the bench logs in with force_login
    users = User.objects.bulk_create(
        (User(username=name, password=unusable, email=f"{name}@example.org") for name in names),
        batch_size=BATCH,
    )
    Profile.objects.bulk_create(
        (Profile(user=u, name=u.username.title(), calendar_token=f"t{u.pk}") for u in users),
        batch_size=BATCH,
    )
    admin, staff, people = users[0], users[1 : coaches + 1], users[coaches + 1 :]
    cohorts = Cohort.objects.bulk_create(
        Cohort(organisation=org, name=f"Promo 2026 #{c}", created_at=NOW) for c in range(20)
    )
    Membership.objects.bulk_create(
        [Membership(user=admin, organisation=org, role=Role.ADMIN, joined_at=NOW)]
        + [Membership(user=u, organisation=org, role=Role.COACH, joined_at=NOW) for u in staff],
    )
    Membership.objects.bulk_create(
        (
            Membership(
                user=u,
                organisation=org,
                role=Role.CANDIDATE,
                coach=staff[n % coaches],
                cohort=cohorts[n % len(cohorts)],
                sharing=Sharing.STATUSES,
                joined_at=NOW - timedelta(days=90),
            )
            for n, u in enumerate(people)
        ),
        batch_size=BATCH,
    )
    with triggers_off():
        add_applications(people, applications, live=True)
    print(f"built {candidates} candidates, {applications} applications, {coaches} coaches "
          f"in {time.monotonic() - started:.0f} s")  # fmt: skip
    return {"org": org, "admin": admin, "coach": staff[0], "cohort": cohorts[0]}


def add_applications(people: list[Any], count: int, *, live: bool) -> None:
    """`count` applications over `people`; with `live`, one in LIVE_SHARE is live."""
    from relance.mailbox.models import IncomingMessage, MailboxSettings
    from relance.tracker.models import Application, FollowUp, Interview, TimelineEvent

    for start in range(0, count, BATCH):
        rows = range(start, min(count, start + BATCH))
        # Each candidate's applications in turn: one round in LIVE_SHARE is live, so every
        # candidate has the same share of live ones.
        is_live = [live and (n // len(people)) % LIVE_SHARE == 0 for n in rows]
        apps = Application.objects.bulk_create(
            Application(
                owner=people[n % len(people)],
                company=f"Company {n}",
                position="Vendeur",
                status="interviewing" if hot else "closed_no_answer",
                created_at=NOW - timedelta(days=5 if hot else 400),
                updated_at=NOW - timedelta(days=1 if hot else 300),
            )
            for n, hot in zip(rows, is_live, strict=True)
        )
        # updated_at is auto_now: put the history back in its past, as a real database has it.
        Application.objects.filter(
            pk__in=[app.pk for app, hot in zip(apps, is_live, strict=True) if not hot]
        ).update(updated_at=NOW - timedelta(days=300))
        interviews = Interview.objects.bulk_create(
            Interview(
                application=app,
                at=NOW - timedelta(days=2 if hot else 380),
                strong_points="" if hot else "Le contact client",
            )
            for app, hot in zip(apps, is_live, strict=True)
        )
        FollowUp.objects.bulk_create(
            FollowUp(
                application=app,
                interview=interview,
                kind="followup_email",
                channel="email",
                state="drafted" if hot else "sent",
                subject="Suite à notre entretien",
                earliest_at=NOW - timedelta(hours=2) if hot else NOW - timedelta(days=370),
                latest_at=NOW + timedelta(days=2) if hot else NOW - timedelta(days=368),
                done_at=None if hot else NOW - timedelta(days=369),
                created_at=NOW - timedelta(days=2 if hot else 380),
            )
            for app, interview, hot in zip(apps, interviews, is_live, strict=True)
        )
        TimelineEvent.objects.bulk_create(
            TimelineEvent(
                application=app,
                kind="history",
                at=NOW - timedelta(days=(1 if hot else 300) + k),
            )
            for app, hot in zip(apps, is_live, strict=True)
            for k in range(3)
        )
        if live:
            hot_apps = [app for app, hot in zip(apps, is_live, strict=True) if hot][::5]
            for app in hot_apps:
                box, _created = MailboxSettings.objects.get_or_create(user_id=app.owner_id)
                IncomingMessage.objects.create(
                    mailbox=box,
                    application=app,
                    kind="reply",
                    folder="INBOX",
                    uid=app.pk,
                    received_at=NOW - timedelta(hours=3),
                    created_at=NOW,
                )


@contextmanager
def triggers_off() -> Iterator[None]:
    """Bulk inserts without the row triggers (PostgreSQL), then what they keep set in one pass:
    every candidate's exact last activity, and every analytics count marked out of date."""
    from django.db import connection

    from relance.coaching.activity_triggers import BACKFILL

    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET session_replication_role = DEFAULT")
            cursor.execute(BACKFILL)
            cursor.execute("UPDATE coaching_candidatetally SET version = version + 1")


class Databases:
    """Two databases behind Django's one connection: between requests, the raw (warm)
    connection of the one asked for is put in place, the other's kept open for its turn."""

    def __init__(self) -> None:
        from django.db import connection

        self.wrapper = connection
        connection.close()
        connection.settings_dict["CONN_MAX_AGE"] = None  # never closed between requests
        self.current: str = connection.settings_dict["NAME"]
        self.raw: dict[str, Any] = {}

    def use(self, name: str) -> None:
        wrapper = self.wrapper
        if name != self.current:
            self.raw[self.current] = wrapper.connection
            wrapper.connection = self.raw.get(name)
            wrapper.settings_dict["NAME"] = name
            self.current = name
        wrapper.ensure_connection()
        wrapper.close_at = None

    def copy(self, source: str, target: str) -> None:
        """`target` becomes a copy of `source` (which nobody may be connected to meanwhile)."""
        import psycopg

        for raw in [self.wrapper.connection, *self.raw.values()]:
            if raw is not None:
                raw.close()
        self.wrapper.connection = None
        self.raw.clear()
        config = self.wrapper.settings_dict
        with psycopg.connect(
            host=config["HOST"], port=config["PORT"] or None, user=config["USER"],
            password=config["PASSWORD"] or None, dbname="template1", autocommit=True,
        ) as admin:  # fmt: skip
            admin.execute(f'DROP DATABASE IF EXISTS "{target}"')
            admin.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


Sample = tuple[float, float, float, int]  # wall, cpu, db (ms), queries


def one_request(client: Any, url: str) -> Sample:
    """One request's wall time, CPU time of this process (Python: view, ORM, template) and
    database time (the queries' own wall time), in ms, and its number of queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    connection.queries_log.clear()  # a full log (9,000 queries) would capture nothing
    with CaptureQueriesContext(connection) as captured:
        started, cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
    assert response.status_code == 200, (url, response.status_code)
    db = sum(float(q["time"]) for q in captured.captured_queries) * 1000
    return wall, cpu, db, len(captured.captured_queries)


Timing = tuple[float, float, float, float, int]  # median wall, p95 wall, cpu, db; queries


def summary(samples: list[Sample]) -> Timing:
    at95 = min(len(samples) - 1, int(len(samples) * 0.95))

    def p95(values: list[float]) -> float:
        return sorted(values)[at95]

    walls = [w for w, _c, _d, _q in samples]
    return (
        statistics.median(walls),
        p95(walls),
        p95([c for _w, c, _d, _q in samples]),
        p95([d for _w, _c, d, _q in samples]),
        samples[-1][3],
    )


def pages(world: dict[str, object]) -> dict[str, tuple[str, str]]:
    org = world["org"].pk  # type: ignore[attr-defined]
    cohort = world["cohort"].pk  # type: ignore[attr-defined]
    coach_id = world["coach"].pk  # type: ignore[attr-defined]
    return {
        "coach dashboard": ("coach", "/coaching/"),
        "coach, cohort+status": ("coach", f"/coaching/?cohort={cohort}&status=interviewing"),
        "admin dashboard p.1": ("admin", "/coaching/"),
        "admin, by coach": ("admin", f"/coaching/?coach={coach_id}"),
        "org page p.1": ("admin", f"/coaching/organisations/{org}/"),
        "org page last": ("admin", f"/coaching/organisations/{org}/?page=999999&log=999999"),
        "org figures": ("admin", f"/coaching/organisations/{org}/figures/"),
    }


def settle(
    world: dict[str, object], clients: dict[str, Any], dbs: Databases, names: list[str]
) -> None:
    """The first views after the bulk load, timed once, then the worker's rank steps until
    none is left: what the timed requests and the plans then find, as in normal use."""
    import time_machine

    from relance.coaching.services import attention_rank

    with time_machine.travel(NOW + timedelta(hours=1), tick=False):
        figures = pages(world)["org figures"][1]
        dashboard = pages(world)["admin dashboard p.1"][1]
        for name in names:
            # The first view after the history changed recounts every changed candidate's
            # cells (relance.coaching.services.tally_cache); the timed ones read the counts.
            dbs.use(name)
            wall, cpu, _db, _q = one_request(clients["admin"], figures)
            print(f"[{name}] org figures, first view (recount): {wall:.0f} ms wall, "
                  f"{cpu:.0f} ms cpu")  # fmt: skip
            # The bulk load wrote with the triggers off: every attention rank is out of date.
            # The admin's first dashboard computes its share (attention_rank.PER_VIEW) and
            # marks the rest, which the worker's steps then compute, as in normal use.
            wall, cpu, _db, queries = one_request(clients["admin"], dashboard)
            print(f"[{name}] admin dashboard, first view (a burst: its share of the ranks "
                  f"computed): {wall:.0f} ms wall, {cpu:.0f} ms cpu, "
                  f"{queries} queries")  # fmt: skip
            started, cpu = time.perf_counter(), time.process_time()
            steps = 0
            while attention_rank.handle_one_refresh():
                steps += 1
            print(f"[{name}] the worker computed the other ranks in {steps} steps: "
                  f"{(time.perf_counter() - started) * 1000:.0f} ms wall, "
                  f"{(time.process_time() - cpu) * 1000:.0f} ms cpu")  # fmt: skip


def measure(
    world: dict[str, object], clients: dict[str, Any], dbs: Databases, names: list[str],
    requests: int,
) -> dict[str, list[Timing]]:  # fmt: skip
    """Every page on every database in turn (A, B, B, A...): the timings, per page, per database."""
    import time_machine

    results: dict[str, list[Timing]] = {}
    with time_machine.travel(NOW + timedelta(hours=1), tick=False):
        load = os.getloadavg()
        for page, (who, url) in pages(world).items():
            # The figures are a report, not a hot page: fewer requests for their p95.
            count = max(3, requests // 5) if page == "org figures" else requests
            samples: dict[str, list[Sample]] = {name: [] for name in names}
            for name in names:  # warm each database's caches and plans
                dbs.use(name)
                one_request(clients[who], url)
            for turn in range(count):
                for name in names if turn % 2 == 0 else names[::-1]:
                    dbs.use(name)
                    samples[name].append(one_request(clients[who], url))
            results[page] = [summary(samples[name]) for name in names]
        print(f"load average (1, 5, 15 min): before {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, "
              "after {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))  # fmt: skip
    return results


def explain(world: dict[str, object], service: Any = None) -> None:
    """The plans of the admin's dashboard (page 1, and filtered by coach) and the coach's,
    slowest first; `service`: another version of relance.coaching.services.dashboard
    (`--before`)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from relance.coaching.services import dashboard as board

    service = service or board
    by_coach = service.Filters(coach_id=world["coach"].pk)  # type: ignore[attr-defined]
    for who, label, filters in [
        ("admin", "admin", service.Filters()),
        ("admin", "admin by coach", by_coach),
        ("coach", "coach", service.Filters()),
    ]:
        connection.queries_log.clear()  # a full log captures nothing
        with CaptureQueriesContext(connection) as captured:
            service.board(world[who], now=NOW + timedelta(hours=1), filters=filters)
        plans = []
        with connection.cursor() as cursor:
            for query in captured.captured_queries:
                if not query["sql"].startswith(("SELECT", "(SELECT")):  # and the UNION
                    continue
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + query["sql"])
                plan = [row[0] for row in cursor.fetchall()]
                took = float(plan[-1].split(":")[1].split()[0])
                plans.append((took, query["sql"], plan))
        print(f"== the dashboard, {label} ({service.__name__}): "
              f"{len(captured.captured_queries)} queries")  # fmt: skip
        for took, sql, plan in sorted(plans, key=lambda p: -p[0])[:6]:
            print(f"-- {took:.1f} ms", sql[:160], "...")
            print("\n".join(line[:240] for line in plan[:40]))


def before_service(ref: str) -> Any:
    """relance.coaching.services.dashboard and attention_rank as they were at git `ref`, loaded
    beside today's (the models are today's: the old code reads the columns it knew)."""
    import subprocess
    import types

    loaded: dict[str, Any] = {}
    for name in ("access", "attention_rank", "dashboard"):
        source = subprocess.run(
            ["git", "show", f"{ref}:relance/coaching/services/{name}.py"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        module = types.ModuleType(f"before_{name}")
        sys.modules[module.__name__] = module  # for its dataclasses
        # That code's annotation named as today's column is renamed (the same expression).
        source = source.replace("sort_name", "live_name")
        # The bench's own code at a ref of this repository, not input from elsewhere.
        exec(compile(source, f"{ref}:{name}.py", "exec"), module.__dict__)  # noqa: S102
        loaded[name] = module
    # The old dashboard with the old stored ranks and the old scope (looked up at call time).
    loaded["dashboard"].attention_rank = loaded["attention_rank"]
    loaded["dashboard"].board_scope = loaded["access"].board_scope
    return loaded["dashboard"]


def compare_services(world: dict[str, object], before: Any, requests: int) -> None:
    """The dashboard service (`board()`: the queries and the Python, no view or template) of
    `--before` and today's, in turn on the same database: median and p95 of wall, CPU, db."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from relance.coaching.services import dashboard as board

    now = NOW + timedelta(hours=1)
    for who in ("admin", "coach"):
        samples: dict[str, list[Sample]] = {"before": [], "after": []}
        services = [("before", before), ("after", board)]
        for service in (before, board):
            service.board(world[who], now=now)  # warm
        for turn in range(requests):
            for label, service in services if turn % 2 == 0 else services[::-1]:
                connection.queries_log.clear()  # a full log captures nothing
                with CaptureQueriesContext(connection) as captured:
                    started, cpu = time.perf_counter(), time.process_time()
                    service.board(world[who], now=now)
                    wall = (time.perf_counter() - started) * 1000
                    cpu = (time.process_time() - cpu) * 1000
                db = sum(float(q["time"]) for q in captured.captured_queries) * 1000
                samples[label].append((wall, cpu, db, len(captured.captured_queries)))
        for label in ("before", "after"):
            timing = samples[label]
            print(f"board() {who:<5} {label:<6} queries {timing[-1][3]:>2}: median wall / cpu / "
                  "db {:.1f} / {:.1f} / {:.1f} ms, p95 {:.1f} / {:.1f} / {:.1f} ms".format(
                      *(statistics.median(x[i] for x in timing) for i in range(3)),
                      *(summary_p95([x[i] for x in timing]) for i in range(3)),
                  ))  # fmt: skip


def summary_p95(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * 0.95))]


@contextmanager
def time_machine_at(moment: Any) -> Iterator[None]:
    import time_machine

    with time_machine.travel(moment, tick=False):
        yield


def analyze() -> None:
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--applications", type=int, default=200_000)
    parser.add_argument(
        "--compare", type=int, default=None,
        help="the second database's applications in all (default 5 x --applications; 0: none)",
    )  # fmt: skip
    parser.add_argument("--coaches", type=int, default=50)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument(
        "--before", metavar="REF", default=None,
        help="also time and explain the dashboard service as it was at this git ref "
        "(e.g. main), in turn with today's, on the same database (one size)",
    )  # fmt: skip
    args = parser.parse_args()
    compare = 5 * args.applications if args.compare is None else args.compare
    setup()
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client

    from relance.cli.server import _warm_drafts
    from relance.tracker.models import Application

    print(f"database: {connection.vendor}")
    if compare and connection.vendor != "postgresql":
        parser.error("--compare copies the database: PostgreSQL only (or --compare 0)")
    world = build(args.candidates, args.applications, args.coaches)
    analyze()
    clients = {"coach": Client(), "admin": Client()}
    for who, client in clients.items():
        client.force_login(world[who])  # type: ignore[arg-type]  # the copy has the sessions
    dbs = Databases()
    small = dbs.current
    names = [small]
    if compare:
        big = f"{small}_big"
        dbs.copy(small, big)
        dbs.use(big)
        people = list(User.objects.filter(username__startswith="cand").order_by("id"))
        started = time.monotonic()
        with triggers_off():
            add_applications(people, compare - args.applications, live=False)
        analyze()
        print(f"[{big}] added {compare - args.applications} applications of history "
              f"in {time.monotonic() - started:.0f} s")  # fmt: skip
        names.append(big)
    settle(world, clients, dbs, names)
    for name in names:  # as autovacuum would after the places were written
        dbs.use(name)
        analyze()
    if args.explain:
        for name in names:
            dbs.use(name)
            print(f"==== {name}")
            explain(world)
    for name in names:  # what each database holds, read back through the swapped connection
        dbs.use(name)
        print(f"[{name}] {Application.objects.count():,} applications")
    # As `relance serve` does once it is loaded (relance.cli.server._warm_drafts): the drafts'
    # language models loaded, then what lives for the whole process (here also the built
    # organisation's objects) out of the collector's sight, so a full collection does not
    # walk them while a timed request waits. Freezing without the models left them to be
    # loaded by the first view and walked by every full collection (~55 ms each).
    _warm_drafts()
    results = measure(world, clients, dbs, names, args.requests)
    if args.before:
        dbs.use(small)
        before = before_service(args.before)
        with time_machine_at(NOW + timedelta(hours=1)):
            compare_services(world, before, args.requests)
            if args.explain:
                print(f"==== {small}, before ({args.before}) and after")
                explain(world, before)
                explain(world)
    sizes = [args.applications] + ([compare] if compare else [])
    print(f"\n{'(ms, p95)':<22} {'q':>3}" + "".join(
        f" | {size:>9,} apps: {'median':>6} {'wall':>6} {'cpu':>6} {'db':>6}" for size in sizes
    ) + (" | ratio wall, cpu+db" if compare else ""))  # fmt: skip
    for page, timings in results.items():
        line = f"{page:<22} {timings[0][4]:>3}"
        for median, wall, cpu, db, _q in timings:
            line += f" | {'':>15} {median:>6.1f} {wall:>6.1f} {cpu:>6.1f} {db:>6.1f}"
        if compare:
            (_m1, w1, c1, d1, _q1), (_m2, w2, c2, d2, _q2) = timings
            line += f" | {w2 / w1:>5.2f} {(c2 + d2) / (c1 + d1):>5.2f}"
        print(line)


if __name__ == "__main__":
    main()
