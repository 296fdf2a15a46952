"""The recruiter calls or texts on a day: said as that contact, never as an answer's deadline."""

from __future__ import annotations

from datetime import date

from relance.drafts import contact_day
from relance.drafts.next_steps import sentence
from tests.drafts.factories import make_ctx

INTERVIEW = date(2026, 10, 13)


def closing(process: str, **overrides: object) -> str:
    return sentence(make_ctx(lang="en", process=process, **overrides)).replace("\u00a0", " ")


def test_it_says_a_text_on_a_day_as_a_text() -> None:
    # writer N's n39 "he'll text Friday" was "an answer on the next steps by Friday"
    assert closing("he'll text Friday") == (
        "I have noted that a text is planned for Friday 16 October; I look forward to it."
    )


def test_it_says_a_call_on_a_day_as_a_call() -> None:
    # writer W's wording, and writer K's ("he'll ring thurs to confirm")
    expected = "I have noted that a call is planned for Thursday 15 October;"
    assert closing("they'll call me thursday").startswith(expected)
    assert closing("he'll ring thurs to confirm").startswith(expected)


def test_it_keeps_what_the_call_brings_through_an_agency() -> None:
    # writer N's n38: "she calls me thurs 26th with feedback", handed back before
    said = closing("Gillian puts my CV forward today, she calls me thurs 15th with feedback",
                   agency_client="Deloitte")  # fmt: skip
    assert said == (
        "I have noted that a call is planned for Thursday 15 October with feedback; "
        "I look forward to it."
    )


def test_it_reads_no_contact_on_a_choice_a_condition_or_a_deadline() -> None:
    for note in (
        "she'll ring me Monday or Tuesday",  # writer I
        "he'll phone thursday once the SIA licence check is done",  # writer S
        "he'll email by Friday",
    ):
        assert contact_day.read([note], INTERVIEW) is None
