"""An online test to take before a day is promised, with its day, beside the next stage."""

from __future__ import annotations

from relance.drafts.next_steps import sentence
from tests.drafts.factories import make_ctx


def closing(process: str, lang: str = "fr") -> str:
    return sentence(make_ctx(lang=lang, process=process)).replace("\u00a0", " ")


def test_it_promises_the_online_test_by_its_day_and_keeps_the_next_stage() -> None:
    said = closing(  # writer V's v24: the test was left out
        "assessment en ligne (anglais + logique) a faire avant lundi 19/10\n"
        "puis entretien avec le chef de departement semaine suivante"
    )
    assert said.startswith("Je passerai le test en ligne d'ici le lundi 19 octobre.")
    assert "entretien avec le chef de département" in said


def test_it_promises_an_english_online_assessment() -> None:
    said = closing("online assessment to complete by Friday", "en")
    assert said.startswith("I will complete the online assessment by Friday 16 October.")


def test_it_says_no_test_day_already_past() -> None:
    assert "Je passerai" not in closing("test en ligne à faire avant le 10/10")
