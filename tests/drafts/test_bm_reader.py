"""What writer BM's reader quoted and session 44 mended (issue 11): the panel read as strong
points ("I was able to highlight MD"), « quelqu'un de sérieuse », a callback due on the sending
day handed back, tests listed before their day, "we'll see" closed as steps agreed, a paper
brought to the agency of the next line, a plus inside what was liked, a claim typed after its
object (« travail en hauteur aucun souci »), a state read as a reason, "X not needed".

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email, next_steps
from relance.drafts.en_required import required
from relance.drafts.languages import spoken
from relance.drafts.quality import fr_quality
from tests.drafts.factories import empty_debrief, handed_back, make_ctx


def test_it_leaves_the_panel_out_of_the_strong_points() -> None:
    ctx = empty_debrief(lang="en", strong_points="panel: MD, HR director, group ops director")
    text = catchup_email(ctx).text
    assert "highlight MD" not in text and "HR director" not in text
    liked = catchup_email(empty_debrief(lang="en", strong_points="panel: loved my portfolio"))
    assert "portfolio" in liked.text or handed_back(liked, "strong_points")


def test_it_says_languages_typed_in_a_row_with_their_fluency() -> None:
    assert (
        spoken("polish english russian all fluent", "en") == "my fluent Polish, English and Russian"
    )
    assert spoken("anglais courant", "fr") == ""
    assert spoken("anglais espagnol courants", "fr") == (
        "ma pratique courante de l'anglais et de l'espagnol"
    )


def test_it_puts_a_listed_quality_in_the_masculine_after_quelquun() -> None:
    assert fr_quality("sérieuse, à l'aise avec les propriétaires") == (
        "sérieux, à l'aise avec les propriétaires"
    )
    ctx = make_ctx(expectations="sérieuse, à l aise avec les propriétaires")
    assert "quelqu'un de sérieuse" not in catchup_email(ctx).text


def test_it_says_a_callback_due_on_the_sending_day() -> None:
    ctx = make_ctx(process="il me rappelle demain soir")
    assert "vous me rappelleriez aujourd'hui" in next_steps.sentence(ctx)


def test_it_reads_tests_listed_before_their_day_as_a_stage() -> None:
    ctx = make_ctx(process="tests anglais + lecture image X lundi 9h30 au centre de formation")
    assert "des tests le lundi 19 octobre à 9\u00a0h\u00a030" in next_steps.sentence(ctx)
    final = make_ctx(lang="en", process="final with group CEO Tuesday 27th in London")
    assert "a final interview on Tuesday 27 October" in next_steps.sentence(final)


def test_it_asks_the_next_steps_when_nothing_was_decided() -> None:
    ctx = make_ctx(process="il doit en parler avec son père (le patron) on verra")
    assert "Pourriez-vous m'indiquer comment se déroule la suite" in next_steps.sentence(ctx)


def test_it_brings_a_paper_to_the_day_its_own_line_names() -> None:
    process = (
        "journée d accueil sécurité lundi 19 à 7h30 au poste de garde, apporter CNI\n"
        "test CACES 3 à programmer par l agence fin octobre"
    )
    text = catchup_email(make_ctx(process=process, agency_client="Arkema")).text
    assert "lors de la journée d'accueil" in text
    assert "passage à l'agence" not in text


def test_it_keeps_the_objects_of_what_was_liked_together() -> None:
    ctx = empty_debrief(lang="en", strong_points="he liked I have hazmat + tanker endorsements")
    assert "liked that I have hazmat and tanker endorsements" in catchup_email(ctx).text


def test_it_hands_back_a_claim_typed_after_its_object() -> None:
    ctx = empty_debrief(strong_points="travail en hauteur aucun souci")
    assert "mon travail en hauteur aucun souci" not in catchup_email(ctx).text


def test_it_never_reads_a_state_as_a_reason() -> None:
    ctx = empty_debrief(motivation="frontalière déjà, le lux c est le plus dynamique")
    assert "c'est une frontalière" not in catchup_email(ctx).text


def test_it_leaves_a_requirement_denied_as_typed() -> None:
    assert required("Arabic not needed") is None
    assert required("Welsh language desirable") == "the Welsh language is desirable"
