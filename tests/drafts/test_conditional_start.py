"""A start agreed on a condition (session 19): confirmed with its condition, never presumed,
never handed back when the notes give its day. Notes worded from writers Q, S, X, T and O."""

from __future__ import annotations

from relance.drafts import catchup_email
from tests.drafts.factories import make_ctx

# make_ctx: an interview on Tuesday 13 October 2026, the catch-up sent on the 14th


def closing(process: str, lang: str = "fr") -> str:
    text = catchup_email(make_ctx(process=process, lang=lang)).text.replace("\u00a0", " ")
    return text.split("\n\n")[-2]


def test_it_confirms_a_start_on_a_condition_with_its_day() -> None:
    # q25 "si ok : debut lundi 19/10", x13 "si ok prise de poste lundi 19 au college",
    # x02 "debut prevu lundi 2 novembre si tout est ok"
    for process, day in (
        ("si ok : debut lundi 19/10, venir a l'agence signer le contrat", "lundi 19 octobre"),
        ("si ok prise de poste lundi 19 au college", "lundi 19 octobre"),
        ("debut prevu lundi 2 novembre si tout est ok", "lundi 2 novembre"),
    ):
        said = closing(process)
        assert said.startswith(
            f"J'ai bien noté qu'en cas de réponse favorable, mon arrivée serait prévue le {day}"
        ), said
        assert "[" not in said


def test_it_keeps_the_starts_own_hour_not_a_later_steps() -> None:
    # s03 "mission commence lundi 5h si dossier complet"
    said = closing("mission commence lundi 5h si dossier complet, passer à l'agence à 9h")
    assert "prévue le lundi 19 octobre à 5 h ;" in said


def test_it_confirms_a_start_on_a_condition_in_english() -> None:
    # o39 "start mon 7th if references ok"
    said = closing("start mon 19th if references ok", "en")
    assert said.startswith(
        "I have noted that, should the outcome be positive, I would start on Monday 19 October;"
    )


def test_it_never_thanks_for_a_job_given_on_a_condition() -> None:
    said = closing("si ok : debut lundi 19/10")
    assert "confiance" not in said


def test_it_says_no_start_for_a_course_or_a_maybe() -> None:
    # t04 "formation commence le 3 juin" is a course; "peut-être" is no day agreed
    for process in (
        "formation initiale commence le lundi 26 octobre si retenue",
        "début peut-être lundi 19 si ok",
    ):
        assert "mon arrivée" not in closing(process)


def test_it_says_no_start_already_past_on_the_sending_day() -> None:
    assert "mon arrivée" not in closing("si ok début mardi 13 octobre")
