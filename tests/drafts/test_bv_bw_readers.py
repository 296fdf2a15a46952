"""What the readers of writers BV and BW quoted (held out, graded blind, then read in session
50; issue 11): an offer said to come only if chosen, a card the notes deny, a call due on a
day already past, and a private line read as a paper to bring.

make_ctx's interview is on Tuesday 13 October 2026; the catch-up goes on the 14th unless a
test sets another sending day.
"""

from __future__ import annotations

from datetime import date

import pytest

from relance.drafts import catchup_email, thankyou_email
from relance.drafts.grammar import clean_position
from tests.drafts.factories import empty_debrief


def test_it_never_thanks_for_an_offer_that_comes_only_if_chosen() -> None:
    process = (
        "they'll email an offer by Friday if successful → 48hrs to accept\n"
        "offer pack has contract + medical questionnaire to sign and send back\n"
        "start date would be Monday 26th"
    )
    text = catchup_email(empty_debrief(lang="en", process=process)).text
    assert "confidence" not in text
    assert "contract" not in text


def test_it_still_notes_an_offer_already_made() -> None:
    process = "offer made on the spot, contract to sign Monday 19th"
    text = catchup_email(empty_debrief(lang="en", process=process)).text
    assert "contract" in text


def test_it_never_offers_a_licence_the_notes_say_is_lacking() -> None:
    written = catchup_email(
        empty_debrief(
            lang="en",
            recruiter_needs="need SIA or willing to do the stewarding NVQ",
            notes="no SIA, fine for steward role she said",
        )
    )
    assert "SIA" not in written.text


def test_it_reads_tomorrow_as_a_day_already_past_on_a_later_sending_day() -> None:
    written = catchup_email(
        empty_debrief(process="elle m'appelle demain pour me dire", send_on=date(2026, 10, 15))
    )
    assert "l'étape convenue" not in written.text


def test_it_reads_no_paper_to_bring_in_a_workplace_adjustment() -> None:
    notes = "RQTH depuis 2039 - pas mentionnée → à voir pour aménagement poste (écran, horaires)"
    written = catchup_email(empty_debrief(notes=notes))
    assert "RQTH" not in written.text


def test_it_keeps_a_strong_point_without_the_verdict_typed_after_it() -> None:
    points = "mes 5 ans en paie multi-conventions =\nDSN et régularisations → maîtrisé"
    text = catchup_email(empty_debrief(strong_points=points)).text
    assert "mes 5 ans d'expérience en paie multi-conventions" in text
    assert "=" not in text


def test_it_keeps_a_point_it_does_not_own_whole_for_the_candidate() -> None:
    written = catchup_email(empty_debrief(strong_points="IFRS 16 et 15 → réponses solides"))
    assert "mes IFRS" not in written.text


def test_it_reads_an_english_verdict_after_an_arrow() -> None:
    points = "my AML transaction monitoring project → they wanted details"
    text = catchup_email(empty_debrief(lang="en", strong_points=points)).text
    assert "my AML transaction monitoring project." in text


def test_it_reads_a_coffee_with_the_founder_as_the_setting() -> None:
    written = catchup_email(
        empty_debrief(strong_points="café avec le fondateur, 1h30, très informel")
    )
    assert "café" not in written.text
    assert any(gone.reason == "setting" for gone in written.left_out)


def test_it_says_an_answer_within_a_week_typed_as_huitaine() -> None:
    text = catchup_email(empty_debrief(process="retour sous huitaine par tel")).text
    text = text.replace("\xa0", " ")
    assert "dans un délai de huit jours" in text


def test_it_reads_an_outcome_expected_as_the_answer() -> None:
    text = catchup_email(empty_debrief(lang="en", process="outcome expected by Friday")).text
    assert "answer by Friday 16 October" in text


@pytest.mark.parametrize(
    ("lang", "process", "said"),
    [
        ("fr", "RDV sur site lundi 19 octobre 9h30 avec le N+1 + visite ligne",
         "un rendez-vous sur site le lundi 19 octobre à 9 h 30"),
        ("fr", "séminaire à présenter devant l'équipe mardi 20 octobre 10h",
         "un séminaire le mardi 20 octobre à 10 h"),
        ("en", "call with the hiring manager Monday 19th 10am (to confirm)",
         "a call with the hiring manager on Monday 19 October at 10 am"),
    ],
)  # fmt: skip
def test_it_names_the_stage_the_notes_give_with_its_day(lang: str, process: str, said: str) -> None:
    text = catchup_email(empty_debrief(lang=lang, process=process)).text
    assert said in text.replace("\xa0", " ")


def test_it_promises_no_paper_the_notes_doubt_without_accents() -> None:
    process = "joindre copie diplome master + dernier avis d'imposition? (a verifier)"
    assert "diplôme" not in catchup_email(empty_debrief(process=process)).text


def test_it_names_a_returned_form_without_how_it_came_and_sends_its_pieces_once() -> None:
    process = "formulaire habilitation envoyé par la RH → à remplir + renvoyer signé avec copie CNI"
    text = catchup_email(empty_debrief(process=process)).text
    assert "le formulaire d'habilitation signé" in text
    assert "envoyé par" not in text
    assert text.count("pièce d'identité") == 1


def test_it_keeps_the_article_of_a_place_and_the_locution_of_a_term() -> None:
    text = catchup_email(empty_debrief(motivation="rester à La Défense\nprojets long terme")).text
    assert "La Défense" in text
    assert "à long terme" in text
    assert "longs terme" not in text


def test_it_writes_the_first_title_of_two_for_a_woman() -> None:
    position = "Auditeur financier senior / Assistant Manager H/F – Lyon – CDI"
    assert clean_position(position, "fr", "f") == "auditrice financière senior"


def test_it_reads_the_days_programme_as_the_setting() -> None:
    points = "recruitment day: climbing wall + group games + a short interview"
    written = catchup_email(empty_debrief(lang="en", strong_points=points))
    assert "group games" not in written.text
    assert any(gone.reason == "setting" for gone in written.left_out)


def test_it_gives_a_bare_plural_reason_its_article() -> None:
    written = catchup_email(empty_debrief(lang="en", motivation="flexible hours around my college"))
    assert "is the flexible hours around my college." in written.text


def test_it_never_says_a_certificate_is_known() -> None:
    points = "i know the food hygiene level 2 cert"
    assert "I know the" not in catchup_email(empty_debrief(lang="en", strong_points=points)).text


def test_it_gives_the_last_workplace_its_possessive() -> None:
    points = "she liked my growth numbers at last startup"
    text = catchup_email(empty_debrief(lang="en", strong_points=points)).text
    assert "at my last startup" in text


def test_the_thankyou_never_notes_a_line_the_candidate_doubts() -> None:
    process = (
        "fiche de renseignements envoyée par mail → à remplir et renvoyer signée avant le 23\n"
        "joindre copie diplome master + dernier avis d'imposition? (a verifier)"
    )
    text = thankyou_email(empty_debrief(process=process)).text
    assert "diplôme" not in text
    assert "vérifi" not in text


def test_the_thankyou_lists_no_step_note_as_left_out_when_it_says_the_steps() -> None:
    written = thankyou_email(empty_debrief(process="retour sous huitaine par tel"))
    assert "dans un délai de huit jours" in written.text.replace("\xa0", " ")
    assert not [gone for gone in written.left_out if gone.reason == "tone"]
