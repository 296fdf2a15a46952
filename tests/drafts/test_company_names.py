"""A company name typed in lower case gets its capitals back in the e-mail."""

from dataclasses import replace

import pytest

from relance.drafts import catchup_email
from relance.drafts.company_names import clean_company, fr_company_at, fr_company_of
from tests.drafts.factories import make_ctx


def test_it_capitalises_each_word_of_a_lower_case_name() -> None:
    assert clean_company("joe's coffee") == "Joe's Coffee"
    assert clean_company("saint-malo nautisme") == "Saint-Malo Nautisme"
    assert clean_company("l'atelier du pain") == "L'Atelier du Pain"


def test_it_keeps_the_particles_inside_the_name_small() -> None:
    assert clean_company("café de la paix") == "Café de la Paix"
    assert clean_company("café d'angèle") == "Café d'Angèle"
    assert clean_company("bank of england") == "Bank of England"


def test_it_capitalises_the_article_that_begins_the_name() -> None:
    assert clean_company("brasserie le florian") == "Brasserie Le Florian"
    assert clean_company("hôtel les arcades") == "Hôtel Les Arcades"


def test_it_writes_known_acronyms_and_brands_as_they_are_written() -> None:
    assert clean_company("sncf") == "SNCF"
    assert clean_company("hubspot") == "HubSpot"


def test_it_writes_a_short_word_without_a_vowel_as_an_acronym() -> None:
    assert clean_company("sps securite sarl", "fr") == "SPS Sécurité SARL"
    assert clean_company("jld st etienne") == "JLD St Etienne"
    assert clean_company("axa banque") == "Axa Banque"  # a word one may read: as typed


def test_it_keeps_a_name_typed_with_a_capital_as_typed() -> None:
    assert clean_company("Brasserie le Florian") == "Brasserie le Florian"
    assert clean_company("deliveroo UK") == "deliveroo UK"


def test_it_keeps_the_article_of_the_company_head() -> None:
    assert fr_company_of(clean_company("brasserie le florian")) == "de la Brasserie Le Florian"
    assert fr_company_of(clean_company("l'atelier du pain")) == "de l'Atelier du Pain"


def test_it_names_a_lower_case_company_with_capitals_in_the_email() -> None:
    text = catchup_email(make_ctx(company="brasserie le florian")).text
    assert "l'équipe de la Brasserie Le Florian" in text
    assert "florian" not in text


def test_it_names_a_lower_case_company_with_capitals_in_english() -> None:
    ctx = replace(make_ctx(), lang="en", company="joe's coffee", motivation="love coffee")
    text = catchup_email(ctx).text
    assert "joining Joe's Coffee" in text
    assert "joe's" not in text


def test_it_capitalises_a_lower_case_name_around_its_acronyms() -> None:
    from relance.drafts.company_names import clean_company

    assert clean_company("garage du port SARL") == "Garage du Port SARL"
    assert clean_company("NexaFlow SAS") == "NexaFlow SAS"


def test_it_leaves_out_the_aside_typed_with_the_name() -> None:
    assert clean_company("capgemini (site de Nantes)") == "Capgemini"
    assert clean_company("dairygold coop (mallow)") == "Dairygold Coop"
    assert clean_company("macys easton (columbus oh)") == "Macys Easton"
    assert clean_company("creche les ptits loups (people&baby)", "fr") == "Crèche Les Ptits Loups"


def test_it_leaves_out_the_department_after_a_dash() -> None:
    assert clean_company("SNCF - surete ferroviaire (SUGE)") == "SNCF"
    assert clean_company("fidal - bureau de bordeaux") == "Fidal"
    assert clean_company("seeka ltd - te puke") == "Seeka Ltd"
    assert clean_company("Saint-Malo Nautisme") == "Saint-Malo Nautisme"


def test_it_writes_a_legal_form_as_it_is_written() -> None:
    assert clean_company("greenleaf logistics llc") == "Greenleaf Logistics LLC"


def test_it_restores_accents_in_french_only_when_sure() -> None:
    assert clean_company("ATALIAN proprete sas", "fr") == "ATALIAN Propreté SAS"
    assert clean_company("hotel la villa - calvi", "fr") == "Hôtel La Villa"
    assert clean_company("decathlon grenoble", "fr") == "Decathlon Grenoble"  # the brand
    assert clean_company("hotel la villa", "en").startswith("Hotel ")


def test_it_names_the_company_without_its_aside_in_the_email() -> None:
    text = catchup_email(make_ctx(company="capgemini (site de Nantes)")).text
    assert "Capgemini" in text
    assert "capgemini" not in text
    assert "site de Nantes" not in text


def test_it_keeps_the_name_an_acronym_spells_out() -> None:
    assert clean_company("CD29 - Conseil départemental du Finistère") == (
        "Conseil départemental du Finistère"
    )
    assert clean_company("unilever UK (kingston)") == "Unilever UK"


def test_it_gives_a_trade_noun_typed_small_its_accents_and_article() -> None:
    name = clean_company("hotel le Saint-Yves ****", "fr")
    assert fr_company_of(name) == "de l'hôtel Le Saint-Yves"  # its stars left out (writer BB)
    assert fr_company_of(clean_company("fiduciaire Wagner & Schmit sàrl", "fr")) == (
        "de la fiduciaire Wagner & Schmit sàrl"
    )


def test_it_names_the_client_with_its_article() -> None:
    assert fr_company_at("centre hospitalier de Cornouaille") == (
        "au centre hospitalier de Cornouaille"
    )
    assert fr_company_at("CAF de la Gironde") == "à la CAF de la Gironde"
    assert fr_company_at("Decathlon") == "chez Decathlon"


def test_it_gives_an_english_name_typed_half_small_its_capitals() -> None:
    assert clean_company("Humber polytechnic", "en") == "Humber Polytechnic"
    assert clean_company("Mckinsey & co", "en") == "McKinsey & Co"
    assert clean_company("Bank of ireland", "en") == "Bank of Ireland"
    assert clean_company("Deliveroo uk", "en") == "Deliveroo UK"


def test_it_keeps_an_english_name_with_a_capital_inside_a_word() -> None:
    assert clean_company("easyJet holidays", "en") == "easyJet holidays"
    assert clean_company("O'Brien & Sons", "en") == "O'Brien & Sons"


def test_it_keeps_legal_forms_and_particles_of_an_english_name_as_written() -> None:
    assert clean_company("Massy stores Ltd", "en") == "Massy Stores Ltd"
    assert clean_company("Vrede en Lust", "en") == "Vrede en Lust"


@pytest.mark.parametrize("typed", ["la poste", "La Poste", "laposte"])
def test_it_keeps_the_capital_of_an_article_that_is_part_of_the_name(typed: str) -> None:
    text = catchup_email(make_ctx(company=typed)).text
    assert "rejoindre l'équipe de La Poste." in text


def test_it_writes_a_region_s_acronym_in_a_name_in_capitals() -> None:
    # writer AB's ab32: "Libraries Ni"
    assert clean_company("libraries ni", "en") == "Libraries NI"
