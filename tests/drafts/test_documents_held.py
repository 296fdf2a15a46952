"""A qualification the job asks for, typed with whether the candidate holds it, is no
document to send (writer N's n07, session 17)."""

from __future__ import annotations

from relance.drafts.documents import named
from relance.drafts.messages import catchup_email
from tests.drafts.factories import make_ctx


def test_it_reads_a_required_qualification_as_no_request() -> None:
    # writer N's n07 and the same shape with "je l'ai"
    for note in ("diplome niveau 5 demandé => j'ai pas, j'ai le DEAVS", "bts demandé, je l'ai"):
        assert named(note, "fr") == []


def test_it_still_reads_a_qualification_someone_asked_for() -> None:
    for note in (
        "elle m'a demandé mon diplôme",
        "le diplôme qu'elle a demandé",
        "diplôme demandé mais je l'envoie demain",
    ):
        assert named(note, "fr") == ["la copie de mon diplôme"]


def test_it_promises_no_copy_of_a_diploma_only_required() -> None:
    draft = catchup_email(make_ctx(expectations="diplome niveau 5 demandé => j'ai pas"))
    assert "je vous transmets" not in draft.text


def test_it_reads_a_paper_the_employer_sends_as_no_request() -> None:
    # writer O's o10: "la DRH envoie le contrat sous 8 jours si ok" read « je vous transmets
    # ma DRH envoie »; the same shape with another sender and paper
    for item in (
        "la DRH envoie le contrat sous 8 jours si ok",
        "le cabinet envoie la promesse d'embauche la semaine prochaine",
        "l'agence transmet le planning vendredi",
    ):
        assert named(item, "fr") == []
    draft = catchup_email(make_ctx(process="la DRH envoie le contrat sous 8 jours si ok"))
    assert "je vous transmets" not in draft.text


def test_it_promises_on_receipt_a_document_sent_once_the_candidate_has_it() -> None:
    process = "envoyer carte pro CNAPS + attestation recyclage SSIAP dès que je l'ai"
    text = catchup_email(make_ctx(process=process)).text
    assert "je vous transmets la copie de ma carte professionnelle." in text
    assert "Je vous transmettrai aussi mon attestation de recyclage dès réception." in text


def test_it_gives_gear_typed_bare_the_possessive_of_its_gender() -> None:
    text = catchup_email(make_ctx(process="stage d'essai lundi 19\namener blouse")).text
    assert "j'apporterai ma blouse" in text


def test_it_reads_the_last_bulletins_as_payslips() -> None:
    process = "2e entretien mardi 20 à 10h\napporter les 3 derniers bulletins"
    assert "mes derniers bulletins de salaire" in catchup_email(make_ctx(process=process)).text
