"""Every piece the catch-up writes from a note, sentence or marked place, passes the private
screen; a private piece is left out and listed to the candidate with its reason."""

from dataclasses import replace

from relance.drafts import catchup_email
from relance.drafts.privacy import reason
from relance.drafts.settled import part_preview
from tests.drafts.factories import make_ctx


def _left(ctx: object) -> dict[str, str]:
    draft = catchup_email(ctx)  # type: ignore[arg-type]
    return {left.text: left.reason for left in draft.left_out}


def test_it_screens_a_note_as_the_email_reads_it() -> None:
    # Typed "absent(e)s", read "absents": the piece written is screened, not only the note.
    ctx = make_ctx(role_understood="service midi et soir\nserveur(se)s absent(e)s chaque week-end")
    text = catchup_email(ctx).text
    assert "absent" not in text
    assert _left(ctx)["serveur(se)s absent(e)s chaque week-end"] == "site"


def test_it_keeps_a_confidence_on_staff_leaving_out_of_the_marked_place() -> None:
    ctx = make_ctx(role_understood="service midi et soir\nils ont du mal à garder les gens")
    text = catchup_email(ctx).text
    assert "garder les gens" not in text
    assert _left(ctx)["ils ont du mal à garder les gens"] == "site"


def test_it_leaves_out_the_accidents_the_recruiter_confided() -> None:
    ctx = make_ctx(
        expectations="former les commis\nbeaucoup de gens partent, deux accidents cette année"
    )
    text = catchup_email(ctx).text
    assert "accident" not in text
    assert "partent" not in text
    assert "former les commis" in text


def test_it_keeps_turnover_and_accidents_named_as_tasks() -> None:
    ctx = make_ctx(expectations="gestion du turnover\nprévention des accidents du travail")
    text = catchup_email(ctx).text
    assert "la gestion du turnover et la prévention des accidents du travail" in text
    assert reason("accident du travail", "fr") == ""
    assert reason("managing staff turnover", "en") == ""


def test_it_leaves_out_an_insult_about_the_employer() -> None:
    ctx = make_ctx(motivation="quitter l'usine\nune maison réputée")
    text = catchup_email(ctx).text
    assert "usine" not in text
    assert _left(ctx)["quitter l'usine"] == "employer"


def test_it_leaves_out_self_criticism_and_a_licence_suspension() -> None:
    ctx = make_ctx(strong_points="mon expérience\nj'ai perdu mes moyens sur le stock")
    assert _left(ctx)["j'ai perdu mes moyens sur le stock"] == "self"
    assert reason("permis suspendu jusqu'en mars", "fr") == "personal"


def test_it_leaves_out_soul_destroying_retail_in_english() -> None:
    ctx = replace(
        make_ctx(),
        lang="en",
        strong_points="my barista experience",
        motivation="retail was soul destroying\nlove coffee",
    )
    text = catchup_email(ctx).text
    assert "soul" not in text
    assert _left(ctx)["retail was soul destroying"] == "employer"
    assert reason("my licence is suspended until May", "en") == "personal"
    assert reason("they had two accidents this year", "en") == "site"


def test_it_never_says_with_the_role_an_expectation_left_out() -> None:
    ctx = make_ctx(expectations="former les commis\nserveur(se)s absent(e)s le dimanche")
    preview = part_preview(ctx, "role_understood")
    assert "absent" not in preview.sentence
    assert "absent" not in catchup_email(ctx).text


def test_it_raises_no_alarm_on_job_content() -> None:
    for note in (
        "gestion des absences",
        "objectif zéro accident",
        "plus de points de vente",
        "saucisse sèche",
        "surveillant dans une prison",
        "travail en usine",
    ):
        assert reason(note, "fr") == "", note
    for note in ("speeding up checkout", "staff leave requests", "reporting accidents"):
        assert reason(note, "en") == "", note
