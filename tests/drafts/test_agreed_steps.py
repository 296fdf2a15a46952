"""The catch-up says what was agreed on the next steps, and asks only when nothing was."""

from __future__ import annotations

from datetime import date

from relance.drafts import catchup_email
from relance.drafts.next_steps import sentence
from relance.tone import check
from tests.drafts.factories import make_ctx

ASK_FR = "Pourriez-vous m'indiquer comment se déroule la suite du recrutement ?"
ASK_EN = "Could you let me know what the next steps will be?"
NOTED_FR = (
    "J'ai bien pris note des prochaines étapes du recrutement et reste à votre disposition "
    "pour toute précision."
)
NOTED_EN = "I have noted the next steps of the process and look forward to hearing from you."


def closing(process: str, lang: str = "fr", **overrides: object) -> str:
    return sentence(make_ctx(lang=lang, process=process, **overrides)).replace("\u00a0", " ")


def test_it_never_asks_when_a_step_was_agreed() -> None:
    assert closing("dossier en cours de validation") == NOTED_FR
    assert closing("references to be checked", "en") == NOTED_EN


def test_it_asks_when_nothing_was_agreed() -> None:
    assert closing("") == ASK_FR
    assert closing("", "en") == ASK_EN


def test_it_asks_when_the_process_holds_only_reminders_to_self() -> None:
    assert closing("penser à demander les horaires du dimanche") == ASK_FR
    assert closing("keep references ready\nask about parking?", "en") == ASK_EN


def test_it_reads_a_second_stage_online_as_an_assessment_not_an_interview() -> None:
    said = closing("second stage: short assessment online, link this week", "en")
    assert "an online assessment" in said
    assert "interview" not in said


def test_it_reads_an_online_test_in_french() -> None:
    said = closing("test Excel en ligne à faire avant jeudi")
    assert "le test en ligne" in said
    assert "entretien" not in said


def test_it_never_reads_a_final_answer_as_a_final_interview() -> None:
    said = closing("drug screen next week\nfinal answer by end of the month", "en")
    assert "interview" not in said
    assert "a drug screen" in said


def test_it_reads_a_final_round_as_a_final_interview() -> None:
    assert "a final interview" in closing("final round w/ VP Sales next week", "en")


def test_it_reads_referee_checks_as_such() -> None:
    said = closing("referee checks this week, then outcome by email", "en")
    assert "reference checks" in said
    assert "?" not in said


def test_it_leaves_a_maybe_stage_unconfirmed() -> None:
    said = closing("will call by thursday 15th w/ feedback\nmaybe 2nd round onsite", "en")
    assert "second interview" not in said
    assert "Thursday 15 October" in said


def test_it_leaves_the_day_to_the_call_that_sets_it() -> None:
    said = closing("entrevue 2 la semaine prochaine, elle appelle pour la date")
    assert "vous reviendriez vers moi afin d'organiser un second entretien" in said
    assert "semaine du" not in said


def test_it_thanks_for_an_informal_offer_and_asks_nothing() -> None:
    said = closing("informal ok at the end, formal offer subject to DBS", "en")
    assert said.startswith("Thank you for your confidence in me")
    assert "confirm my strong interest" not in said  # writer AW's aw28: said twice with the body's
    assert "?" not in said


def test_it_confirms_the_contract_and_the_start_agreed() -> None:
    said = closing("Solène envoie le contrat par mail d'ici vendredi\ndébut prévu lundi 2 novembre")
    assert said == (
        "Je suis sensible à la confiance que vous me témoignez. J'ai bien noté l'envoi du "
        "contrat d'ici le vendredi 16 octobre et mon arrivée le lundi 2 novembre ; je reste à "
        "votre disposition d'ici là."
    )


def test_it_confirms_a_start_offered_if_the_candidate_is_keen() -> None:
    assert "a start on Monday 2 November" in closing("start 2 Nov if keen", "en")


def test_it_confirms_a_contract_to_sign_in_a_week() -> None:
    said = closing("signature du contrat avec le patron la semaine du 26")
    assert "la signature du contrat la semaine du 26 octobre" in said
    assert "visite médicale" not in said


def test_it_never_presumes_a_start_that_hangs_on_a_yes() -> None:
    said = closing("réponse de l'agence jeudi\nsi ok : début lundi 19/10, signer le contrat")
    assert "confiance" not in said
    assert "prise de poste" not in said


def test_it_never_presumes_an_offer_still_to_come() -> None:
    for process in (
        "offers go out by Fri 23 Oct\nstart date January",
        "conditional offer likely by end of next week",
        "they'll call by Friday 16th with an offer or not",
    ):
        assert "Thank you for your confidence in me" not in closing(process, "en")


def test_it_never_takes_a_wished_start_for_an_agreed_one() -> None:
    said = closing("réponse sous 15 jours\nprise de poste souhaitée le 2 novembre")
    assert "confiance" not in said
    assert "quinze jours" in said


def test_it_never_writes_a_start_already_past() -> None:
    said = closing("start 2 Nov if keen", "en", send_on=date(2026, 11, 3))
    assert "2 November" not in said
    assert "Thank you for your confidence in me" in said


def test_it_credits_no_one_with_an_agency_s_steps() -> None:
    process = "Sandra rappelle jeudi ou vendredi pour la réponse du client"
    said = closing(process, agency_client="Logistique Rhénane SAS")
    assert said.startswith("J'ai bien noté qu'une réponse est prévue d'ici le vendredi 16 octobre")
    assert "Vous m'avez indiqué" not in said


def test_it_credits_the_recruiter_met_without_an_agency() -> None:
    said = closing("elle me rappelle jeudi ou vendredi pour la réponse")
    assert said.startswith(
        "Vous m'avez indiqué que vous me donneriez une réponse d'ici le vendredi 16 octobre"
    )


def test_it_credits_no_one_with_an_agency_s_steps_in_english() -> None:
    said = closing("agency will update by tues 20 oct", "en", agency_client="AeroLink")
    assert said.startswith("I have noted that an answer on the next steps is expected by Tuesday")
    assert "You told me" not in said


def test_it_acknowledges_a_step_of_the_candidate_as_a_document_and_asks_nothing() -> None:
    text = catchup_email(make_ctx(process="envoyer copie des CACES")).text
    assert "la copie de mes CACES" in text
    assert "?" not in text.split("\n\n")[-2]


def test_it_asks_when_the_process_holds_only_private_lines() -> None:
    assert closing("salaire il a dit 2000 net, je veux 2150") == ASK_FR


def test_it_never_quotes_a_private_line_among_agreed_steps() -> None:
    said = closing("salaire il a dit 2000 net\nils me rappellent")
    assert "2000" not in said and "vous reviendriez vers moi" in said


def test_it_asks_when_the_notes_say_nothing_was_agreed() -> None:
    assert closing("didnt get to ask, they ran out of time", "en") == ASK_EN
    assert closing("pas eu le temps de demander, rien dit sur la suite") == ASK_FR


def test_it_reads_a_final_panel_and_an_experience_day() -> None:
    assert "a final panel interview" in closing("final panel with HR director", "en")
    assert "an experience day on Friday 16 October" in closing("experience day friday 7am", "en")


def test_it_confirms_no_stage_that_hangs_on_a_condition() -> None:
    said = closing("if placed on panel: medical forms will follow", "en")
    assert "medical" not in said
    assert said == NOTED_EN


def test_it_writes_closings_the_tone_guard_reads_as_no_demand() -> None:
    cases = (
        (
            "fr",
            "Solène envoie le contrat par mail d'ici vendredi\ndébut prévu lundi 2 novembre",
            "",
        ),
        ("en", "2nd interview on the 21st\nanswer by Friday 16th", "AeroLink"),
        ("fr", "2e entretien mardi 20/10\nréponse vendredi 23", "Onet"),
        ("en", "start 2 Nov if keen", ""),
    )
    for lang, process, client in cases:
        said = closing(process, lang, agency_client=client)
        found = check(said, lang=lang, kind="catchup").findings
        assert [f.category for f in found if f.category != "concreteness"] == [], said


def test_it_confirms_the_day_offers_go_out_as_the_answer_awaited() -> None:
    said = closing("offers go out by Fri 23 Oct\nif offered: right to work docs", "en")
    # an offer awaited is a decision, never presumed (writer R's r34)
    assert said.startswith("You told me to expect a decision by Friday 23 October")


def test_it_never_thanks_for_confidence_after_a_start_day_alone() -> None:
    for process in ("training starts 30 Nov", "induction group starts Monday 16th"):
        said = closing(process, "en")
        assert "confidence" not in said and "strong interest" not in said


def test_it_never_reads_an_offer_maybe_as_given() -> None:
    for process in ("references this week, then verbal offer maybe", "job offer possibly"):
        assert "confidence" not in closing(process, "en")


def test_it_still_thanks_for_an_offer_given() -> None:
    said = closing("verbal offer made today, start Monday 16 November", "en")
    assert "Thank you for your confidence in me" in said


def test_it_gives_the_candidate_the_day_to_return_a_contract_sent_to_sign() -> None:
    said = closing("il envoie le contrat à signer et retourner avant jeudi\ndébut lundi 2/11")
    # session 18: the form sent with no "me" typed is promised back (returned.py)
    assert "Je vous retournerai le contrat signé d'ici le jeudi 15 octobre" in said
    assert "l'envoi du contrat" not in said
    said = closing("elle envoie la promesse d'embauche à signer d'ici vendredi\ndébut lundi 2/11")
    assert "la signature de la promesse d'embauche d'ici le vendredi 16 octobre" in said


def test_it_confirms_an_answer_due_by_a_part_of_a_month() -> None:
    said = closing("elle me rappelle d'ici mi-novembre pour me dire")
    assert "vous me donneriez une réponse d'ici la mi-novembre ;" in said
    assert "prochaines étapes" not in closing("réponse fin du mois")
