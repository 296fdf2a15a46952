"""A licence the job requires is no licence the candidate promised to send (issue 11)."""

from __future__ import annotations

from relance.drafts.documents import named


def test_it_promises_no_licence_only_required() -> None:
    assert named("permis B obligatoire, camion fourni", "fr") == []
    assert named("need a driver w/ own car, full licence", "en") == []
    assert named("field visits on motorbike, class 3 licence needed", "en") == []
    assert named("clean driving licence for the van", "en") == []


def test_it_promises_no_record_the_candidate_is_still_to_request() -> None:
    assert named("visite médicale + relevé de points du permis à demander", "fr") == []


def test_it_still_promises_a_licence_handed_over() -> None:
    assert named("envoyer copie permis D + FIMO par mail", "fr")
    assert named("passer a l'agence avec permis et carte conducteur", "fr")
    assert named("il veut copie du permis", "fr")
    assert named("permis + attestation assurance voiture à fournir", "fr")
    assert named("send white card + drivers licence copy", "en")
    assert named("bring license + DMV driving record printout", "en")
