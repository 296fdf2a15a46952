"""What writer AU's reader quoted and session 37 mended (issue 11), with the shapes the bench
showed beside them: an acronym's final S read as a plural (« le CACES 5 obligatoires »), an
adjective made to agree with the wrong noun (« le service en coupure acceptée »), a relative
named with no possessive (« les fils déjà cheminot »), an examination said as a person's
quality ("someone practical and medical"), two nouns read as a verb ("speed and
cleanliness" handed back), an activity owned (« ma stérilisation »), « ma disponible ».

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email, morph, proofread
from relance.drafts.fr_activities import activity, activity_list
from relance.drafts.morph import NOUN
from relance.drafts.reading import join
from relance.drafts.sense import family_bare, impersonal_quality
from tests.drafts.factories import empty_debrief, handed_back


def body(lang: str = "fr", **fields: str) -> str:
    """The catch-up of a debrief with only these fields, its narrow spaces as plain ones."""
    return catchup_email(empty_debrief(lang=lang, **fields)).text.replace("\u00a0", " ")


def test_it_never_reads_an_acronym_s_final_s_as_a_plural() -> None:
    fixed = proofread.proofread("Vous avez évoqué le CACES 5 obligatoire.")
    assert "obligatoires" not in fixed.text


def test_it_still_makes_an_adjective_agree_with_a_plural_noun() -> None:
    fixed = proofread.proofread("Vous avez évoqué les caristes obligatoire.")
    assert "obligatoires" in fixed.text


def test_it_keeps_the_agreement_typed_with_the_first_of_two_nouns() -> None:
    fixed = proofread.proofread("Vous avez évoqué le service en coupure accepté.")
    assert "acceptée" not in fixed.text


def test_it_hands_back_a_verdict_of_acceptance_typed_after_its_noun() -> None:
    written = catchup_email(empty_debrief(expectations="service en coupure accepté"))
    assert "service en coupure accepté" in handed_back(written, "expectations")


def test_it_never_frames_a_relative_named_with_no_possessive() -> None:
    assert family_bare("wife works nights nearby", "en")
    assert "fils" not in body(motivation="fils deja cheminot")


@pytest.mark.parametrize(
    "text",
    [
        "mon fils est cheminot",
        "la grand-mère de ma voisine",
        "ma belle-mère",
        "accueil des enfants",
        "ward sister",
    ],
)
def test_it_reads_a_relative_with_its_possessive_and_the_children_cared_for(text: str) -> None:
    assert not family_bare(text, "en" if text == "ward sister" else "fr")


def test_it_never_says_an_examination_is_the_person_s_quality() -> None:
    assert impersonal_quality("practical and medical", "en")
    assert "someone practical and medical" not in body(
        "en", expectations="pass PCV theory + practical + medical"
    )


def test_it_still_seeks_someone_practical() -> None:
    assert not impersonal_quality("practical and calm", "en")
    assert not impersonal_quality("physique et endurant", "fr")


def test_it_reads_two_nouns_joined_by_and_as_a_noun_phrase() -> None:
    assert morph.shape("speed and cleanliness", "en").kind == NOUN
    assert "speed and cleanliness" in body("en", expectations="speed + cleanliness")


def test_it_still_reads_two_verbs_joined_by_and_as_an_action() -> None:
    assert morph.shape("pick and pack", "en").kind != NOUN


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("stérilisation", "mon expérience en stérilisation"),
        ("repassage", "mon expérience en repassage"),
        ("management", "mon expérience en management"),
    ],
)
def test_it_says_an_activity_typed_as_a_strong_point_as_experience(typed: str, said: str) -> None:
    assert said in body(strong_points=typed)


@pytest.mark.parametrize("typed", ["organisation", "discrétion", "permis B", "soins", "écoute"])
def test_it_keeps_a_quality_a_thing_held_and_a_plural_as_they_are(typed: str) -> None:
    assert not activity(typed)


def test_it_hands_back_a_list_led_by_an_activity() -> None:
    assert activity_list("orthopédie et matériel médical")
    written = catchup_email(empty_debrief(strong_points="orthopédie et matériel médical"))
    assert "mon orthopédie" not in written.text
    assert "orthopédie et matériel médical" in handed_back(written, "strong_points")


def test_it_gives_a_diploma_and_years_each_their_possessive() -> None:
    said = body(strong_points="BP + 4 ans officine")
    assert "mon BP et mes 4 ans d'expérience en officine" in said


def test_it_reads_my_dispo_as_my_availability() -> None:
    assert "ma disponibilité" in body(strong_points="elle a aimé ma dispo")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("logiciel LGPI", "ma maîtrise du logiciel LGPI"),
        ("outil Salesforce", "ma maîtrise de l'outil Salesforce"),
    ],
)
def test_it_says_a_tool_named_by_its_kind_as_its_command(typed: str, said: str) -> None:
    assert said in body(strong_points=typed)


def test_it_makes_one_list_of_pairs_whose_every_side_has_its_article() -> None:
    pairs = ["la prospection et les estimations", "les visites et le compromis"]
    assert join(pairs, "fr") == "la prospection, les estimations, les visites et le compromis"


@pytest.mark.parametrize(
    "words",
    ["formation interne loi Hoguet", "labo CQ produits finis", "accueil général hôtel de ville"],
)
def test_it_finds_a_noun_juxtaposed_after_an_adjective_or_an_acronym(words: str) -> None:
    from relance.drafts.gate_fr import _fr_juxtaposed

    assert _fr_juxtaposed(words.split())


@pytest.mark.parametrize(
    "words", ["consultations IDE d'annonce", "licence pro banque", "logiciel SAP"]
)
def test_it_reads_a_complement_after_an_acronym_and_a_diploma_s_name(words: str) -> None:
    from relance.drafts.gate_fr import _fr_juxtaposed

    assert not _fr_juxtaposed(words.split())
