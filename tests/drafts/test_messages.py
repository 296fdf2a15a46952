import html
import re
from collections.abc import Callable
from datetime import date

import pytest

from relance.drafts import (
    Draft,
    DraftContext,
    call_script,
    catchup_email,
    feedback_request_email,
    followup_email,
    thankyou_email,
    voicemail,
)
from relance.drafts.compose import WORD_LIMITS
from relance.drafts.text import count_words
from tests.drafts.factories import empty_debrief, make_ctx

WRITERS = (catchup_email, followup_email, thankyou_email, feedback_request_email, voicemail)
Writer = Callable[[DraftContext], Draft]


def visible_text(page: str) -> str:
    body = page.split("<body", 1)[1].split(">", 1)[1].split("</body>")[0]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def test_it_writes_the_catchup_from_the_debrief() -> None:
    draft = catchup_email(make_ctx())
    assert draft.text.startswith("Bonjour Madame Durand,\n\n")
    assert "notre entretien d'hier" in draft.text
    assert "mon expérience de deux ans en brasserie" in draft.text
    assert "capable de gérer le rush du midi" in draft.text
    assert "ma motivation pour rejoindre l'équipe de la Brasserie Lipp" in draft.text
    assert draft.text.endswith("Bien cordialement,\nLéa Martin\n06 12 34 56 78\n")
    assert draft.approvable


def test_it_shows_a_placeholder_for_each_missing_part() -> None:
    draft = catchup_email(empty_debrief())
    assert draft.placeholders == (
        "strong_points",
        "recruiter_needs",
        "role_understood",
        "expectations",
        "motivation",
    )
    assert "[à compléter\u00a0: vos points forts de l'entretien]" in draft.text
    assert not draft.approvable


def test_it_drops_a_part_the_candidate_removed() -> None:
    draft = catchup_email(
        empty_debrief(
            removed_parts=frozenset(
                {"strong_points", "role_understood", "expectations", "recruiter_needs"}
            ),
            motivation="la cuisine du marché",
        )
    )
    assert draft.approvable
    assert "compléter" not in draft.text
    assert "points forts" not in draft.text


def test_it_does_not_say_hier_three_days_later() -> None:
    draft = followup_email(make_ctx(send_on=date(2026, 10, 16)))
    assert "hier" not in draft.text
    assert "un entretien mardi." in draft.text


def test_it_names_the_date_after_a_week() -> None:
    draft = followup_email(make_ctx(send_on=date(2026, 10, 20)))
    assert "un entretien le 13 octobre." in draft.text
    assert draft.subject == "Candidature au poste de chef de rang – entretien du 13 octobre"


def test_it_asks_one_question_in_a_followup() -> None:
    draft = followup_email(make_ctx(send_on=date(2026, 10, 20)))
    assert draft.text.count("?") == 1
    assert "Pourriez-vous me dire où en est votre réflexion\u00a0?" in draft.text


def test_it_recalls_a_postponed_date() -> None:
    draft = followup_email(make_ctx(send_on=date(2026, 11, 5), new_date=date(2026, 11, 2)))
    assert "reportée au lundi 2 novembre" in draft.text


def test_it_asks_nothing_in_a_thankyou() -> None:
    ctx = make_ctx(decision_date=date(2026, 10, 23), process="deuxième entretien avec le chef")
    draft = thankyou_email(ctx)
    assert "?" not in draft.text
    said = "un second entretien, avec une réponse d'ici le vendredi 23 octobre ; je reste"
    assert said in draft.text.replace("\u00a0", " ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_asks_one_brief_question_after_a_refusal(lang: str) -> None:
    draft = feedback_request_email(make_ctx(lang=lang, contact_last_name="O'Connor"))
    assert draft.kind == "feedback_request" and draft.approvable
    assert draft.text.count("?") == 1
    assert ("O'Connor" in draft.text) and count_words(draft.text) <= 100
    assert ("candidature" if lang == "fr" else "application") in draft.text


def test_it_greets_without_civility() -> None:
    assert catchup_email(make_ctx(contact_civility="")).text.startswith("Bonjour Claire Durand,")
    assert followup_email(make_ctx(contact_civility="", contact_first_name="")).text.startswith(
        "Bonjour,\n"
    )
    assert followup_email(make_ctx(contact_last_name="")).text.startswith("Bonjour Madame,\n")


def test_it_greets_in_english() -> None:
    draft = followup_email(
        make_ctx(lang="en", contact_civility="monsieur", send_on=date(2026, 10, 14))
    )
    assert draft.text.startswith("Dear Mr Durand,\n")
    assert "for which we had an interview yesterday." in draft.text


def test_it_scripts_the_call_as_the_article() -> None:
    script = call_script(make_ctx(send_on=date(2026, 10, 21)))
    assert script.opener == (
        "Bonjour Madame Durand, Léa Martin à l'appareil. Nous avons eu un entretien le 13 octobre "
        "pour le poste de chef de rang. Ce poste m'intéresse beaucoup. "
        "Pourriez-vous me dire où en est votre réflexion\u00a0?"
    )
    assert set(script.answers) == {"not_decided", "not_selected", "call_back_later", "send_email"}
    assert "c.durand@brasserie-lipp.example" in script.answers["send_email"]
    assert script.text.startswith(script.opener)


def test_it_leaves_the_number_twice_on_voicemail() -> None:
    draft = voicemail(make_ctx())
    assert draft.text.count("06 12 34 56 78") == 2
    assert count_words(draft.text) <= WORD_LIMITS["voicemail"]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("writer", WRITERS)
def test_it_says_the_same_in_html_and_text(writer: Writer, lang: str) -> None:
    draft = writer(make_ctx(lang=lang))
    assert visible_text(draft.html) == " ".join(draft.text.split())


def test_it_escapes_html_typed_in_the_notes() -> None:
    # In English, where "joining Marks & Spencer" needs no article: the name is written (a
    # French frame would say "votre équipe", `gate.company_certain`).
    draft = catchup_email(
        make_ctx(
            lang="en",
            company="Marks & Spencer",
            strong_points='<b onmouseover="x">gras</b> & <i>co</i>',
        )
    )
    assert "<b " not in draft.html
    assert "<i>" not in draft.html
    assert "&amp;" in draft.html


@pytest.mark.parametrize("writer", WRITERS)
def test_it_trims_very_long_notes_within_the_limit(writer: Writer) -> None:
    long_note = "\n".join(
        f"- point numéro {n}, avec un détail, puis un autre détail" for n in range(80)
    )
    parts = ("strong_points", "recruiter_needs", "role_understood", "expectations", "motivation")
    ctx = make_ctx(**{part: long_note for part in parts}, process=long_note)
    draft = writer(ctx)
    assert count_words(draft.text) <= WORD_LIMITS[draft.kind]
    kept = " ".join([draft.text, *(item.text for item in getattr(draft, "review", ()))])
    assert "point numéro 0" in kept or draft.kind in (
        "followup",
        "feedback_request",
        "voicemail",
    )


def test_it_never_cuts_a_word() -> None:
    ctx = make_ctx(motivation="travailler " * 300)
    draft = catchup_email(ctx)
    assert re.search(r"\btravailler\b", " ".join(item.text for item in draft.review))
    assert "travaill " not in draft.text


def test_it_refuses_an_unknown_language() -> None:
    with pytest.raises(ValueError):
        followup_email(make_ctx(lang="de"))


def test_it_leaves_out_a_note_the_tone_guard_would_flag() -> None:
    draft = catchup_email(make_ctx(strong_points="tu seras autonome\nmon expérience en brasserie"))
    assert "tu seras" not in draft.text
    assert "mon expérience en brasserie" in draft.text


def test_it_asks_again_for_a_part_whose_notes_all_went() -> None:
    draft = catchup_email(make_ctx(motivation="tkt"))
    assert draft.placeholders == ("motivation",)


def test_it_keeps_every_note_item_when_the_joined_text_counts_fewer_words() -> None:
    # "d'Orange" is two words for the guard, "a + b" three by whitespace: joined, four.
    ctx = make_ctx(strong_points="- d'Orange\n- x + y")
    draft = catchup_email(ctx)
    assert "x + y" in [item.text for item in draft.review]
