"""English debrief fields said rather than handed back, and the role frame kept to duties
(session 13, writer X's reading; examples from several writers' sets)."""

from __future__ import annotations

import pytest

from relance.drafts import gate, job_facts, phrasing, role_phrasing, strengths
from relance.drafts.gate_en import no_duty, one_sought, people_sought, skill_sought
from relance.drafts.notes import fragments
from relance.drafts.templates import phrase


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("chemistry teacher to take over 5 sections", "a chemistry teacher to take over"),
        ("senior who can own the ledger service", "a senior who can own the ledger service"),
        ("supervisor for 18 cleaners", "a supervisor for 18 cleaners"),
        ("bilingual banker who can open accounts", "a bilingual banker who can open accounts"),
    ],
)
def test_it_gives_one_person_sought_its_article(typed: str, said: str) -> None:
    assert said in phrasing.needs([typed], "en").sentence


@pytest.mark.parametrize(
    "typed",
    [
        "weekend cover",  # a verb's noun with a person's ending
        "patient with older customers",  # a quality
        "looker",  # a tool the lexicon does not know
        "want someone to set a vision",
        "staff who stay",
        "ASM to support SM",
    ],
)
def test_it_reads_no_single_person_sought(typed: str) -> None:
    assert not one_sought(typed)


@pytest.mark.parametrize(
    "typed", ["apprentices for formwork on a high-rise", "hands for winter feeding"]
)
def test_it_says_people_sought_whose_noun_is_also_a_verb(typed: str) -> None:
    assert typed in phrasing.needs([typed], "en").sentence


@pytest.mark.parametrize(
    "typed",
    [
        "license active by start",
        "PTS card",
        "december availability",
        "study leave for exams",
        "first year on extra board",
        "one weekend day",
    ],
)
def test_it_keeps_what_is_no_duty_out_of_the_role(typed: str) -> None:
    assert no_duty(typed)
    assert typed not in role_phrasing.role([typed], "en").sentence


@pytest.mark.parametrize(
    "typed",
    [
        "the food hall",
        "setting out with total station and levels",
        "council tax queries",
        "the safety meetings every morning",
        "general maintenance",
    ],
)
def test_it_keeps_a_duty_in_the_role(typed: str) -> None:
    assert not no_duty(typed)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("shift 1pm-10pm IST for overlap", "shift"), ("learn fast, bond of 18 months", "bond")],
)
def test_it_says_no_noun_as_an_action(typed: str, kept: str) -> None:
    assert kept not in role_phrasing.expectations([typed], "en").sentence


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("HR licence", "my HR licence"),
        ("PCV licence", "my PCV licence"),
        ("ISTQB foundation", "my ISTQB foundation"),
    ],
)
def test_it_gives_an_acronym_and_its_noun_the_candidates_own(typed: str, said: str) -> None:
    assert said in strengths.strong_points([typed], "en").sentence


def test_it_keeps_a_name_alone_among_strong_points() -> None:
    assert "my Python" not in strengths.strong_points(["Python and SQL"], "en").sentence


@pytest.mark.parametrize(
    ("typed", "said"),
    [("6 yrs go", "my 6 years of Go"), ("5 yrs go and postgres", "my 5 years of Go and Postgres")],
)
def test_it_counts_years_of_a_tool(typed: str, said: str) -> None:
    [note] = fragments(typed, "en")
    assert said in strengths.strong_points([note], "en").sentence


@pytest.mark.parametrize(
    "typed",
    [
        "reliable people for nights",
        "consistent day staff",
        "relief milkers for member farms",
        "casual educators for the toddler room",
    ],
)
def test_it_says_people_sought_after_their_adjectives(typed: str) -> None:
    assert people_sought(typed)
    assert typed in phrasing.needs([typed], "en").sentence


@pytest.mark.parametrize(
    "typed", ["platform team to own EKS clusters", "want people open to retrain", "night shifts"]
)
def test_it_reads_no_people_sought_in_a_group_or_a_verb(typed: str) -> None:
    assert not people_sought(typed)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("good handover skills", "someone with good handover skills"),
        ("RF scanner experience", "someone with RF scanner experience"),
    ],
)
def test_it_seeks_a_skill_in_someone(typed: str, said: str) -> None:
    assert said in phrasing.needs([typed], "en").sentence


def test_it_never_writes_with_twice() -> None:
    assert not skill_sought("experience with Gainsight and HubSpot")


def test_it_joins_ability_only_to_someone() -> None:
    sentence = phrasing.needs(["friendly people", "able to be quick at the till"], "en").sentence
    assert "people and able" not in sentence


@pytest.mark.parametrize(
    "items",
    ["clearing tables, washing up and serving cakes", "setting out drawings, picking up litter"],
)
def test_it_lists_gerunds_with_their_particle(items: str) -> None:
    assert not gate.faults(phrase("en", "role_items", items=items), "en")


@pytest.mark.parametrize(
    "typed",
    [
        "walked her through my sepsis bundle case, she liked it",
        "took him through my portfolio",
    ],
)
def test_it_tells_the_recruiter_no_walk_she_was_there_for(typed: str) -> None:
    sentence = strengths.strong_points([typed], "en").sentence
    assert "through my" not in sentence
    assert "your through" not in sentence


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("DBS check, punctuality", "you mentioned the DBS check and punctuality"),
        ("ParaPro test or 60 credit hrs", "you mentioned the ParaPro test or 60 credit hours"),
        ("CSCS card", "you mentioned the CSCS card"),
        ("great customer service", "you mentioned great customer service"),
        ("NVQ level 3", "you mentioned NVQ level 3"),
        ("STCW basic safety", "you mentioned STCW basic safety"),  # no one thing named
        ("SWMS every day", "you mentioned SWMS every day"),
    ],
)
def test_it_gives_a_named_thing_expected_its_article(typed: str, said: str) -> None:
    assert said in role_phrasing.expectations(fragments(typed, "en"), "en").sentence


@pytest.mark.parametrize(
    ("typed", "fact"),
    [
        ("ParaPro test or 60 credit hours", False),
        ("90 contact hours of first aid training", False),
        ("39 hours a week", True),
    ],
)
def test_it_keeps_hours_of_study_among_what_is_expected(typed: str, fact: bool) -> None:
    # hours of study are a qualification asked of the person, not the job's hours
    assert bool(job_facts.job_facts([typed], "en")) is fact


@pytest.mark.parametrize(
    ("notes", "noun"),
    [
        (["welcome visitors, run demos", "floor safety"], "floor safety"),
        (["desk research, market models", "support 2-3 engagements"], "market models"),
        (["serve customers at the till", "price checks"], "price checks"),
    ],
)
def test_it_reads_a_noun_first_beside_actions_as_a_noun(notes: list[str], noun: str) -> None:
    said = role_phrasing.role(notes, "en").sentence
    assert f"to {noun}" not in said and f"and {noun}" not in said.split("covers")[0]


@pytest.mark.parametrize(
    ("notes", "action"),
    [
        (["run the pass at dinner", "order stock"], "order stock"),
        (["welcome guests", "book tables"], "book tables"),
    ],
)
def test_it_keeps_a_verb_first_beside_actions_an_action(notes: list[str], action: str) -> None:
    said = role_phrasing.role(notes, "en").sentence
    assert said.startswith("As I understand it, the role is to") and action in said


@pytest.mark.parametrize(
    "notes",
    [["take calls", "document fixes in the KB"], ["take calls", "signpost residents to support"]],
)
def test_it_keeps_a_noun_first_with_its_object_and_preposition_an_action(notes: list[str]) -> None:
    said = role_phrasing.expectations(notes, "en").sentence
    assert said.startswith("You expect the person you hire to") and notes[1] in said


def test_it_reads_the_software_named_beside_actions_as_no_action() -> None:
    said = role_phrasing.expectations(["start 23 November for peak", "Excel for reporting"], "en")
    assert "to Excel" not in said.sentence and "mentioned Excel for reporting" in said.sentence
