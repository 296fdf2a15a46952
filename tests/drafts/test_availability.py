"""Availability typed as a strong point is said as a fact the interview settled."""

from __future__ import annotations

import pytest

from relance.drafts import strengths
from relance.drafts.availability import availability
from relance.drafts.notes import fragments


def _strong(notes: str, lang: str) -> str:
    return strengths.strong_points(fragments(notes, lang), lang, "f").sentence


def test_it_says_availability_alone_as_the_first_strong_point() -> None:
    assert _strong("dispo de suite", "fr") == (
        "Lors de notre échange, je vous ai confirmé être disponible immédiatement."
    )


def test_it_says_availability_after_the_other_strong_points() -> None:
    said = _strong("5 yrs in retail\navailable from Monday", "en")
    assert said.endswith("I also confirmed that I am available from Monday.")
    assert "5 years" in said


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        ("disponible pour des missions de nuit", "fr"),
        ("disponible immédiatement si le contrat est signé", "fr"),
        ("available for weekend shifts", "en"),
    ],
)
def test_it_leaves_other_availability_notes_to_the_other_frames(typed: str, lang: str) -> None:
    assert availability(typed, lang) == ""
