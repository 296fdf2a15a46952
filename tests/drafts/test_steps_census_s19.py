"""Next steps the census of session 19 found handed back although the notes give their day
(writers X, T and Z): a stage named in other words, its hour typed before it, an answer
confirmed by phone, the candidate's own answer due by a day."""

from __future__ import annotations

from relance.drafts import catchup_email
from tests.drafts.factories import make_ctx

# make_ctx: an interview on Tuesday 13 October 2026, the catch-up sent on the 14th


def closing(process: str, lang: str = "fr") -> str:
    text = catchup_email(make_ctx(process=process, lang=lang)).text.replace("\u00a0", " ")
    return text.split("\n\n")[-2]


def test_it_confirms_a_written_assessment_with_its_day_and_hour() -> None:
    # x37 "2nd stage written assessment tue 20 at 2pm at the civic centre"
    said = closing("2nd stage written assessment tue 20 at 2pm at the civic centre", "en")
    assert "a written assessment on Tuesday 20 October at 2 pm" in said
    assert "[" not in said


def test_it_reads_a_trials_day_and_hour_typed_before_it() -> None:
    # x38 "come in sat 17 at 8am for a trial"; a French note typed the same way
    said = closing("come in sat 17 at 8am for a trial, wear black trousers", "en")
    assert "a trial on Saturday 17 October at 8 am" in said
    said = closing("revenir samedi 17 à 9h pour une matinée d'essai")
    assert "une matinée d'essai le samedi 17 octobre à 9 h" in said


def test_it_names_a_road_test_in_french() -> None:
    # t17 (Québec) "road test mardi 7h au terminal"
    assert "un test de conduite le mardi 20 octobre à 7 h" in closing(
        "road test mardi 7h au terminal"
    )


def test_it_reads_a_mission_confirmed_by_phone_as_the_answer_awaited() -> None:
    # t23 "mission confirmée par téléphone demain avant midi"
    said = closing("mission confirmée par téléphone jeudi avant midi")
    assert "une réponse d'ici le jeudi 15 octobre" in said


def test_it_promises_the_candidates_own_answer_by_its_day() -> None:
    # z12 "je dois confirmer par tel demain mercredi avant midi"
    said = closing("je dois confirmer par tel jeudi avant midi")
    assert said == "Comme convenu, je vous donnerai ma réponse d'ici le jeudi 15 octobre à midi."


def test_it_reads_week_commencing_as_a_week() -> None:
    # o27 "HR round w/c 7 dec": the week of Monday 7 December, never "on Monday 7 December"
    said = closing("HR round w/c 19 oct, they'll send slot", "en")
    assert "an HR interview in the week of 19 October" in said
    assert "on Monday" not in said


def test_it_says_a_choice_of_two_days_as_a_choice() -> None:
    # o38 "then final chat with CTO, tue 1st or wed 2nd"
    said = closing("then final chat with CTO, tue 20th or wed 21st", "en")
    assert "a final interview on Tuesday 20 or Wednesday 21 October" in said
    said = closing("2e entretien mardi 20 ou mercredi 21")
    assert "un second entretien le mardi 20 ou le mercredi 21 octobre ;" in said


def test_it_never_names_again_work_already_promised() -> None:
    # o38: the take-home is promised by Friday, the next step is the interview alone
    said = closing(
        "take-home: small API due by EOD friday\nthen final chat with CTO, tue 20th", "en"
    )
    assert said.count("take-home") == 1


def test_it_confirms_a_stage_agreed_on_a_condition() -> None:
    # o09 "si le client valide → entretien chez SEB mardi 1er 10h"
    said = closing("si le client valide → entretien chez SEB mardi 20 10h")
    assert said.startswith(
        "J'ai bien noté qu'en cas de réponse favorable, la suite du recrutement passerait par "
        "un entretien le mardi 20 octobre à 10 h ;"
    )
    said = closing("if successful: final interview with the CTO fri 16th 11am", "en")
    assert "the next step would be a final interview on Friday 16 October at 11 am;" in said


def test_it_keeps_the_hour_typed_after_the_stage_over_one_typed_before() -> None:
    # o20: the test at 8 h, then the interview the same day at 10 h
    said = closing(
        "test excel à faire chez eux mardi 20 a 8h puis entretien avec le directeur de site "
        "le meme jour 10h"
    )
    assert "le mardi 20 octobre à 10 h" in said


def test_it_confirms_a_stage_after_a_two_word_condition_up_to_the_next_mark() -> None:
    # writer M: "si ok entretien chez Boiron mardi 10 ou jeudi 12 → elle me confirme l'heure"
    said = closing("si ok entretien chez Boiron mardi 20 ou jeudi 22 → elle me confirme l'heure")
    assert "passerait par un entretien le mardi 20 ou le jeudi 22 octobre ;" in said
    assert "en cas de réponse favorable" in said


def test_it_names_an_information_meeting_a_half_day_and_a_site_visit() -> None:
    said = closing("reunion d'info collective lundi 19 9h")
    assert "une réunion d'information collective le lundi 19 octobre à 9 h" in said
    said = closing(
        "venir passer une demi-journee avec Mme Dupuis mardi 20 a 14h pour voir le poste"
    )
    assert "une demi-journée avec Mme Dupuis le mardi 20 octobre à 14 h" in said
    said = closing("come see the site Monday 19th with hi-vis & boots, meet the foreman", "en")
    assert "a site visit on Monday 19 October" in said
