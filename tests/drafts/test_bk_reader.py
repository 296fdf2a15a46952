"""What writer BK's reader quoted and session 43 mended (issue 11): a target read as a paper to
bring ("As agreed, I will bring my turnaround"), a spot on the site read as a paper ("my gate
3"), a social worker's help noted back to the recruiter (read as a leak), a job fair's kiosk put
forward as a strength.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from datetime import date

from relance.drafts import catchup_email, next_steps, thankyou_email
from relance.drafts.document_requests import split
from relance.drafts.en_notes import written_out
from relance.drafts.phrasing import needs
from relance.drafts.titles import plain_title
from tests.drafts.factories import make_ctx


def test_it_brings_no_target() -> None:
    assert split(["bring turnaround to 14 days"], "en", needs=True)[1] == []
    assert split(["ramener le délai de traitement à 14 jours"], "fr", needs=True)[1] == []
    draft = catchup_email(make_ctx(lang="en", expectations="bring turnaround to 14 days"))
    assert "I will bring my turnaround" not in draft.text


def test_it_reads_a_gate_as_where_not_what() -> None:
    _, asked = split(["bring police record + 2 references Friday 8th at 10am to HR, gate 3"], "en")
    assert [document.phrase for document in asked] == [
        "my police record",
        "my references' contact details",
    ]


def test_it_keeps_a_social_workers_help_out() -> None:
    notes = "elle doit s'acheter une tenue correcte pour le travail, on va voir avec le centre"
    draft = catchup_email(make_ctx(notes=notes))
    assert "centre" not in draft.text
    assert [item.reason for item in draft.left_out if item.part == "notes"] == ["personal"]


def test_it_puts_no_job_fair_stand_forward() -> None:
    draft = catchup_email(make_ctx(strong_points="salon de l'emploi au centre de congrès, kiosque"))
    assert "kiosque" not in draft.text


def test_it_thanks_for_a_trial_held_before_the_sending_day() -> None:
    ctx = make_ctx(process="journée d'essai samedi 17 octobre dès 8h", send_on=date(2026, 10, 19))
    closing = next_steps.sentence(ctx)
    assert closing.startswith("Je vous remercie également pour la journée d'essai de samedi.")
    assert closing.endswith("Pourriez-vous m'indiquer comment se déroule la suite du recrutement ?")


def test_it_reads_a_sea_trial_as_a_stage() -> None:
    ctx = make_ctx(lang="en", process="sea trial Saturday 17th, 8am, pontoon E")
    assert "a sea trial on Saturday 17 October at 8" in next_steps.sentence(ctx)


def test_it_sends_work_due_on_the_sending_day_with_the_e_mail() -> None:
    ctx = make_ctx(process="test excel envoyé ce soir, à renvoyer avant mercredi 14 midi")
    assert "je vous transmets le test" in catchup_email(ctx).text


def test_it_reads_two_grades_of_one_title_as_the_title() -> None:
    assert plain_title("Qualified / Trainee Dental Nurse - Manchester M4", "", "en") == (
        "Dental Nurse"
    )
    assert plain_title("Team Member / Barista", "", "en") == "Team Member"


def test_it_says_an_before_an_acronym_spelt_from_a_vowel() -> None:
    assert written_out("chairside at a NHS practice") == "chairside at an NHS practice"
    assert written_out("a DBS check and a USB key") == "a DBS check and a USB key"


def test_it_seeks_someone_in_the_subjunctive() -> None:
    said = needs(["quelqu'un qui tient les délais", "une personne qui sait gérer le stress"], "fr")
    assert "quelqu'un qui tienne les délais" in said.sentence
    assert "une personne qui sache gérer le stress" in said.sentence
    assert "qui parle anglais" in needs(["quelqu'un qui parle anglais"], "fr").sentence


def test_it_leaves_out_who_said_the_need() -> None:
    said = needs(["l'associée : besoin de quelqu'un qui encadre les juniors"], "fr").sentence
    assert "associée" not in said
    assert "quelqu'un qui encadre les juniors" in said


def test_it_thanks_for_a_held_trial_in_the_thank_you_and_notes_only_what_is_ahead() -> None:
    ctx = make_ctx(
        process="journée d'essai samedi 17 octobre à 9h, puis réponse vendredi 23 octobre",
        send_on=date(2026, 10, 19),
    )
    text = thankyou_email(ctx).text
    assert "Je vous remercie également pour la journée d'essai de samedi." in text
    assert "samedi 17 octobre" not in text
    assert "vendredi 23 octobre" in text
