"""What writer BJ's reader quoted and session 43 mended (issue 11): a job title left with an open
parenthesis, the person the job replaces read as the person sought, French slips typed on a
phone (« à partir décembre », « des fois », « dispo 4h », « être la meme »), and English typed
by second-language speakers (a nationality read as a verb, a topic before its clause, "good"
for "well", "assist to").

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email, morph, role_phrasing
from relance.drafts.company_names import fr_company_at
from relance.drafts.en_notes import written_out
from relance.drafts.en_required import required
from relance.drafts.fr_slips import mended
from relance.drafts.fr_years import with_experience
from relance.drafts.phrasing import needs
from relance.drafts.reported import strength_clause
from relance.drafts.titles import plain_title
from tests.drafts.factories import make_ctx


def test_it_closes_no_title_on_an_open_parenthesis() -> None:
    typed = "Menuisier poseur en chantier d'insertion (CDDI 26h) - Poitiers / Grand Poitiers"
    assert plain_title(typed, "m", "fr") == "Menuisier poseur en chantier d'insertion"
    draft = catchup_email(make_ctx(position=typed))
    assert "(CDDI" not in draft.subject + draft.text


@pytest.mark.parametrize(
    "typed", ["un ouvrier parti", "une préparatrice en congé maternité à partir de décembre"]
)
def test_it_does_not_seek_the_person_the_job_replaces(typed: str) -> None:
    phrased = needs([typed], "fr")
    assert "vous recherchez un" not in phrased.sentence
    assert typed in phrased.to_rewrite


def test_it_still_seeks_a_person_ready_for_nights() -> None:
    assert "une personne partante" in needs(["une personne partante pour les nuits"], "fr").sentence


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("remplaçante à partir décembre", "remplaçante à partir de décembre"),
        ("etre dispo le samedi des fois", "etre dispo parfois le samedi"),
        ("dispo 4h du matin", "dispo dès 4h du matin"),
        ("etre la meme le dimanche avant noel", "etre là même le dimanche avant noel"),
        ("des fois qu'il pleuve", "des fois qu'il pleuve"),
        ("trois fois par semaine", "trois fois par semaine"),
    ],
)
def test_it_writes_the_phone_slips(typed: str, written: str) -> None:
    assert mended(typed) == written


@pytest.mark.parametrize(
    "typed",
    [
        "GMP basics I did the Springboard course last spring",
        "I know london roads good",
        "I was doing 3 years courier in Warszawa",
    ],
)
def test_it_refuses_a_second_language_turn(typed: str) -> None:
    assert morph.shape(typed, "en").why


def test_it_keeps_a_clause_that_says_when_first() -> None:
    assert morph.shape("last spring I did the course", "en").why != "a topic before its clause"


def test_it_reads_a_nationality_as_no_verb() -> None:
    shape = morph.shape("Welsh language is desirable", "en")
    assert shape.kind != morph.INFINITIVE
    draft = catchup_email(make_ctx(lang="en", expectations="Welsh language is desirable"))
    assert "the Welsh language is desirable" in draft.text
    assert required("welsh speaker desirable") == "a Welsh speaker is desirable"


def test_it_writes_a_french_speakers_assist_to() -> None:
    draft = catchup_email(make_ctx(lang="en", expectations="assist to the daily briefing at 8:45"))
    assert "assist to" not in draft.text
    assert "attend the daily briefing" in draft.text


def test_it_reads_gift_sets_among_actions_as_a_thing() -> None:
    role = ["fragrance consultation, gift sets, samples", "clienteling, follow up clients"]
    sentence = role_phrasing.role(role, "en").sentence
    assert "to gift sets" not in sentence
    assert "the gift sets" in sentence


def test_it_says_a_span_of_hours_from_its_first() -> None:
    assert written_out("the late shifts 3pm to 11pm") == "the late shifts from 3pm to 11pm"
    assert written_out("start monday 9am") == "start monday at 9am"


def test_it_reports_years_done_somewhere_as_a_strength() -> None:
    draft = catchup_email(make_ctx(strong_points="j'ai fait 4 ans à Leixões"))
    assert "j'ai fait 4 ans à Leixões" in draft.text
    assert not strength_clause("j'ai fait la simulation", "fr")


def test_it_says_years_served_in_the_forces() -> None:
    assert with_experience("mes 22 ans de marine nationale") == (
        "mes 22 ans dans la Marine nationale"
    )


def test_it_gives_a_chocolate_maker_its_article() -> None:
    assert fr_company_at("Chocolaterie Cazenave") == "à la Chocolaterie Cazenave"
