"""The thank-you sent when the next steps were agreed: the steps said, never pasted."""

from __future__ import annotations

from datetime import date, datetime

from relance.drafts import thankyou_email
from tests.drafts.factories import PARIS, make_ctx

FRIDAY = datetime(2026, 10, 16, 10, 0, tzinfo=PARIS)


def steps_paragraph(**overrides: object) -> str:
    paragraph = thankyou_email(make_ctx(**overrides)).text.split("\n\n")[2]
    return paragraph.replace("\u00a0", " ")


def test_it_dates_a_trial_typed_with_a_weekday() -> None:
    said = steps_paragraph(process="journée d'essai lundi 6h au dépôt")
    assert "une journée d'essai le lundi 19 octobre à 6 h" in said
    assert "J'ai bien noté" not in said


def test_it_thanks_for_a_trial_held_on_the_sending_day() -> None:
    said = steps_paragraph(
        process="journée d'essai lundi 6h au dépôt", interview_at=FRIDAY, send_on=date(2026, 10, 19)
    )
    assert said == "Je vous remercie également de m'accueillir aujourd'hui pour la journée d'essai."


def test_it_speaks_to_the_recruiter_not_of_her() -> None:
    said = steps_paragraph(process="elle me rappelle la semaine prochaine")
    assert "elle" not in said
    assert "vous me donneriez une réponse dans le courant de la semaine du 19 octobre" in said


def test_it_acknowledges_the_documents_asked_for() -> None:
    said = steps_paragraph(process="envoyer mon RIB + carte vitale\nrdv jeudi 9h pour signer")
    assert "Comme convenu, je vous transmets mon RIB" in said
    assert "rendez-vous jeudi 9 h pour signer" in said


def test_it_says_the_step_before_what_is_brought_to_it() -> None:
    # the opening thanks for « les précisions sur la suite du recrutement », and the step
    # names it « elle »: nothing may stand between them (session 52's screenshot)
    said = steps_paragraph(process="essai mardi 20 à 6h\nvenir avec chaussures de sécurité")
    assert said.startswith("Vous m'avez indiqué qu'elle passerait par")
    assert said.endswith("j'apporterai mes chaussures de sécurité.")


def test_it_says_an_english_step_with_its_day() -> None:
    said = steps_paragraph(lang="en", process="trial shift monday 6am at the depot")
    assert said == (
        "You told me the next step would be a trial shift on Monday 19 October at 6 am; "
        "I look forward to it."
    )


def test_it_says_both_of_two_steps_rather_than_drop_one() -> None:
    said = steps_paragraph(process="deuxième entretien avec le chef puis journée d'essai")
    assert "un second entretien, puis une journée d'essai" in said


def test_it_lists_a_private_note_as_left_out() -> None:
    draft = thankyou_email(make_ctx(process="2e entretien vendredi 14h\nje vais demander 2200 net"))
    assert "2200" not in draft.text
    assert [left.text for left in draft.left_out] == ["je vais demander 2200 net"]


def test_it_names_a_weekday_once_when_it_dates_tomorrow() -> None:
    said = steps_paragraph(
        process="essai demain mercredi 7h30 au dépôt puis entretien avec le chef"
    )
    assert "essai le mercredi 14 octobre à 7 h 30 au dépôt et entretien avec le chef" in said


def test_it_says_two_steps_in_their_order_without_pasting_them() -> None:
    process = "visite médicale à passer, ils m'envoient la convocation\n+ test d'anglais en ligne"
    said = steps_paragraph(process=process)
    assert said.startswith("Vous m'avez indiqué qu'elle passerait par une visite médicale, puis")
    assert "ils m'envoient" not in said


def test_it_lists_two_steps_a_sentence_would_cut_to_one() -> None:
    said = steps_paragraph(process="essai jeudi 15 8h\nessai samedi 17 10h")
    assert said.startswith("J'ai bien noté les prochaines étapes")
