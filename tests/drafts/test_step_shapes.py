"""The closing reads whose step a note gives and what kind of day (writer R's reading,
session 20): the candidate's answer, a callback on one of two days, a delay that runs from
something not yet sent, "next friday" typed mid-week, a stage named by a meeting or an
exercise, and "nothing set"."""

from __future__ import annotations

from datetime import date, datetime

from relance.drafts.next_steps import sentence
from tests.drafts.factories import PARIS, make_ctx

MARKED_EN = "[to fill in"
MARKED_FR = "[à compléter"


def closing(process: str, lang: str = "fr", **overrides: object) -> str:
    # make_ctx: interview on Tuesday 13 October 2026, sent the next day
    return sentence(make_ctx(lang=lang, process=process, **overrides)).replace("\u00a0", " ")


def test_it_says_the_answer_is_the_candidates_when_typed_de_ma_part() -> None:
    said = closing("réponse de ma part pour le vendredi 16 octobre")
    assert "je vous donnerai ma réponse d'ici le vendredi 16 octobre" in said
    assert "vous me donneriez" not in said


def test_it_says_a_callback_on_one_of_two_days_with_both_days() -> None:
    said = closing("elle me rappelle lundi 19 ou mardi 20")
    assert "vous me rappelleriez le lundi 19 ou le mardi 20 octobre" in said
    assert "réponse d'ici" not in said
    en = closing("she'll call me mon 19th or tue 20th", "en")
    assert "Monday 19 or Tuesday 20 October" in en


def test_it_reads_a_first_of_the_month_in_a_choice_of_two_days() -> None:
    late = closing("il me rappelle samedi 31 ou dimanche 1er")
    assert "le samedi 31 octobre ou le dimanche 1er novembre" in late


def test_it_computes_no_day_for_a_delay_from_a_link_not_yet_sent() -> None:
    said = closing("HR will send an assessment link (case study) → complete within 48h", "en")
    assert "Thursday" not in said and "October" not in said
    sent = closing("he sends the case study, back within 3 days", "en")
    assert "October" not in sent


def test_it_reads_no_day_from_next_friday_typed_on_a_tuesday() -> None:
    said = closing('offer "subject to references" by next friday', "en")
    assert "October" not in said
    assert MARKED_EN in said
    # typed on a Saturday, only one Friday can be meant
    saturday = datetime(2026, 10, 17, 10, 30, tzinfo=PARIS)
    sat = closing(
        "decision by next friday", "en", interview_at=saturday, send_on=date(2026, 10, 19)
    )
    assert "Friday 23 October" in sat


def test_it_says_an_offer_awaited_as_a_decision() -> None:
    said = closing("offer by fri 16th", "en")
    assert "a decision by Friday 16 October" in said
    assert "expect an answer" not in said


def test_it_names_a_stage_met_or_exercised_with_its_day_and_hour() -> None:
    fr = closing("binome avec une collegue lundi 19 a 8h30 a l'antenne")
    assert "un binôme avec une collègue le lundi 19 octobre à 8 h 30" in fr
    bench = closing("bench exercise on site mon oct 19 at 1pm (pipetting)", "en")
    assert "a bench exercise on Monday 19 October at 1 pm" in bench
    meet = closing("meet the PM on their site wed 21 oct 7am, bring PPE", "en")
    assert "a meeting with the PM on Wednesday 21 October at 7 am" in meet


def test_it_asks_when_the_notes_say_nothing_was_set() -> None:
    said = closing('she\'ll "circle back" w/ hiring mgr, nothing set', "en")
    assert said == "Could you let me know what the next steps will be?"
    assert "Pourriez-vous" in closing("il en parle à son n+1, rien de fixé")


def test_it_hands_back_a_stage_on_an_unsure_next_saturday() -> None:
    said = closing("trial shift next saturday 9-1, then decision", "en")
    assert MARKED_EN in said and "January" not in said
    # "next Monday" typed on a Tuesday can only be the coming one
    assert "Monday 19 October" in closing("trial shift next monday 9am", "en")


def test_it_still_dates_work_handed_back_through_a_link() -> None:
    said = closing("test technique envoyé ce soir, a renvoyer avant lundi 19 via lien github")
    assert "lundi 19 octobre" in said


def test_it_says_a_call_on_one_day_as_a_call() -> None:
    # writer U's u19: never « vous me donneriez une réponse d'ici le vendredi 27 novembre »
    said = sentence(make_ctx(process="ils m'appellent vendredi 16 en fin de journée"))
    assert "vous me rappelleriez le vendredi 16 octobre" in said


def test_it_thanks_for_an_offer_and_promises_the_answer_by_the_day_given() -> None:
    said = closing("offre faite, elle me laisse jusqu'au lundi 19 octobre 18h pour répondre")
    assert "Je vous remercie pour votre proposition" in said
    assert "je vous donnerai ma réponse d'ici le lundi 19 octobre à 18 h" in said
    en = closing("verbal offer at the end\nneed to give my answer by fri 16 oct 5pm", "en")
    assert "Thank you for your offer" in en
    assert "I will give you my answer by Friday 16 October at 5 pm" in en


def test_it_promises_the_answer_without_thanks_when_no_offer_is_made() -> None:
    en = closing("they gave me until mon 19th to decide on the second round", "en")
    assert "I will give you my answer by Monday 19 October" in en
    assert "Thank you for your offer" not in en


def test_it_reads_a_video_interview_a_test_of_any_name_and_a_glossed_stage() -> None:
    visio = closing("entretien visio avec le desk à Paris lundi 19 octobre 10h heure d'Abidjan")
    assert "un entretien en visioconférence le lundi 19 octobre à 10 h" in visio
    test = closing("test paie sur Excel jeudi 15 à 10h à l'agence de Grenoble")
    assert "un test le jeudi 15 octobre à 10 h" in test
    shift = closing("stage (trial shift) friday 16 oct 2pm through dinner service", "en")
    assert "a trial shift on Friday 16 October at 2 pm" in shift
    video = closing("video interview with the director thu 15th 9am", "en")
    assert "a video interview on Thursday 15 October at 9 am" in video


def test_it_reads_a_meeting_with_hr_and_brings_the_documents_to_it() -> None:
    said = closing("rdv jeudi 15/10 14h RH gare: amener carte pro, RIB\nvisite médicale après")
    assert "un rendez-vous avec les ressources humaines le jeudi 15 octobre à 14 h" in said
    from relance.drafts.handover import stage

    assert stage("rdv jeudi 15/10 14h RH gare: amener RIB", [], "fr") == (
        "lors du rendez-vous avec les ressources humaines"
    )


def test_it_says_the_call_the_candidate_makes_never_an_answer_awaited_that_day() -> None:
    said = closing("je dois les rappeler moi-même jeudi\nréponse après les vacances de Noël")
    assert "je vous appellerai le jeudi 15 octobre" in said
    assert "réponse d'ici" not in said
    en = closing("I have to call them back thurs 15th in the morning", "en")
    assert "I will call you on Thursday 15 October in the morning" in en


def test_it_says_an_answer_after_a_holiday_still_ahead() -> None:
    said = closing("réponse après les vacances de Noël")
    assert "une réponse après les vacances de Noël" in said
    en = closing("they said they'd let me know after christmas", "en")
    assert "an answer after Christmas" in en
    january = closing(
        "réponse après les vacances de Noël",
        interview_at=datetime(2027, 1, 5, 10, tzinfo=PARIS),
        send_on=date(2027, 1, 6),
    )
    assert "Noël" not in january


def test_it_reads_a_call_by_a_day_as_an_answer_by_then() -> None:
    said = closing("elle me rappelle dans tous les cas avant le 16")
    assert "une réponse d'ici le vendredi 16 octobre" in said
    en = closing("they'll call me either way by the 16th", "en")
    assert "an answer by Friday 16 October" in en


def test_it_reads_job_shadowing_and_noon_as_a_deadline_hour() -> None:
    en = closing("job shadowing half-day thurs 15th afternoon", "en")
    assert "a job shadowing session on Thursday 15 October" in en
    said = closing("elle m'envoie un cas pratique à rendre pour lundi 19 midi")
    assert "d'ici le lundi 19 octobre à midi" in said


def test_it_reads_a_presentation_to_the_agencys_client_as_a_stage() -> None:
    said = closing("présentation au client jeudi 15 octobre à 10h sur site")
    assert "une présentation au client le jeudi 15 octobre à 10 h" in said


def test_it_says_the_candidates_own_call_even_when_the_screen_keeps_the_note_out() -> None:
    said = closing("je dois les rappeler moi-meme jeudi 15 apres 14h pour savoir si je passe")
    assert "je vous appellerai le jeudi 15 octobre après 14 h" in said
    en = closing("i need to call him back on thursday once i've checked my notice period", "en")
    assert "I will call you on Thursday 15 October" in en


def test_it_reads_an_answer_before_a_holiday_a_final_loop_and_a_three_letter_day() -> None:
    assert "une réponse avant les vacances de Noël" in closing("réponse avant les vacances de Noël")
    assert "an answer before Christmas" in closing("answer before xmas", "en")
    loop = closing("loop final (4 entretiens) lundi 19/10 a 14h en visio")
    assert "un dernier tour d'entretiens le lundi 19 octobre à 14 h" in loop
    assert "Friday 16 October" in closing("they'll ring me fri", "en")


def test_it_never_confirms_a_stage_typed_with_its_condition_after_it() -> None:
    said = closing("shadow shift monday 19th 8am if references ok", "en")
    assert "You told me the next step would be" not in said


def test_it_reads_an_answer_on_one_of_two_weekdays_by_the_later() -> None:
    assert "réponse d'ici le mardi 20 octobre" in closing("reponse lundi ou mardi")
    assert "réponse d'ici le mardi 20 octobre" in closing("reponse lundi ou mardi prochain")


def test_it_reads_no_time_of_day_in_the_pronoun_and_its_verb() -> None:
    en = closing("I am to call him back on thursday", "en")
    assert "I will call you on Thursday 15 October to hear" in en
    assert "in the morning" in closing("I'll ring her thurs 15th 10am", "en")


def test_it_reads_a_reply_the_candidate_owes_with_what_it_carries() -> None:
    # writer AD's ad25: "expect an answer on the next steps by Friday" reversed the step
    said = closing("revert by friday with my availability", "en")
    assert "As agreed, I will send you my availability by Friday 16 October." in said
    assert "expect an answer" not in said


def test_it_reads_a_call_set_for_a_day_as_a_call_not_a_decision() -> None:
    said = closing("call friday 11 am to talk offer", "en")  # writer AD's ad29
    assert "a call is planned for Friday 16 October" in said
    assert "decision" not in said


def test_it_reads_a_callback_on_a_dated_day_or_a_weekday_typed_alone() -> None:
    said = closing("he will ring me monday nineteen or tuesday", "en")  # writer AD's ad35
    assert "Monday 19 or Tuesday 20 October" in said
    assert "expect an answer" not in said
