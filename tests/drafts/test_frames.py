"""Each debrief field's notes in a sentence a French recruiter would write, not after a colon."""

from __future__ import annotations

from relance.drafts.gender import noun_gender, phrase_gender
from relance.drafts.motivation import motivation
from relance.drafts.notes import fragments
from relance.drafts.phrasing import notes
from relance.drafts.role_phrasing import expectations, role
from relance.drafts.strengths import strong_points

NAMES = {"company": "Carrefour Market", "company_of": "de Carrefour Market"}


def fr(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_it_gives_each_noun_of_the_role_its_article() -> None:
    written = role(fragments("caisse et accueil"), "fr")
    assert fr(written.sentence) == "J'ai retenu que le poste comprend la caisse et l'accueil."


def test_it_says_strong_points_as_the_candidates_own() -> None:
    written = strong_points(fragments("déjà 1 an en caisse chez Lidl"), "fr")
    assert fr(written.sentence) == (
        "Notre échange m'a permis de mettre en avant mon année en caisse chez Lidl."
    )


def test_it_says_a_list_of_acronyms_in_the_plural() -> None:
    written = strong_points(fragments("CACES 3 et 5 à jour"), "fr")
    assert "mettre en avant mes CACES 3 et 5 à jour." in fr(written.sentence)


def test_it_says_what_attracts_the_candidate_in_a_sentence() -> None:
    written = motivation(fragments("magasin à côté de chez moi"), "fr", NAMES)
    said = "L'idée de travailler dans un magasin à côté de chez moi me motive particulièrement."
    assert said in fr(written.sentence)
    # a plural reason is never « ce sont des … » (readers quoted 10 of 26, session 20)
    written = motivation(fragments("horaires de journée"), "fr", NAMES)
    assert "Ce poste m'attire notamment pour les horaires de journée." in fr(written.sentence)
    assert "ce sont" not in written.sentence
    # one plural noun alone is too curt in any frame
    written = motivation(fragments("les enfants"), "fr", NAMES)
    assert written.to_rewrite == ("les enfants",)


def test_it_says_a_plural_reason_after_a_singular_one() -> None:
    written = motivation(fragments("le contact client\nproduits locaux"), "fr", NAMES)
    said = "c'est le contact client. Il m'attire aussi pour les produits locaux."
    assert said in fr(written.sentence)


def test_it_says_an_abstract_reason_with_the_definite_article() -> None:
    written = motivation(fragments("utilité sociale du poste"), "fr", NAMES)
    assert "c'est l'utilité sociale du poste." in fr(written.sentence)


def test_it_says_expectations_without_a_colon() -> None:
    written = expectations(fragments("ponctualité"), "fr")
    assert fr(written.sentence) == "Vous avez notamment évoqué la ponctualité."


def test_it_takes_a_quantity_without_an_article() -> None:
    written = expectations(fragments("environ 40 recrutements par mois"), "fr")
    assert fr(written.sentence) == ("Vous avez notamment évoqué environ 40 recrutements par mois.")


def test_it_does_not_read_a_noun_in_er_as_an_action() -> None:
    written = role(fragments("foyer de 12 adolescents"), "fr")
    assert fr(written.sentence) == "J'ai retenu que le poste comprend le foyer de 12 adolescents."


def test_it_keeps_the_marked_place_when_no_frame_fits() -> None:
    written = role(fragments("équipe de jour 6 h 13 h"), "fr")
    assert written.to_rewrite == ("équipe de jour 6 h 13 h",)
    assert fr(written.sentence) == (
        "J'ai retenu que le poste comprend [à compléter : ce que vous avez compris du poste]."
    )


def test_it_writes_the_free_notes_in_a_sentence() -> None:
    written = notes(fragments("planning en roulement"), "fr")
    assert fr(written.sentence) == "J'ai également noté le planning en roulement."


def test_it_writes_english_frames_as_sentences() -> None:
    assert role(fragments("food hall"), "en").sentence == (
        "I understood that the role covers the food hall."
    )
    # "term time only" has no noun at its head: "the role covers term time only" is a note
    assert role(fragments("term time only"), "en").to_rewrite == ("term time only",)
    assert strong_points(fragments("6 years in busy kitchens"), "en").sentence == (
        "In our conversation, I was able to highlight my 6 years in busy kitchens."
    )


def test_it_knows_the_gender_of_a_noun_the_model_gets_wrong() -> None:
    assert (noun_gender("caisse"), noun_gender("magasin"), noun_gender("portefeuille")) == (
        "Fem",
        "Masc",
        "Masc",
    )
    assert phrase_gender("très bonne présentation") == "Fem"


def test_it_reads_an_invariable_noun_in_the_singular() -> None:
    written = motivation(fragments("sens de l'intérêt général"), "fr", NAMES)
    assert "c'est le sens de l'intérêt général." in fr(written.sentence)
    assert fr(role(fragments("comité de direction"), "fr").sentence) == (
        "J'ai retenu que le poste comprend le comité de direction."
    )


def test_it_keeps_an_adjective_phrase_for_the_candidate_to_rewrite() -> None:
    # "mon habituée au froid" is no French: the phrase is kept in a marked place.
    written = strong_points(fragments("5 ans en conserverie\nhabituée au froid"), "fr")
    assert "mon habituée" not in written.sentence
    assert written.to_rewrite == ("habituée au froid",)


def test_it_keeps_a_trade_out_of_a_possessive() -> None:
    written = strong_points(fragments("skieur confirmé"), "fr")
    assert "mon skieur" not in written.sentence
    assert written.to_rewrite == ("skieur confirmé",)


def test_it_says_the_status_of_a_list_of_certifications_for_all_of_them() -> None:
    written = strong_points(fragments("haccp + sst a jour"), "fr")
    assert "mettre en avant mes certifications HACCP et SST à jour." in fr(written.sentence)


def test_it_says_years_typed_with_their_place_as_experience() -> None:
    written = strong_points(fragments("3 ans chez Norauto"), "fr")
    assert "mettre en avant mes 3 ans d'expérience chez Norauto." in fr(written.sentence)
    written = strong_points(fragments("10 ans à mon compte"), "fr")
    assert "mettre en avant mes 10 ans d'expérience à mon compte." in fr(written.sentence)
    written = strong_points(fragments("6 ans de nuit"), "fr")
    assert "mettre en avant mes 6 ans de nuit." in fr(written.sentence)
