"""What writer AP's reader quoted and session 35 mended as shapes (issue 11): a wish no
« Je souhaite » holds, one's own past given as the reason, a reason missing its article, a
clause typed as a noun phrase, a strong point read as a document, a form "posted out", a
copy of what the item names, a partner read as a duty, « les weekends » as work.

AP's interview is on Friday 29 October 2027, before All Saints: the French catch-up goes on
Tuesday 2 November, the English one on Monday 1 November.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from relance.drafts.accents import restore_accents
from relance.drafts.document_requests import split
from relance.drafts.draft import Draft
from relance.drafts.grammar import clean_position
from tests.drafts.factories import catchup_on, handed_back

FRIDAY = datetime(2027, 10, 29, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))


def draft(lang: str, **parts: str) -> Draft:
    day = date(2027, 11, 2) if lang == "fr" else date(2027, 11, 1)
    position = "Régisseur" if lang == "fr" else "Stage Manager"
    company = "Comédie-Française" if lang == "fr" else "Abbey Theatre"
    return catchup_on(lang, FRIDAY, day, position, company, **parts)


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("fr", "habiter à Lille depuis 2 ans"),
        ("fr", "travailler le quatuor et pas que la guitare comme à Lyon"),
        ("fr", "travailler dans la maison où je voulais être depuis mes 15 ans"),
        ("fr", "coacher en LEC c'est le rêve"),
        ("fr", "arrêter les 1 h 30 de bouchons pour finir plus tôt à Metz le soir"),
        ("fr", "la reconversion civile après l'armée"),
        ("fr", "le train depuis tout petit"),
        ("en", "the community hub feels like proper public service"),
        ("en", "largest telco in GH"),
    ],
)
def test_it_hands_back_a_motivation_no_frame_holds(lang: str, note: str) -> None:
    written = draft(lang, motivation=note)
    assert note in handed_back(written, "motivation")


@pytest.mark.parametrize(
    ("lang", "note", "said"),
    [
        ("fr", "rester dans le dentaire", "Je souhaite rester dans le dentaire."),
        ("en", "real challenge", "What attracts me to the role is a real challenge."),
        ("en", "public service", "What attracts me to the role is public service."),
        ("en", "flexible hours", "What attracts me to the role is the flexible hours."),
    ],
)
def test_it_says_a_motivation_in_its_frame(lang: str, note: str, said: str) -> None:
    assert said in draft(lang, motivation=note).text


def test_it_reads_no_document_in_the_strong_points() -> None:
    written = draft("en", strong_points="we talked prompt copy and calling a 200-cue show")
    assert "send you" not in written.text


def test_it_reads_a_form_posted_out() -> None:
    process = "she is posting out the PVG form, fill in and send back by the 12th"
    written = draft("en", process=process)
    assert "return the PVG form" in written.text
    assert "the out" not in written.text


def test_it_names_what_a_copy_is_of() -> None:
    assert split(["book ENG1 medical and send copy"], "en")[1][0].phrase == (
        "a copy of my ENG1 medical"
    )
    assert "[to fill in" in split(["send copy"], "en")[1][0].phrase


@pytest.mark.parametrize(
    "note", ["binôme les 6 premiers mois", "technicien d'intervention en binôme"]
)
def test_it_never_says_a_partner_is_part_of_the_post(note: str) -> None:
    written = draft("fr", role_understood=note)
    assert "comprend le" not in written.text
    assert note in handed_back(written, "role_understood")


def test_it_says_weekends_as_work() -> None:
    written = draft("fr", role_understood="nuits et weekends")
    assert "le poste comprend le travail de nuit et le week-end" in written.text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("logement pas fourni", "le logement n'est pas fourni"),
        ("EPI fournis", "les EPI sont fournis"),
    ],
)
def test_it_says_what_is_provided_or_not(note: str, said: str) -> None:
    assert said in draft("fr", role_understood=note).text


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        ("rdv avec l'associe", "rdv avec l'associé"),
        ("un depute", "un député"),
        ("mon employe", "mon employé"),
        ("mon calme", "mon calme"),
        ("il associe les deux", "il associe les deux"),
        ("EPI", "EPI"),
    ],
)
def test_it_restores_the_noun_after_an_article(typed: str, restored: str) -> None:
    assert restore_accents(typed) == restored


@pytest.mark.parametrize(
    ("position", "title"),
    [("IADE - Infirmier(e) anesthésiste DE - CDI", "IADE"), ("CARISTE H/F", "cariste")],
)
def test_it_keeps_an_acronym_title_in_capitals(position: str, title: str) -> None:
    assert clean_position(position, "fr") == title


def test_it_reads_a_memo_heading_as_no_quality() -> None:
    written = draft("en", strong_points="practical: did a cocker spaniel and a nervous cavapoo")
    assert "I am practical" not in written.text
