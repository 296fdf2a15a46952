"""The proofreader's French lexicon where the small ones fall short: words, names, accents."""

from __future__ import annotations

import pytest

from relance.drafts import morph, proofread
from relance.drafts.fr_lexicon import common_word, respelled
from relance.drafts.phone import spelled

pytestmark = pytest.mark.skipif(not proofread.available(), reason="Grammalecte not installed")


def test_it_knows_the_words_a_careful_writer_uses() -> None:
    for word in ("incivilités", "caristes", "racks", "évaluative", "ébourgeonnage"):
        assert common_word(word), word


def test_it_does_not_take_a_shortening_or_a_brand_typed_small_for_a_word() -> None:
    assert not common_word("env")  # an abbreviation: too short
    assert not common_word("siemens")  # the unit, or the brand?
    assert not common_word("javait")  # a rare verb's conjugated form ("javer")
    assert "frigo" in morph.shape("10 ans de cariste dont 6 en frigo", "fr").why


def test_it_leaves_a_name_typed_small_as_typed() -> None:
    # a name given its capital would pass the checks a note typed small fails
    assert respelled("6 ans en france agent SSIAP 1") == "6 ans en france agent SSIAP 1"
    assert spelled("1 saison a l'hotel du golfe ajaccio", "fr").endswith("golfe ajaccio")


def test_it_restores_an_accent_only_the_lexicon_knows() -> None:
    assert respelled("la toilette evaluative") == "la toilette évaluative"
    assert spelled("gerer les incivilites", "fr") == "gérer les incivilités"


def test_it_leaves_a_word_in_doubt_as_typed() -> None:
    assert respelled("rentrer a la reunion") == "rentrer a la reunion"  # réunion? Réunion?
    assert respelled("les offres orange") == "les offres orange"  # a word too
    assert respelled("aujourd'hui") == "aujourd'hui"


def test_it_reads_a_plural_the_tagger_calls_singular() -> None:
    from relance.drafts.fr_lexicon import plural_noun
    from relance.drafts.role_phrasing import role

    assert plural_noun("liasses") and plural_noun("palettes")
    assert not plural_noun("cours") and not plural_noun("repas")  # singular too
    assert role(["liasses fiscales"], "fr").sentence.endswith("comprend les liasses fiscales.")


def test_it_writes_the_commoner_of_two_accented_forms_or_leaves_the_word() -> None:
    # writer Z (z10): "essai sur modele" was written "modelé"
    assert respelled("essai sur modele") == "essai sur modèle"
    assert respelled("la cote ouest") == "la cote ouest"  # côte or côté: as typed
