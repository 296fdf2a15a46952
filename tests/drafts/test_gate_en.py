"""English fragments that parse word by word but not in their frame (session 12)."""

from __future__ import annotations

import pytest

from relance.drafts import gate
from relance.drafts.en_notes import written_out
from relance.drafts.templates import phrase


def refused(key: str, **values: str) -> bool:
    return bool(gate.faults(phrase("en", key, **values), "en"))


@pytest.mark.parametrize("place", ["a near home", "a moving back home to Galway", "the over 90s"])
def test_it_refuses_an_article_before_no_noun(place: str) -> None:
    assert refused("motivation_join", place=place)


@pytest.mark.parametrize("place", ["a big hospital", "a family business", "a hotel near my flat"])
def test_it_joins_a_place_with_its_noun(place: str) -> None:
    assert not refused("motivation_join", place=place)


@pytest.mark.parametrize("items", ["hours fit", "school hours fit family", "shifts suit my kids"])
def test_it_refuses_a_clause_as_a_reason(items: str) -> None:
    assert refused("motivation_reasons", items=items)


@pytest.mark.parametrize(
    "items", ["flexible hours", "steady work near home", "helping people", "the long hours"]
)
def test_it_keeps_a_reason_that_is_a_thing(items: str) -> None:
    assert not refused("motivation_reasons", items=items)


@pytest.mark.parametrize(
    "items", ["report to the farm manager", "lead the team", "supervise the night shift"]
)
def test_it_refuses_an_action_where_the_role_covers_things(items: str) -> None:
    assert refused("role_items", items=items)


@pytest.mark.parametrize(
    "items", ["work with children", "customer service", "the reception", "helping nurses"]
)
def test_it_keeps_what_the_role_covers(items: str) -> None:
    assert not refused("role_items", items=items)


@pytest.mark.parametrize(
    "actions",
    [
        "follow the day plan, take attendance, leave notes and playground supervision",
        "pick orders, load vans and paperwork",
    ],
)
def test_it_refuses_a_thing_at_the_end_of_a_list_of_actions(actions: str) -> None:
    assert refused("role_actions", actions=actions)


@pytest.mark.parametrize(
    "actions",
    [
        "wash the dishes and pans",
        "support the child in class and playground",
        "lead the dock team, and keep people safe and on time",
        "allocate rooms, inspect rooms after cleaning, order supplies and train new starters",
    ],
)
def test_it_keeps_a_list_of_actions(actions: str) -> None:
    assert not refused("role_actions", actions=actions)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("nights sun-thu", "nights Sunday to Thursday"),
        ("season Apr-Oct", "season April to October"),
        ("sat-sun mornings", "Saturday and Sunday mornings"),
        ("mon - fri", "Monday to Friday"),
    ],
)
def test_it_writes_out_a_range_of_days_or_months(typed: str, written: str) -> None:
    assert written_out(typed) == written


@pytest.mark.parametrize("typed", ["part-time", "mon-apr", "9-5", "sun cream"])
def test_it_leaves_what_is_no_range(typed: str) -> None:
    assert written_out(typed) == typed


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("11 years as corrections officer", "11 years as a corrections officer"),
        ("3 years of hospital porter at Morriston", "3 years as a hospital porter at Morriston"),
        ("2 years as barista", "2 years as a barista"),
        ("10 years as electrician", "10 years as an electrician"),
        ("train as teacher", "train as a teacher"),
    ],
)
def test_it_gives_a_job_held_its_article(typed: str, written: str) -> None:
    assert written_out(typed) == written


@pytest.mark.parametrize(
    "typed",
    [
        "2 years as a dispatcher",
        "years of care",
        "5 years of van driving for Yodel",
        "as soon as possible",
        "as part of the team",
        "3 years of summer work",
        "as head of department",
    ],
)
def test_it_leaves_a_phrase_that_holds_no_job(typed: str) -> None:
    assert written_out(typed) == typed
