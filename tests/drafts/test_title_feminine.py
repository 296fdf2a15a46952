"""A title typed masculine beside the ad's gender notice takes a woman's form."""

import pytest

from relance.drafts.grammar import clean_position
from relance.drafts.title_feminine import feminine_title


@pytest.mark.parametrize(
    ("ad", "woman"),
    [
        ("Négociateur immobilier H/F - Bamako ACI 2000", "négociatrice immobilière"),
        ("Technicien de maintenance (H/F)", "technicienne de maintenance"),
        ("Chauffeur livreur H/F", "chauffeuse livreuse"),
        ("Directeur adjoint H/F", "directrice adjointe"),
        ("Chargé de clientèle F/H", "chargée de clientèle"),
        ("Développeur junior H/F", "développeuse junior"),
    ],
)
def test_it_gives_a_woman_the_feminine_of_a_title_the_ad_typed_masculine(
    ad: str, woman: str
) -> None:
    assert clean_position(ad, "fr", "f") == woman


@pytest.mark.parametrize(
    ("ad", "gender", "lang", "title"),
    [
        ("Négociateur immobilier H/F", "m", "fr", "négociateur immobilier"),
        ("Négociateur immobilier H/F", "", "fr", "négociateur immobilier"),
        ("Négociateur immobilier", "f", "fr", "négociateur immobilier"),
        ("Sales Negotiator (M/F)", "f", "en", "Sales Negotiator"),
        ("Médecin généraliste H/F", "f", "fr", "médecin généraliste"),
        ("Serveur / Serveuse H/F", "f", "fr", "serveuse"),
    ],
)
def test_it_leaves_the_title_as_typed_otherwise(
    ad: str, gender: str, lang: str, title: str
) -> None:
    assert clean_position(ad, lang, gender) == title


def test_it_keeps_a_complement_after_a_preposition_in_its_own_gender() -> None:
    assert feminine_title("Conseiller en gestion de patrimoine") == (
        "Conseillère en gestion de patrimoine"
    )
