"""A part of a month typed as the day of an answer ("réponse fin novembre")."""

from __future__ import annotations

from datetime import date

import pytest

from relance.drafts.periods import period

INTERVIEW, SEND = date(2026, 3, 10), date(2026, 3, 11)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("il rappelle d'ici mi-avril", "la mi-avril"),
        ("retour fin mars", "la fin mars"),
        ("décision d'ici la fin du mois", "la fin mars"),
        ("réponse mi fevrier", ""),  # gone, not next year's
        ("réponse fin de contrat", ""),
        ("poste à mi-temps", ""),
    ],
)
def test_it_reads_the_middle_or_the_end_of_a_month(typed: str, said: str) -> None:
    assert period(typed, 0, INTERVIEW, SEND, "fr") == said


def test_it_reads_a_month_after_the_new_year_as_next_years() -> None:
    assert period("réponse mi-janvier", 0, date(2026, 11, 24), date(2026, 11, 25), "fr") == (
        "la mi-janvier"
    )
    assert period("réponse mi-mars", 0, date(2026, 3, 20), date(2026, 3, 21), "fr") == ""
