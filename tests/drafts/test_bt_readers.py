"""What writer BT's reader quoted (held out, graded blind in session 48, then read; issue 11):
the panel typed among the strong points made one of the candidate's, an answer promised
after a day said as due by it.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email
from relance.drafts.next_steps import sentence
from tests.drafts.factories import empty_debrief, make_ctx


@pytest.mark.parametrize(
    ("lang", "panel", "kept"),
    [
        ("fr", "RH + l'adjointe au maire (Mme ... pas retenu le nom)", "guichet CAF"),
        ("fr", "pôle PIAL, 2 personnes", "guichet CAF"),
        ("en", "consultant Megan", "Team Teach"),
    ],
)
def test_it_leaves_the_panel_out_of_the_strong_points(lang: str, panel: str, kept: str) -> None:
    mine = "mon expérience au guichet CAF" if lang == "fr" else "Team Teach trained"
    written = catchup_email(empty_debrief(lang=lang, strong_points=f"{panel}\n{mine}"))
    assert ("adjointe" not in written.text) and ("PIAL" not in written.text)
    assert "Megan" not in written.text
    assert [left.reason for left in written.left_out] == ["setting"]
    assert written.left_out[0].text.startswith(panel.split(" (")[0])


def test_it_keeps_a_strong_point_that_names_a_role_of_the_candidates() -> None:
    written = catchup_email(empty_debrief(strong_points="chef de rang 5 ans au Georges V"))
    assert not [left for left in written.left_out if left.reason == "setting"]


@pytest.mark.parametrize(
    ("lang", "process", "said"),
    [
        ("fr", "reponse apres le 16, par mail", "une réponse après le vendredi 16 octobre"),
        ("en", "decision after Friday 16th", "an answer after Friday 16 October"),
    ],
)
def test_it_says_an_answer_after_a_day_never_by_it(lang: str, process: str, said: str) -> None:
    assert said in sentence(make_ctx(lang=lang, process=process))


def test_it_leaves_a_panel_of_regional_managers_out() -> None:
    written = catchup_email(
        empty_debrief(strong_points="DRH régionale + directrice\nmes 8 ans d'IDE")
    )
    assert "DRH" not in written.text


def test_it_confirms_a_start_on_a_condition_never_the_condition_as_a_stage() -> None:
    process = "debut lundi 19 si la visite medicale d'aptitude est ok"
    said = sentence(make_ctx(process=process))
    assert "mon arrivée serait prévue le lundi 19 octobre" in said
    assert "visite médicale le lundi" not in said


def test_it_never_asks_for_someone_ready_for_nothing() -> None:
    written = catchup_email(empty_debrief(recruiter_needs="rangement, prêt, renseignement"))
    assert "quelqu'un de prêt" not in written.text


def test_it_returns_the_contract_signed_without_the_days_it_is_sent_in() -> None:
    process = "elle m'envoie le contrat sous huitaine a renvoyer signé"
    said = sentence(make_ctx(process=process))
    assert "Je vous retournerai le contrat signé" in said
    assert "huitaine" not in said


def test_it_puts_the_accent_in_a_title_typed_without_it() -> None:
    written = catchup_email(make_ctx(position="aide a domicile H/F - CDI 28h"))
    assert "poste d'aide à domicile" in written.text


def test_it_never_says_the_recruiter_liked_a_topic_of_the_job() -> None:
    strong = "BP depuis 2034, 3 ans en officine\nil a aimé la PDA et le tiers payant"
    written = catchup_email(empty_debrief(strong_points=strong, candidate_gender="f"))
    assert "appréciiez la PDA" not in written.text
