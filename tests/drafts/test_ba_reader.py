"""What writer BA's reader quoted and session 39 mended (issue 11): a strong point typed as a
circumstance (« devant un jury de 3 ») became « mettre en avant mon devant un jury de 3 », a
duty list opened by "everything" got "the everything", a need whose number lost its noun
("labour 80 seasonal") and a want typed after a comma ("need VIC development") became
"someone able to …".

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from datetime import date, datetime

from relance.drafts import catchup_email
from tests.drafts.factories import PARIS, catchup_on, handed_back, make_ctx


def test_it_hands_back_a_strong_point_that_opens_on_a_preposition() -> None:
    note = "devant un jury de 3 (le DGA, la RH et une élue)"
    draft = catchup_email(make_ctx(strong_points=note))
    assert "mon devant" not in draft.text
    assert note in handed_back(draft, "strong_points")


def test_it_writes_no_article_before_everything() -> None:
    draft = catchup_email(
        make_ctx(lang="en", role_understood="everything from seedbeds to sales floor")
    )
    assert "the everything" not in draft.text
    assert "covers everything from seedbeds" in draft.text


def test_it_hands_back_a_need_whose_number_lost_its_noun() -> None:
    draft = catchup_email(make_ctx(lang="en", recruiter_needs="labour 80 seasonal"))
    assert "able to labour" not in draft.text
    assert "labour 80 seasonal" in handed_back(draft, "recruiter_needs")


def test_it_never_seeks_someone_able_to_need() -> None:
    draft = catchup_email(
        make_ctx(lang="en", recruiter_needs="boutique sales flat, need VIC development")
    )
    assert "able to need" not in draft.text


def test_it_hands_back_stuff_rather_than_write_things() -> None:
    # ba34: "Opera + revenue stuff" came out as "my opera and revenue things"
    draft = catchup_email(make_ctx(lang="en", strong_points="Opera + revenue stuff, he liked that"))
    assert "things" not in draft.text
    assert "stuff" not in draft.text


def test_it_asks_what_comes_next_once_the_steps_typed_are_over() -> None:
    # ba17: interview on Wednesday 31 October 2029, the French catch-up on Monday 5 November
    # (1 November and its bridge); the trial on Friday 2 November is over by then
    draft = catchup_on(
        "fr",
        datetime(2029, 10, 31, 10, 30, tzinfo=PARIS),
        date(2029, 11, 5),
        "Journaliste",
        "Radio Yaoundé",
        process="essai a l'antenne vendredi 2 novembre 6h",
    )
    assert "prochaines étapes" not in draft.text
    assert "comment se déroule la suite du recrutement\u00a0?" in draft.text


def test_it_writes_a_hyphenated_title_word_in_a_womans_form() -> None:
    # ba12: « chercheuse post-doctoral »
    position = "Chercheur post-doctoral (M/F/X) – 24 mois – Liège"
    draft = catchup_email(make_ctx(position=position, candidate_gender="f"))
    assert "poste de chercheuse post-doctorale." in draft.text


def test_it_finds_a_womans_title_once_its_accent_is_back() -> None:
    # ba08: "Educateur spécialisé (F/H)" stayed « éducateur spécialisé » for a woman
    position = "Educateur spécialisé (F/H) – MECS Caen – CDI temps plein"
    draft = catchup_email(make_ctx(position=position, candidate_gender="f"))
    assert "poste d'éducatrice spécialisée." in draft.text


def test_it_never_agrees_a_preposition_after_etre() -> None:
    # ba01: « pour être sure le terrain pas dans le bureau »
    draft = catchup_email(make_ctx(expectations="etre sur le terrain pas dans le bureau"))
    assert "être sure" not in draft.text
