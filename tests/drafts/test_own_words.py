"""The candidate's own sentence goes through a frame that fits its shape, or back to the
candidate, never pasted as typed (writer P's blind reading, session 9)."""

from __future__ import annotations

from relance.drafts.motivation import motivation
from relance.drafts.notes import fragments
from relance.drafts.own_words import fr_bare_object, fr_no_object, fr_strong_clause, own
from relance.drafts.strengths import strong_points

NAMES = {"company": "Acme", "company_of": "d'Acme", "position": "le poste"}


def fr(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_it_writes_a_french_wish_through_the_wish_frame() -> None:
    written = motivation(fragments("je veux rester en gériatrie"), "fr", NAMES)
    assert "Je souhaite rester en gériatrie." in written.sentence
    assert "Je veux" not in written.sentence


def test_it_hands_back_a_thing_wanted() -> None:
    written = motivation(fragments("Je veux mon cap puis le BP"), "fr", NAMES)
    assert "cap" not in written.sentence
    assert [note.lower() for note in written.to_rewrite] == ["je veux mon cap puis le bp"]


def test_it_writes_a_liking_as_a_reason() -> None:
    written = motivation(fragments("j'aime le public"), "fr", NAMES)
    assert "Ce qui m'attire dans ce poste, c'est le public." in fr(written.sentence)
    assert "J'aime" not in written.sentence


def test_it_hands_back_an_action_and_a_thing_under_one_verb() -> None:
    written = motivation(fragments("J'aime conduire et le service aux gens"), "fr", NAMES)
    assert "conduire" not in written.sentence
    assert written.to_rewrite


def test_it_hands_back_a_hedge_or_a_time_aside() -> None:
    assert own("I love trams since a kid honestly", "en") is None
    assert own("j'adore faire du pain depuis petit", "fr") is None


def test_it_hands_back_another_clause_of_the_candidate() -> None:
    written = motivation(fragments("I did this job in Congo", "en"), "en", NAMES)
    assert "Congo" not in written.sentence
    assert written.to_rewrite == ("I did this job in Congo",)


def test_it_writes_an_english_wish_through_the_wish_frame() -> None:
    written = motivation(fragments("I want to be a dental nurse", "en"), "en", NAMES)
    assert "I would like to be a dental nurse." in written.sentence


def test_it_hands_back_an_english_wish_with_no_object() -> None:
    assert own("I want to do again here", "en") is None


def test_it_writes_an_english_liking_of_actions_as_gerunds() -> None:
    assert own("I like to drive and help people", "en") == ("reason", "driving and helping people")


def test_it_keeps_an_action_liked_alone_only() -> None:
    written = motivation(
        fragments("the union job\nI like to drive and help people", "en"), "en", NAMES
    )
    assert "driving" not in written.sentence
    assert "I like to drive and help people" in written.to_rewrite


def test_it_keeps_a_lifelong_wish_whose_action_is_checked() -> None:
    written = motivation(fragments("j'ai toujours voulu enseigner"), "fr", NAMES)
    assert fr(written.sentence).endswith("J'ai toujours voulu enseigner.")


def test_it_says_ce_sont_before_a_plural_reason() -> None:
    written = motivation(fragments("j'aime les animaux"), "fr", NAMES)
    assert "ce sont les animaux" in written.sentence


def test_it_hands_back_a_name_as_a_reason() -> None:
    written = motivation(fragments("Lille"), "fr", NAMES)
    assert "c'est Lille" not in written.sentence


def test_it_writes_one_idea_of_joining_a_mail() -> None:
    notes = fragments("a hotel near my flat\na big hotel", "en")
    written = motivation(notes, "en", NAMES)
    assert written.sentence.count("Working in") == 1


def test_it_hands_back_a_strong_point_said_with_on() -> None:
    written = strong_points(fragments("il me semble qu'on a fait 10 minutes en néerlandais"), "fr")
    assert "Il me semble" not in written.sentence
    assert written.to_rewrite


def test_it_reads_a_french_clause_without_a_verb_as_no_clause() -> None:
    assert not fr_strong_clause("BP coiffure")
    assert fr_strong_clause("la mise en situation s'est bien passée")


def test_it_finds_an_infinitives_object_without_its_article() -> None:
    assert fr_bare_object("rédiger actes")
    assert not fr_bare_object("rédiger les actes")
    assert not fr_bare_object("prendre soin des résidents")


def test_it_cuts_the_candidates_clause_typed_after_what_was_liked() -> None:
    notes = fragments("elle a aimé mon aisance avec les clients et j'ai montré mes ventes du mois")
    written = strong_points(notes, "fr", "f")
    assert "appréciiez mon aisance avec les clients" in written.sentence
    assert "j'ai montré" not in written.sentence
    assert written.to_rewrite


def test_it_hands_back_a_liking_of_the_candidates_own() -> None:
    assert own("j'aime ma ville", "fr") is None
    assert own("je veux évoluer vers superviseur", "fr") is None


def test_it_hands_back_the_recruiters_verb_without_its_object() -> None:
    assert fr_no_object("vous avez feuilleté longtemps")
    assert fr_no_object("vous avez testé en italien")
    assert not fr_no_object("vous avez beaucoup aimé mon idée")
    assert not fr_no_object("vous avez vu que je connais les horaires")


def test_it_hands_back_a_wish_with_an_arrow_to_an_aside() -> None:
    assert own("I want to do my NDIS worker screening- done already", "en") is None
    assert own("I want to do my NDIS worker screening", "en") == (
        "wish",
        "do my NDIS worker screening",
    )
