"""Two nouns joined by a slash are said with « et »; a choice, a pronoun, a yes or no and a
unit keep their slash (issue 11: such notes were handed back whole as a symbol)."""

from __future__ import annotations

import pytest

from relance.drafts.morph_fr import fr_shape


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("montage/démontage", "montage et démontage"),
        ("vente/conseil", "vente et conseil"),
        ("accueil/caisse", "accueil et caisse"),
    ],
)
def test_it_says_a_slash_between_nouns_with_et(typed: str, written: str) -> None:
    shape = fr_shape(typed)
    assert (shape.text, shape.clean) == (written, True)


@pytest.mark.parametrize(
    "typed",
    ["CDD/CDI", "oui/non", "il/elle", "130 km/h", "24/7", "productivité colis/heure",
     "déclaration de sinistres auto/habitation"],
)  # fmt: skip
def test_it_keeps_the_slash_of_a_choice_a_unit_or_inside_a_noun_phrase(typed: str) -> None:
    assert "/" in fr_shape(typed).text
