"""A strong point typed as a quality of the candidate is said as "je suis …" / "I am …", in
the candidate's gender, never handed back whole nor guessed (writer V's v05)."""

from __future__ import annotations

import pytest

from relance.drafts.notes import fragments
from relance.drafts.own_qualities import fr_feminine, fr_said_of_a_person, own_quality
from relance.drafts.role_phrasing import expectations
from relance.drafts.strengths import strong_points


def fr(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_it_says_the_qualities_the_notes_give() -> None:
    written = strong_points(fragments("ponctuelle\na l'aise au tel"), "fr", "f")
    assert (
        fr(written.sentence)
        == "Notre échange m'a permis de vous montrer que je suis ponctuelle et à l'aise au "
        "téléphone."
    )
    assert not written.to_rewrite


def test_it_says_the_quality_after_the_strong_points_nouns() -> None:
    written = strong_points(fragments("mon CAP boulanger\nrigoureux"), "fr", "m")
    assert fr(written.sentence).endswith("J'ai aussi pu vous montrer que je suis rigoureux.")


def test_it_says_an_english_quality_with_its_complement() -> None:
    written = strong_points(fragments("reliable\ngood with customers"), "en")
    assert written.sentence == (
        "In our conversation, I was able to show you that I am reliable and good with customers."
    )


@pytest.mark.parametrize("typed", ["organised", "motivated and organised"])
def test_it_never_reads_a_participle_alone_as_my_past(typed: str) -> None:
    written = strong_points(fragments(typed), "en")
    assert written.sentence == f"In our conversation, I was able to show you that I am {typed}."


def test_it_says_french_qualities_listed_in_one_note() -> None:
    assert own_quality("calme, rigoureux et motivé", "fr", "m") == "calme, rigoureux et motivé"


@pytest.mark.parametrize(
    ("typed", "gender"),
    [
        ("ponctuel", "f"),  # the masculine for a woman: the reader would see the slip
        ("ponctuelle", "m"),
        ("motivée", ""),  # a gendered form and no gender given: no guess
        ("bon relationnel", "m"),  # an adjective and a noun: no quality said whole
        ("autonome sur bilans", "f"),
        ("dispo 6h-14h", "f"),
    ],
)
def test_it_leaves_what_it_cannot_say_as_a_quality(typed: str, gender: str) -> None:
    assert own_quality(typed, "fr", gender) is None


@pytest.mark.parametrize(
    ("typed", "gender"), [("fiable", ""), ("calme sous pression", ""), ("souriante", "f")]
)
def test_it_keeps_a_quality_that_fits_the_speaker(typed: str, gender: str) -> None:
    assert own_quality(typed, "fr", gender) == typed


def test_it_leaves_an_english_person_noun_to_other_frames() -> None:
    assert own_quality("good listener", "en", "") is None


def test_it_hands_back_a_masculine_quality_typed_by_a_woman() -> None:
    written = strong_points(fragments("ponctuel"), "fr", "f")
    assert "ponctuel" not in written.sentence
    assert written.to_rewrite == ("ponctuel",)


def test_it_never_reads_a_lone_adjective_as_a_noun_after_mon() -> None:
    written = strong_points(fragments("patient"), "fr", "f")  # writer V's v23
    assert "mon patient" not in written.sentence
    assert written.to_rewrite == ("patient",)
    assert "je suis patient." in strong_points(fragments("patient"), "fr", "m").sentence


def test_it_agrees_what_the_person_hired_must_be_with_la_personne() -> None:
    written = expectations(fragments("etre operationnel tout de suite"), "fr")  # writer V's v03
    assert fr(written.sentence) == (
        "Vous comptez sur la personne recrutée pour être opérationnelle tout de suite."
    )


@pytest.mark.parametrize(
    ("word", "feminine"),
    [("opérationnel", "opérationnelle"), ("actif", "active"), ("discret", "discrète"),
     ("autonome", "autonome"), ("motivé", "motivée"), ("demain", None)],
)  # fmt: skip
def test_it_finds_the_feminine_the_lexicon_knows(word: str, feminine: str | None) -> None:
    assert fr_feminine(word) == feminine


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("être passionne", "être passionnée"),  # writer V's v07: « pour être passionne »
        ("être force de proposition", "être force de proposition"),  # a noun, no participle
    ],
)
def test_it_restores_a_participle_after_etre(typed: str, said: str) -> None:
    assert fr_said_of_a_person(typed) == said
