"""A burst of ranks going out of date at once (ten thousand windows opening at 09:00): a page
computes at most its share, marks what it could not, and the worker computes the rest."""

from __future__ import annotations

from unittest import mock

from relance.coaching.models import CandidateTally, Role, Sharing
from relance.coaching.services import attention_rank
from relance.coaching.services import dashboard as board
from tests.coaching.base import CoachingTestCase
from tests.fixtures.clock import NOW


class AttentionBurstTestCase(CoachingTestCase):
    sharing = Sharing.STATUSES

    def setUp(self) -> None:
        super().setUp()
        for n in range(7):
            user = self.make_user(f"c{n}", f"Candidat {n}")
            self.join(user, self.carole, Role.CANDIDATE, self.org, Sharing.STATUSES)
        scope = board.in_reach(self.carole, board.Filters())
        attention_rank.refresh(scope, NOW)
        # Every window ends at the same instant: every rank is due again at once.
        CandidateTally.objects.update(rank_until=NOW)
        self.scope = scope

    def computed(self) -> list[int]:
        """The number of ranks each computation stored, while the page is read."""
        sizes: list[int] = []
        real = attention_rank.store

        def counting(versions: dict[int, int], now: object) -> None:
            if versions:
                sizes.append(len(versions))
            real(versions, now)  # type: ignore[arg-type]

        with (
            mock.patch.object(attention_rank, "store", counting),
            mock.patch.object(attention_rank, "PER_VIEW", 3),
            mock.patch.object(board, "PAGE_SIZE", 3),
        ):
            self.page = board.board(self.carole, now=NOW)
        return sizes

    def test_it_computes_at_most_its_share_and_says_so(self) -> None:
        self.assertEqual(self.computed(), [3])  # not the eight
        self.assertTrue(self.page.updating)
        self.assertEqual(len(attention_rank.stale(self.scope, NOW)), 8 - 3)
        # The page's own rows come first in the order, so they are among those computed.
        self.assertFalse(any(row.moving for row in self.page.rows))

    def test_it_marks_the_rows_it_could_not_compute(self) -> None:
        with mock.patch.object(attention_rank, "PER_VIEW", 1):
            page = board.board(self.carole, now=NOW)
        self.assertTrue(page.updating)
        self.assertEqual([row.moving for row in page.rows][:3], [False, True, True])
        html = self.signed_in(self.carole).get("/coaching/").content.decode()
        self.assertNotIn('class="moving"', html)  # that page computed the rest (8 < 100)

    def test_it_leaves_the_rest_to_the_worker(self) -> None:
        self.computed()
        self.assertTrue(attention_rank.handle_one_refresh())
        self.assertEqual(attention_rank.stale(self.scope, NOW), {})
        self.assertEqual(self.computed(), [])
        self.assertFalse(self.page.updating)
