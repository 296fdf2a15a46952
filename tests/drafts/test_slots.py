"""A noun phrase in a frame's slot has its determiner and its noun, each item of a list
alone (writer P's blind reading, session 9)."""

from __future__ import annotations

from relance.drafts.notes import fragments
from relance.drafts.phrasing import needs
from relance.drafts.role_phrasing import expectations
from relance.drafts.slots import en_np_fits, fr_bare_after_toward, fr_np_fits
from relance.drafts.strengths import strong_points


def test_it_hands_back_a_french_item_without_its_determiner() -> None:
    assert not fr_np_fits("mon anglais courant et italien")
    assert not fr_np_fits("mercredis centre de loisirs")
    assert fr_np_fits("la discrétion et le secret")


def test_it_hands_back_an_adverb_where_the_noun_should_be() -> None:
    assert not fr_np_fits("mon hôpital au Portugal et mon ici")


def test_it_keeps_a_number_a_name_and_a_word_the_lexicon_lacks() -> None:
    assert fr_np_fits("mes CACES 3 et 5 à jour")
    assert fr_np_fits("environ 40 recrutements par mois")
    assert fr_np_fits("le visio")


def test_it_writes_no_strong_point_without_its_determiner() -> None:
    written = strong_points(fragments("mon anglais courant et italien"), "fr")
    assert "italien" not in written.sentence
    assert written.to_rewrite


def test_it_writes_no_expectation_without_its_determiner() -> None:
    written = expectations(fragments("mercredis centre de loisirs\nla bonne entente"), "fr")
    assert "mercredis" not in written.sentence
    assert "la bonne entente" in written.sentence


def test_it_writes_no_need_of_a_phrase_that_is_no_thing() -> None:
    written = needs(fragments("toute la saison"), "fr")
    assert "de toute la saison" not in written.sentence


def test_it_hands_back_an_english_count_noun_alone() -> None:
    assert not en_np_fits("driver for rural patch")
    assert not en_np_fits("same calendar as students")
    assert not en_np_fits("term time only")


def test_it_keeps_an_english_plural_a_mass_noun_and_a_shared_determiner() -> None:
    assert en_np_fits("early shifts")
    assert en_np_fits("records management")
    assert en_np_fits("the coffee bar and till")


def test_it_writes_no_english_expectation_without_its_article() -> None:
    written = expectations(fragments("safety vest", "en"), "en")
    # given its article (session 18) or handed back, never "you mentioned safety vest"
    assert "mentioned safety vest" not in written.sentence


def test_it_finds_a_noun_without_its_article_after_vers() -> None:
    assert not fr_np_fits("l'évolution vers régulateur plus tard")
    assert fr_np_fits("l'évolution vers un poste de régulateur")


def test_it_finds_a_singular_noun_without_its_article_after_pour() -> None:
    assert fr_bare_after_toward("quelqu'un pour accueil physique et téléphone")
    assert not fr_bare_after_toward("quelqu'un de solide pour l'accueil public")
    assert not fr_bare_after_toward("le produit SaaS de planning pour artisans")
