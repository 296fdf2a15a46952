"""The counts kept in the database give exactly the reference figures, and follow every write."""

from __future__ import annotations

import random
from datetime import timedelta

from django.contrib.auth.models import User
from django.db import connection

from relance.coaching.models import CandidateTally, TallyCell
from relance.coaching.services.analytics_rows import tallies
from relance.coaching.services.tally_cache import (
    handle_one_recount,
    out_of_date,
    recount,
    summed,
)
from relance.coaching.tally_triggers import on_post_migrate
from relance.core.analytics import Tally, merge
from relance.tracker.models import Application, FollowUp, Interview, Reply
from tests.base import NOW
from tests.coaching.base import CoachingTestCase, past_round

TRADES = ["BTP", " BTP ", "Restauration", "", "Vente"]
OUTCOMES = ["postponed", "next_round", "offer", "rejection", "other"]


def random_history(rng: random.Random, user: User) -> None:
    for _ in range(rng.randint(0, 4)):
        app = Application.objects.create(
            owner=user, company="Acme", position="Vendeur", trade=rng.choice(TRADES)
        )
        at = NOW - timedelta(days=rng.randint(20, 200), hours=rng.randint(0, 23))
        for number in range(rng.randint(1, 3)):
            promised = at + timedelta(days=rng.randint(1, 12))
            interview = Interview.objects.create(
                application=app,
                round=number + 1,
                at=at,
                decision_date=promised.date() if rng.random() < 0.6 else None,
                callback_date=promised.date() if rng.random() < 0.2 else None,
            )
            for _f in range(rng.choice([0, 1, 1, 2])):
                sent = promised + timedelta(days=rng.randint(-3, 12), hours=rng.randint(0, 9))
                phone = rng.random() < 0.3
                FollowUp.objects.create(
                    application=app,
                    interview=interview if rng.random() < 0.8 else None,
                    kind="followup_call" if phone else "followup_email",
                    channel="phone" if phone else "email",
                    state=rng.choice(["sent", "done", "done", "drafted"]),
                    earliest_at=sent - timedelta(days=rng.randint(0, 2)),
                    latest_at=sent + timedelta(days=rng.randint(-1, 2)),
                    done_at=sent,
                )
            for _r in range(rng.choice([0, 1, 1, 2])):
                Reply.objects.create(
                    application=app,
                    at=at + timedelta(days=rng.randint(0, 30)),
                    channel="email",
                    outcome=rng.choice(OUTCOMES),
                )
            at += timedelta(days=rng.randint(5, 20))


def reference(ids: list[int]) -> Tally:
    return merge(list(tallies(ids).values()))


class TallyCacheTestCase(CoachingTestCase):
    def people(self, count: int, seed: int) -> list[int]:
        rng = random.Random(seed)
        users = [self.make_user(f"p{seed}x{n}", f"P {n}") for n in range(count)]
        for user in users:
            random_history(rng, user)
        return [u.pk for u in users]

    def test_it_gives_the_reference_tally_on_random_histories(self) -> None:
        for seed in range(4):
            ids = self.people(8, seed)
            with self.subTest(seed=seed):
                self.assertEqual(summed(ids), reference(ids))
                self.assertEqual(summed(ids[:3]), reference(ids[:3]))

    def test_it_follows_bulk_updates_deletions_and_trades(self) -> None:
        ids = self.people(6, 42)
        summed(ids)
        Reply.objects.filter(application__owner_id=ids[0]).update(outcome="offer")
        FollowUp.objects.filter(application__owner_id=ids[1]).update(state="sent", channel="phone")
        Application.objects.filter(owner_id=ids[2]).update(trade="Santé")
        Application.objects.filter(owner_id=ids[3]).delete()
        Interview.objects.filter(application__owner_id=ids[4]).update(decision_date=None)
        self.assertEqual(summed(ids), reference(ids))

    def test_it_recounts_only_who_changed(self) -> None:
        past_round(self.alice)
        past_round(self.bob, channel="phone")
        ids = [self.alice.pk, self.bob.pk]
        summed(ids)
        self.assertEqual(out_of_date(ids), {})
        Application.objects.filter(owner=self.alice).update(updated_at=NOW)  # not read
        self.assertEqual(out_of_date(ids), {})
        past_round(self.alice, channel="phone")
        self.assertEqual(list(out_of_date(ids)), [self.alice.pk])
        expected = reference([self.bob.pk])
        with self.assertNumQueries(2):  # who is out of date (nobody), the sums
            self.assertEqual(summed([self.bob.pk]), expected)

    def test_it_stays_out_of_date_when_a_write_races_the_recount(self) -> None:
        past_round(self.alice)
        versions = out_of_date([self.alice.pk])
        # The attention triggers may have created the row already (a candidate's write).
        CandidateTally.objects.get_or_create(user=self.alice)
        past_round(self.alice, channel="phone")  # after the version was read
        recount(versions)
        self.assertEqual(list(out_of_date([self.alice.pk])), [self.alice.pk])
        self.assertEqual(summed([self.alice.pk]), reference([self.alice.pk]))

    def test_it_keeps_one_cell_per_key_and_person(self) -> None:
        past_round(self.alice)
        summed([self.alice.pk])
        keys = set(TallyCell.objects.filter(user=self.alice).values_list("key", flat=True))
        self.assertIn("channel:email", keys)
        self.assertIn("answer_days:3", keys)
        self.assertIn("answered", keys)
        self.assertEqual(summed([self.alice.pk]).answer_people, 1)

    def test_it_puts_the_triggers_back_after_migrations(self) -> None:
        # SQLite drops a table's triggers when a migration rebuilds the table.
        past_round(self.alice)
        summed([self.alice.pk])
        on = " ON tracker_reply" if connection.vendor == "postgresql" else ""
        name = "tracker_reply_tally_write" if on else "tracker_reply_tally_insert"
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TRIGGER {name}{on}")
        on_post_migrate(using="default")
        Reply.objects.create(application=self.alice.applications.get(), at=NOW, outcome="offer")
        self.assertEqual(list(out_of_date([self.alice.pk])), [self.alice.pk])

    def test_it_recounts_organisation_candidates_in_the_worker(self) -> None:
        past_round(self.alice)  # Alice is a candidate of the Mission locale
        past_round(self.bob)  # Bob is in no organisation: his page recounts him
        self.assertTrue(handle_one_recount())
        self.assertEqual(out_of_date([self.alice.pk, self.bob.pk]), {self.bob.pk: 0})
        self.assertFalse(handle_one_recount())
