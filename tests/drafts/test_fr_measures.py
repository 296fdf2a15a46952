import pytest

from relance.drafts import catchup_email
from relance.drafts.fr_measures import measured
from relance.drafts.notes import fragments
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("formation 3 semaines", "formation de 3 semaines"),
        ("formation interne 3 semaines", "formation interne de 3 semaines"),
        ("stage 6 mois chez Wave", "stage de 6 mois chez Wave"),
        ("contrat 1 an renouvelable", "contrat d'un an renouvelable"),
        ("formation 1 semaine", "formation d'une semaine"),
        ("ouverture 6 h", "ouverture à 6 h"),
        ("départ 5 h 30", "départ à 5 h 30"),
        ("astreinte 1 week-end sur 4", "astreinte un week-end sur 4"),
        ("astreinte 1 WE sur 4", "astreinte un week-end sur 4"),
        ("nuits 1 semaine sur 3", "nuits une semaine sur 3"),
    ],
)
def test_it_gives_a_measure_the_word_its_noun_takes(typed: str, written: str) -> None:
    assert measured(typed) == written


@pytest.mark.parametrize(
    "typed",
    ["hôtel 4 étoiles", "tournée 6-8 magasins", "formation de 3 semaines", "samedi matin 1 sur 2"],
)
def test_it_leaves_a_number_no_measured_noun_governs(typed: str) -> None:
    assert measured(typed) == typed


def test_it_says_a_course_length_in_the_catchup() -> None:
    text = catchup_email(make_ctx(expectations="- formation 3 semaines au siège")).text
    assert "la formation de 3 semaines au siège" in text


def test_it_hands_back_a_note_run_on_after_an_hour() -> None:
    draft = catchup_email(make_ctx(expectations="- départ 5 h 30 dépôt Longvic"))
    assert "dépôt Longvic" not in draft.text
    assert "[à compléter" in draft.text


def test_it_hands_back_a_skill_noted_as_no_problem() -> None:
    text = catchup_email(make_ctx(strong_points="- clim sans problème")).text
    assert "sans problème" not in text


def test_it_spells_a_clipped_week_end_and_drops_a_laugh() -> None:
    assert fragments("caisse le we lol", "fr") == ["caisse le week-end"]
