"""An application typed the wrong way round: the agency in the client's field."""

from __future__ import annotations

from relance.core.temp_agencies import in_order, is_agency


def test_it_swaps_an_agency_typed_as_the_client() -> None:
    assert in_order("vilmorin", "manpower") == ("manpower", "vilmorin")


def test_it_keeps_the_fields_as_typed_when_the_company_is_the_agency() -> None:
    assert in_order("Randstad", "Airbus") == ("Randstad", "Airbus")


def test_it_keeps_two_agencies_as_typed() -> None:
    assert in_order("Adecco", "Manpower") == ("Adecco", "Manpower")


def test_it_reads_an_agency_by_its_branch_name() -> None:
    assert is_agency("Manpower Angers-Centre")
    assert is_agency("Hays Leeds")
    assert not is_agency("Haysmith Logistics")
