"""What writer AH's reader found wrong (issue 11, session 31), mended where the fault is a
shape every writer types: dictation's sound-alikes, a condition of the job said as a task, a
direction or a noun read as what attracts or what to do, a doubt typed before a list, a
return promised by a day, a vagueness that agreed nothing."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from relance.drafts import catchup_email, document_requests, typed_days
from relance.drafts.next_steps import sentence
from relance.drafts.sound_alike import spelt_by_ear
from tests.drafts.factories import make_ctx
from tests.drafts.test_gate import refused


def text_of(**fields: str) -> str:
    return catchup_email(make_ctx(**fields)).text


@pytest.mark.parametrize(
    "note",
    [
        "quelqu'un qui s'est gérer le contrôle qualité",
        "il a dit ses rare les jeunes qui connaissent",
        "mon projet de bibliobus à plu au directeur",
        "il en à marre des grosses boîtes",
        "mon parlé HACCP",
    ],
)
def test_it_sends_back_what_dictation_spelt_by_ear(note: str) -> None:
    assert spelt_by_ear(note, "fr")


@pytest.mark.parametrize(
    "note",
    ["tout à fait à l'aise", "en à peine deux ans", "ça s'est bien passé", "mes horaires"],
)
def test_it_leaves_the_same_sounds_where_they_are_right(note: str) -> None:
    assert spelt_by_ear(note, "fr") == ""


def test_it_never_says_a_condition_of_the_job_is_what_the_job_comprises() -> None:
    assert refused("fr", "role_items", items="la possibilité de CDI")
    assert refused("fr", "role_items", items="la mission de 6 mois")
    assert refused("fr", "role_items", items="le camion de service")
    assert refused("en", "role_items", items="a 2-year scheme")
    assert not refused("fr", "role_items", items="la mission de conseil auprès des clients")
    assert not refused("fr", "role_items", items="la maintenance préventive")
    assert not refused("en", "role_items", items="NEC4 contract admin")
    assert not refused("fr", "expectations_items", items="le permis et le véhicule")


def test_it_reads_a_direction_as_no_reason_and_experience_with_as_no_action() -> None:
    assert refused("en", "motivation_reasons", items="back into defence")
    assert not refused("en", "motivation_reasons", items="the way back into defence work")
    assert not refused("en", "role_items", items="home visits, personal care and meals")
    assert refused("en", "needs_able", actions="experience with telco specific threats")
    assert not refused("en", "needs_able", actions="deal with difficult customers")


def test_it_promises_no_document_the_candidate_doubted_before_a_list() -> None:
    said = catchup_email(make_ctx(process="apporter pass vaccinal ? + tenue fournie")).text
    assert "pass vaccinal" not in said


def closing(process: str, lang: str = "fr") -> str:
    friday = datetime(2026, 12, 11, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))
    ctx = make_ctx(lang=lang, process=process, interview_at=friday, send_on=date(2026, 12, 14))
    return sentence(ctx).replace("\u00a0", " ")


def test_it_says_the_day_a_return_is_promised_by() -> None:
    said = closing("ils reviennent vers moi d'ici la fin de la semaine prochaine")
    assert said.startswith(
        "Vous m'avez indiqué que vous reviendriez vers moi d'ici le vendredi 18 décembre ;"
    )
    said = closing("they'll get back to me by the end of next week", "en")
    assert said.startswith("You told me you would be in touch by Friday 18 December;")


@pytest.mark.parametrize(
    ("process", "lang"),
    [("not sure, they were vague", "en"), ("c'est resté flou sur la suite", "fr")],
)
def test_it_asks_when_the_notes_say_the_next_steps_were_vague(process: str, lang: str) -> None:
    assert closing(process, lang) in (
        "Pourriez-vous m'indiquer comment se déroule la suite du recrutement ?",
        "Could you let me know what the next steps will be?",
    )


def test_it_never_says_a_person_is_what_the_role_covers() -> None:
    assert refused("en", "role_items", items="the onboarding coordinator for training batches")
    assert not refused("en", "role_items", items="supervising cleaners")


def test_it_reads_an_exercise_of_the_interview_as_no_strength() -> None:
    assert refused("fr", "strong_points", items="mon cas clinique oral")
    assert refused("en", "strong_points", items="my group task")
    assert not refused("fr", "strong_points", items="mes 3 ans d'expérience en USC")


# Writer AI's reader (session 31), the same session: days and documents read for sure only.


def test_it_reads_no_day_from_one_of_two() -> None:
    after = date(2026, 12, 16)
    assert typed_days.first_day("final round, Jan 6th or 7th", "en", after) is None
    assert typed_days.first_day("entretien le 6 ou 7 janvier", "fr", after) is None
    assert typed_days.first_day("entretien le 6 janvier", "fr", after) == date(2027, 1, 6)


def test_it_reads_no_step_day_from_a_closure() -> None:
    typed = "decision in the new year, office shut till the 4th"
    said = catchup_email(make_ctx(lang="en", process=typed, send_on=date(2026, 12, 17))).text
    assert "You told me to expect an answer after the New Year;" in said
    assert "4 January" not in said


def test_it_promises_no_document_no_one_asked_the_candidate_for() -> None:
    _, asked = document_requests.split(["pic des demandes de CNI/passeports"], "fr")
    assert asked == []
    _, asked = document_requests.split(["first aid cert (they provide)"], "en")
    assert asked == []
    _, asked = document_requests.split(["elle demande copie CNI"], "fr")
    assert asked


def test_it_says_no_time_or_place_is_what_the_role_comprises() -> None:
    assert refused("fr", "role_items", items="le départ à 6 h 30 du dépôt")
    assert refused("fr", "role_items", items="la formation de 2 semaines")
    assert refused("en", "role_items", items="the client site in Leeds")
    assert not refused("fr", "role_items", items="la formation des nouveaux")
    assert not refused("en", "role_items", items="site visits")


def test_it_says_no_day_a_return_was_only_guessed_by() -> None:
    said = closing("she'll get back to me, maybe by the end of next week", "en")
    assert "December" not in said and said.startswith("You told me you would be in touch")


def test_it_reads_a_workplace_minutes_away_as_near_home() -> None:
    said = text_of(motivation="agence a 15 min")
    assert "J'apprécie que le lieu de travail soit à 15 minutes de chez moi." in said


def test_it_says_a_long_project_is_the_employers() -> None:
    assert "c'est le projet à long terme." in text_of(motivation="projet long terme")


def test_it_gives_a_possibility_of_a_contract_its_preposition() -> None:
    assert "la possibilité de CDI chez Geodis" in text_of(motivation="possibilité cdi chez geodis")


def test_it_says_no_until_then_after_steps_with_no_day() -> None:
    typed = "il me fait signer la promesse d'embauche pr le dossier ecole"
    said = closing(typed)
    assert "d'ici là" not in said and "promesse d'embauche" in said


# Writer AJ's reader (session 31): a leak and promises no one asked for.


def test_it_keeps_the_employers_lag_behind_its_peers_out() -> None:
    typed = "développer les legs, en retard par rapport à d'autres ONG"
    assert "en retard" not in text_of(recruiter_needs=typed)


def test_it_promises_no_document_a_requirement_names() -> None:
    _, asked = document_requests.split(
        ["il lui faut quelqu un avec le caces 5 pour le chargeur"], "fr"
    )
    assert asked == []
    _, asked = document_requests.split(
        ["j ai amene mes attestations de formation, il a aime"], "fr"
    )
    assert asked == []
    _, asked = document_requests.split(["they need someone with a full licence"], "en")
    assert asked == []
