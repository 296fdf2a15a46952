"""English notes written out (session 13): days and months whole, hours, "at" before a time."""

from __future__ import annotations

import pytest

from relance.drafts import morph
from relance.drafts.en_notes import written_out
from relance.drafts.notes import fragments


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        (
            "operators for the new pit opening in jan",
            "operators for the new pit opening in January",
        ),
        ("chemistry teacher to take over 5 sections from january", "… from January"),
        ("pre-apprenticeship at SAIT done in june", "pre-apprenticeship at SAIT done in June"),
        ("complete IV competency by Jan", "complete IV competency by January"),
        ("OCT certified since may", "OCT certified since May"),
        ("by Fri 16 5pm", "by Friday 16 at 5pm"),
        ("10 wks june-aug", "10 wks June to August"),
        ("black friday + december availability", "Black Friday + December availability"),
        ("ship the ledger migration by q2", "ship the ledger migration by Q2"),
        ("relief milkers for member farms in north cork", "… in North Cork"),
        ("2 years at a hotel in south wales", "2 years at a hotel in South Wales"),
    ],
)
def test_it_writes_out_a_day_or_a_month(typed: str, written: str) -> None:
    if written.startswith("…"):
        assert written_out(typed).endswith(written[2:])
    else:
        assert written_out(typed) == written


@pytest.mark.parametrize(
    "typed",
    [
        *("you may call", "met Jan from HR", "sat rota 1 in 2", "in the sun", "march on"),
        *("next wed", "she'll ring tues", "1 sat in 4"),
    ],
)
def test_it_leaves_a_word_that_is_no_date(typed: str) -> None:
    assert written_out(typed) == typed


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("show up 6:30, no phones on deck", "show up at 6:30, no phones on deck"),
        ("start 5:30 in season", "start at 5:30 in season"),
        ("on site 6am own 4x4", "on site at 6am own 4x4"),
        ("picks me up at the yard 7:30", "picks me up at the yard at 7:30"),
    ],
)
def test_it_puts_at_before_a_time(typed: str, written: str) -> None:
    assert written_out(typed) == written


@pytest.mark.parametrize(
    "typed",
    [
        "earlies from 04:30, lates",
        "shifts between 8am and 8pm",
        "hands for winter feeding 5am starts",
        "shift 1pm-10pm IST",
        "be in class by 8:30",
    ],
)
def test_it_leaves_a_time_that_has_its_word(typed: str) -> None:
    assert written_out(typed) == typed


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("12hr shifts day/night swing", "12-hour shifts day/night swing"),
        ("approx 39hrs calving season", "approximately 39 hours calving season"),
        ("accurate case notes on the system within 24h", "… within 24 hours"),
        ("1 mth probation", "1 month probation"),
    ],
)
def test_it_writes_out_hours_and_months_typed_short(typed: str, written: str) -> None:
    [piece] = fragments(typed, "en")
    assert piece.endswith(written[2:]) if written.startswith("…") else piece == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("6 yrs go, 3 in payments", "6 years Go, 3 in payments"),
        ("pipeline in go + postgres + kafka", "pipeline in Go + Postgres + Kafka"),
        ("they liked my excel (pivot tables)", "they liked my Excel (pivot tables)"),
        ("python + power bi", "Python + Power BI"),
    ],
)
def test_it_writes_a_tool_typed_small_as_its_name(typed: str, written: str) -> None:
    assert fragments(typed, "en") == [written]


@pytest.mark.parametrize(
    "typed", ["could go perm if it goes well", "excel at customer service", "know leaf rust"]
)
def test_it_leaves_a_tools_name_that_is_a_word_here(typed: str) -> None:
    assert fragments(typed, "en") == [typed]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("surgery days mon/wed/fri", "surgery days Monday, Wednesday and Friday"),
        ("open mon/tue/thu", "open Monday, Tuesday and Thursday"),
        ("tue/thu evenings", "Tuesday and Thursday evenings"),
        ("season jun/jul/aug", "season June, July and August"),
    ],
)
def test_it_lists_days_a_slash_separates(typed: str, written: str) -> None:
    # a slash lists, it spans nothing: never "Monday to Wednesday/Fri"
    assert written_out(typed) == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("be at the yard 7.30", "be at the yard at 7.30"),
        ("start 6.45 sharp", "start at 6.45 sharp"),
        ("paid 12.50 an hour", "paid 12.50 an hour"),
        ("techs for the new 2.8 MW units", "techs for the new 2.8 MW units"),
        ("from 7.30", "from 7.30"),
    ],
)
def test_it_reads_a_time_typed_with_a_dot_on_the_quarter_hours(typed: str, written: str) -> None:
    assert written_out(typed) == written


@pytest.mark.parametrize(
    ("typed", "tool"),
    [("excel for reporting", "Excel for reporting"), ("swift for building apps", "Swift for")],
)
def test_it_reads_a_tool_for_a_task_as_the_tool_not_a_verb(typed: str, tool: str) -> None:
    assert written_out(typed).startswith(tool)
    assert morph.shape(written_out(typed), "en").kind == morph.NOUN


def test_it_keeps_go_for_and_excel_at_as_verbs() -> None:
    assert written_out("go for it") == "go for it"
    assert written_out("excel at sales") == "excel at sales"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("talking to school groups & families", "talking to school groups and families"),
        ("bring hi-vis & boots", "bring hi-vis and boots"),
        ("H&S, Marks & Spencer", "H&S, Marks & Spencer"),
    ],
)
def test_it_writes_a_spaced_ampersand_between_small_words_as_and(typed: str, written: str) -> None:
    assert written_out(typed) == written


def test_it_mends_a_learner_s_slips() -> None:
    # writer AA's aa27: "I would like to stay in UK long time", "weekend 1 on 2"
    assert fragments("I would like to stay in UK long time", "en") == [
        "I would like to stay in the UK for a long time"
    ]
    assert fragments("weekend 1 on 2", "en") == ["one weekend in 2"]
    assert fragments("stay in UK long time, my family is here", "en") == [
        "stay in the UK for a long time, my family is here"
    ]
    assert fragments("worked in the UK for a long time", "en") == [
        "worked in the UK for a long time"
    ]
