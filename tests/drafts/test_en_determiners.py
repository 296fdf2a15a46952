"""An English note in a frame gets the determiner its type needs, or goes back to the
candidate (writer O's blind reading, session 18: "you mentioned driving assessment")."""

from __future__ import annotations

from relance.drafts import morph
from relance.drafts.documents import named
from relance.drafts.en_determiners import en_after_for, en_expected, en_mine, en_the_public
from relance.drafts.motivation import motivation
from relance.drafts.notes import fragments
from relance.drafts.role_phrasing import expectations, role
from relance.drafts.slots import en_np_fits

NAMES = {"company": "Acme", "company_of": "Acme", "position": "the role"}


def expected(text: str) -> str:
    return en_expected(morph.shape(text, "en"))


def test_it_gives_a_countable_thing_expected_its_article() -> None:
    assert expected("driving licence") == "a driving licence"  # o40
    assert expected("driving assessment") == "a driving assessment"  # o25
    assert expected("team player") == "a team player"  # k, indep
    assert expected("quarterly revenue target") == "a quarterly revenue target"  # w


def test_it_leaves_a_quality_or_a_language_expected_bare() -> None:
    assert expected("great customer service") == "great customer service"
    assert expected("good english communication") == "good english communication"
    assert expected("conversational mandarin") == "conversational mandarin"
    assert expected("sales targets") == "sales targets"
    # a verb first, maybe a duty: as before, never "a document test strategy" (q07, h34)
    assert expected("document test strategy") == "document test strategy"
    assert expected("clear training certification") == "clear training certification"


def test_it_gives_a_compound_the_lexicon_lacks_its_article() -> None:
    assert "the weekend rota" in role(["weekend rota"], "en").sentence  # o34
    assert "a weekend rota" in expectations(["weekend rota"], "en").sentence


def test_it_gives_the_thing_people_are_sought_for_its_article() -> None:
    assert en_after_for("screening officers for new terminal").endswith("for the new terminal")
    assert en_after_for("trainers for new crew") == "trainers for the new crew"  # writer L
    assert en_after_for("40 people for peak season") == "40 people for the peak season"
    assert en_after_for("someone for weekend work") == "someone for weekend work"
    assert en_after_for("reliable people for nights") == "reliable people for nights"
    # what the people have is read whole by the gate (z35), never mended half
    typed = "people with clean record for airport permit"
    assert en_after_for(typed) == typed


def test_it_says_the_public() -> None:
    assert en_the_public("greet public") == "greet the public"  # o30
    assert en_the_public("deal with general public") == "deal with the general public"
    assert en_the_public("serve public sector clients") == "serve public sector clients"


def test_it_owns_a_levelled_qualification() -> None:
    assert en_mine(morph.shape("RHS level 2", "en")) == "my RHS level 2"  # o39
    assert en_mine(morph.shape("NVQ level 3", "en")) == "my NVQ level 3"  # dev, k
    assert en_mine(morph.shape("Python and SQL", "en")) == "Python and SQL"


def test_it_hands_back_an_adjective_typed_in_two_words() -> None:
    assert not morph.shape("hands on with cats", "en").clean  # o34
    assert not morph.shape("client facing", "en").clean  # writer M
    assert morph.shape("hands-on mechanical experience", "en").clean


def test_it_hands_back_nouns_and_a_name_with_no_word_between() -> None:
    assert not en_np_fits("the data cleaning Python")  # o27
    assert en_np_fits("data cleaning in Python")
    assert en_np_fits("the Christmas rush")


def test_it_hands_back_a_place_travelled_without_its_preposition() -> None:
    written = expectations(["travel NI"], "en")  # o40
    assert "travel NI" not in written.sentence
    assert written.to_rewrite


def test_it_says_a_liking_of_bare_plurals_as_typed() -> None:
    for note in ("love animals", "love toddlers"):  # o34, writer M
        written = motivation(fragments(note, "en"), "en", NAMES)
        assert f"I {note}." in written.sentence
        assert "What attracts me to the role is" not in written.sentence
    liked = motivation(fragments("love the food and the story", "en"), "en", NAMES)
    assert "What attracts me to the role is the food and the story." in liked.sentence


def test_it_frames_a_clause_typed_as_a_reason_with_that() -> None:
    written = motivation(fragments("medical work matters", "en"), "en", NAMES)  # o35
    assert "What attracts me to the role is that medical work matters." in written.sentence


def test_it_names_references_and_referees_once() -> None:
    typed = "start date mon 30th if references ok – I have to send 2 referees today"  # o39
    assert len(named(typed, "en")) == 1
    assert len(named("send referees and references", "en")) == 1
