"""A company's own spelling restored when the phone dropped its apostrophe or accent."""

from __future__ import annotations

import pytest

from relance.drafts.company_names import clean_company


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("sainsburys", "Sainsbury's"),  # writer V's v25: "joining Sainsburys"
        ("mc donalds", "McDonald's"),
        ("marks and spencer", "Marks & Spencer"),
        ("loreal", "L'Oréal"),
        ("tescos", "Tesco"),  # writer BR's br25: "joining Tescos"
        ("rosies diner", "Rosie's Diner"),  # br27: the owner's apostrophe
        ("Tonys Pizza", "Tony's Pizza"),
    ],
)
def test_it_writes_the_company_as_it_writes_itself(typed: str, written: str) -> None:
    assert clean_company(typed, "en") == written


def test_it_leaves_a_name_that_only_holds_such_a_word() -> None:
    assert clean_company("brandon hire", "en") == "Brandon Hire"


def test_it_leaves_a_plural_word_before_a_place_as_typed() -> None:
    assert clean_company("Greens Cafe", "en") == "Greens Cafe"
    assert clean_company("Jacks Bar", "en") == "Jacks Bar"
