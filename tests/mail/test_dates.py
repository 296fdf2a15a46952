from datetime import date

import pytest

from relance.mail.dates import find_dates, fold

WEDNESDAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("d'ici la fin de la semaine prochaine", date(2025, 3, 14)),
        ("début de semaine prochaine", date(2025, 3, 11)),
        ("la semaine prochaine", date(2025, 3, 14)),
        ("d'ici la fin de la semaine", date(2025, 3, 7)),
        ("le 15 janvier", date(2026, 1, 15)),
        ("le 20 mars", date(2025, 3, 20)),
        ("le 20/03", date(2025, 3, 20)),
        ("lundi prochain", date(2025, 3, 10)),
        ("mercredi", date(2025, 3, 12)),
        ("fin du mois", date(2025, 3, 31)),
        ("fin du mois prochain", date(2025, 4, 30)),
        ("mi-avril", date(2025, 4, 15)),
        ("dans deux semaines", date(2025, 3, 19)),
        ("sous quinze jours", date(2025, 3, 19)),
        ("demain", date(2025, 3, 6)),
        ("early next week", date(2025, 3, 11)),
        ("end of next week", date(2025, 3, 14)),
        ("by the end of the month", date(2025, 3, 31)),
        ("on January 15th", date(2026, 1, 15)),
        ("March 20, 2025", date(2025, 3, 20)),
        ("next Monday", date(2025, 3, 10)),
        ("within 10 days", date(2025, 3, 15)),
        ("2025-04-02", date(2025, 4, 2)),
    ],
)
def test_it_reads_dates_relative_to_the_message(text, expected):
    assert [found.day for found in find_dates(text, WEDNESDAY)][:1] == [expected]


def test_it_says_this_week_on_a_weekend_means_the_coming_one():
    saturday = date(2025, 3, 8)
    assert find_dates("end of the week", saturday)[0].day == date(2025, 3, 14)


def test_it_returns_spans_into_the_original_text():
    text = "Réponse d’ici la fin de la semaine prochaine, promis."
    found = find_dates(text, WEDNESDAY)[0]
    assert text[found.start : found.end] == "fin de la semaine prochaine"


def test_it_ignores_impossible_dates():
    assert find_dates("le 31/02", WEDNESDAY) == []


def test_it_folds_without_moving_positions():
    assert fold("Été’s") == "ete's"
