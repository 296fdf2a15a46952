"""The shapes of a next stage in French notes (writer N's quotes, session 17): a stage named
with its day and hour, a deadline for documents beside it, two steps in one note."""

from __future__ import annotations

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
