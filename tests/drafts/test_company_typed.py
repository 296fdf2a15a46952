"""A company name typed misspelt or shortened is not written (writer S's blind reading)."""

from __future__ import annotations

from relance.drafts.gate import typed_unsure
from relance.drafts.people import greeting
from tests.drafts.factories import make_ctx


def test_it_doubts_a_misspelt_word_typed_in_lower_case() -> None:
    assert typed_unsure("galeries lafayete haussmann", "fr")
    assert typed_unsure("fraser helth", "en")


def test_it_trusts_known_words_typed_in_lower_case() -> None:
    assert not typed_unsure("galeries lafayette", "fr")
    assert not typed_unsure("opera de lyon", "fr")
    assert not typed_unsure("network rail", "en")


def test_it_doubts_an_abbreviation_with_a_dot() -> None:
    assert typed_unsure("St James Hosp.", "en")
    assert not typed_unsure("St James Hospital", "en")


def test_it_doubts_an_internal_code() -> None:
    assert typed_unsure("zz2 mooketsi", "en")
    assert typed_unsure("la poste PPDC tours", "fr")
    assert not typed_unsure("Association Sauvegarde 69", "fr")


def test_it_doubts_a_lone_letter() -> None:
    assert typed_unsure("boulangerie au pain d helene", "fr")
    assert not typed_unsure("boulangerie au pain d'antan", "fr")


def test_it_trusts_a_name_typed_with_capitals() -> None:
    assert not typed_unsure("Galeries Lafayette Haussmann", "fr")
    assert not typed_unsure("Mencap Swansea", "en")


def test_a_doubted_name_gives_the_frame_without_a_name() -> None:
    from relance.drafts import catchup_email

    text = catchup_email(make_ctx(company="fraser helth", lang="en")).text
    assert "helth" not in text.lower()
    text = catchup_email(make_ctx(company="Fraser Health", lang="en")).text
    assert "Fraser Health" in text


def test_a_doctor_is_greeted_as_one() -> None:
    ctx = make_ctx(lang="en", contact_civility="dr", contact_last_name="Okonkwo-Fraser")
    assert greeting(ctx) == "Dear Dr Okonkwo-Fraser,"
    ctx = make_ctx(lang="fr", contact_civility="Dr", contact_last_name="Durand")
    assert greeting(ctx) == "Bonjour Docteur Durand,"


def test_an_unknown_civility_still_falls_back_to_the_full_name() -> None:
    ctx = make_ctx(lang="en", contact_civility="mx", contact_first_name="Sam")
    assert greeting(ctx).startswith("Dear Sam ")
