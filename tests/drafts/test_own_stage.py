"""A stage the candidate takes alone by a deadline, or before the stage agreed (session 18):
said as the candidate's promise with its day and hour, never "d'ici là" referring to nothing.
The notes are worded from writers H, X, L, N, Z and Q's lines."""

from __future__ import annotations

from relance.drafts import catchup_email
from tests.drafts.factories import make_ctx


def closing(process: str, lang: str = "fr") -> str:
    text = catchup_email(make_ctx(process=process, lang=lang)).text.replace("\u00a0", " ")
    return text.split("\n\n")[-2]


def test_it_promises_an_online_test_by_its_day_and_hour() -> None:
    # h15, x09, l02: "test en ligne … à faire avant vendredi 16 18h"
    said = closing(
        "elle m'envoie un test en ligne (orthographe + logique) a faire avant vendredi 16 18h"
    )
    assert said.startswith(
        "Comme convenu, je passerai le test en ligne d'ici le vendredi 16 octobre à 18 h"
    )
    assert "d'ici là" not in said


def test_it_promises_work_sent_back_by_the_deadline_not_the_day_it_comes() -> None:
    # n19: the test comes on Wednesday, goes back by Friday noon
    said = closing(
        "test de planification à faire à la maison, il l'envoie demain mercredi, "
        "à renvoyer avant vendredi 16 midi"
    )
    assert "je vous renverrai le test d'ici le vendredi 16 octobre à midi" in said
    assert "mercredi" not in said


def test_it_promises_an_online_assessment_by_its_day_in_english() -> None:
    # z28, t28: "language assessment link sent to my mail, do it by thursday 15 5pm"
    said = closing("language assessment link sent to my mail, do it by thursday 15 5pm", "en")
    assert said.startswith(
        "As agreed, I will complete the online assessment by Thursday 15 October at 5 pm"
    )


def test_it_says_a_test_due_before_the_interview_with_the_interview_day() -> None:
    # n22 (one note) and q17 (two lines): "un test en ligne à faire avant"
    for process in (
        "2e entretien avec Erwan lundi 19 octobre à 10h, et un test de personnalité en ligne "
        "à faire avant (lien reçu par mail)",
        "2e entretien avec le head of operations le lundi 19/10 à 10h\n"
        "test Excel en ligne a faire avant (lien recu ce soir)",
    ):
        assert closing(process).startswith(
            "Comme convenu, je passerai le test en ligne avant le second entretien du lundi "
            "19 octobre à 10 h"
        )


def test_it_gives_no_deadline_when_before_names_no_day() -> None:
    # "à faire avant" with no stage dated: no day is invented
    said = closing("test Excel en ligne à faire avant (lien reçu ce soir)")
    assert "d'ici le" not in said
    assert "octobre" not in said


def test_it_never_promises_a_deadline_already_past() -> None:
    # sent on Wednesday 14: a test due by Monday 12 is no promise to make
    said = closing("tests en ligne à faire avant lundi 12 minuit")
    assert "lundi 12" not in said
    assert "Comme convenu" not in said


def test_it_says_work_due_hours_before_the_stage_before_it() -> None:
    # writer O's o28: "take-home: account plan, due 48h before" was said after the interview
    for process, work in (
        ("2nd round 19/10 10am PT w/ hiring mgr\ntake-home: account plan, due 48h before",
         "the take-home exercise"),
        ("final round mon 19th 2pm\ntake home task due 2 days before", "the take-home exercise"),
    ):  # fmt: skip
        ctx = make_ctx(lang="en", process=process)
        paragraph = catchup_email(ctx).text.replace("\u00a0", " ").split("\n\n")[-2]
        assert f"I will complete {work} before the " in paragraph
        assert "then a take-home" not in paragraph
