"""What writer AZ's reader quoted and session 38 mended (issue 11): a skill marked weak
(« python -- ») was put forward as a strength (« mettre en avant mon python -- »), and the
marks of strength (« SQL ++ ») were read as words.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.notes import fragments
from tests.drafts.factories import make_ctx


def test_it_leaves_out_a_skill_marked_weak() -> None:
    draft = catchup_email(make_ctx(strong_points="python -- (je l ai dit honnêtement)"))
    assert "python" not in draft.text
    assert [left.reason for left in draft.left_out] == ["self"]


def test_it_reads_a_mark_of_strength_as_no_word() -> None:
    assert fragments("SQL ++ / power bi ++") == ["SQL / power bi"]


def test_it_keeps_a_language_named_with_its_pluses() -> None:
    assert fragments("C++ et Java") == ["C++ et Java"]


def test_it_reads_pluses_before_a_word_as_more() -> None:
    # writer AR's ar16: « ++ de demandes » is « plus de demandes », not a mark to drop
    assert fragments("bornages, ++ de demandes") == ["bornages, ++ de demandes"]
