"""What writer AV's reader quoted and session 37 mended (issue 11): an offer to answer "till
next Wednesday to say yes" read as the recruiter's decision, the interviewers typed as a
strong point (« mettre en avant la présidente bénévole et la responsable de secteur »), the
agency spoken of to the agency (« l'agence a validé mon profil »), a benefit as the reason
("medical aid"), « l'équipe de Macif », « soudeur tig ».

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.company_names import fr_company_of
from relance.drafts.privacy import reason
from relance.drafts.text import calm_capitals
from tests.drafts.factories import empty_debrief, handed_back, make_ctx


def test_it_reads_days_to_say_yes_to_an_offer_as_mine() -> None:
    process = "she's emailing the offer this arvo, I've got till Wednesday 21 to say yes"
    written = catchup_email(make_ctx(lang="en", process=process)).text
    assert "I will give you my answer by Wednesday 21 October" in written
    assert "expect a decision" not in written


def test_it_never_puts_the_interviewers_forward_as_a_strong_point() -> None:
    note = "2 personnes : la présidente bénévole et la responsable de secteur"
    written = catchup_email(empty_debrief(strong_points=note))
    assert "mettre en avant la présidente" not in written.text


def test_it_hands_back_the_agency_spoken_of_and_keeps_the_rest_of_the_note() -> None:
    note = "l'agence a validé mon profil, 10 ans en plasturgie sur presse"
    written = catchup_email(empty_debrief(strong_points=note, company="Synergie"))
    assert "l'agence a validé" not in written.text
    assert "10 ans d'expérience en plasturgie" in written.text.replace("\u00a0", " ")
    assert note in handed_back(written, "strong_points")


def test_it_keeps_a_benefit_given_as_a_reason_out() -> None:
    assert reason("medical aid", "en") == "salary"
    assert reason("mutuelle d'entreprise", "fr") == "salary"
    assert reason("Harmonie Mutuelle", "fr") == ""


def test_it_gives_a_mutual_insurer_its_article() -> None:
    assert fr_company_of("Macif") == "de la Macif"
    assert fr_company_of("Orange") == "d'Orange"


def test_it_keeps_a_trade_acronym_in_capitals_in_a_shouted_title() -> None:
    assert calm_capitals("SOUDEUR TIG (H/F)") == "soudeur TIG (H/F)"
    assert calm_capitals("J'AI GERE 25 CONSEILLERS") == "j'ai gere 25 conseillers"


def test_it_writes_an_infinitive_s_negation_with_ne() -> None:
    from relance.drafts.fr_slips import mended

    assert (
        mended("et pas avoir peur de porter des pots") == "et ne pas avoir peur de porter des pots"
    )
    assert mended("il veut pas travailler") == "il veut pas travailler"
    assert mended("pas de souci") == "pas de souci"


def test_it_never_seeks_a_department() -> None:
    note = "un rayon rando qui a perdu du CA, elle veut quelqu'un de passionné"
    assert "vous recherchez un rayon" not in catchup_email(empty_debrief(recruiter_needs=note)).text


def test_it_never_puts_an_answer_given_at_the_interview_forward() -> None:
    note = "bonne réponse sur la gestion de l'attente en agence"
    assert "ma bonne réponse" not in catchup_email(empty_debrief(strong_points=note)).text


def test_it_promises_no_cv_named_as_where_the_gap_is() -> None:
    # writer AW's aw24: « elle m'a demandé le trou sur le CV » was « je vous transmets mon CV »
    from relance.drafts.document_requests import split

    assert split(["elle m'a demandé le trou sur le CV"], "fr")[1] == []
    assert split(["elle m'a demandé mon CV"], "fr")[1] != []


def test_it_promises_no_paper_named_as_a_test_s_subject() -> None:
    # writer AW's aw40: "technical test on AD/M365 to send back" was "I will send you my M365"
    from relance.drafts.document_requests import split

    assert split(["technical test on AD/M365 to send back by Friday"], "en")[1] == []
    assert split(["bring ID to the test on Monday"], "en")[1] != []
