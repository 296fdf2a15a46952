"""A part said as typed is promised only when it names a document (writer S's blind reading)."""

from __future__ import annotations

from relance.drafts.document_requests import split
from relance.drafts.document_shape import names_document
from relance.drafts.documents import named
from relance.drafts.handover import sentences


def _sentence(items: list[str], lang: str) -> str:
    return sentences(lang, split(items, lang)[1])


def test_it_promises_no_next_step_after_the_documents() -> None:
    item = "envoyer attestations de travail + diplome par mail, elle revient vers moi lundi"
    assert not any("revient" in name for name in named(item, "fr"))
    assert "la copie de mon diplôme" in named(item, "fr")


def test_it_promises_no_visit_typed_before_the_request() -> None:
    item = "visite de l'unité + une matinée en doublure mardi, apporter copie du visa"
    assert named(item, "fr") == ["la copie de mon visa"]


def test_a_document_typed_before_a_late_verb_is_still_promised() -> None:
    assert named("copie diplome à envoyer", "fr") == ["la copie de mon diplôme"]


def test_an_aside_in_brackets_is_no_second_document() -> None:
    names = named("renvoyer mes references (nice + cannes) qu'il a demandées", "fr")
    assert not any("cannes" in name for name in names)
    assert len(names) == 1


def test_a_clause_after_the_document_is_cut() -> None:
    assert named("need to send my guild talk slides they asked for", "en") == [
        "my guild talk slides"
    ]


def test_kindly_is_no_part_of_the_form() -> None:
    assert named("kindly send form 16", "en") == ["my form 16"]


def test_a_typed_part_that_names_no_document_is_not_promised() -> None:
    item = "envoyer casier judiciaire, formation initiale prevue le 25 novembre, réponse par mail"
    names = named(item, "fr")
    assert names == ["l'extrait de mon casier judiciaire"]


def test_a_typed_document_the_table_does_not_know_is_still_promised() -> None:
    assert named("send my signed contract form", "en") == ["my signed contract form"]
    assert named("envoyer ma fiche de liaison signee", "fr") == ["ma fiche de liaison signée"]


def test_documents_asked_but_not_nameable_get_a_sentence_that_names_none() -> None:
    said = _sentence(["he asked me to forward my revert form asap"], "en")
    assert said == "As agreed, I will send you the documents you asked for."
    said = _sentence(["copie de ma formation initiale prévue à envoyer"], "fr")
    assert said == "Comme convenu, je vous transmets les documents demandés."


def test_no_document_is_said_when_the_note_names_none() -> None:
    assert named("they want me to send my answer tonight", "en") == []


def test_the_same_document_twice_is_promised_once() -> None:
    items = ["need to send my guild talk slides they asked for", "send the guild talk slides"]
    assert _sentence(items, "en") == "As agreed, I will send you my guild talk slides."


def test_two_documents_sharing_words_are_both_promised() -> None:
    said = _sentence(["envoyer copie passeport", "envoyer copie diplome"], "fr")
    assert "passeport" in said and "diplôme" in said


def test_a_permit_typed_with_its_letter_is_not_the_driving_licence() -> None:
    assert named("envoyer copie permis G", "fr") == ["la copie de mon permis G"]


def test_a_bare_permit_is_the_driving_licence() -> None:
    assert named("envoyer copie du permis", "fr") == ["la copie de mon permis de conduire"]
    assert named("envoyer copie permis de conduire", "fr") == ["la copie de mon permis de conduire"]


def test_gear_brought_is_still_said() -> None:
    assert named("apporter tenue de travail", "fr") == ["ma tenue de travail"]


def test_a_next_step_brought_is_not_said() -> None:
    assert not any("réponse" in name for name in named("apporter ma réponse svp", "fr"))


def test_a_mail_typed_without_its_article_is_no_document() -> None:
    assert named("lui envoyer mail demain matin avant 9h", "fr") == []
    assert named("send her email tonight", "en") == []


def test_a_document_sent_by_mail_is_still_promised() -> None:
    assert named("envoyer copie diplome par mail", "fr") == ["la copie de mon diplôme"]


def test_no_document_is_asked_when_the_sending_and_the_file_are_different_duties() -> None:
    # writer Z (z05): the role's duties, a tow truck sent and a file opened in the software
    items = ["prendre appels panne accident, ouvrir dossier logiciel, envoyer dépanneuse"]
    assert split(items, "fr")[1] == []
    assert split(["ouvrir le dossier client, envoyer un technicien"], "fr")[1] == []


def test_a_document_not_yet_received_is_promised_on_receipt() -> None:
    # writer Z (z17): the card is not issued yet, never "je vous transmets" now
    said = _sentence(["envoyer copie de la carte pro CNAPS des que je la recois"], "fr")
    assert said == (
        "Comme convenu, je vous transmettrai la copie de ma carte professionnelle dès réception."
    )
    said = _sentence(["envoyer copie diplome", "envoyer attestation une fois reçue"], "fr")
    assert said.startswith("Comme convenu, je vous transmets la copie de mon diplôme. ")
    assert said.endswith("Je vous transmettrai aussi l'attestation demandée dès réception.")


def test_only_the_document_said_not_received_waits_for_it() -> None:
    # writer Q (q13): "(dès reçue)" is said of the registration alone
    item = "envoyer : attestation d'inscription à l'Ordre (dès reçue) + diplôme traduit"
    said = _sentence([item], "fr")
    assert said == (
        "Comme convenu, je vous transmets la copie de mon diplôme. Je vous transmettrai aussi "
        "l'attestation de mon inscription à l'Ordre dès réception."
    )


def test_it_reads_no_document_after_a_sending_verb_and_an_adverb() -> None:
    # "transmettre autrement" is a motive, never "je vous transmets [le document]" (writer I)
    for item in ("transmettre autrement", "envoyer différemment"):
        assert split([item], "fr")[1] == []


def test_it_still_reads_a_document_after_a_sending_verb() -> None:
    assert split(["transmettre mon RIB"], "fr")[1]


def test_it_reads_a_bracketed_doubt_after_a_request() -> None:
    items = ["renvoyer la grille de tarifs qu'elle a demandée", "(pas sûre qu'elle l'ait demandée)"]
    assert split(items, "fr")[1] == []
    assert split(["envoyer mon diplôme", "(pas sûr)"], "fr")[1] == []


def test_a_time_after_the_document_is_no_document() -> None:
    # writer N's n34 "…when i come for the Sunday show day 29 Nov, 12-4": "my 12-4"
    note = "bring them with certified ID copy when i come for the Sunday show day 29 Nov, 12-4"
    assert named(note, "en") == ["a copy of my ID"]
    assert named("bring ID copy to the trial shift sat, 10:30", "en") == ["a copy of my ID"]
    assert named("bring P45, sat", "en") == ["my P45"]
    assert names_document("ma 14h-16h", "fr", brought=True) is False


def test_a_cv_the_consultant_puts_forward_is_not_asked() -> None:
    # writer N's n38: "Gillian puts my CV forward to Deloitte today" was "I will send you my
    # updated CV"; the candidate's own sending still is
    assert named("Gillian puts my CV forward to Deloitte today", "en") == []
    assert named("Priya is putting me forward to the client on Monday", "en") == []
    assert named("she submits my CV to Aviva tomorrow", "en") == []
    assert named("send her my updated CV", "en") == ["my updated CV"]
