"""English notes phrased instead of handed back (session 19): needs named as things, lists
of things with a piece refused for its own words, activities without "the"."""

from __future__ import annotations

import pytest

from relance.drafts import morph
from relance.drafts.en_needs import en_need_thing
from relance.drafts.notes import fragments
from relance.drafts.phrasing import needs
from relance.drafts.role_phrasing import role


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("customer service, patience", "customer service and patience"),  # writer P
        ("patience with older customers", "patience with older customers"),  # writer M
        ("conference season", "the conference season"),  # fresh set
        ("split shifts + early starts, weekends", "split shifts, early starts and weekends"),  # L
    ],
)
def test_it_says_a_need_named_as_a_thing(typed: str, said: str) -> None:
    assert needs(fragments(typed, "en"), "en").sentence == f"You mentioned {said}."


@pytest.mark.parametrize(
    "typed",
    [
        "calm under pressure",  # writer P: a quality, never "You mentioned calm under…"
        "full licence",  # writers O, W: "a" or "the"? not chosen
        "backlog of invoices after system migration",  # fresh: a bare noun after "after"
        "payments team scaling for EU launch",  # a subject and its verb
        "listings listings listings",
        "tramper",  # a person, not a thing
    ],
)
def test_it_keeps_a_need_it_cannot_give_an_article(typed: str) -> None:
    assert en_need_thing(morph.shape(typed, "en")) == ""


def test_it_never_says_a_thing_that_continues_a_person_sought() -> None:
    # writer P: "someone to take minutes at council + committee meetings"
    written = needs(
        fragments("someone to take minutes at council + committee meetings", "en"), "en"
    )
    assert "mentioned committee meetings" not in written.sentence
    # writer M: "drivers for rural routes + school runs"
    written = needs(fragments("drivers for rural routes + school runs", "en"), "en")
    assert "mentioned school runs" not in written.sentence


def test_it_says_a_list_of_things_without_the_piece_it_cannot_read() -> None:
    # writer I: "H&S" (a symbol); writer S: "PLCs" (too short to read)
    written = role(fragments("H&S, inductions, toolbox talks", "en"), "en")
    assert written.sentence.startswith("I understood that the role covers inductions and")
    assert written.to_rewrite == ("H&S, inductions, toolbox talks",)
    assert "robots and conveyors" in role(fragments("robots, conveyors, PLCs", "en"), "en").sentence


def test_it_keeps_a_whole_list_back_when_a_piece_may_open_on_a_verb() -> None:
    # writer Q: "book engineer visits" once "router config" is gone is no thing to cover
    written = role(fragments("line tests, router config, book engineer visits", "en"), "en")
    assert "book engineer" not in written.sentence


def test_it_keeps_a_list_whole_when_a_piece_governs_the_rest() -> None:
    # writer H's guard: a verb's object split by "+" is never said half
    written = role(fragments("tested me on colour codes + basic ohms law", "en"), "en")
    assert "ohms" not in written.sentence


def test_it_says_an_activity_without_its_article() -> None:
    # writers W and Z: "feeding, net checks, …" -> "feeding", never "the feeding"
    written = role(fragments("feeding, net checks, dive support, boat work", "en"), "en")
    assert "covers feeding, net checks" in written.sentence


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("inbound calls + webchat", "inbound calls and webchat"),  # writer J
        ("incident reports on the app", "incident reports on the app"),  # writer S
    ],
)
def test_it_knows_the_office_words_the_word_lists_lack(typed: str, said: str) -> None:
    assert (
        role(fragments(typed, "en"), "en").sentence == f"I understood that the role covers {said}."
    )


def test_it_spells_out_a_shortening_several_writers_type() -> None:
    # writer J: "take minutes at team mtgs"
    assert fragments("take minutes at team mtgs", "en") == ["take minutes at team meetings"]


def test_it_keeps_a_list_back_when_its_first_piece_governs_the_rest() -> None:
    # writer H (h38): "the role covers CPC" would say the training's part as the role
    typed = "6-8 weeks paid training incl PCV theory, practical, CPC"
    handed_back = typed.replace("incl", "including")
    assert role(fragments(typed, "en"), "en").to_rewrite == (handed_back,)


def test_it_lets_the_gate_know_the_words_of_the_trades() -> None:
    from relance.drafts.gate import faults

    # writer K (k33): "app" once made the gate send the whole role back
    sentence = "I understood that the role covers the progress notes in the app after every shift."
    assert not faults(sentence, "en")


def test_it_never_says_what_a_team_does_as_a_need_alone() -> None:
    # writer R's r40 (after its reading): never "You mentioned security areas."
    said = needs(fragments("team of 8 on nights, toilets + gates + security areas", "en"), "en")
    assert "security areas" not in said.sentence


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "need someone who can push back and prioritise",
            "someone who can push back and prioritise",
        ),
        ("needs someone reliable", "someone reliable"),
    ],
)
def test_it_says_a_person_sought_by_a_quality_or_what_they_can_do(typed: str, said: str) -> None:
    sentence = needs(fragments(typed, "en"), "en").sentence
    assert sentence == f"You told me you were looking for {said}."


def test_it_keeps_the_person_sought_on_their_own() -> None:
    # writer AB's ab26: "someone who can run jobs on your own"
    written = needs(["someone who can run jobs on their own with an apprentice"], "en")
    assert "on their own" in written.sentence


@pytest.mark.parametrize(
    ("typed", "kind"), [("band 5 on AMU", "noun"), ("train 2 juniors", "infinitive")]
)
def test_it_reads_a_grade_after_a_verb_like_word_as_a_noun(typed: str, kind: str) -> None:
    # writer AB's ab25: "the role is to band 5 on AMU"
    assert morph.shape(typed, "en").kind == kind
