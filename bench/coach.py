"""The coach's dashboard and the organisation admin's page at the scale of a big organisation.

Run on PostgreSQL (a throwaway cluster):
    scripts/with-postgres .venv/bin/python bench/coach.py [--candidates 10000]
        [--applications 200000] [--coaches 50] [--history 2] [--requests 30]

Builds one organisation with K coaches, N candidates (spread over the coaches and 20 cohorts,
all sharing their statuses) and M applications, in bulk (bulk_create). A twentieth of the
applications are live (an interview in the last fortnight, a follow-up due, a reply waiting,
a review asked); the rest is history: closed applications, their interviews, follow-ups long
sent and timeline events. Then it times, server-side through Django's test client (view,
queries and template; no network), the p95 of:

- a coach's dashboard (N/K candidates), plain and filtered by cohort and status;
- the organisation admin's dashboard (all N candidates, one page shown) and filtered by coach;
- the admin's organisation page (members, first and last page; the access log);
- the organisation's figures (the kept counts of every sharing candidate, summed in SQL, small
  groups hidden), and once the first view after the history changed, which recounts it.

and the number of queries of each. Then it adds `--history` times M more closed applications
of history to the same candidates and times everything again: the ratio shows that the cost
follows the page (and what needs attention now), not the history. `--explain` prints the
PostgreSQL plans of the dashboard's queries.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
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


Timing = tuple[float, float, int, float, float]


def timed(client: Any, url: str, requests: int) -> Timing:
    """Median and p95 wall time, queries, p95 CPU time of this process (Python: view,
    ORM, template) and p95 database time (the queries' own wall time), in ms."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm the caches and the plan
    walls, cpus, dbs = [], [], []
    queries = 0
    for _ in range(requests):
        with CaptureQueriesContext(connection) as captured:
            started, cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            walls.append((time.perf_counter() - started) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured.captured_queries)
        dbs.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
    walls.sort()
    cpus.sort()
    dbs.sort()
    at95 = min(len(walls) - 1, int(len(walls) * 0.95))
    return statistics.median(walls), walls[at95], queries, cpus[at95], dbs[at95]


def measure(world: dict[str, object], requests: int) -> dict[str, Timing]:
    import time_machine
    from django.test import Client

    from relance.coaching.models import AuditEntry

    coach, admin = Client(), Client()
    coach.force_login(world["coach"])  # type: ignore[arg-type]
    admin.force_login(world["admin"])  # type: ignore[arg-type]
    org = world["org"].pk  # type: ignore[attr-defined]
    cohort = world["cohort"].pk  # type: ignore[attr-defined]
    coach_id = world["coach"].pk  # type: ignore[attr-defined]
    pages = {
        "coach dashboard": (coach, "/coaching/"),
        "coach, cohort+status": (coach, f"/coaching/?cohort={cohort}&status=interviewing"),
        "admin dashboard p.1": (admin, "/coaching/"),
        "admin, by coach": (admin, f"/coaching/?coach={coach_id}"),
        "org page p.1": (admin, f"/coaching/organisations/{org}/"),
        "org page last": (admin, f"/coaching/organisations/{org}/?page=999999&log=999999"),
        "org figures": (admin, f"/coaching/organisations/{org}/figures/"),
    }
    results = {}
    with time_machine.travel(NOW + timedelta(hours=1), tick=False):
        # The first view after history was added recounts every changed candidate's cells
        # (relance.coaching.services.tally_cache); the timed ones read the kept counts.
        started, cpu = time.perf_counter(), time.process_time()
        admin.get(pages["org figures"][1])
        print(f"org figures, first view (recount): {(time.perf_counter() - started) * 1000:.0f} ms"
              f" wall, {(time.process_time() - cpu) * 1000:.0f} ms cpu")  # fmt: skip
        for name, (client, url) in pages.items():
            # The figures are a report, not a hot page: fewer requests for their p95.
            count = max(3, requests // 5) if name == "org figures" else requests
            results[name] = timed(client, url, count)
    print(f"(audit log: {AuditEntry.objects.count()} rows)")
    return results


def explain(world: dict[str, object]) -> None:
    """The plans of the admin's dashboard (page 1) and the coach's, slowest first."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from relance.coaching.services import dashboard as board

    for who in ("admin", "coach"):
        with CaptureQueriesContext(connection) as captured:
            board.board(world[who], now=NOW + timedelta(hours=1))  # type: ignore[arg-type]
        plans = []
        with connection.cursor() as cursor:
            for query in captured.captured_queries:
                if not query["sql"].startswith("SELECT"):
                    continue
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + query["sql"])
                plan = [row[0] for row in cursor.fetchall()]
                took = float(plan[-1].split(":")[1].split()[0])
                plans.append((took, query["sql"], plan))
        print(f"== the {who}'s dashboard: {len(captured.captured_queries)} queries")
        for took, sql, plan in sorted(plans, key=lambda p: -p[0])[:6]:
            print(f"-- {took:.1f} ms", sql[:160], "...")
            print("\n".join(line[:240] for line in plan[:40]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--applications", type=int, default=200_000)
    parser.add_argument("--coaches", type=int, default=50)
    parser.add_argument("--history", type=int, default=2, help="then add this many times M")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    setup()
    from django.db import connection

    print(f"database: {connection.vendor}")
    world = build(args.candidates, args.applications, args.coaches)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    first = measure(world, args.requests)
    if args.explain:
        explain(world)
    from django.contrib.auth.models import User

    people = list(User.objects.filter(username__startswith="cand").order_by("id"))
    started = time.monotonic()
    add_applications(people, args.history * args.applications, live=False)
    print(f"added {args.history * args.applications} applications of history "
          f"in {time.monotonic() - started:.0f} s")  # fmt: skip
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    second = measure(world, args.requests)
    total = (1 + args.history) * args.applications
    # Wall time counts the wait for a CPU on a busy machine; CPU time is the web process's own
    # work (Python), db the queries' time (PostgreSQL's work plus its wait): cpu + db is what
    # a request costs on an idle machine. The ratio is taken on wall and on cpu + db.
    print(f"\n{'page':<22} {'median':>7} {'p95':>7} {'cpu':>6} {'db':>6} {'q':>3}   "
          f"{'p95':>7} {'cpu':>6} {'db':>6} {'q':>3} {'ratio':>6} {'cpu+db':>6}")  # fmt: skip
    print(f"{'(ms, p95)':<22} {args.applications:>10} applications      {total:>10} applications")
    for name in first:
        m1, p1, q1, c1, d1 = first[name]
        _m2, p2, q2, c2, d2 = second[name]
        print(
            f"{name:<22} {m1:>7.1f} {p1:>7.1f} {c1:>6.1f} {d1:>6.1f} {q1:>3}   {p2:>7.1f} "
            f"{c2:>6.1f} {d2:>6.1f} {q2:>3} {p2 / p1:>6.2f} {(c2 + d2) / (c1 + d1):>6.2f}"
        )


if __name__ == "__main__":
    main()
