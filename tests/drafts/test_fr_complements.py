"""A task and the plural noun it bears on get their « des »; an adjective or a singular after
the task is left alone (issue 11: « chargement camions » was handed back as telegraphic)."""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email
from relance.drafts.morph_fr import fr_shape
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("chargement camions", "chargement des camions"),
        ("entretien chaudières", "entretien des chaudières"),
        ("préparation commandes", "préparation des commandes"),
        ("tri déchets", "tri des déchets"),
        ("vente produits frais", "vente des produits frais"),
    ],
)
def test_it_puts_des_between_a_task_and_its_things(typed: str, written: str) -> None:
    shape = fr_shape(typed)
    assert (shape.text, shape.clean) == (written, True)


@pytest.mark.parametrize("typed", ["soins infirmiers", "accueil jeunes", "gestion équipe"])
def test_it_leaves_an_adjective_or_a_singular_alone(typed: str) -> None:
    assert fr_shape(typed).text == typed


def test_it_says_the_tasks_in_the_role() -> None:
    draft = catchup_email(make_ctx(role_understood="conseil client, chargement camions, caisse"))
    assert (
        "le poste comprend le conseil client, le chargement des camions et la caisse" in draft.text
    )
    assert not draft.review
