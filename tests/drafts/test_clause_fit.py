"""A clause goes into a needs/expectations frame only when it says a need of the recruiter's;
the recruiter's mood or a count is no strong point (writer S's blind reading)."""

from __future__ import annotations

from relance.drafts.clause_fit import need_clause
from relance.drafts.own_words import fr_mood, fr_no_object
from relance.drafts.phrasing import needs
from relance.drafts.role_phrasing import expectations


def test_a_need_of_the_recruiter_is_one() -> None:
    assert need_clause("vous recherchez quelqu'un de stable", "fr")
    assert need_clause("vous avez besoin d'un renfort le samedi", "fr")
    assert need_clause("you need someone on nights", "en")
    assert need_clause("le chef veut quelqu'un de stable", "fr")
    assert need_clause("the manager wants someone steady", "en")


def test_a_fact_about_third_parties_is_no_need() -> None:
    assert not need_clause("beaucoup abandonnent pendant la formation", "fr")
    assert not need_clause("les clients c'est des particuliers", "fr")
    assert not need_clause("les bénéficiaires attendent", "fr")
    assert not need_clause("you had a busy summer", "en")
    assert not need_clause("the store is short staffed on weekends", "en")


def test_a_need_verb_without_its_object_is_no_need() -> None:
    assert not need_clause("vous attendez", "fr")


def test_the_needs_frame_never_pastes_a_third_party_clause() -> None:
    said = needs(["les bénéficiaires attendent"], "fr").sentence
    assert "bénéficiaires" not in said


def test_the_expectations_frame_never_pastes_a_dislocation() -> None:
    said = expectations(["les clients c'est des particuliers"], "fr").sentence
    assert "c'est des" not in said


def test_the_recruiter_s_mood_is_no_strong_point() -> None:
    assert fr_mood("vous avez l'air convaincu")
    assert not fr_mood("vous avez apprécié ma ponctualité")


def test_a_count_is_no_object() -> None:
    assert fr_no_object("vous avez testé 5 minutes")
    assert fr_no_object("vous avez relevé deux fois")
    assert not fr_no_object("vous avez testé mon anglais")


def test_infinitives_side_by_side_are_no_action() -> None:
    from relance.drafts.gate_shapes import action_fault

    assert action_fault("pétrir façonner cuire le pain", "fr", "role_items")
    assert not action_fault("pétrir le pain", "fr", "role_items")
    assert not action_fault("aller chercher les colis", "fr", "role_items")
    assert not action_fault("go get the parcels", "en", "role_items")


def test_a_list_with_a_word_lost_is_refused() -> None:
    from relance.drafts.gate import faults

    said = "J'ai retenu que le poste comprend la vente chez les grossistes et les dans les snacks."
    assert "a broken list" in faults(said, "fr")
    assert "a broken list" in faults("Je vous ai aussi précisé que j'ai le permis à et B.", "fr")


def test_a_list_said_once_is_not_refused() -> None:
    from relance.drafts.gate import faults

    said = "J'ai retenu que le poste comprend la traite, les soins aux veaux et le paillage."
    assert faults(said, "fr") == []
    assert "a broken list" not in faults("Vous recherchez quelqu'un de ponctuel.", "fr")


def test_a_phrase_said_twice_is_refused() -> None:
    from relance.drafts.gate import faults

    said = (
        "J'ai retenu que le poste comprend les conseils de classe et la présence aux conseils "
        "de classe de décembre."
    )
    assert "a repeated phrase" in faults(said, "fr")
