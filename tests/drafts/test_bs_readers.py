"""What writer BS's reader quoted (held out, graded blind in session 47, then read; issue 11):
a document the candidate said they lack promised as sent, the lunch service's hour confirmed
instead of the arrival's, the interview's medium said as a quality, a step's label read as a
document.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.next_steps import sentence
from tests.drafts.factories import empty_debrief, make_ctx


def test_it_never_promises_a_document_the_candidate_said_they_lack() -> None:
    expected = "soudure acier → moi j'en ai fait mais pas d'attestation, il veut voir sur place"
    written = catchup_email(empty_debrief(expectations=expected))
    assert "attestation" not in written.text


def test_it_confirms_the_hour_to_arrive_at_not_the_services() -> None:
    process = "essai demain midi, arriver 14h30, amener ses couteaux"
    said = sentence(make_ctx(process=process)).replace("\u00a0", " ")
    assert "14 h 30" in said
    assert "midi" not in said


def test_it_never_says_the_interviews_medium_as_a_quality() -> None:
    strong = "video, 30 min\nCPM designation, ADP Workforce Now daily"
    written = catchup_email(
        empty_debrief(lang="en", position="Payroll Clerk", strong_points=strong)
    )
    assert "I am video" not in written.text


def test_it_reads_a_steps_label_as_no_document() -> None:
    process = (
        "debut mission lundi 19 7h sur chantier\n"
        "avant : passer a l'agence vendredi 16 avec carte vitale, RIB, copies habilitations"
    )
    written = catchup_email(empty_debrief(process=process))
    assert "mon avant" not in written.text
    assert "mon RIB" in written.text
