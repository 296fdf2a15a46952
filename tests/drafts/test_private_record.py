"""A conviction, time in prison and a career break named with its length stay out of the
catch-up (issue 11, writer AG's blind reading: « CAPa obtenu en détention » was sent to a town
council); a prison as the workplace, a criminal record check asked for as a document, and
years of experience are not private."""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email
from relance.drafts.privacy import reason
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("note", "lang", "why"),
    [
        ("CAPa jardinier paysagiste obtenu en détention en 2024", "fr", "record"),
        ("sorti de prison en juin après 3 ans", "fr", "record"),
        ("conseiller SPIP m'a dit de ne rien dire", "fr", "record"),
        ("mon casier n'est pas vierge", "fr", "record"),
        ("I did my forklift licence while I was in prison", "en", "record"),
        ("my conviction is spent since March", "en", "record"),
        ("still on probation till June", "en", "record"),
        ("reprendre la main vite après 9 ans d'arrêt", "fr", "gap"),
        ("le trou de 9 ans, elle a pas insisté", "fr", "gap"),
        ("back after 6 years off", "en", "gap"),
        ("she asked about the gap in my CV", "en", "gap"),
        ("reprendre mon métier maintenant que les enfants sont au collège", "fr", "personal"),
        ("remplacer un agent en longue maladie", "fr", "site"),
    ],
)
def test_it_finds_a_record_or_a_break(note: str, lang: str, why: str) -> None:
    assert reason(note, lang) == why


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("surveillant pénitentiaire, maison d'arrêt de Lyon-Corbas", "fr"),
        ("envoyer extrait de casier judiciaire bulletin 3", "fr"),
        ("9 ans d'expérience en salon", "fr"),
        ("DBS check and criminal record certificate to send", "en"),
        ("nurse in a prison health unit", "en"),
        ("10 years experience in retail", "en"),
    ],
)
def test_it_keeps_the_workplace_and_the_documents(note: str, lang: str) -> None:
    assert reason(note, lang) == ""


def test_it_sends_no_prison_past_and_promises_no_document_the_candidate_only_fears() -> None:
    ctx = make_ctx(
        strong_points="CAPa jardinier paysagiste obtenu en détention en 2024\ncalme, ponctuel",
        notes="sorti de prison en juin\nextrait casier B2 ils vont le demander ??? peur",
        process="envoyer copie permis + carte vitale avant vendredi",
    )
    draft = catchup_email(ctx)
    assert "détention" not in draft.text and "prison" not in draft.text
    assert "casier" not in draft.text
    assert "permis" in draft.text
    assert {item.reason for item in draft.left_out} >= {"record"}
