"""French typography of the filled frames: no-break spaces before « ? ! : ; » and words the
notes quoted with straight marks quoted « à la française » (writer AG's ag03)."""

from __future__ import annotations

from relance.drafts.templates import typography

NBSP = "\u00a0"


def test_it_quotes_straight_marks_the_french_way() -> None:
    said = typography('vous recherchez des "gens qui restent".', "fr")
    assert said == f"vous recherchez des «{NBSP}gens qui restent{NBSP}»."


def test_it_leaves_an_unpaired_mark_and_english_alone() -> None:
    assert typography('un "seul guillemet', "fr") == 'un "seul guillemet'
    assert typography('people who "stay"', "en") == 'people who "stay"'


def test_it_keeps_a_no_break_space_before_a_question_mark() -> None:
    assert typography("Et vous ?", "fr") == f"Et vous{NBSP}?"
