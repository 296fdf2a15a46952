import pytest

from relance.drafts import catchup_email
from relance.drafts.fr_years import with_experience
from relance.drafts.notes import fragments
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("mes 20 ans de poids lourd", "mes 20 ans d'expérience en poids lourd"),
        ("mes 6 ans sur le port", "mes 6 ans d'expérience sur le port"),
        ("mon CAP et mes 4 ans chez Geodis", "mon CAP et mes 4 ans d'expérience chez Geodis"),
        ("mes 2 ans et demi chez Weber", "mes 2 ans et demi d'expérience chez Weber"),
        ("mes CFC et 15 ans d'officine", "mes CFC et 15 ans d'expérience en officine"),
        ("mes 8 ans de cariste", "mes 8 ans d'expérience comme cariste"),
        ("mes 2 ans d'animatrice", "mes 2 ans d'expérience comme animatrice"),
    ],
)
def test_it_says_years_of_a_trade_as_experience(typed: str, said: str) -> None:
    assert with_experience(typed) == said


@pytest.mark.parametrize(
    "typed",
    [
        "mes 15 ans d'expérience en caisse",
        "mes 3 ans de la restauration",
        "mes 2 saisons à Agen",
        "mes 5 ans de chantier",
        "mes 4 ans de serveur",
    ],
)
def test_it_leaves_years_it_cannot_say_better(typed: str) -> None:
    assert with_experience(typed) == typed


def test_it_writes_the_years_as_experience_in_the_catchup() -> None:
    text = catchup_email(make_ctx(strong_points="20 ans de poids lourd")).text
    assert "mettre en avant mes 20 ans d'expérience en poids lourd." in text


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("18 ans banque", "18 ans de banque"),
        ("BP et 4 ans officine", "BP et 4 ans d'officine"),
        ("2 ans femme de chambre au Novotel", "2 ans comme femme de chambre au Novotel"),
        ("7 ans cariste", "7 ans comme cariste"),
        ("5 ans exp", "5 ans d'expérience"),
    ],
)
def test_it_joins_years_typed_right_before_what_they_were_spent_on(
    typed: str, written: str
) -> None:
    assert fragments(typed, "fr") == [written]


@pytest.mark.parametrize(
    "typed", ["3 ans minimum", "2 ans renouvelable", "j'ai 25 ans et je suis motivé"]
)
def test_it_leaves_years_followed_by_no_noun_as_typed(typed: str) -> None:
    assert fragments(typed, "fr") == [typed]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("8 ans secrétaire chez un notaire", "8 ans comme secrétaire chez un notaire"),
        ("6 ans IDE dont 3 en réa", "6 ans IDE dont 3 en réa"),
        ("5 ans d'expérience en crèche", "5 ans d'expérience en crèche"),
        ("22 ans dans le BTP", "22 ans dans le BTP"),
    ],
)
def test_it_joins_years_only_to_a_trade_or_a_noun_typed_small(typed: str, written: str) -> None:
    assert fragments(typed, "fr") == [written]


def test_it_says_years_in_the_army_without_a_field_of_experience() -> None:
    # session 43 (writer BJ): served « dans » the forces, never « d'expérience en armée »
    assert with_experience("mes 12 ans d'armée de terre") == "mes 12 ans dans l'armée de Terre"
