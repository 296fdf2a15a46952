"""What writer AQ's reader quoted and session 35 mended as shapes (issue 11): a number that
counts nothing, a person named after "my", the interview itself put forward, a list of verbs
and their objects, a wish cut short, « prés » for « près », a workplace pointed at.

AQ's interview is on Wednesday 10 November 2027, before Armistice Day: the French catch-up
goes on Monday 15 November (Friday 12 is a bridge day), the English one on Thursday 11.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from relance.drafts.accents import restore_accents
from relance.drafts.draft import Draft
from relance.drafts.fr_slips import mended
from relance.drafts.slots import np_fits
from tests.drafts.factories import catchup_on, handed_back

WEDNESDAY = datetime(2027, 11, 10, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))


def draft(lang: str, **parts: str) -> Draft:
    day = date(2027, 11, 15) if lang == "fr" else date(2027, 11, 11)
    position = "Pompier" if lang == "fr" else "Estate Agent"
    company = "SDIS 13" if lang == "fr" else "Connells"
    return catchup_on(lang, WEDNESDAY, day, position, company, **parts)


@pytest.mark.parametrize(
    ("text", "fits"),
    [("mes 3 dans la salle", False), ("mes 3 ans en cuisine", True), ("mes 2 saisons", True)],
)
def test_it_reads_a_number_that_counts_nothing(text: str, fits: bool) -> None:
    assert np_fits(text, "fr") is fits


def test_it_reads_a_person_named_after_my() -> None:
    assert not np_fits("my josh the duty manager", "en")
    assert np_fits("my knowledge of the area", "en")


@pytest.mark.parametrize(
    ("lang", "note"),
    [("fr", "interview en français"), ("en", "good discussion on Pharmacy First")],
)
def test_it_puts_no_interview_forward(lang: str, note: str) -> None:
    written = draft(lang, strong_points=note)
    assert note in handed_back(written, "strong_points")


def test_it_never_reads_verbs_and_their_objects_as_things() -> None:
    written = draft("en", role_understood="call buyers, book viewings, chase offers")
    assert "the call buyers" not in written.text


@pytest.mark.parametrize(("lang", "wish"), [("fr", "rendre"), ("fr", "transmettre")])
def test_it_hands_back_a_wish_cut_short(lang: str, wish: str) -> None:
    assert wish in handed_back(draft(lang, motivation=wish), "motivation")


def test_it_writes_near_with_its_grave_accent() -> None:
    assert mended("prés du lycée") == "près du lycée"
    assert mended("les prés du Jura") == "les prés du Jura"


def test_it_hands_back_a_workplace_pointed_at() -> None:
    note = "this practice modern"
    assert note in handed_back(draft("en", motivation=note), "motivation")


def test_it_restores_a_noun_that_is_also_a_verb() -> None:
    assert restore_accents("mon diplome ASV") == "mon diplôme ASV"


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("accueil les clients", "le poste comprend l'accueil des clients"),
        ("tri le courrier", "le poste comprend le tri du courrier"),
        ("vente le samedi", "le poste comprend la vente le samedi"),
    ],
)
def test_it_joins_a_task_and_its_object(note: str, said: str) -> None:
    assert said in draft("fr", role_understood=note).text


def test_it_never_gives_the_recruiter_what_the_people_sought_keep() -> None:
    note = "des agents capables de garder leur sang-froid"
    assert "votre sang-froid" not in draft("fr", recruiter_needs=note).text


@pytest.mark.parametrize(
    ("part", "note"),
    [
        ("motivation", "évoluer vers 1er surveillant"),
        ("role_understood", "travailler avec enseignant et famille"),
        ("role_understood", "tourner avec chauffeur"),
    ],
)
def test_it_hands_back_a_bare_noun_after_vers_or_avec(part: str, note: str) -> None:
    assert note in handed_back(draft("fr", **{part: note}), part)


def test_it_keeps_a_manner_after_avec() -> None:
    assert "travailler avec rigueur" in draft("fr", role_understood="travailler avec rigueur").text


@pytest.mark.parametrize(
    ("part", "note"),
    [
        ("strong_points", "le père a adoré mes photos de redressage"),
        ("recruiter_needs", "le fils veut plutôt quelqu'un de jeune"),
    ],
)
def test_it_hands_back_what_another_person_present_did(part: str, note: str) -> None:
    written = draft("fr", **{part: note})
    assert note in handed_back(written, part)
    assert "le père" not in written.text and "le fils" not in written.text


def test_it_still_says_what_the_recruiter_herself_wants() -> None:
    written = draft("fr", recruiter_needs="la responsable veut quelqu'un de fiable")
    assert "quelqu'un de fiable" in written.text


def test_it_hands_back_a_claim_typed_after_its_things() -> None:
    note = "teinte à l'eau et cabine de peinture : je maîtrise"
    written = draft("fr", strong_points=note)
    assert "ma teinte" not in written.text
    assert handed_back(written, "strong_points")
