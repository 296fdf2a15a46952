import pytest

from relance.drafts import catchup_email
from relance.drafts.fr_years import with_experience
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
