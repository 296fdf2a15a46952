"""A reason of motivation that names a workplace is said as joining it."""

from __future__ import annotations

from relance.drafts.motivation import motivation
from relance.drafts.notes import fragments

NAMES = {"company": "Octave", "company_of": "d'Octave"}


def test_it_says_a_workplace_as_joining_it() -> None:
    written = motivation(fragments("librairie indépendante", "fr"), "fr", NAMES)
    assert "c'est une librairie" not in written.sentence
    assert "L'idée de travailler dans une librairie indépendante me motive particulièrement." in (
        written.sentence
    )


def test_it_keeps_what_is_no_workplace_after_ce_qui_m_attire() -> None:
    written = motivation(fragments("une équipe soudée", "fr"), "fr", NAMES)
    assert "Ce qui m'attire dans ce poste, c'est une équipe soudée." in written.sentence


def test_it_joins_a_workplace_in_english() -> None:
    written = motivation(fragments("independent bookshop", "en"), "en", NAMES)
    assert "Working in an independent bookshop particularly appeals to me." in written.sentence


def test_it_joins_the_one_workplace_a_superlative_names() -> None:
    for typed, said in [
        ("biggest hotel in SG", "the biggest hotel in SG"),
        ("largest hospital in the region", "the largest hospital in the region"),
    ]:
        written = motivation(fragments(typed, "en"), "en", NAMES)
        assert f"Working in {said} particularly appeals to me." in written.sentence


def test_it_joins_a_brand_or_a_lab_it_does_not_call_the_post() -> None:
    for note, said in (
        ("marque reconnue", "pour une marque reconnue"),
        ("labo de quartier", "dans un labo"),
    ):
        written = motivation(fragments(note, "fr"), "fr", NAMES)
        assert f"c'est {said.split(' ', 1)[1]}" not in written.sentence
        assert f"L'idée de travailler {said}" in written.sentence


def test_it_works_for_a_firm_and_in_a_place() -> None:
    firm = motivation(fragments("entreprise familiale", "fr"), "fr", NAMES).sentence
    place = motivation(fragments("atelier neuf", "fr"), "fr", NAMES).sentence
    assert "travailler pour une entreprise familiale" in firm
    assert "travailler dans un atelier neuf" in place
