"""A clause reported as said at the interview states a strength by its verb (`reported`)."""

from __future__ import annotations

import pytest

from relance.drafts.reported import strength_clause


@pytest.mark.parametrize(
    ("clause", "lang"),
    [
        ("je connais le logiciel Silae", "fr"),
        ("je sais souder à l'arc", "fr"),
        ("je parle néerlandais", "fr"),
        ("I manage a team of 12 pickers", "en"),
    ],
)
def test_it_reports_a_clause_whose_verb_states_a_strength(clause: str, lang: str) -> None:
    assert strength_clause(clause, lang)


@pytest.mark.parametrize(
    ("clause", "lang"),
    [
        ("j'ai su expliquer les 8D", "fr"),  # what went well at the interview
        ("j'ai parlé des activités", "fr"),
        ("j'ai bien géré la simulation", "fr"),
        ("I made a flat white", "en"),
        ("I know you liked it", "en"),
    ],
)
def test_it_hands_back_an_event_of_the_interview(clause: str, lang: str) -> None:
    assert not strength_clause(clause, lang)
