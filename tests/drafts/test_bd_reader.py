"""What writer BD's reader quoted and session 40 mended (issue 11): praise reported ("she
said my sepsis answer was spot on") and a point of one's own talked about handed back; a
whole debrief typed in one line of the first field, its needs and its next step read as
strong points; a clause of something done together written as an impression.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.one_line import sorted_line
from tests.drafts.factories import make_ctx


def test_it_reads_praise_reported_as_what_the_recruiter_liked() -> None:
    draft = catchup_email(
        make_ctx(lang="en", strong_points="she said my sepsis answer was spot on")
    )
    assert "I was glad you liked my sepsis answer." in draft.text


def test_it_recalls_a_point_of_ones_own_talked_about() -> None:
    strong = (
        "on a parlé de mes 6 ans sur les pompes chez Sulzer, il a dit que c'est pile ce qu'il faut"
    )
    draft = catchup_email(make_ctx(strong_points=strong))
    assert "mettre en avant mes 6 ans d'expérience sur les pompes chez Sulzer." in draft.text


def test_it_sorts_a_debrief_typed_in_one_line() -> None:
    line = (
        "entretien avec Mme Castagné associée, ils ont aimé que je connaisse Cegid Loop et "
        "Pennylane, portefeuille 80 clients TPE, besoin d'un comptable qui tient les bilans seul "
        "et fait les révisions, moi je veux un cabinet plus humain, 2e entretien jeudi 15 à 14h "
        "avec l'autre associé"
    )
    draft = catchup_email(
        make_ctx(
            strong_points=line,
            recruiter_needs="",
            role_understood="",
            expectations="",
            motivation="",
            notes="",
            process="",
        )
    )
    assert "vous recherchez un comptable qui tient les bilans seul" in draft.text
    assert "un second entretien le jeudi 15 octobre à 14\u00a0h" in draft.text


def test_it_leaves_a_debrief_with_other_fields_typed_where_it_was_typed() -> None:
    ctx = make_ctx(strong_points="bilans seul, Cegid, Pennylane, 80 clients, besoin de rigueur")
    assert sorted_line(ctx) is ctx


def test_it_hands_back_a_clause_of_something_done_together() -> None:
    strong = (
        "we did a small quiz on safety and i got all correct\n"
        "she liked my speed on the picking test"
    )
    draft = catchup_email(make_ctx(lang="en", strong_points=strong))
    assert "felt that we did" not in draft.text


def test_it_says_the_answer_to_a_written_offer_is_the_candidates() -> None:
    process = "offre écrite envoyée demain, réponse à donner avant vendredi 16"
    draft = catchup_email(make_ctx(process=process))
    assert "je vous donnerai ma réponse d'ici le vendredi 16 octobre" in draft.text
    assert "vous me donneriez" not in draft.text


def test_it_names_a_form_without_the_clause_that_returns_it() -> None:
    process = "He will send reference forms which I must return completed by Friday."
    draft = catchup_email(make_ctx(lang="en", process=process))
    assert "I will complete and return the reference forms by Friday 16 October." in draft.text


def test_it_greets_a_notary_the_notes_call_maitre() -> None:
    ctx = make_ctx(
        contact_civility="monsieur",
        contact_last_name="Bernard",
        strong_points="Maître Bernard a apprécié mon expérience des VEFA",
    )
    assert catchup_email(ctx).text.startswith("Bonjour Maître,")


def test_it_greets_by_the_notes_pronoun_when_no_title_was_ticked() -> None:
    ctx = make_ctx(
        contact_civility="",
        contact_first_name="Anne",
        contact_last_name="Kirchner-Oberlé",
        strong_points="présenté mes 3 pipelines Snakemake, elle a noté",
    )
    assert catchup_email(ctx).text.startswith("Bonjour Madame Kirchner-Oberlé,")


def test_it_ends_a_title_at_its_gender_notice_before_a_place() -> None:
    draft = catchup_email(make_ctx(position="Conducteur receveur bus H/F Marseille permis D"))
    assert "poste de conducteur receveur bus." in draft.text


def test_it_says_forms_sent_to_be_returned_once() -> None:
    process = "she's sending DBS forms + reference request, fill in and return asap"
    draft = catchup_email(make_ctx(lang="en", process=process))
    assert "I will complete and return the DBS forms" in draft.text
    assert "DBS certificate" not in draft.text


def test_it_still_sends_what_goes_with_a_form_returned() -> None:
    process = (
        "formulaire d'habilitation à remplir et renvoyer sous 8 jours + copie livret de famille"
    )
    draft = catchup_email(make_ctx(process=process))
    assert "livret de famille" in draft.text
