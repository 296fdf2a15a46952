"""A change of the reasons in the code marks every stored rank out of date: the ranks carry
the reasons' version, and the version cannot stay the same when the reasons change."""

from __future__ import annotations

from relance.coaching.models import CandidateTally, Sharing
from relance.coaching.services import attention_rank, rank_version
from relance.coaching.services import dashboard as board
from tests.coaching.base import CoachingTestCase
from tests.fixtures.clock import NOW


class RankVersionTestCase(CoachingTestCase):
    sharing = Sharing.STATUSES

    def test_it_has_a_version_written_for_the_reasons_as_they_are(self) -> None:
        found = rank_version.fingerprint()
        self.assertEqual(
            rank_version.FINGERPRINTS.get(rank_version.REASONS_VERSION),
            found,
            "The reasons or the rank's computation changed: add a new REASONS_VERSION with "
            f"its fingerprint {found!r} to relance.coaching.services.rank_version (every "
            "stored rank is then computed again); never edit an older entry.",
        )
        self.assertEqual(max(rank_version.FINGERPRINTS), rank_version.REASONS_VERSION)
        fingerprints = list(rank_version.FINGERPRINTS.values())
        self.assertEqual(len(set(fingerprints)), len(fingerprints))

    def test_it_changes_with_the_reasons_not_with_a_comment(self) -> None:
        source = (rank_version.HERE / "reasons.py").read_text(encoding="utf-8")
        tree = rank_version._tree(source)
        self.assertNotEqual(rank_version._tree(source.replace("days=14", "days=21")), tree)
        self.assertNotEqual(
            rank_version._tree(source.replace("REVIEW,\n    REPLY,", "REPLY,\n    REVIEW,")),
            tree,
        )
        commented = source.replace("QUIET = ", "# Two weeks.\nQUIET = ")
        self.assertEqual(rank_version._tree(commented), tree)
        rank = (rank_version.HERE / "attention_rank.py").read_text(encoding="utf-8")
        only = rank_version.RANK_FUNCTIONS
        self.assertNotEqual(
            rank_version._tree(rank.replace("return HIDDEN, None", "return NONE, None"), only),
            rank_version._tree(rank, only),
        )

    def test_it_computes_again_a_rank_of_another_version(self) -> None:
        scope = board.in_reach(self.carole, board.Filters())
        attention_rank.refresh(scope, NOW)
        self.assertEqual(attention_rank.stale(scope, NOW), {})
        CandidateTally.objects.update(ranked_reasons=rank_version.REASONS_VERSION - 1)
        self.assertEqual(list(attention_rank.stale(scope, NOW)), [self.alice.pk])
        attention_rank.refresh(scope, NOW)
        tally = CandidateTally.objects.get(user=self.alice)
        self.assertEqual(tally.ranked_reasons, rank_version.REASONS_VERSION)
