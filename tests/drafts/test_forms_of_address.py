"""The name after the civility: a Malay patronym and a Chinese family name (issue 11)."""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.people import greeting
from tests.drafts.factories import make_ctx


def greet(first: str, last: str, civility: str = "ms", lang: str = "en") -> str:
    ctx = make_ctx(
        lang=lang, contact_civility=civility, contact_first_name=first, contact_last_name=last
    )
    return greeting(ctx)


def test_it_addresses_a_malay_name_by_the_given_name() -> None:
    assert greet("Nurul Aisyah", "binti Abdul Rahman") == "Dear Ms Nurul Aisyah,"
    assert greet("Ahmad Faiz", "bin Ismail", "mr") == "Dear Mr Ahmad Faiz,"
    assert greet("Priya", "a/p Raman") == "Dear Ms Priya,"
    assert greet("Nurul", "binti Yusof", "madame", "fr") == "Bonjour Madame Nurul,"


def test_it_never_greets_by_a_patronym_alone() -> None:
    assert "binti" not in greet("", "binti Yusof").lower()


def test_it_addresses_a_hong_kong_name_by_the_family_name() -> None:
    assert greet("Kelvin", "Chan Tai-man", "mr") == "Dear Mr Chan,"
    assert greet("Wing", "Wong Siu-ming") == "Dear Ms Wong,"


def test_it_keeps_compound_surnames_whole() -> None:
    assert greet("Maria Cristina", "Dela Cruz-Ng") == "Dear Ms Dela Cruz-Ng,"
    assert greet("Solange", "Ngo Ndjock-Abanda") == "Dear Ms Ngo Ndjock-Abanda,"
    assert greet("Yann", "Le Bihan-Coz", "mr") == "Dear Mr Le Bihan-Coz,"


def test_it_greets_by_the_first_name_alone_in_english_only() -> None:
    # writer H (h27): "ask for Dean", no surname: never a bare "Hello,"
    assert greet("Dean", "", civility="") == "Dear Dean,"
    assert greet("Siobhán", "", civility="") == "Dear Siobhán,"
    assert greet("Claire", "", civility="", lang="fr") == "Bonjour,"


def test_it_greets_by_the_first_name_even_with_a_civility_ticked() -> None:
    # writer N (n37): "ms" ticked, "Jess" typed, no surname: never "Dear Madam,"
    assert greet("Jess", "", civility="ms") == "Dear Jess,"
    assert greet("Dean", "", civility="mr") == "Dear Dean,"
    assert greet("Claire", "", civility="madame", lang="fr") == "Bonjour Madame,"


def test_it_keeps_the_title_a_woman_typed_in_english() -> None:
    # writer O (o29): "mrs" typed, never changed to "Ms"; French has one title for both
    assert greet("", "Price", civility="mrs") == "Dear Mrs Price,"
    assert greet("", "Wilde", civility="Miss") == "Dear Miss Wilde,"
    assert greet("", "Price", civility="ms") == "Dear Ms Price,"
    assert greet("", "Price", civility="mrs", lang="fr") == "Bonjour Madame Price,"


def test_it_greets_a_notary_or_a_lawyer_as_maitre() -> None:
    # writer AS's as17: « Bonjour Charles-Henri d'Harcourt, » to a notary
    assert greet("Charles-Henri", "d'Harcourt", "maitre", "fr") == "Bonjour Maître,"
    assert greet("", "", "Me", "fr") == "Bonjour Maître,"
    assert greet("Charles-Henri", "d'Harcourt", "maître", "en") == "Dear Charles-Henri d'Harcourt,"


def test_it_greets_a_doctor_picked_in_the_form() -> None:
    assert greet("Helen", "Al-Hakim", "docteur") == "Dear Dr Al-Hakim,"
    assert greet("Helen", "Al-Hakim", "docteur", "fr") == "Bonjour Docteur Al-Hakim,"


def test_it_greets_by_first_name_in_english_when_no_title_was_ticked() -> None:
    # writer AV's av31: "Dear Stuart McAllister," read as unidiomatic
    ctx = make_ctx(
        lang="en", contact_civility="", contact_first_name="Stuart", contact_last_name="McAllister"
    )
    assert catchup_email(ctx).text.startswith("Dear Stuart,\n")
