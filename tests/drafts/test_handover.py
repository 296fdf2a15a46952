"""Who hands a document over: a requirement named is offered, never said agreed (session 14,
writer Z's reading; wording from several writers' sets)."""

from __future__ import annotations

import pytest

from relance.drafts.document_requests import split
from relance.drafts.handover import sentences
from relance.drafts.notes import fragments


def said(note: str) -> str:
    return sentences("en", split(fragments(note, "en"), "en")[1])


@pytest.mark.parametrize(
    "note",
    [
        "airport permit → need ID + police clearance",
        "passport needed for right to work checks",
        "vetting for the airport: need passport + proof of address",
    ],
)
def test_it_offers_a_document_the_notes_only_say_is_needed(note: str) -> None:
    assert said(note).startswith("I can provide ")
    assert "As agreed" not in said(note)


@pytest.mark.parametrize(
    "note",
    [
        "she needs my references",
        "DBS required, send certificate",
        "bring ID and police clearance",
        "send copy of passport",
    ],
)
def test_it_still_says_agreed_what_the_recruiter_asked_for(note: str) -> None:
    assert said(note).startswith("As agreed, I will ")


@pytest.mark.parametrize(
    ("note", "named"),
    [
        ("I must bring my NRIC and the originals of my CMFAS certificates.", "my NRIC and"),
        ("airport permit → need ID + police clearance", "my police clearance certificate"),
        ("send copy of mykad by friday", "a copy of my MyKad"),
    ],
)
def test_it_names_identity_papers_asked_abroad(note: str, named: str) -> None:
    assert named in said(note)


@pytest.mark.parametrize(
    "note",
    [
        "PVG scheme membership – I need to apply",
        "DBS not yet received, will send once I get it",
        "enhanced DBS, need to apply",
    ],
)
def test_it_never_offers_a_document_not_held_yet(note: str) -> None:
    assert "I can provide" not in said(note)


@pytest.mark.parametrize(
    "note",
    ["bring 2 passport photos and my NI number", "send passport photos + bank details"],
)
def test_it_never_reads_passport_photos_as_the_passport(note: str) -> None:
    assert "my passport" not in said(note) and "passport photo" in said(note)


def test_it_reads_no_document_from_the_day_it_is_brought() -> None:
    # writer L's reader: « j'apporterai mon lundi 30 à l', ma carte professionnelle … »
    item = "ramener lundi 30 a l'agence: carte pro, diplomes ssiap/sst"
    said = [document.phrase for document in split([item], "fr")[1]]
    assert said == ["ma carte professionnelle", "mes diplômes", "mon certificat SST"]


def test_it_marks_the_place_when_only_a_day_is_typed() -> None:
    for item in ("ramener lundi 30 a l'agence", "amener le 2 decembre a l'agence"):
        [document] = split([item], "fr")[1]
        assert document.phrase.startswith("[à compléter")


def test_it_keeps_a_document_typed_before_its_day() -> None:
    [document] = split(["apporter ma tenue de travail lundi"], "fr")[1]
    assert document.phrase == "ma tenue de travail"
