"""An answer promised after a meeting on a day: the answer comes after it, not by it
(writer Y's y12, y18: « retour après le comité de sélection du 8 décembre »)."""

from __future__ import annotations

from relance.drafts.next_steps import sentence
from tests.drafts.factories import make_ctx


def closing(process: str, lang: str = "fr") -> str:
    return sentence(make_ctx(lang=lang, process=process)).replace("\u00a0", " ")


def test_it_says_the_answer_comes_after_the_meeting() -> None:
    said = closing("retour après le comité de sélection du 20 octobre")
    assert "une réponse après le comité de sélection du mardi 20 octobre ;" in said
    assert "d'ici le" not in said


def test_it_says_it_in_english() -> None:
    said = closing("they'll decide after the panel on the 20th", "en")
    assert "an answer after the panel on Tuesday 20 October;" in said


def test_it_says_no_meeting_already_past() -> None:
    assert "comité" not in closing("retour après le comité du 12 octobre")
