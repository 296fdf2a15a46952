"""The apostrophe a phone keyboard lost is put back, never where the lone letter is a unit,
a category or a letter among letters (issue 11, writer AJ)."""

from __future__ import annotations

import pytest

from relance.drafts.lost_apostrophes import restored
from relance.drafts.notes import fragments


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("j ai fait 6 ans", "j'ai fait 6 ans"),
        ("J ai", "J'ai"),
        ("quelqu un pour l hiver", "quelqu'un pour l'hiver"),
        ("à l aise avec la caisse", "à l'aise avec la caisse"),
        ("il m a dit qu il y a", "il m'a dit qu'il y a"),
        ("c est top", "c'est top"),
        ("s il faut", "s'il faut"),
        ("plan d action", "plan d'action"),
        ("n importe", "n'importe"),
    ],
)
def test_it_puts_the_apostrophe_back(typed: str, written: str) -> None:
    assert restored(typed) == written


@pytest.mark.parametrize(
    "typed",
    ["3 m en hauteur", "permis d en cours", "caces c et d", "vitamine c et e", "c a d",
     "le t a la fin", "b c et d"],
)  # fmt: skip
def test_it_leaves_a_unit_or_a_category_alone(typed: str) -> None:
    assert restored(typed) == typed


def test_it_restores_the_accents_after_the_apostrophe() -> None:
    assert fragments("l equipe est au top", "fr") == ["l'équipe est au top"]


def test_it_writes_a_to_a_place_after_the_joined_que() -> None:
    assert restored("plus carrés qu a la ferme") == "plus carrés qu'à la ferme"
    assert restored("jusqu a 18h") == "jusqu'à 18h"
    assert restored("ce qu a dit le chef") == "ce qu'a dit le chef"
