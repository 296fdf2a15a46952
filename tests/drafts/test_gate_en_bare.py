"""English list frames a native reader rejects though each word parses (session 20)."""

from __future__ import annotations

import pytest

from relance.drafts import gate, morph
from relance.drafts.en_determiners import en_article
from relance.drafts.templates import phrase


def refused(key: str, **values: str) -> bool:
    return bool(gate.faults(phrase("en", key, **values), "en"))


@pytest.mark.parametrize("items", ["my 3 years in canada", "the RSE crews from vanuatu"])
def test_it_refuses_a_place_typed_small(items: str) -> None:
    assert refused("strong_points", items=items)


@pytest.mark.parametrize("items", ["my 3 years in Canada", "my fluent english", "china repairs"])
def test_it_keeps_a_name_with_its_capital_or_a_word_held_small(items: str) -> None:
    assert not refused("strong_points", items=items)


@pytest.mark.parametrize(
    "items", ["some OT", "CSAT over 90%", "weekly reports to ASM", "SWMS every day"]
)
def test_it_refuses_shorthand_or_a_time_pasted_among_expectations(items: str) -> None:
    assert refused("expectations_items", items=items)


@pytest.mark.parametrize(
    "items", ["blue card current", "meet call quality scores", "pass drug test"]
)
def test_it_refuses_a_state_after_its_noun_or_a_verb_read_as_a_noun(items: str) -> None:
    assert refused("expectations_items", items=items)


@pytest.mark.parametrize(
    "items",
    ["a DBS check", "work shifts and stock levels", "monthly targets", "a health professional"],
)
def test_it_keeps_things_expected(items: str) -> None:
    assert not refused("expectations_items", items=items)


@pytest.mark.parametrize(
    "items",
    [
        "monthly targets",
        "inductions, classes and kids holiday camps",
        "tills, the food hall and shelf filling",
        "calf rearing and the bit of yard work",
    ],
)
def test_it_refuses_what_is_no_duty_of_the_role(items: str) -> None:
    assert refused("role_items", items=items)


@pytest.mark.parametrize(
    "items", ["the food hall and the tills", "student supervision", "the night audit"]
)
def test_it_keeps_the_duties_of_the_role(items: str) -> None:
    assert not refused("role_items", items=items)


@pytest.mark.parametrize(
    "items",
    ["my gamer myself", "my CISO deputy", "my Kafka consumer lag story", "my 5 years cleaning"],
)
def test_it_refuses_a_strong_point_that_is_no_strength(items: str) -> None:
    assert refused("strong_points", items=items)


@pytest.mark.parametrize("clause", ["you liked those most", "you liked it", "you liked my example"])
def test_it_refuses_what_was_liked_when_it_names_no_strength(clause: str) -> None:
    assert refused("strong_glad", clause=clause)


def test_it_keeps_a_strength_liked() -> None:
    assert not refused("strong_glad", clause="you liked my 5 years in retail")


def test_it_gives_no_article_to_an_activity_the_role_covers() -> None:
    assert en_article(morph.shape("student supervision", "en")) == "student supervision"
    assert en_article(morph.shape("calf rearing", "en")) == "calf rearing"
    assert en_article(morph.shape("food hall", "en")) == "the food hall"


@pytest.mark.parametrize("items", ["my twenty two percent", "my 22 %"])
def test_it_refuses_a_figure_given_as_a_strength_without_its_thing(items: str) -> None:
    assert refused("strong_points", items=items)
    assert not refused("strong_points", items="my 22 % cut in labour cost")


def test_it_reads_a_team_as_no_duty_of_the_role_unless_a_verb_names_the_duty() -> None:
    from relance.drafts.gate_en import no_duty

    assert no_duty("the squad of 4 analysts") == "no duty: squad"
    assert no_duty("managing the team") == ""
