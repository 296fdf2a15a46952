"""What writer AR's reader quoted and session 35 mended (issue 11): a title's agreement left
to the candidate's gender, never to the proofreader (« déclarant en douane confirmé » for a
man), a woman's title whose person is not its first word (« spa praticienne »), and the
employer's papers that come back signed ("the signed offer letter", never "my offer
letter").

AR's interview is on Thursday 23 December 2027; the catch-ups go on Friday 24 December.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from relance.drafts import catchup_email
from relance.drafts.document_requests import split
from relance.drafts.grammar import clean_position
from tests.drafts.factories import make_ctx

THURSDAY = datetime(2027, 12, 23, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))


def subject(position: str, gender: str) -> str:
    ctx = make_ctx(
        lang="fr",
        interview_at=THURSDAY,
        send_on=date(2027, 12, 24),
        position=position,
        company="Geodis",
        candidate_gender=gender,
    )
    return catchup_email(ctx).subject


@pytest.mark.parametrize(
    ("position", "gender", "title"),
    [
        (
            "Déclarant en douane confirmé H/F – Roissy CDG – CDI",
            "m",
            "déclarant en douane confirmé",
        ),
        ("Ouvriere agricole", "f", "ouvrière agricole"),
    ],
)
def test_it_keeps_the_title_in_the_candidates_gender(
    position: str, gender: str, title: str
) -> None:
    assert subject(position, gender).endswith(title)


@pytest.mark.parametrize(
    ("position", "gender", "title"),
    [
        ("Spa Praticien(ne) H/F - Nuxe Spa - CDI", "f", "spa praticienne"),
        ("Spa Praticien(ne) H/F", "m", "spa praticien"),
        ("Agent d'accueil polyvalent(e)", "f", "agente d'accueil polyvalente"),
    ],
)
def test_it_agrees_the_person_of_a_title(position: str, gender: str, title: str) -> None:
    assert clean_position(position, "fr", gender) == title


def test_it_returns_the_employers_papers_signed() -> None:
    item = "offer letter + contract by email tomorrow, sign & send back by the 31st"
    assert split([item], "en")[1][0].phrase == "the signed offer letter"
    assert split(["send my offer letter"], "en")[1][0].phrase != "the signed offer letter"
