"""A need typed as a quality and its complement is said of the person sought."""

from __future__ import annotations

import pytest

from relance.drafts import phrasing
from relance.drafts.notes import fragments
from relance.drafts.phrased import Phrased


def _needs(notes: str) -> Phrased:
    return phrasing.needs(fragments(notes, "fr"), "fr")


@pytest.mark.parametrize(
    ("typed", "sought"),
    [
        ("autonome dès février", "quelqu'un d'autonome dès février"),
        ("propre chez les clients", "quelqu'un de propre chez les clients"),
        ("rigoureuse sur les délais", "quelqu'un de rigoureux sur les délais"),
        (
            "disponible les fins de semaine pour les urgences",
            "quelqu'un de disponible les fins de semaine pour les urgences",
        ),
    ],
)
def test_it_says_a_quality_and_its_complement_of_someone(typed: str, sought: str) -> None:
    written = _needs(typed)
    assert f"vous recherchez {sought}." in written.sentence
    assert written.to_rewrite == ()


@pytest.mark.parametrize("typed", ["disponible nuits et week-ends", "bilingue allemand"])
def test_it_hands_back_a_quality_typed_short(typed: str) -> None:
    assert _needs(typed).to_rewrite == (typed,)
