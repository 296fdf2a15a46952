"""A sentence the e-mail already said inside an earlier one is said once (writer AW's aw17)."""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.said_once import said_once
from tests.drafts.factories import empty_debrief


def test_it_drops_a_sentence_an_earlier_one_already_holds() -> None:
    values = {
        "needs": "Vous recherchez quelqu'un de calme au téléphone.",
        "role": "Le poste comprend l'accueil. Vous recherchez quelqu'un de calme.",
    }
    assert said_once(values, ["needs", "role"])["role"] == "Le poste comprend l'accueil."


def test_it_keeps_a_marked_place_and_a_short_sentence() -> None:
    values = {"a": "Je reste disponible. [à compléter : x]", "b": "[à compléter : x] Oui."}
    assert said_once(values, ["a", "b"]) == values


def test_it_says_a_quality_sought_once_in_the_catch_up() -> None:
    written = catchup_email(
        empty_debrief(
            recruiter_needs="qqn de calme au tel avec les clients pressés",
            expectations="calme, réactivité",
        )
    ).text
    assert written.count("quelqu'un de calme") == 1


def test_it_writes_a_feast_with_its_capital() -> None:
    from relance.drafts.templates import typography

    assert typography("vendeuse renfort noël", "fr") == "vendeuse renfort Noël"
    assert typography("a christmas temp", "en") == "a Christmas temp"
