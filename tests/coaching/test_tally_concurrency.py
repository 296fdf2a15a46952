"""Four writers and the recount at once: the kept counts stay exact, no deadlock, no lost bump.

Each writer works like a request or a worker step: one transaction per write, on one
candidate's rows (two candidates shared by all four writers, and one of each writer's own),
while a fifth thread runs the worker's recount step over and over. Afterwards every
candidate's `CandidateTally.version` moved by exactly the number of watched rows written for
them (a lost `version + 1` would show), every kept `TallyCell` equals the reference recount
(a recount marking someone counted over a write it did not see would show), and the last
activity is the latest event.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from datetime import timedelta
from unittest import skipUnless

from django.contrib.auth.models import User
from django.db import OperationalError, connection, connections, transaction
from django.test import TransactionTestCase

from relance.coaching.models import CandidateTally, Membership, Organisation, Role, TallyCell
from relance.coaching.services.analytics_rows import tallies
from relance.coaching.services.tally_cache import cells_of, handle_one_recount, recount
from relance.tracker.models import Application, FollowUp, Interview, Reply, TimelineEvent
from tests.fixtures.clock import NOW

WRITERS = 4
WRITES = 60  # per writer


@skipUnless(
    connection.vendor == "postgresql",
    "row locks between concurrent writers are PostgreSQL's: SQLite lets one writer in at a "
    "time (database lock), so there is no interleaving to stress; run it with "
    "scripts/with-postgres",
)
class TallyConcurrencyTestCase(TransactionTestCase):
    def setUp(self) -> None:
        org = Organisation.objects.create(name="Mission locale", created_at=NOW)
        self.people = [
            User.objects.create(username=f"cand{n}", password="!") for n in range(2 + WRITERS)
        ]
        Membership.objects.bulk_create(
            Membership(user=u, organisation=org, role=Role.CANDIDATE, joined_at=NOW)
            for u in self.people
        )
        self.apps = {}
        for user in self.people:
            app = Application.objects.create(owner=user, company="Acme", position="Vendeur")
            Interview.objects.create(application=app, at=NOW - timedelta(days=20))
            self.apps[user.pk] = app.pk
        recount({u.pk: 0 for u in self.people})  # everyone counted before the writes
        self.before = dict(CandidateTally.objects.values_list("user_id", "version"))

    def writer(self, number: int, bumps: Counter[int], errors: list[str]) -> None:
        rng = random.Random(number)
        shared = [u.pk for u in self.people[:2]]  # every writer writes to these two
        mine = self.people[2 + number].pk
        own_followups: dict[int, list[int]] = {}  # rows only this writer updates
        channels: dict[int, str] = {}
        try:
            for step in range(WRITES):
                user_id = rng.choice([*shared, mine])
                app_id = self.apps[user_id]
                at = NOW + timedelta(minutes=number * WRITES + step)
                action = rng.choice(["followup", "followup", "state", "reply", "event", "bulk"])
                with transaction.atomic():
                    if action == "followup" or not own_followups.get(user_id):
                        followup = FollowUp.objects.create(
                            application_id=app_id, kind="followup_email", channel="email",
                            state="sent", earliest_at=at, latest_at=at, done_at=at,
                        )  # fmt: skip
                        own_followups.setdefault(user_id, []).append(followup.pk)
                        channels[followup.pk] = "email"
                        bumps[user_id] += 1
                    elif action == "state":
                        pk = rng.choice(own_followups[user_id])
                        FollowUp.objects.filter(pk=pk).update(done_at=at)  # a new date: +1
                        bumps[user_id] += 1
                    elif action == "reply":
                        Reply.objects.create(
                            application_id=app_id, at=at, channel="email", outcome="other"
                        )
                        bumps[user_id] += 1
                    elif action == "event":  # not watched by the counts: the last activity
                        TimelineEvent.objects.create(application_id=app_id, at=at, kind="note")
                    else:  # a bulk update of this writer's rows of that candidate
                        rows = own_followups[user_id]
                        new = {pk: "phone" if channels[pk] == "email" else "email" for pk in rows}
                        for channel in ("email", "phone"):
                            FollowUp.objects.filter(
                                pk__in=[pk for pk in rows if new[pk] == channel]
                            ).update(channel=channel)
                        channels.update(new)
                        bumps[user_id] += len(rows)
        except OperationalError as error:  # a deadlock, a serialisation failure...
            errors.append(f"writer {number}: {error}")
        finally:
            connections.close_all()

    def worker(self, writing: threading.Event, errors: list[str]) -> None:
        """The worker's recount step, again and again while the writers write."""
        try:
            while writing.is_set():
                handle_one_recount()
        except OperationalError as error:
            errors.append(f"recount: {error}")
        finally:
            connections.close_all()

    def test_it_keeps_exact_counts_under_four_concurrent_writers(self) -> None:
        bumps: Counter[int] = Counter()
        errors: list[str] = []
        writing = threading.Event()
        writing.set()
        writers = [
            threading.Thread(target=self.writer, args=(n, bumps, errors)) for n in range(WRITERS)
        ]
        worker = threading.Thread(target=self.worker, args=(writing, errors))
        for thread in [*writers, worker]:
            thread.start()
        for thread in writers:
            thread.join(timeout=300)
        writing.clear()
        worker.join(timeout=300)
        self.assertFalse(any(t.is_alive() for t in [*writers, worker]), "a thread is stuck")
        self.assertEqual(errors, [])
        after = dict(CandidateTally.objects.values_list("user_id", "version"))
        moved = {pk: after[pk] - self.before[pk] for pk in after}
        self.assertEqual(moved, {u.pk: bumps[u.pk] for u in self.people})
        while handle_one_recount():  # whoever the last writes left out of date
            pass
        ids = [u.pk for u in self.people]
        expected = {
            (c.user_id, c.key, c.n, c.hits)
            for pk, t in tallies(ids).items()
            for c in cells_of(pk, t)
        }
        kept = set(
            TallyCell.objects.filter(user_id__in=ids).values_list("user_id", "key", "n", "hits")
        )
        self.assertEqual(set(kept), expected)
        for user in self.people:
            latest = TimelineEvent.objects.filter(application__owner=user).order_by("-at").first()
            last = CandidateTally.objects.get(user=user).last_activity_at
            self.assertEqual(last, latest.at if latest else None)
