"""Sentences that parse but a careful reader would not send: a singular count noun without
its article, a lost accent on a word that has one, a bare duration, the interview's format
taken for a strong point."""

from __future__ import annotations

from relance.drafts import morph
from relance.drafts.durations import spanned
from relance.drafts.en_determiners import en_article
from relance.drafts.fr_doubts import accent_lost as _fr_accent_lost
from relance.drafts.motivation import motivation
from relance.drafts.notes import fragments
from relance.drafts.strengths import strong_points

NAMES = {"company": "Octopus Energy", "company_of": "d'Octopus Energy"}


def test_it_gives_a_singular_count_noun_its_article_after_an_adjective() -> None:
    written = motivation(fragments("green energy mission", "en"), "en", NAMES)
    assert "What attracts me to the role is the green energy mission." in written.sentence


def test_it_leaves_mass_nouns_and_plurals_bare() -> None:
    for note in ("steady work near home", "flexible hours", "public service", "open source"):
        assert en_article(morph.shape(note, "en")) == note


def test_it_reads_the_head_before_a_relative_clause() -> None:
    assert en_article(morph.shape("brand I love", "en")) == "the brand I love"


def test_it_never_writes_a_participle_where_the_noun_lost_its_accent() -> None:
    assert "côté" in _fr_accent_lost("le coté concret")
    assert _fr_accent_lost("le côté concret") == ""
    assert _fr_accent_lost("très bien coté") == ""
    assert _fr_accent_lost("un employé motivé") == ""


def test_it_gives_a_bare_duration_its_preposition() -> None:
    assert spanned("j'ai donné des cours particuliers 4 ans", "fr") == (
        "j'ai donné des cours particuliers pendant 4 ans"
    )
    assert spanned("I worked nights 3 years", "en") == "I worked nights for 3 years"


def test_it_leaves_a_duration_that_is_an_object_or_has_its_preposition() -> None:
    for note, lang in (
        ("j'ai fait 2 ans", "fr"),
        ("j'ai travaillé depuis 4 ans", "fr"),
        ("I have done 3 years", "en"),
        ("cours particuliers 4 ans", "fr"),
    ):
        assert spanned(note, lang) == note


def test_it_never_takes_the_interview_format_for_a_strong_point() -> None:
    written = strong_points(fragments("panel of 2, competency based", "en"), "en")
    assert "my panel" not in written.sentence
    assert "panel of 2" in " ".join(written.to_rewrite)


def test_it_says_a_duration_in_a_strong_point_with_pendant() -> None:
    written = strong_points(fragments("j'ai donné des cours particuliers 4 ans", "fr"), "fr")
    assert "cours particuliers pendant 4 ans" in written.sentence


def test_it_keeps_an_english_strong_point_typed_without_its_i() -> None:
    written = strong_points(fragments("helped my uncle on a rewire in the summer", "en"), "en")
    assert written.sentence == (
        "In our conversation, I told you that I helped my uncle on a rewire in the summer."
    )


def test_it_recalls_what_was_said_at_the_interview_never_as_a_report() -> None:
    # never "I told you that I talked about …"; session 19: the interview recalled (`en_told`)
    written = strong_points(fragments("talked about dignity during personal care", "en"), "en")
    assert "that I talked" not in written.sentence
    assert written.sentence == "In our conversation, I told you about dignity during personal care."


def test_it_never_writes_a_count_noun_object_without_its_article() -> None:
    written = strong_points(fragments("built rolling forecast model at current job", "en"), "en")
    assert "forecast model" not in written.sentence


def test_it_says_also_only_after_something() -> None:
    written = strong_points(fragments("j'ai donné des cours particuliers 4 ans", "fr"), "fr")
    assert fr(written.sentence).startswith("Lors de notre échange, je vous ai précisé que")
    assert "aussi" not in written.sentence


def fr(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_it_never_reads_a_noun_after_de_as_a_verb() -> None:
    shape = morph.shape("mon stage à la caisse d'épargne 6 mois", "fr")
    assert shape.kind == morph.NOUN
    written = strong_points(fragments("mon stage a la caisse d'epargne 6 mois", "fr"), "fr")
    assert "Il me semble" not in written.sentence


def test_it_reads_a_trade_noun_after_a_noun_as_telegraphic() -> None:
    assert not morph.shape("encadrement commis", "fr").clean
    assert morph.shape("encadrement des commis", "fr").clean


def test_it_never_writes_a_feminine_article_before_a_masculine_form() -> None:
    written = strong_points(
        fragments("elle a apprecié mon exemple sur la resident qui deambulait la nuit", "fr"),
        "fr",
        "f",
    )
    assert "la résident " not in written.sentence
    assert written.to_rewrite


def test_it_reads_a_word_far_commoner_as_typed_than_accented_as_typed():
    assert _fr_accent_lost("sourire, tenue") == ""  # "ténue" is rare
    assert _fr_accent_lost("binôme avec une ASH le matin") == ""  # "mâtin"
    assert _fr_accent_lost("départs en retraite") == ""


def test_it_still_doubts_a_word_whose_accented_form_is_as_common():
    assert "côte" in _fr_accent_lost("de l autre cote")
    assert "tâche" in _fr_accent_lost("une tache difficile")
