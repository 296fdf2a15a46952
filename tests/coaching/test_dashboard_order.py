"""The dashboards' stored places: read from an index page by page, moved by whatever they read
(a name, a sharing level, the clock's two weeks of silence), the viewer's reviews first."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from relance.coaching.models import Membership, ReviewRequest, ReviewState, Role, Sharing
from relance.coaching.services import attention_rank
from relance.coaching.services import dashboard as board
from relance.tracker.models import FollowUp, Profile
from tests.coaching.base import CoachingTestCase
from tests.coaching.plans import index_plan
from tests.fixtures.clock import NOW


class DashboardOrderTestCase(CoachingTestCase):
    sharing = Sharing.TEXTS

    def setUp(self) -> None:
        super().setUp()
        self.others: list[User] = []
        for username, name in [("zoe", "Zoé Calme"), ("emile", "Émile Roux"), ("bea", "béa Noir")]:
            user = self.make_user(username, name)
            self.join(user, self.carole, Role.CANDIDATE, self.org, Sharing.TEXTS)
            self.others.append(user)

    def walk(self, user: User, size: int = 2) -> list[str]:
        """Every page of `user`'s dashboard, following the next page's links."""
        names: list[str] = []
        after = None
        with mock.patch.object(board, "PAGE_SIZE", size):
            for _ in range(10):
                page = board.board(user, now=NOW, after=after)
                names += [row.membership.user.username for row in page.rows]
                if page.after is None:
                    return names
                after = page.after
        raise AssertionError("the pages never end")

    def pages(self, user: User, size: int) -> tuple[list[list[str]], list[list[str]]]:
        """Every page forwards (Next), then from the last one backwards (Previous)."""
        forwards: list[list[str]] = []
        backwards: list[list[str]] = []
        with mock.patch.object(board, "PAGE_SIZE", size):
            page = board.board(user, now=NOW)
            forwards.append([row.membership.user.username for row in page.rows])
            while page.after is not None:
                page = board.board(user, now=NOW, page=page.page + 1, after=page.after)
                forwards.append([row.membership.user.username for row in page.rows])
            backwards.append(forwards[-1])
            while page.before is not None:
                page = board.board(user, now=NOW, page=page.page - 1, before=page.before)
                backwards.insert(0, [row.membership.user.username for row in page.rows])
            self.assertEqual(page.page, 1)
        return forwards, backwards

    def whole(self, user: User) -> list[str]:
        return [m.user.username for m in board.ranked(user, now=NOW).select_related("user")]

    def test_it_links_the_next_page_after_its_last_row(self) -> None:
        carole = self.signed_in(self.carole)
        with mock.patch.object(board, "PAGE_SIZE", 2):
            first = carole.get("/coaching/")
            after = first.context["board"].after
            self.assertIn(f"page=2&amp;after={after}", first.content.decode())
            second = carole.get("/coaching/", {"page": 2, "after": after})
        self.assertIsNone(second.context["board"].after)  # the last page
        rows = [*first.context["rows"], *second.context["rows"]]
        self.assertEqual([r.membership.user.username for r in rows], self.whole(self.carole))

    def test_it_links_the_previous_page_before_its_first_row(self) -> None:
        carole = self.signed_in(self.carole)
        with mock.patch.object(board, "PAGE_SIZE", 2):
            first = carole.get("/coaching/")
            second = carole.get("/coaching/", {"page": 2, "after": first.context["board"].after})
            before = second.context["board"].before
            self.assertIn(f"page=1&amp;before={before}", second.content.decode())
            with CaptureQueriesContext(connection) as forwards:
                carole.get("/coaching/", {"page": 2, "after": first.context["board"].after})
            with CaptureQueriesContext(connection) as backwards:
                back = carole.get("/coaching/", {"page": 1, "before": before})
            self.assertEqual(len(backwards), len(forwards))  # the same queries, read backwards
            # An old link (a page number alone) and one whose row left: counted by an offset.
            old = carole.get("/coaching/", {"page": 1})
            gone = carole.get("/coaching/", {"page": 1, "before": 10**9})
        self.assertIsNone(back.context["board"].before)  # the first page
        for page in (back, old, gone):
            self.assertEqual(page.context["rows"], first.context["rows"])

    def test_it_walks_back_through_the_same_pages_with_the_reviews_first(self) -> None:
        self.interviewed()
        self.review(self.others[0])
        self.review(self.others[2])
        self.assertEqual(self.whole(self.carole), ["bea", "zoe", "alice", "emile"])
        for user, size in [(self.carole, 1), (self.carole, 2), (self.carole, 3), (self.admin, 2)]:
            forwards, backwards = self.pages(user, size)
            self.assertEqual(backwards, forwards)
            self.assertEqual([name for page in forwards for name in page], self.whole(user))

    def test_it_sorts_names_whatever_their_case_and_accents(self) -> None:
        self.assertEqual(self.whole(self.carole), ["alice", "bea", "emile", "zoe"])

    def test_it_walks_the_pages_in_the_whole_lists_order(self) -> None:
        self.interviewed()  # Alice first
        self.assertEqual(self.walk(self.carole), self.whole(self.carole))
        self.assertEqual(self.walk(self.admin, size=3), self.whole(self.admin))
        self.assertEqual(self.walk(self.carole)[0], "alice")

    def review(self, candidate: User) -> None:
        """`candidate` asks Carole to review a draft."""
        draft = FollowUp.objects.create(
            application=self.make_application(candidate), kind="followup_email",
            channel="email", state="drafted", earliest_at=NOW + timedelta(days=3),
            latest_at=NOW + timedelta(days=5),
        )  # fmt: skip
        ReviewRequest.objects.create(
            followup=draft, coach=self.carole, candidate=candidate, state=ReviewState.ASKED,
            created_at=NOW,
        )  # fmt: skip

    def test_it_puts_the_viewers_reviews_first_on_every_path(self) -> None:
        self.interviewed()  # Alice: the most pressing stored rank
        zoe = self.others[0]
        draft = FollowUp.objects.create(
            application=self.make_application(zoe), kind="followup_email", channel="email",
            state="drafted", earliest_at=NOW + timedelta(days=3),
            latest_at=NOW + timedelta(days=5),
        )  # fmt: skip
        ReviewRequest.objects.create(
            followup=draft, coach=self.carole, candidate=zoe, state=ReviewState.ASKED,
            created_at=NOW,
        )  # fmt: skip
        self.assertEqual(self.whole(self.carole)[:2], ["zoe", "alice"])
        self.assertEqual(self.walk(self.carole, size=1), self.whole(self.carole))
        # The admin reviews nothing: Zoé is at her stored place for them.
        self.assertEqual(self.walk(self.admin), self.whole(self.admin))
        self.assertEqual(self.whole(self.admin)[0], "alice")

    def test_it_moves_a_candidate_whose_name_changes_in_a_bulk_update(self) -> None:
        self.assertEqual(self.walk(self.carole), ["alice", "bea", "emile", "zoe"])
        Profile.objects.filter(user=self.others[0]).update(name="Aaron Zoé")
        self.assertEqual(self.walk(self.carole), ["zoe", "alice", "bea", "emile"])

    def test_it_moves_a_candidate_who_stops_sharing_in_raw_sql(self) -> None:
        self.assertEqual(self.walk(self.carole), ["alice", "bea", "emile", "zoe"])
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE coaching_membership SET sharing = %s WHERE user_id = %s",
                [Sharing.NOTHING, self.alice.pk],
            )
        self.assertEqual(self.walk(self.carole), ["bea", "emile", "zoe", "alice"])

    def test_it_moves_a_candidate_when_two_weeks_of_silence_begin_without_a_write(self) -> None:
        Membership.objects.filter(user=self.others[0]).update(joined_at=NOW - timedelta(days=10))
        self.assertEqual(self.walk(self.carole), ["alice", "bea", "emile", "zoe"])
        later = NOW + timedelta(days=5)  # Zoé joined 15 days ago and did nothing since
        with mock.patch.object(board, "PAGE_SIZE", 10):
            rows = board.board(self.carole, now=later).rows
        self.assertEqual(rows[0].membership.user.username, "zoe")
        self.assertEqual([line.reason.id for line in rows[0].lines], ["inactive"])

    def test_it_reads_the_admins_page_from_the_index_without_sorting(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("the plan is PostgreSQL's; SQLite chooses its own")
        scope = board.in_reach(self.admin, board.Filters())
        page = board._shown(scope).order_by(*attention_rank.ORDER_BY)[: board.PAGE_SIZE]
        plan = index_plan(page)
        self.assertIn("membership_org_order", plan)
        self.assertNotIn("Sort", plan)

    def test_it_reads_the_admins_page_by_coach_from_the_coachs_index(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("the plan is PostgreSQL's; SQLite chooses its own")
        # The coach's 200 candidates in order, not the organisation's 10,000 walked in order
        # until a fiftieth of them is found; and the page continued after a row starts there.
        scope = board.in_reach(self.admin, board.Filters(coach_id=self.carole.pk))
        for start in (None, (0, "", 0)):
            page = attention_rank.after(board._shown(scope), start)
            page = page.order_by(*attention_rank.ORDER_BY)[: board.PAGE_SIZE]
            plan = index_plan(page)
            self.assertIn("membership_coach_order", plan)
            self.assertNotIn("membership_org_order", plan)
            self.assertNotIn("Sort", plan)

    def test_it_finds_the_viewers_reviewed_candidates_before_joining_names(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("the plan is PostgreSQL's; SQLite chooses its own")
        # The review requests' few candidates, computed first, then their memberships read by
        # user: not the coach's 200 memberships joined with their names, then filtered.
        scope = board.in_reach(self.carole, board.Filters())
        reviews = ReviewRequest.objects.filter(coach=self.carole).values("candidate_id")
        plan = index_plan(board._shown(scope.filter(board._user_in(reviews))))
        self.assertIn("InitPlan", plan)
        self.assertIn("user_id = ANY ($0)", plan)
        self.assertNotIn("Semi Join", plan)

    def test_it_reads_the_previous_page_from_the_index_backwards(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("the plan is PostgreSQL's; SQLite chooses its own")
        for filters in (board.Filters(), board.Filters(coach_id=self.carole.pk)):
            scope = board.in_reach(self.admin, filters)
            page = board._shown(attention_rank.before(scope, (9, "zoe", 10**6)))
            plan = index_plan(page[: board.PAGE_SIZE])
            self.assertIn("Index Scan Backward using membership_", plan)
            self.assertNotIn("Sort", plan)

    def test_it_finds_the_out_of_date_ranks_from_indexes(self) -> None:
        if connection.vendor != "postgresql":
            self.skipTest("the plan is PostgreSQL's; SQLite chooses its own")
        plan = index_plan(attention_rank.stale_tallies(NOW))
        # One index per way a rank goes out of date: the partial index's condition must be
        # the query's, or the page scans every tally row.
        for index in ("tally_unranked", "tally_reasons", "tally_rank_until"):
            self.assertIn(index, plan)
