"""Two nouns joined by a slash are said with « et »; a choice, a pronoun, a yes or no and a
unit keep their slash (issue 11: such notes were handed back whole as a symbol)."""

from __future__ import annotations

import pytest

from relance.drafts.morph_fr import fr_shape


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("montage/démontage", "montage et démontage"),
        ("rondes intérieures/extérieures", "rondes intérieures et extérieures"),
        ("lignes scolaires matin/soir", "lignes scolaires matin et soir"),
    ],
)
def test_it_says_a_slash_between_nouns_with_et(typed: str, written: str) -> None:
    shape = fr_shape(typed)
    assert (shape.text, shape.clean) == (written, True)


@pytest.mark.parametrize("typed", ["CDD/CDI", "oui/non", "il/elle", "130 km/h", "24/7"])
def test_it_keeps_the_slash_of_a_choice_or_a_unit(typed: str) -> None:
    assert "/" in fr_shape(typed).text
