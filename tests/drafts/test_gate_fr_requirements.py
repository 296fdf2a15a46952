"""French role and expectations: a requirement pasted from the notes goes back to the
candidate, or is said as a writer would (session 20, the blind readers' rejects)."""

from __future__ import annotations

import pytest

from relance.drafts import gate, proofread
from relance.drafts.gate import gated
from relance.drafts.role_phrasing import expectations, role
from relance.drafts.templates import phrase

pytestmark = pytest.mark.skipif(not proofread.available(), reason="no Grammalecte")


def refused(key: str, items: str) -> bool:
    return bool(gate.faults(phrase("fr", key, items=items), "fr"))


@pytest.mark.parametrize(
    "items",
    [
        "les ports de cartons parfois",  # an adverb
        "les astreintes pas concernées",  # a negation
        "le chantier propre en partant",  # a gerund
        "le permis AM pour venir",  # a bare infinitive
        "le permis G à faire",
        "les procédures à la lettre",  # an adverbial phrase
        "la ponctualité et le permis AM au minimum",
        "l'autonomie en 3 mois",  # a delay
        "la certification SAQ d'ici douze mois",
        "la régularité du produit et chaque matin pareil",
        "l'habilitation électrique pour les électriques",  # an adjective for its noun
        "le respect RSE temps de conduite",  # nouns juxtaposed across an acronym
        "le respect des SLA hôpital",
        "l'autonomie sur lecture de plans",
        "la tenue irréprochable",  # a standard pasted after its noun
        "le permis B obligatoire",
    ],
)
def test_it_refuses_a_pasted_expectation(items: str) -> None:
    assert refused("expectations_things", items)


@pytest.mark.parametrize(
    "items",
    [
        "la voiture de fonction",  # a perk
        "l'interlocutrice des managers",  # people
        "l'assistant brand manager",
        "la thérapeute en réadaptation physique en appui",
        "la tenue, la révision et les liasses, et le portefeuille de 70 dossiers TPE",
    ],
)
def test_it_refuses_what_is_no_task_in_the_role(items: str) -> None:
    assert refused("role_items", items)


@pytest.mark.parametrize(
    "items",
    [
        "la gestion des stocks et la relation avec les clients",
        "le CAP cuisine",
        "l'accueil sur place",
        "la mise en rayon le matin",
        "les très bons résultats",
        "le travail en équipe et la formation de 3 jours au début",
        "l'importance d'une tenue irréprochable",
        "le caractère obligatoire du permis B",
        "le suivi contentieux et les avocats, et la caisse",
        "la capacité à travailler avec les partenaires",
        "la discrétion et les audiences qui finissent tard",
        "les formations obligatoires",
        "le contrôle d'accès et le rapport de fin de service",
    ],
)
def test_it_keeps_a_plain_noun_phrase(items: str) -> None:
    assert not refused("expectations_things", items)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("tenue irréprochable", "l'importance d'une tenue irréprochable"),
        ("autonomie rapide", "l'importance d'une autonomie rapide"),
        ("permis B obligatoire", "le caractère obligatoire du permis B"),
    ],
)
def test_it_says_a_standard_as_a_writer_would(typed: str, said: str) -> None:
    assert said in expectations([typed], "fr").sentence


def test_it_hands_back_a_standard_in_the_role() -> None:
    written, back = gated(
        lambda: role(["tenue irréprochable"], "fr"), ["tenue irréprochable"], "fr"
    )
    assert "irréprochable" not in written.sentence
    assert back == ["tenue irréprochable"]


def test_it_hands_back_only_the_pasted_note() -> None:
    typed = ["ponctualité", "permis AM au minimum"]
    written, back = gated(lambda: expectations(typed, "fr"), typed, "fr")
    assert "la ponctualité" in written.sentence
    assert back == ["permis AM au minimum"]
