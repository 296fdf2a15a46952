"""Strong points no noun frame holds (issue 11, session 35): a feat timed at the practical
test, an event of the interview day, a person, a verdict typed after the noun, a clause typed
where a noun phrase should be. Each goes back to the candidate; the other strong points
stay said."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from relance.drafts import catchup_email
from relance.drafts.draft import Draft
from relance.drafts.not_shown import not_shown
from relance.drafts.slots import np_fits
from tests.drafts.factories import handed_back, make_ctx

FRIDAY = datetime(2027, 10, 29, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))


def draft(lang: str, strong_points: str) -> Draft:
    return catchup_email(
        make_ctx(
            lang=lang,
            interview_at=FRIDAY,
            send_on=date(2027, 11, 2),
            position="Serrurier" if lang == "fr" else "Customer Assistant",
            company="Pointage" if lang == "fr" else "Tesco",
            strong_points=strong_points,
        )
    )


@pytest.mark.parametrize(
    ("lang", "kept", "feat"),
    [
        ("fr", "CAP serrurerie", "ouverture porte blindée Fichet en 6 minutes au test"),
        ("fr", "10 ans d'expérience", "ferrure complète d'un trotteur en 1 h 10"),
        ("fr", "BP fleuriste", "bouquet rond en test"),
        ("fr", "permis C", "stock à 10m sans toucher"),
        ("fr", "CACES 3", "ma bonne rencontre au stand du salon"),
        ("fr", "BTS MCO", "échange très agréable sur les tests utilisateurs"),
        ("fr", "DEAES", "ma bonne impression"),
        ("fr", "AFGSU 2", "massage et DSA bien gérés"),
        ("en", "5 years in retail", "SQL case study done in 25 min"),
        ("en", "forklift licence", "good chat with Trent this afternoon"),
        ("en", "ServSafe certificate", "second round with the MD"),
        ("en", "NVQ level 3", "OSCE passed first attempt"),
    ],
)
def test_it_hands_back_what_no_noun_frame_holds(lang: str, kept: str, feat: str) -> None:
    written = draft(lang, f"{kept}\n{feat}")
    assert feat in handed_back(written, "strong_points")
    assert kept.split()[0] in written.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("mes 3 ans d'expérience en cuisine", "fr"),
        ("CACES 1 3 5 à jour", "fr"),
        ("mon chantier de 80 logements BBC livré dans les temps", "fr"),
        ("ma bonne réponse sur la mise en situation", "fr"),
        ("stage de 6 mois en officine", "fr"),
        ("my 250 covers a night", "en"),
        ("my 3 recorded answers", "en"),
        ("my knife skills", "en"),
    ],
)
def test_it_keeps_a_strength(text: str, lang: str) -> None:
    assert not not_shown(text, lang)


@pytest.mark.parametrize(
    "noun",
    [
        "my 2 trustees took notes",
        "my chair nodded a lot",
        "my spoke a bit of Mandarin",
        "my we both root for the Bears",
        "my how I deal with visitors without a pass",
        "my NMC PIN came out last month",
        "my harbour master remembered it",
        "my fixed the off by one bug",
    ],
)
def test_it_reads_a_clause_where_a_noun_phrase_should_be(noun: str) -> None:
    assert not np_fits(noun, "en")


@pytest.mark.parametrize(
    "noun",
    [
        "my experience gained at Tesco",
        "my 3 recorded answers",
        "someone who took the lead",
        "the team I took over",
        "my SIA licence renewed last year",
        "staff who left",
    ],
)
def test_it_keeps_a_noun_phrase_with_a_participle_or_a_relative(noun: str) -> None:
    assert np_fits(noun, "en")
