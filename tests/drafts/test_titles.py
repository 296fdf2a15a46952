"""A job title keeps what it says of the job and loses only the ad's notices."""

import pytest

from relance.drafts import catchup_email
from relance.drafts.grammar import clean_position
from tests.drafts.factories import make_ctx


def test_it_leaves_no_open_parenthesis() -> None:
    assert clean_position("Régisseur·se lumière (CDDU - intermittent) - saison 26/27", "fr") == (
        "régisseur ou régisseuse lumière"
    )
    ingénieure = "Ingénieur·e de recherche en bioinformatique (CDD 24 mois) - Réf. 2026-IR-114"
    assert clean_position(ingénieure, "fr", "f") == "ingénieure de recherche en bioinformatique"


def test_it_drops_the_boards_tag_before_the_title() -> None:
    # writer H: "poste de [Mobilité interne] conseiller bancaire" in the subject and body
    tagged = "[Mobilité interne] Conseiller(ère) bancaire – La Banque Postale – Poste n° 2026-13"
    assert clean_position(tagged, "fr", "m") == "conseiller bancaire"
    assert clean_position("[URGENT] Line Cook - Full time", "en") == "Line Cook"


def test_it_keeps_a_pair_of_languages_or_skills() -> None:
    interprète = "Interprète Français / LSF H/F - Master 2 exigé - CDI Lille"
    assert clean_position(interprète, "fr", "f") == "interprète français/LSF"
    bilingue = "Conseiller(ère) clientèle bilingue Français/Arabe H/F - Réf TP-4471"
    assert clean_position(bilingue, "fr", "f") == "conseillère clientèle bilingue français/arabe"
    assert clean_position("Soudeur TIG/MIG H/F", "fr", "m") == "soudeur TIG/MIG"
    assert clean_position("Développeur·se Java/Spring Boot confirmé·e", "fr", "f") == (
        "développeuse Java/Spring Boot confirmée"
    )


def test_it_keeps_one_of_two_titles_or_two_gender_forms() -> None:
    assert clean_position("Commis de cuisine / Plongeur H/F", "fr", "m") == "commis de cuisine"
    assert clean_position("Team Member / Barista", "en", "m") == "Team Member"
    assert clean_position("Line Cook / Chef de Partie – Grill", "en", "m") == "Line Cook"
    conducteur = "Conducteur receveur / Conductrice receveuse (H/F) - CDI temps plein"
    assert clean_position(conducteur, "fr", "f") == "conductrice receveuse"
    assert clean_position(conducteur, "fr", "m") == "conducteur receveur"


def test_it_reads_an_inclusive_ending_after_a_slash() -> None:
    assert clean_position("Préparateur/trice en pharmacie BP", "fr", "f") == (
        "préparatrice en pharmacie BP"
    )


def test_it_writes_the_whole_title_in_the_subject_and_the_body() -> None:
    ctx = make_ctx(position="Interprète Français / LSF H/F - Master 2 exigé - CDI Lille")
    draft = catchup_email(ctx)
    assert "interprète français/LSF" in draft.subject
    assert "poste d'interprète français/LSF" in draft.text


def test_it_keeps_an_english_title_as_typed() -> None:
    # never "poste d'exécutive assistant" (writer I's reader)
    assert clean_position("Executive Assistant (FR/EN) – Paris – CDI", "fr", "f") == (
        "Executive Assistant"
    )
    assert clean_position("Account Executive - H/F", "fr", "m") == "Account Executive"
    assert clean_position("Chef Comptable (H/F)", "fr", "m") == "chef comptable"


def test_it_makes_a_title_agree_with_its_marked_qualifier() -> None:
    # writer O's o07: "Agent d'accueil polyvalent·e" read "agent d'accueil polyvalente"
    assert clean_position("Agent d'accueil polyvalent·e (cat. C)", "fr", "f") == (
        "agente d'accueil polyvalente"
    )
    assert clean_position("Professeur des écoles contractuel(le)", "fr", "f") == (
        "professeure des écoles contractuelle"
    )
    # a head whose feminine is not known keeps its qualifier masculine; an epicene head agrees
    assert clean_position("Gardien résident(e)", "fr", "f") == "gardien résident"
    assert clean_position("Comptable confirmé(e)", "fr", "f") == "comptable confirmée"
    assert clean_position("Agent d'accueil polyvalent·e", "fr", "m") == "agent d'accueil polyvalent"


def test_it_writes_a_word_typed_in_capitals_in_lower_case() -> None:
    # writer O's o13: "SOMMELIER H/F ★ restaurant étoilé"
    assert clean_position("SOMMELIER H/F restaurant étoilé", "fr", "m") == (
        "sommelier restaurant étoilé"
    )
    assert clean_position("VENDEUSE conseil", "fr", "f") == "vendeuse conseil"
    assert clean_position("Cariste CACES 3", "fr", "m") == "cariste CACES 3"


@pytest.mark.parametrize(
    ("typed", "written"),
    [("aesh", "AESH"), ("ide de nuit", "IDE de nuit"), ("assistante rh", "assistante RH")],
)
def test_it_writes_an_acronym_typed_small_in_its_capitals(typed: str, written: str) -> None:
    # writer R's « poste d'aesh », writers J and O's « poste d'ide »
    assert clean_position(typed, "fr", "f") == written


def test_it_leaves_a_word_that_is_no_acronym_in_small_letters() -> None:
    assert clean_position("Chargé de recrutement", "fr", "m") == "chargé de recrutement"


def test_it_says_the_contract_leading_a_title_after_it() -> None:
    from relance.drafts.grammar import clean_position

    typed = "Alternance Assistant(e) RH – Bachelor RH – Nantes Route de Vannes"
    assert clean_position(typed, "fr", "f") == "assistante RH en alternance"
    baker = clean_position("Apprentissage - Boulanger H/F", "fr", "m")
    assert baker == "boulanger en apprentissage"


def test_it_gives_the_head_of_the_candidates_gender_its_shared_tail() -> None:
    typed = "Femme/Valet de chambre – Novotel Nouméa Le Surf – CDD saison 4 mois"  # writer Y's y09
    assert clean_position(typed, "fr", "f") == "femme de chambre"
    assert clean_position(typed, "fr", "m") == "valet de chambre"
