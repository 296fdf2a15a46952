"""The shapes of a next stage in French notes (writer N's quotes, session 17): a stage named
with its day and hour, a deadline for documents beside it, two steps in one note."""

from __future__ import annotations

import re

from relance.drafts import catchup_email
from tests.drafts.factories import make_ctx


def last_paragraph(process: str) -> str:
    text = catchup_email(make_ctx(process=process)).text.replace("\u00a0", " ")
    return text.split("\n\n")[-2]


def test_it_keeps_the_stage_day_when_a_document_is_due_before_it() -> None:
    # writer N's n06 and n22: "avant" is the document's deadline, not the interview's
    for process, when in (
        (
            "2e entretien avec le directeur le mardi 20 octobre à 14h, et je dois envoyer "
            "mon extrait de casier avant",
            "le mardi 20 octobre à 14 h",
        ),
        (
            "2e entretien avec Erwan lundi 19 octobre à 10h, et un test en ligne à faire avant",
            "le lundi 19 octobre à 10 h",
        ),
    ):
        paragraph = last_paragraph(process)
        # the test, the candidate's, is said before the interview (session 18): "… avant le
        # second entretien du lundi 19 octobre à 10 h"
        assert "second entretien" in paragraph
        assert when.removeprefix("le ") + " ;" in paragraph


def test_it_keeps_a_deadline_typed_for_the_stage() -> None:
    # the test is done by Friday, on no set day: never "un test en ligne le vendredi 16"
    paragraph = last_paragraph("tests en ligne à faire d'ici vendredi 16")
    assert "en ligne le vendredi" not in paragraph


def test_it_never_gives_a_document_deadline_to_the_stage_after_it() -> None:
    # writer N's n21: the papers are due on the 16th, the meeting comes after, on no day
    for process in (
        "je dois renvoyer le questionnaire signé d'ici le vendredi 16, ensuite rencontre "
        "avec l'associé",
        "envoyer mes diplômes avant vendredi 16 puis rencontre avec la directrice",
    ):
        assert "16" not in last_paragraph(process)


def test_it_reads_no_stage_in_the_pieces_of_a_file() -> None:
    # writer N's n08: "visite médicale" lists what the hiring file holds
    paragraph = last_paragraph(
        "elle envoie le dossier d'embauche à remplir (RIB, visite médicale, vaccins) avant le 20"
    )
    assert "visite médicale" not in paragraph


def test_it_names_a_meeting_at_the_client_and_a_visit_with_a_colleague() -> None:
    # writer N's n11 and n23
    assert "un rendez-vous chez le client le vendredi 16 octobre à 10 h" in last_paragraph(
        "rdv chez le client vendredi 16 octobre 10h avec la RRH"
    )
    assert "une visite avec une collègue le samedi 17 octobre à 10 h 30" in last_paragraph(
        "suivre une visite avec une collègue samedi 17 octobre à 10h30"
    )


def test_it_confirms_trial_days_dictated_with_what_to_bring() -> None:
    # writer N's n24: one run of dictation, the trial days then what to bring
    paragraph = last_paragraph(
        "il me propose deux jours d'essai jeudi 15 et vendredi 16 de 7h à 14h au foyer il "
        "faut ramener le diplôme et la carte vitale"
    )
    assert "deux jours d'essai, les jeudi 15 et vendredi 16 octobre" in paragraph
    assert "carte" not in paragraph


def test_it_names_an_immersion_a_second_meeting_a_shadow_day_and_a_meeting_at_a_place() -> None:
    # writer O's o08, o21, o10 and o05, worded as typed and as others type them
    for process, said in (
        ("immersion 1 jour: lundi 19 oct 6h45 cuisine centrale",
         "une journée d'immersion le lundi 19 octobre à 6 h 45"),
        ("immersion vendredi 16 au magasin", "une immersion le vendredi 16 octobre"),
        ("rencontre 2 avec le directeur de caisse semaine du 19 oct",
         "une seconde rencontre la semaine du 19 octobre"),
        ("2e rencontre jeudi 15", "une seconde rencontre le jeudi 15 octobre"),
        ("journée en doublure le 16/10 7h-19h", "une journée en doublure le vendredi 16 octobre"),
        ("puis rdv au cfa le 16/10", "un rendez-vous au CFA le vendredi 16 octobre"),
        ("rendez-vous à la mairie lundi 19", "un rendez-vous à la mairie le lundi 19 octobre"),
    ):  # fmt: skip
        assert said in last_paragraph(process)


def test_it_gives_the_day_typed_after_puis_to_the_later_stage() -> None:
    # writer O's o06: the Friday interview is not the online test's day
    paragraph = last_paragraph(
        "test de personnalité en ligne à faire sous 48h → puis entretien DA vendredi 16 14h"
    )
    assert "un test en ligne, puis un entretien le vendredi 16 octobre à 14 h" in paragraph
    paragraph = last_paragraph("test Excel en ligne, puis entretien avec la directrice lundi 19")
    assert "un test en ligne, puis un entretien avec la directrice le lundi 19" in paragraph
    # an arrow alone may announce the stage's own day (writer O's o12)
    paragraph = last_paragraph("2e entretien avec le manager, J+2 → jeudi 15 à 15h")
    assert "un second entretien le jeudi 15 octobre à 15 h" in paragraph


def test_it_never_ends_a_stage_name_with_an_article() -> None:
    # writer O's o20: "… le même jour 10h" gave "le directeur de site le le jeudi 15"
    for process in (
        "test excel à faire chez eux jeudi 15 a 8h puis entretien avec le directeur de site "
        "le meme jour 10h",
        "rdv avec la responsable de site la veille",
    ):
        paragraph = last_paragraph(process)
        assert not re.search(r"\b(le|la|les) (le|la|les)\b", paragraph)
        after = r"\bsite (le|la)\b(?! (lundi|mardi|mercredi|jeudi|vendredi))"
        assert not re.search(after, paragraph)
