"""What writer AJ's reader found in the next steps (issue 11, session 32): an agreed step left
out because a town's name reads as a verb or a word in brackets is private, a start doubted by
the learned screen, steps named in words no rule knew, work due so many hours after it comes.

The interview is on Tuesday 13 October 2026, the catch-up goes on Wednesday 14."""

from __future__ import annotations

from datetime import date

import pytest

from relance.drafts import catchup_email, deliverables
from relance.drafts.next_steps import sentence
from relance.drafts.notes import fragments
from relance.drafts.privacy import reason
from tests.drafts.factories import make_ctx


def closing(process: str, lang: str = "fr", **overrides: object) -> str:
    return sentence(make_ctx(lang=lang, process=process, **overrides)).replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("test de conduite mercredi 16/12 à 9h au dépôt Transdev de Vire", "fr"),
        ("rdv avec Mr Sacks jeudi", "en"),
        ("site visit at the depot in Sale", "en"),
    ],
)
def test_it_reads_a_name_after_a_preposition_as_no_remark(note: str, lang: str) -> None:
    assert reason(note, lang) == ""


@pytest.mark.parametrize(
    ("note", "lang", "why"),
    [
        ("il m'a viré", "fr", "employer"),
        ("j'ai été viré de Carrefour", "fr", "employer"),
        ("Mon Ancien Chef De Chez Lidl M'a Viré", "fr", "employer"),
        ("20 yrs at the counter before i stopped to care for Mum", "en", "personal"),
        ("je suis en Dépression depuis l'été", "fr", "personal"),  # health is read whole
        ("arrêt pour Burn-out", "fr", "site"),
    ],
)
def test_it_still_reads_the_remark_beside_a_name(note: str, lang: str, why: str) -> None:
    assert reason(note, lang) == why


def test_it_confirms_a_step_at_a_town_whose_name_is_a_verb() -> None:
    said = closing("test de conduite jeudi 15/10 à 9h au dépôt Transdev de Vire")
    assert "un test de conduite le jeudi 15 octobre à 9 h" in said


def test_it_confirms_a_paid_trial_without_its_pay() -> None:
    ctx = make_ctx(process="journée d'essai samedi 17/10 de 9h à 19h (rémunérée)")
    draft = catchup_email(ctx)
    assert "une journée d'essai le samedi 17 octobre à 9 h" in draft.text.replace("\u00a0", " ")
    assert "rémunérée" not in draft.text
    assert [(left.text, left.reason) for left in draft.left_out if left.part == "process"] == [
        ("rémunérée", "salary")
    ]


def test_it_says_a_start_on_a_condition_the_learned_screen_doubts() -> None:
    said = closing("démarrage prévu le 19/10 si tout est ok")
    assert "en cas de réponse favorable, mon arrivée serait prévue le lundi 19 octobre" in said


@pytest.mark.parametrize(
    ("process", "lang", "expected"),
    [
        ("rdv samedi 17 à 5h30 place du marché Quimperlé pour tester", "fr",
         "un essai le samedi 17 octobre à 5 h 30"),
        ("puis point avec le manager la semaine du 19", "fr",
         "un point avec le manager la semaine du 19 octobre"),
        ("assessment drive thurs 15th 10am at the depot", "en",
         "an assessment drive on Thursday 15 October at 10 am"),
    ],
)  # fmt: skip
def test_it_confirms_a_step_named_in_other_words(process: str, lang: str, expected: str) -> None:
    assert expected in closing(process, lang)


def test_it_keeps_a_dictated_point_that_is_a_meeting() -> None:
    assert fragments("puis point avec le manager lundi", "fr") == [
        "puis point avec le manager lundi"
    ]
    assert fragments("bonne ambiance point on verra", "fr") == ["bonne ambiance", "on verra"]


@pytest.mark.parametrize(
    ("process", "lang", "day"),
    [
        ("test technique envoyé demain matin, 48h pour le rendre", "fr", date(2026, 10, 16)),
        ("cas pratique, 3 jours pour le renvoyer", "fr", date(2026, 10, 16)),
        ("excel test at home, she emails it tomorrow, 48h to send back", "en", date(2026, 10, 16)),
    ],
)
def test_it_dates_work_due_so_many_hours_after_it_comes(process: str, lang: str, day: date) -> None:
    work = deliverables.read(process, lang, date(2026, 10, 13))
    assert work is not None and work.day == day


def test_it_writes_an_agency_typed_in_lower_case_with_its_capital() -> None:
    ctx = make_ctx(company="randstad Vire", agency_client="Transdev")
    draft = catchup_email(ctx)
    assert "Randstad Vire" in draft.subject + draft.text
    assert "randstad" not in draft.subject + draft.text
