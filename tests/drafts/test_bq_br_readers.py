"""What writers BQ's and BR's readers quoted (both held out, then read in session 46; issue
11): the interviewer named by her role in a sentence written to her, her first name in a
sentence the candidate typed (make_ctx's contact is Claire Durand), the children before
which a career stopped.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from tests.drafts.factories import empty_debrief, handed_back


def test_it_never_speaks_of_the_interviewer_by_her_role() -> None:
    typed = "La cadre de santé a insisté sur mon expérience de nuit en USLD.\nDEAS + 4 ans de nuit"
    written = catchup_email(empty_debrief(strong_points=typed))
    assert "cadre de santé a insisté" not in written.text
    assert handed_back(written, "strong_points") == [
        "la cadre de santé a insisté sur mon expérience de nuit en USLD"
    ]


def test_it_never_names_the_interviewer_to_her_face() -> None:
    typed = "Je suis en reconversion après 15 ans de comptabilité et Claire a trouvé ça courageux."
    written = catchup_email(empty_debrief(strong_points=typed))
    assert "Claire a trouvé" not in written.text


def test_it_keeps_the_children_before_which_a_career_stopped_out() -> None:
    typed = "J'ai travaillé 6 ans chez Casino avant les enfants, au rayon crèmerie."
    written = catchup_email(empty_debrief(strong_points=typed))
    assert "enfants" not in written.text
    assert [left.reason for left in written.left_out] == ["personal"]


def test_it_never_highlights_a_person_as_a_strength() -> None:
    written = catchup_email(
        empty_debrief(lang="en", position="Kitchen Porter", strong_points="hard worker")
    )
    assert "my hard worker" not in written.text
    assert handed_back(written, "strong_points") == ["hard worker"]


def test_it_reads_an_acronym_in_capitals_as_no_pronoun() -> None:
    typed = "she liked that I handled the patient queue on HIS software"
    written = catchup_email(empty_debrief(lang="en", position="Receptionist", strong_points=typed))
    assert "your software" not in written.text


def test_it_reads_a_level_and_its_number_as_a_qualification() -> None:
    typed = "they need a level 3 for ratios in the toddler room"
    written = catchup_email(
        empty_debrief(lang="en", position="Nursery Nurse", recruiter_needs=typed)
    )
    assert "A-level 3" not in written.text
    assert "A Level 3" not in written.text


def test_it_keeps_the_candidates_age_and_children_out() -> None:
    for typed, lang in (
        ("I have recently completed an HNC in Applied Sciences at the age of 54.", "en"),
        ("J'ai eu de l'expérience comme mère de quatre enfants et catéchiste.", "fr"),
    ):
        written = catchup_email(empty_debrief(lang=lang, strong_points=typed))
        assert [left.reason for left in written.left_out] == ["personal"], typed


def test_it_evens_the_articles_of_a_role_list_with_an_activity_in_it() -> None:
    # writer BR's br35: "the office admin, the filing, petty cash and minute taking"
    role = "filing, petty cash, minute taking, the switchboard"
    written = catchup_email(
        empty_debrief(lang="en", position="Admin Assistant", role_understood=role)
    )
    assert "covers filing, petty cash" in written.text
    assert "the switchboard" in written.text
