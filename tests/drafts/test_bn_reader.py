"""What writer BN's reader quoted and session 44 mended (issue 11): a label the note answers
"no" listed as the job's (« logement : non »), a question and its answer pasted as strengths,
« quelqu'un qui soit opérationnelle », the person replaced read as the one sought ("a handler
leaving"), a job board's title without its « de » (« cueilleur abricots »), a form named by
how it comes (« le par wetransfer »).

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.fr_sought_mood import subjunctive
from relance.drafts.titles import plain_title
from tests.drafts.factories import empty_debrief, make_ctx


def test_it_never_lists_a_label_the_note_denies() -> None:
    ctx = empty_debrief(role_understood="horaires : 10h30/19h\nlogement : non")
    assert "le logement" not in catchup_email(ctx).text


def test_it_never_lists_a_question_and_its_answer_as_strengths() -> None:
    typed = "Q: angry guest whose cabin is not ready? A: apologise, offer lounge + drink"
    text = catchup_email(empty_debrief(lang="en", strong_points=typed)).text
    assert "offer lounge" not in text


def test_it_says_the_person_sought_in_the_masculine() -> None:
    assert subjunctive("quelqu'un qui soit opérationnelle tout de suite") == (
        "quelqu'un qui soit opérationnel tout de suite"
    )
    assert subjunctive("une personne qui est opérationnelle") == (
        "une personne qui soit opérationnelle"
    )


def test_it_never_seeks_the_person_who_leaves() -> None:
    ctx = empty_debrief(lang="en", recruiter_needs="a handler leaving + growing the book")
    assert "looking for a handler leaving" not in catchup_email(ctx).text


def test_it_gives_a_trade_its_de() -> None:
    assert plain_title("Cueilleur abricots H/F", "m") == "Cueilleur d'abricots"
    assert plain_title("vendeur(se) glaces - kiosque", "f") == "vendeuse de glaces"
    assert plain_title("Conseiller clientèle", "m") == "Conseiller clientèle"


def test_it_names_the_work_sent_back_not_how_it_comes() -> None:
    process = (
        "test de retouche : 30 photos qu'elle m'envoie par wetransfer ce soir → à renvoyer "
        "avant vendredi 16 midi"
    )
    assert "le par wetransfer" not in catchup_email(make_ctx(process=process)).text


def test_it_reads_a_wish_whose_object_goes_on_with_and() -> None:
    ctx = empty_debrief(
        lang="en", motivation="I want to build a career in banking and customer experience."
    )
    assert "I would like to build a career in banking and customer experience." in (
        catchup_email(ctx).text
    )
    drive = empty_debrief(lang="en", motivation="I want to drive and the money")
    assert "drive and the money" not in catchup_email(drive).text
