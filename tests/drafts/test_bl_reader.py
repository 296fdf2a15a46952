"""What writer BL's reader quoted and session 43 mended (issue 11): the candidate's own answer
read as the recruiter's (« réponse à donner avant mercredi 5 mars »), a span counted again when
the candidate typed the day it ends on, a paper still to request promised as sent now.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email, deliverables, next_steps
from tests.drafts.factories import make_ctx


def test_it_reads_an_answer_to_give_as_the_candidates() -> None:
    ctx = make_ctx(process="proposition écrite par mail demain\nréponse à donner avant vendredi 23")
    text = catchup_email(ctx).text
    assert "je vous donnerai ma réponse d'ici le vendredi 23 octobre" in text
    assert "vous me donneriez une réponse" not in text


def test_it_keeps_the_day_the_candidate_worked_out() -> None:
    work = deliverables.read(
        "test technique envoyé ce soir, à rendre sous 5 jours ouvrés (donc mardi 20 octobre)",
        "fr",
        make_ctx().interview_day,
    )
    assert work is not None
    assert work.day is not None and work.day.isoformat() == "2026-10-20"


def test_it_promises_a_paper_still_to_request_on_receipt() -> None:
    notes = "A FAIRE : demander extrait casier judiciaire sur le site (bulletin 3)"
    text = catchup_email(make_ctx(notes=notes)).text
    assert "je vous transmets l'extrait" not in text
    assert "dès réception" in text


def test_it_reads_a_trial_with_its_day_as_a_stage() -> None:
    ctx = make_ctx(lang="en", process="trial saturday 17th 10am, bring my kit")
    assert "a trial on Saturday 17 October at 10" in next_steps.sentence(ctx)
    sea = make_ctx(lang="en", process="sea trial Saturday 17th, 8am")
    assert "a sea trial on Saturday 17 October" in next_steps.sentence(sea)
