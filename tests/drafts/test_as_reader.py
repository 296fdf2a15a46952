"""What writers AR's and AS's readers quoted and session 36 mended (issue 11): the stages
named with a day that were handed back (« séance d'observation », « jury », "medical",
"fitness test", "occupational health"), work to send back that the closing did not promise
(a payroll case study whose « paie » read as salary talk, "mixing test … send it back by the
28th", forms sent by « ils » or named before a dash), and qualifications the job requires
read as documents to send (« besoin CACES 3 pour les palettes »: « je vous transmets la copie
de mes CACES » was invented).

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email
from relance.drafts.documents import named
from relance.drafts.next_steps import sentence
from tests.drafts.factories import make_ctx


def closing(process: str, lang: str, **others: str) -> str:
    return sentence(make_ctx(lang=lang, process=process, **others)).replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("process", "lang", "said"),
    [
        (
            "séance d'observation dans un cours de B1 mercredi 21 octobre 18h30",
            "fr",
            "une séance d'observation le mercredi 21 octobre à 18 h 30",
        ),
        (
            "jury avec l'élue à la petite enfance jeudi 22 octobre 14h en mairie",
            "fr",
            "un entretien devant un jury le jeudi 22 octobre à 14 h",
        ),
        ("medical at Chester office Wed 21 Oct 10am", "en", "a medical on Wednesday 21 October"),
        (
            "fitness test + occupational health on Tuesday 20th 10am",
            "en",
            "a fitness test on Tuesday 20 October at 10 am",
        ),
    ],
)
def test_it_names_the_stages_agreed_with_their_day(process: str, lang: str, said: str) -> None:
    assert said in closing(process, lang)


def test_it_does_not_read_a_medical_certificate_as_a_stage() -> None:
    assert "a medical" not in closing("send my medical certificate by Friday 16th", "en")


def test_it_promises_a_payroll_case_study_whose_trade_word_is_no_salary_talk() -> None:
    said = closing(
        "étude de cas paie (cas de régularisation + DSN) à renvoyer mardi 20 octobre avant midi",
        "fr",
        position="Responsable paie",
    )
    assert "Je vous ferai parvenir l'étude de cas d'ici le mardi 20 octobre à midi." in said


def test_it_promises_a_test_of_any_name_sent_back_by_a_day() -> None:
    said = closing("mixing test file sent tonight, send it back by the 23rd", "en")
    assert "I will send you the completed test by Friday 23 October." in said


@pytest.mark.parametrize(
    ("process", "lang", "said"),
    [
        (
            "Ils envoient une fiche de renseignements à remplir et renvoyer sous 8 jours.",
            "fr",
            "Je vous retournerai la fiche de renseignements complétée",
        ),
        (
            "She will post reference forms – I must give them to 2 referees and return by "
            "the 23rd.",
            "en",
            "I will return the reference forms by Friday 23 October.",
        ),
    ],
)
def test_it_promises_the_forms_the_recruiter_sends_back(process: str, lang: str, said: str) -> None:
    assert said in closing(process, lang)


@pytest.mark.parametrize(
    "item",
    ["besoin CACES 3 pour les palettes de malt", "il veut aussi CACES nacelle", "pas de CACES 3"],
)
def test_it_reads_a_qualification_the_job_wants_as_no_document_to_send(item: str) -> None:
    assert named(item, "fr") == []


def test_it_still_reads_a_copy_of_the_caces_asked_for() -> None:
    assert named("envoyer copie CACES 3 avant lundi", "fr") != []


def test_it_invents_no_sending_of_a_caces_the_recruiter_needs() -> None:
    written = catchup_email(make_ctx(recruiter_needs="besoin CACES 3 pour les palettes de malt"))
    assert "CACES" not in written.text.split("Je vous confirme")[-1]


def test_it_says_a_role_s_duties_typed_as_lone_gerunds() -> None:
    written = catchup_email(make_ctx(lang="en", role_understood="felling, fencing, path work"))
    assert "the role covers felling, fencing and" in written.text
    assert not [item for item in written.review if item.part == "role_understood"]


def test_it_says_no_gerund_typed_with_a_doubt_as_a_duty() -> None:
    written = catchup_email(make_ctx(lang="en", role_understood="bench work, spraying?"))
    assert "spraying" not in written.text


def test_it_keeps_a_shop_s_one_word_duties_and_hands_back_the_rest() -> None:
    written = catchup_email(make_ctx(role_understood="conseil, vente, gestion stock"))
    assert "le poste comprend le conseil et la vente" in written.text
    assert [item.text for item in written.review if item.part == "role_understood"] == [
        "gestion stock"
    ]


def test_it_still_offers_papers_a_need_names() -> None:
    written = catchup_email(make_ctx(lang="en", recruiter_needs="need ID + police clearance"))
    assert "police clearance" in written.text
