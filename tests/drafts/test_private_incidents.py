"""Stopgaps and the employer's incidents stay out of the e-mail; the same words as a task of
the job stay in (writer S's blind reading)."""

from __future__ import annotations

from relance.drafts.privacy import reason


def test_it_keeps_out_a_stopgap() -> None:
    assert reason("besoin de travail pour la saison en attendant mieux", "fr") == "elsewhere"
    assert reason("just for now until I find something better", "en") == "elsewhere"


def test_it_keeps_out_a_trial_run_before_an_exam() -> None:
    assert reason("tester le metier avant de repasser le concours", "fr") == "elsewhere"
    assert reason("en attendant le concours de l'an prochain", "fr") == "elsewhere"
    assert reason("a year on the job until I resit the bar exam", "en") == "elsewhere"


def test_preparing_pupils_for_an_exam_is_no_stopgap() -> None:
    assert reason("préparer les élèves au concours d'entrée", "fr") == ""
    assert reason("help students retake failed modules", "en") == ""


def test_waiting_in_the_job_is_no_stopgap() -> None:
    assert reason("attendant de quai, accueil des passagers", "fr") == ""
    assert reason("je veux mieux comprendre le métier", "fr") == ""


def test_it_keeps_out_the_employer_s_dropouts_and_strikes() -> None:
    assert reason("beaucoup abandonnent pendant la formation", "fr") == "site"
    assert reason("they had a strike last yr", "en") == "site"
    assert reason("huge shortage of supply teachers", "en") == "site"


def test_strikes_and_dropouts_as_tasks_of_the_job_stay() -> None:
    assert reason("gestion des grèves et du dialogue social", "fr") == ""
    assert reason("prévention de l'abandon scolaire", "fr") == ""
    assert reason("handling strikes and labour relations", "en") == ""
    assert reason("reduce student dropouts", "en") == ""


def test_it_keeps_out_pay_given_as_the_reason_for_the_job() -> None:
    assert reason("etre payée pendant mes etudes", "fr") == "salary"


def test_a_paid_training_is_a_fact_of_the_job() -> None:
    assert reason("formation permis D 3 mois payée", "fr") == ""


def test_being_struck_by_something_is_no_strike() -> None:
    assert reason("she was struck by my portfolio", "en") == ""
    assert reason("a striking menu, they strike a good balance", "en") == ""
    assert reason("the staff went on strike in march", "en") == "site"
