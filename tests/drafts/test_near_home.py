"""The job near home typed as a reason, said as one (session 19, French)."""

from __future__ import annotations

from relance.drafts.motivation import motivation
from relance.drafts.near_home import fr_near_home

NAMES = {"company": "Acme", "company_of": "d'Acme", "position": "le poste"}


def fr(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_it_reads_the_job_near_home() -> None:
    # writers H, J, K, M, O, Q type "proche de chez moi"; N "10 minutes de chez moi"; T "près de"
    assert fr_near_home("proche de chez moi") == "proche de chez moi"
    assert fr_near_home("près de chez nous") == "près de chez nous"
    assert fr_near_home("c'est à 15 min de chez moi en RER") == "à 15 minutes de chez moi en RER"


def test_it_leaves_a_trip_that_does_not_say_from_where() -> None:
    for typed in ("10 minutes à vélo", "plus proche (tram C)", "proche de la gare", "10 minutes"):
        assert not fr_near_home(typed), typed


def test_it_says_the_job_near_home_beside_the_other_reasons() -> None:
    written = motivation(["la polyvalence du poste, 10 minutes de chez moi"], "fr", NAMES)
    assert "c'est la polyvalence du poste." in fr(written.sentence)
    assert "J'apprécie également que le lieu de travail soit à 10 minutes de chez moi." in (
        fr(written.sentence)
    )
    assert not written.to_rewrite


def test_it_hands_back_only_the_reason_it_cannot_say() -> None:
    written = motivation(["CDI derrière, proche de chez moi"], "fr", NAMES)
    assert "soit proche de chez moi." in fr(written.sentence)
    assert written.to_rewrite == ("CDI derrière",)


def test_it_says_no_also_when_the_job_near_home_is_the_first_reason() -> None:
    # writer R's r03: "pres de chez moi" then a note handed back; never "également" after nothing
    written = fr(motivation(["près de chez moi", "besoin de bosser vite"], "fr", NAMES).sentence)
    assert "J'apprécie que le lieu de travail soit près de chez moi." in written
    assert "également" not in written


def test_it_never_puts_a_clause_with_its_pronoun_in_a_noun_slot() -> None:
    # writer R's r07: never « ce sont les nuits m'arrangent »
    written = fr(motivation(["les nuits m'arrangent"], "fr", NAMES).sentence)
    assert "m'arrangent" not in written
