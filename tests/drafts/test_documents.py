"""Documents the recruiter asked for: every one is acknowledged, none is invented."""

from __future__ import annotations

from relance.drafts.documents import named, split
from relance.drafts.messages import catchup_email
from tests.drafts.factories import make_ctx


def test_it_names_the_nmc_pin_and_the_references() -> None:
    assert named("need to send NMC pin + 2 references", "en") == [
        "my NMC PIN",
        "my references' contact details",
    ]


def test_it_splits_on_slash_and_plus() -> None:
    item = "she wants passport/share code for right to work + copy of FLT licences"
    assert named(item, "en") == [
        "a copy of my passport",
        "my right-to-work share code",
        "copies of my FLT licences",
    ]


def test_it_names_immunisation_records() -> None:
    item = "NMC PIN + immunisation records to upload"
    assert named(item, "en") == ["my NMC PIN", "my immunisation records"]


def test_it_names_a_masters_degree() -> None:
    assert named("send her a copy of my master's degree", "en") == ["a copy of my master's degree"]


def test_it_names_the_inscription_a_l_ordre() -> None:
    item = "elle veut mon inscription à l'Ordre + numéro RPPS"
    assert named(item, "fr") == ["l'attestation de mon inscription à l'Ordre", "mon numéro RPPS"]


def test_it_names_french_trade_documents() -> None:
    item = "il m'a demandé l'extrait B3 et attestation France Travail"
    assert named(item, "fr") == [
        "l'extrait de mon casier judiciaire",
        "mon attestation France Travail",
    ]


def test_it_prefers_the_precise_attestation() -> None:
    item = "transmettre attestation rqth + bulletins de salaire"
    assert named(item, "fr") == ["l'attestation de ma RQTH", "mes derniers bulletins de salaire"]


def test_it_keeps_an_unknown_document_as_typed() -> None:
    item = "send the signed contract form + 2 references by friday"
    assert named(item, "en") == ["my signed contract form", "my references' contact details"]


def test_it_keeps_an_unknown_french_document_as_typed() -> None:
    item = "il faut envoyer la fiche de renseignements et mon rib"
    assert named(item, "fr") == ["ma fiche de renseignements", "mon RIB"]


def test_it_keeps_a_document_named_with_send_alone() -> None:
    assert named("envoyer la copie du titre de formation avant vendredi", "fr") == [
        "la copie de mon titre de formation"
    ]


def test_it_does_not_take_another_task_for_a_document() -> None:
    assert named("send references + call her back friday", "en") == [
        "my references' contact details"
    ]


def test_it_keeps_caces_numbers_with_the_caces() -> None:
    assert named("envoyer copie caces 1 et 3", "fr") == ["la copie de mes CACES"]


def test_it_takes_a_document_without_request_for_a_fact() -> None:
    assert named("caces 1 3 5 a jour", "fr") == []
    assert named("NMC PIN + immunisation records up to date", "en") == []


def test_it_takes_a_need_without_document_for_a_note() -> None:
    notes, documents = split(["they need someone to run the grill"], "en")
    assert notes == ["they need someone to run the grill"]
    assert documents == []


def test_it_acknowledges_every_document_in_the_catchup() -> None:
    ctx = make_ctx(lang="en", notes="need to send NMC pin + immunisation records")
    draft = catchup_email(ctx)
    assert "As agreed, I will send you my NMC PIN and my immunisation records." in draft.text


def test_it_acknowledges_every_french_document_in_the_catchup() -> None:
    draft = catchup_email(make_ctx(notes="lui envoyer mon inscription à l'Ordre et mon num rpps"))
    expected = "je vous transmets l'attestation de mon inscription à l'Ordre et mon numéro RPPS."
    assert expected in draft.text


def test_it_ignores_what_the_recruiter_sends_the_candidate() -> None:
    assert named("she will send the contract next week", "en") == []
    assert named("elle va m'envoyer la convention de stage", "fr") == []


def test_it_hears_envoie() -> None:
    assert named("je lui envoie mes fiches de paie", "fr") == ["mes derniers bulletins de salaire"]


def test_it_takes_a_required_qualification_for_a_note() -> None:
    assert named("they want a degree in nursing", "en") == []
    assert named("il faut un permis b + envoyer mon cv", "fr") == ["mon CV à jour"]


def test_it_acknowledges_documents_whose_names_the_screening_would_keep_out() -> None:
    ctx = make_ctx(process="envoyer mon rib + 3 dernières fiches de paie avant vendredi")
    text = catchup_email(ctx).text
    assert "RIB" in text
    assert "bulletins de salaire" in text or "fiches de paie" in text


def test_it_takes_scanning_parcels_for_a_task() -> None:
    assert named("scanner les colis", "fr") == []
    assert named("scan parcels at the depot", "en") == []
    assert named("scanner ma carte vitale et l'envoyer", "fr") != []


def test_it_sends_no_document_the_notes_only_mention() -> None:
    from relance.drafts.documents import split

    # The agency sends the file; the client interview is no document to send.
    items = ["Manpower envoie le dossier au client, entretien client semaine pro"]
    assert split(items, "fr") == (items, [])
    _, documents = split(["j'adore la mode et le luxe, je veux faire le bts en alternance"], "fr")
    assert not [document for document in documents if "mode" in document or "luxe" in document]
