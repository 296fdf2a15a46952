"""French certifications typed as a list with one status ("ssiap1 + sst à jour")."""

from __future__ import annotations

import pytest

from relance.drafts.credentials_fr import fr_listed


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("haccp + sst à jour", "certifications HACCP et SST à jour"),
        ("afgsu2 et psc1 ok", "certifications AFGSU 2 et PSC1"),
        ("FIMO + FCO valide jusqu'en 2028", "certifications FIMO et FCO valides jusqu'en 2028"),
        ("SST, HACCP, SSIAP 2", "certifications SST, HACCP et SSIAP 2"),
    ],
)
def test_it_says_a_list_of_certifications_with_its_status_once(typed: str, said: str) -> None:
    assert fr_listed(typed) == said


def test_it_reads_the_list_among_the_items_comma_parts() -> None:
    assert fr_listed("sst + fco à jour, permis C") == "certifications SST et FCO à jour, permis C"


@pytest.mark.parametrize(
    "typed",
    ["permis C + FCO à jour", "CACES 1 et 3 à jour", "CACES 1 + CACES 3 ok", "SST à jour"],
)
def test_it_leaves_a_licence_a_single_certification_or_a_repeat_as_typed(typed: str) -> None:
    assert fr_listed(typed) == typed
