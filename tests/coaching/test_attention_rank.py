"""The dashboards' stored order: the live rank's order after any write, by any path, and as
the clock turns, without a write."""

from __future__ import annotations

from datetime import datetime, timedelta
from unittest import mock

from django.db import connection

from relance import worker
from relance.coaching.models import CandidateTally, Role, Sharing
from relance.coaching.services import attention_rank, reasons
from relance.coaching.services import dashboard as board
from relance.mailbox.models import IncomingMessage, IncomingStatus, MailboxSettings
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, FollowUp, Interview
from relance.tracker.models.choices import Status
from tests.coaching.base import CoachingTestCase
from tests.fixtures.clock import NOW


class AttentionRankTestCase(CoachingTestCase):
    sharing = Sharing.STATUSES

    def setUp(self) -> None:
        super().setUp()
        self.zoe = self.make_user("zoe", "Zoé Calme")  # after Alice by name
        self.join(self.zoe, self.carole, Role.CANDIDATE, self.org, Sharing.STATUSES)
        closed = self.make_application(company="Lasserre")  # Alice: closed for no answer
        Application.objects.filter(pk=closed.pk).update(status=Status.CLOSED_NO_ANSWER)

    def order(self, now: datetime = NOW) -> list[str]:
        """Carole's candidates in the stored order, checked against the live rank's."""
        stored = board.ranked(self.carole, now=now).select_related("user")
        scope = board.in_reach(self.carole, board.Filters())
        live = board._ordered(scope, board.attention_sources(self.carole, scope, now, ""))
        names = [m.user.username for m in stored]
        self.assertEqual(names, [m.user.username for m in live.select_related("user")])
        return names

    def reply(self, user: object) -> IncomingMessage:
        app = self.make_application(self.zoe, company="Le Train Bleu")
        box = MailboxSettings.objects.create(user=self.zoe)
        return IncomingMessage.objects.create(
            mailbox=box, application=app, kind="reply", folder="INBOX", uid=1,
            received_at=NOW, created_at=NOW,
        )  # fmt: skip

    def test_it_follows_a_reply_and_its_confirmation_in_a_bulk_update(self) -> None:
        self.assertEqual(self.order(), ["alice", "zoe"])
        message = self.reply(self.zoe)
        self.assertEqual(self.order(), ["zoe", "alice"])
        IncomingMessage.objects.filter(pk=message.pk).update(status=IncomingStatus.CONFIRMED)
        self.assertEqual(self.order(), ["alice", "zoe"])

    def test_it_follows_a_debrief_written_in_raw_sql(self) -> None:
        app = self.make_application(self.zoe)
        interview = Interview.objects.create(
            application=app, at=NOW - timedelta(days=2), agreement_obtained=True
        )
        self.assertEqual(self.order(), ["zoe", "alice"])  # a debrief missing before a closing
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE tracker_interview SET strong_points = %s WHERE id = %s",
                ["Le service du soir", interview.pk],
            )
        self.assertEqual(self.order(), ["alice", "zoe"])

    def test_it_follows_the_clock_without_any_write(self) -> None:
        app = self.make_application(self.zoe)
        FollowUp.objects.create(
            application=app, kind="followup_email", channel="email", state=lc.PLANNED,
            earliest_at=NOW + timedelta(days=1), latest_at=NOW + timedelta(days=3),
        )  # fmt: skip
        self.assertEqual(self.order(), ["alice", "zoe"])  # Alice's closing; Zoé waits
        self.assertEqual(self.order(NOW + timedelta(days=2)), ["zoe", "alice"])  # due today
        # Her window is over and Alice's closing is two weeks old: nobody, by name.
        closing = Application.objects.get(owner=self.alice, status=Status.CLOSED_NO_ANSWER)
        tally = CandidateTally.objects.get(user=self.alice)
        self.assertEqual(tally.rank_until, closing.updated_at + reasons.RECENT)
        self.assertEqual(self.order(NOW + timedelta(days=15)), ["alice", "zoe"])

    def test_it_computes_again_when_a_write_lands_during_the_computation(self) -> None:
        self.assertEqual(self.order(), ["alice", "zoe"])
        real = attention_rank.ranks_of

        def racing(users: list[int], now: datetime) -> dict[int, int]:
            ranks = real(users, now)  # computed before the reply is written
            self.reply(self.zoe)
            return ranks

        self.make_application(self.zoe, company="Maxim's")  # her rank is out of date
        with mock.patch.object(attention_rank, "ranks_of", racing):
            attention_rank.refresh(board.in_reach(self.carole, board.Filters()), NOW)
        tally = CandidateTally.objects.get(user=self.zoe)
        self.assertLess(tally.ranked_version, tally.attention_version)
        self.assertEqual(self.order(), ["zoe", "alice"])

    def test_it_computes_again_when_a_deletion_lands_during_a_first_computation(self) -> None:
        doomed = self.make_application(self.zoe, company="Maxim's")
        CandidateTally.objects.filter(user=self.zoe).delete()  # never ranked, no row yet
        real = attention_rank.ranks_of

        def racing(users: list[int], now: datetime) -> dict[int, int]:
            ranks = real(users, now)  # computed with the application still there
            Application.objects.filter(pk=doomed.pk).delete()
            return ranks

        with mock.patch.object(attention_rank, "ranks_of", racing):
            attention_rank.refresh(board.in_reach(self.carole, board.Filters()), NOW)
        tally = CandidateTally.objects.get(user=self.zoe)
        self.assertLess(tally.ranked_version, tally.attention_version)

    def test_it_creates_no_row_on_a_deletion(self) -> None:
        doomed = self.make_application(self.zoe, company="Maxim's")
        CandidateTally.objects.filter(user=self.zoe).delete()
        doomed.delete()
        self.assertFalse(CandidateTally.objects.filter(user=self.zoe).exists())

    def test_it_keeps_nothing_for_someone_outside_every_organisation(self) -> None:
        self.make_application(self.bob)
        self.assertFalse(CandidateTally.objects.filter(user=self.bob).exists())

    def test_it_is_brought_up_to_date_by_the_worker(self) -> None:
        self.assertIn(attention_rank.handle_one_refresh, worker.STEPS)
        self.reply(self.zoe)  # Zoé's and Alice's ranks were never computed
        self.assertTrue(attention_rank.handle_one_refresh())
        self.assertFalse(attention_rank.handle_one_refresh())
        scope = board.in_reach(self.carole, board.Filters())
        self.assertEqual(attention_rank.stale(scope, NOW), {})
        self.assertEqual(CandidateTally.objects.get(user=self.zoe).attention_rank, 1)  # reply
