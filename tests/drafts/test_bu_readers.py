"""What writer BU's reader quoted (held out, graded blind in session 49, then read; issue 11):
dictated notes, trade shorthand and job-board headings from the building trades, transport,
farming and banking.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email
from relance.drafts.company_names import clean_company
from relance.drafts.grammar import clean_position
from relance.drafts.next_steps import sentence
from relance.drafts.notes import fragments
from tests.drafts.factories import empty_debrief, make_ctx


def test_it_never_offers_a_certificate_the_notes_say_is_not_held() -> None:
    notes = "they need MOT tester cert, I haven't got it - said I'd do it if they fund"
    written = catchup_email(empty_debrief(lang="en", notes=notes))
    assert "MOT" not in written.text


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("gas engineer gas safe registered domestic service and van provided", "gas engineer"),
        ("PCV Bus Driver experienced Cambridge depot full time", "PCV Bus Driver"),
        ("Ramp Agent seasonal summer 2039 Bristol Airport", "Ramp Agent"),
        ("Senior Sales Executive", "Senior Sales Executive"),
    ],
)  # fmt: skip
def test_it_cuts_an_english_title_before_what_the_ad_says(typed: str, title: str) -> None:
    assert clean_position(typed, "en", "m") == title


@pytest.mark.parametrize(
    ("typed", "gender", "title"),
    [
        ("Conducteur·rice de Travaux Tous Corps d'État", "f",
         "conductrice de travaux tous corps d'État"),
        ("Conducteur-Receveur / Conductrice-Receveuse de bus", "f", "conductrice-receveuse de bus"),
        ("Technicien·ne d'Intervention Polyvalent (TIP)", "f",
         "technicienne d'intervention polyvalente"),
        ("Vendeur Saint-Maclou", "m", "vendeur Saint-Maclou"),
    ],
)  # fmt: skip
def test_it_writes_a_french_title_in_small_letters_and_agreed(
    typed: str, gender: str, title: str
) -> None:
    assert clean_position(typed, "fr", gender) == title


def test_it_names_a_company_described_by_the_name_in_its_brackets() -> None:
    assert clean_company("a farm in devon (Higher Coombe)", "en") == "Higher Coombe"


def test_it_never_ends_a_stage_on_its_article() -> None:
    said = sentence(make_ctx(process="essai peinture sur une aile jeudi 15 a 8h a l'atelier"))
    assert "sur une le" not in said
    assert "un essai peinture le jeudi 15 octobre à 8\u00a0h" in said


def test_it_gives_a_skill_the_recruiter_liked_its_possessive() -> None:
    written = catchup_email(empty_debrief(strong_points="il a aimé gestion de groupe"))
    assert "que vous appréciiez ma gestion de groupe" in written.text


def test_it_keeps_how_far_a_task_goes_with_it() -> None:
    written = catchup_email(
        empty_debrief(role_understood="prospection, visites, jusqu'au compromis")
    )
    assert "les visites jusqu'au compromis" in written.text


def test_it_says_two_french_stages_in_their_order() -> None:
    process = "visite médicale à passer, ils m'envoient la convocation\n+ test d'anglais en ligne"
    said = sentence(make_ctx(process=process))
    assert "une visite médicale, puis un test en ligne" in said


def test_it_says_the_stage_after_a_test_already_due() -> None:
    process = "test en ligne à finir avant mardi 13\npuis entretien final à Lyon"
    assert "un entretien final" in sentence(make_ctx(process=process))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("il a dit sait rare un plombier", "il a dit c'est rare un plombier"),
        ("il me rappelle pour me dire si sait bon", "il me rappelle pour me dire si c'est bon"),
        ("elle a dit que je sait tailler", "elle a dit que je sait tailler"),
        ("elle sait tailler", "elle sait tailler"),
    ],
)
def test_it_reads_a_dictated_sait_as_cest_where_nobody_knows(typed: str, read: str) -> None:
    assert fragments(typed, "fr") == [read]


def test_it_gives_two_complements_of_one_noun_their_des() -> None:
    written = catchup_email(
        empty_debrief(role_understood="enregistrement, gestion des retards et passagers mécontents")
    )
    assert "la gestion des retards et des passagers mécontents" in written.text


def test_it_leaves_the_titles_acronym_and_pay_grade_to_the_ad() -> None:
    typed = "Auxiliaire Spécialisé(e) Vétérinaire (ASV) échelon 4 – CDI 35h – Challans"
    assert clean_position(typed, "fr", "f") == "auxiliaire spécialisée vétérinaire"


@pytest.mark.parametrize(
    ("motivation", "said"),
    [
        ("fresh start", "What attracts me to the role is a fresh start"),
        ("big contractor, steady work", "Working for a big contractor particularly appeals"),
    ],
)
def test_it_gives_a_reason_to_join_its_article(motivation: str, said: str) -> None:
    assert said in catchup_email(empty_debrief(lang="en", motivation=motivation)).text


def test_it_names_a_card_by_its_colour() -> None:
    written = catchup_email(empty_debrief(lang="en", strong_points="CSCS green"))
    assert "my CSCS green card" in written.text


def test_it_gives_the_site_one_runs_its_article() -> None:
    written = catchup_email(empty_debrief(lang="en", role_understood="run site day to day"))
    assert "run the site day to day" in written.text


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("Staff Nurse Band 5", "Staff Nurse Band 5"),
        ("IT Service Desk Analyst, Tier 1", "IT Service Desk Analyst, Tier 1"),
        ("Logistics Management Specialist, GS-0346-11", "Logistics Management Specialist"),
    ],
)
def test_it_keeps_a_grade_that_belongs_to_the_title(typed: str, title: str) -> None:
    assert clean_position(typed, "en", "f") == title


def test_it_keeps_the_state_of_a_state_diploma() -> None:
    assert clean_position("Infirmier(e) diplômé(e) d'État", "fr", "f") == (
        "infirmière diplômée d'État"
    )


def test_it_still_offers_a_card_asked_for_beside_one_not_held() -> None:
    written = catchup_email(
        make_ctx(
            notes="CACES 5 : je l'ai pas -> l'agence peut me le financer",
            process="essai jeudi 15 a 8h\napporter carte CACES + carte d'identité",
        )
    )
    assert "CACES" in written.text


def test_it_reads_the_same_day_as_a_day_never_a_grandmother() -> None:
    assert "mémé" not in " ".join(fragments("visite du bloc le meme jour", "fr"))


def test_it_says_an_own_test_with_its_day_before_any_stage_after_it() -> None:
    process = "test en ligne a faire d'ici jeudi 15\npuis entretien avec la directrice"
    said = sentence(make_ctx(process=process))
    assert "je passerai le test en ligne d'ici le jeudi 15 octobre" in said


def test_it_never_names_one_stage_twice() -> None:
    process = "essai 2 jours lundi 19 et mardi 20\nessai"
    assert ", puis un essai" not in sentence(make_ctx(process=process))
