"""Two French words side by side that careful writing keeps so, against a note's
juxtaposition: the fragment is said, not handed back."""

from __future__ import annotations

from relance.drafts import morph
from relance.drafts.notes import fragments

WRITTEN = (
    "horaires tournants de 7 h 30 à 18 h 30",
    "nuits de 20 h 45 à 7 h",
    "ouverture le samedi matin",
    "quelqu'un de solide face aux situations de crise",
    "CAP AEPE obtenu en juin 2026",
    "évoluer vers chef de mission d'ici 2 ans",
    "le pic de la haute saison",
    "le remplacement d'un congé maternité",
    "la relation client",
    "le contrôle qualité",
    # a verb's counted object
    "encadrer 25 hôtesses de caisse",
    "recruter 2 vendeuses avant Noël",
    "atteindre 80 % des objectifs",
)
TELEGRAPHIC = (
    "équipe de jour 6 h 13 h",
    "2 semaines école 2 semaines garage",
    "12 h jour ou nuit",
    "un rang de 6 tables midi et soir",
    "gestion magasin",
    "comptabilité fournisseurs chantiers",
    # a count after a participle, a span or a lone "1" stay a note's shorthand
    "CAP fleuriste obtenu 2024",
    "stage à la caisse d'épargne 6 mois",
    "rester 3 mois",
    "encadrer 1 commis",
)


def test_it_says_pairs_that_french_writes_side_by_side() -> None:
    for text in WRITTEN:
        shape = morph.shape(text, "fr")
        assert not shape.why.startswith("telegraphic"), (text, shape.why)


def test_it_still_hands_back_a_note_that_juxtaposes_nouns() -> None:
    for text in TELEGRAPHIC:
        assert morph.shape(text, "fr").why.startswith("telegraphic"), text


def test_it_writes_the_hyphen_a_phone_leaves_out() -> None:
    notes = "arrivée à partir de mi decembre\npharmacie de centre ville\nle secret pro"
    assert fragments(notes, "fr") == [
        "arrivée à partir de mi-décembre",
        "pharmacie de centre-ville",
        "le secret professionnel",
    ]
