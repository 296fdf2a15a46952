"""What writer BC's reader quoted and session 40 mended (issue 11): a step held the very
morning the catch-up goes out left as « J'ai bien pris note des prochaines étapes », a
seasonal title half agreed, « St Dénis », the children's school told as a motive, an aside
read as a piece to return, a day put right inside its note ignored, a form's deadline typed
on its own line read as a second document, and a diploma's initials read as a plural.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from tests.drafts.factories import make_ctx


def test_it_thanks_for_a_stage_held_the_morning_it_is_sent() -> None:
    draft = catchup_email(make_ctx(process="journée d'essai mercredi 14 de 9h à 17h"))
    assert "Je vous remercie de m'accueillir aujourd'hui pour la journée d'essai." in draft.text


def test_it_agrees_a_seasonal_title_with_a_woman() -> None:
    draft = catchup_email(make_ctx(position="Agent d'accueil saisonnier H/F", candidate_gender="f"))
    assert "poste d'agente d'accueil saisonnière" in draft.text


def test_it_writes_a_saints_name_whole() -> None:
    draft = catchup_email(make_ctx(company="mairie de st denis"))
    assert "Mairie de Saint-Denis" in draft.text


def test_it_keeps_the_childrens_school_out() -> None:
    motivation = "travail qui a du sens, horaires compatibles avec l'ecole des enfants"
    draft = catchup_email(make_ctx(motivation=motivation))
    assert "école des enfants" not in draft.text


def test_it_reads_no_piece_in_an_aside() -> None:
    process = (
        "il m'envoie le formulaire d'habilitation à remplir et renvoyer avant vendredi 16 "
        "(ça prend 3 semaines)"
    )
    draft = catchup_email(make_ctx(process=process))
    assert "formulaire d'habilitation complété d'ici le vendredi 16 octobre." in draft.text


def test_it_names_an_internal_training_as_the_next_step() -> None:
    draft = catchup_email(make_ctx(process="formation interne à partir du lundi 19"))
    assert "une formation interne le lundi 19 octobre" in draft.text


def test_it_reads_a_diplomas_initials_as_one() -> None:
    process = "essai jeudi 15 à 9h\napporter DEAS original + carnet de vaccinations + RIB"
    draft = catchup_email(make_ctx(process=process))
    assert "mon DEAS original" in draft.text


def test_it_keeps_the_day_put_right_inside_its_note() -> None:
    draft = catchup_email(make_ctx(process="visite medicale jeudi 15... non vendredi 16 a 8h"))
    assert "vendredi 16 octobre à 8\u00a0h" in draft.text
    assert "jeudi 15" not in draft.text


def test_it_gives_a_form_the_deadline_typed_on_its_own_line() -> None:
    process = (
        "elle m'envoie le dossier d'embauche a remplir et renvoyer signé\n"
        "renvoyer avant vendredi 16"
    )
    draft = catchup_email(make_ctx(process=process))
    assert "d'ici le vendredi 16 octobre" in draft.text
    assert "le nom du document demandé" not in draft.text


def test_it_says_an_english_contract_is_returned_signed() -> None:
    process = "contract by email, sign + send back before Friday 16th"
    draft = catchup_email(make_ctx(lang="en", process=process))
    assert "the return of the signed contract by Friday 16 October" in draft.text


def test_it_returns_work_due_after_its_receipt() -> None:
    process = "they will send a technical exercise - return within a week of receiving"
    draft = catchup_email(make_ctx(lang="en", process=process))
    assert "I will return the technical exercise within a week of receiving it." in draft.text


def test_it_reads_someone_soon_as_no_quality() -> None:
    draft = catchup_email(make_ctx(recruiter_needs="qqn vite"))
    assert "quelqu'un de vite" not in draft.text
