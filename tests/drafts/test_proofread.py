"""The French proofreader: Grammalecte's safe fixes made, a faulty note handed back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from relance.drafts import catchup_email, proofread
from relance.drafts.proofread import (
    ACCENT,
    AGREEMENT,
    CAPITAL,
    CONJUGATION,
    HYPHEN,
    PARTICIPLE,
    Fix,
)
from relance.drafts.settled import part_preview
from tests.drafts.factories import make_ctx


def test_it_loads_grammalecte_from_debians_package() -> None:
    # `make test` installs python3-grammalecte: missing, this check fails rather than skip.
    proofread.require()
    assert "/usr/lib/python3/dist-packages" not in sys.path


def test_it_names_the_package_to_install_when_it_is_missing(tmp_path: Path) -> None:
    with pytest.raises(proofread.ProofreaderMissing, match="apt-get install python3-grammalecte"):
        proofread.load(tmp_path / "grammalecte")


def test_it_writes_the_past_participle_after_avoir() -> None:
    found = proofread.proofread("J'ai parler de mon expérience.")
    assert found.text == "J'ai parlé de mon expérience."
    assert found.fixes == (Fix("parler", "parlé", PARTICIPLE),)


def test_it_restores_accents_and_a_place_names_capital_only() -> None:
    found = proofread.proofread("Mon expérience d'ouvriere au portugal.")
    assert found.text == "Mon expérience d'ouvrière au Portugal."
    assert {fix.family for fix in found.fixes} == {ACCENT, CAPITAL}


def test_it_never_turns_a_name_or_a_trade_word_into_another_word() -> None:
    text = "J'ai travaillé chez Atalian avec les autolaveuses, en CACES 3, chez decathlon."
    found = proofread.proofread(text, keep=("decathlon",))
    assert found == proofread.Proofread(text)


def test_it_reads_the_text_again_after_each_grammar_fix() -> None:
    found = proofread.proofread("Vous m'avez dit que les résidents est calmes.")
    assert found.text == "Vous m'avez dit que les résidents sont calmes."
    assert found.fixes == (Fix("est", "sont", CONJUGATION),)


def test_it_makes_no_choice_between_two_fixes_of_one_phrase() -> None:
    found = proofread.proofread("Le poste comprend la conducteur.")
    assert found.text == "Le poste comprend la conducteur."
    assert found.faults and not found.fixes


def test_it_makes_the_agreement_of_a_noun_phrase() -> None:
    found = proofread.proofread("Le poste comprend les horaires décalé.")
    assert found.text == "Le poste comprend les horaires décalés."
    assert found.fixes == (Fix("décalé", "décalés", AGREEMENT),)


def test_it_makes_an_elision_with_the_drafts_apostrophe() -> None:
    assert proofread.proofread("Le poste comprend la accueil.").text == (
        "Le poste comprend l'accueil."
    )


def test_it_restores_a_hyphen_and_nothing_else() -> None:
    found = proofread.proofread("J'aime faire du pain avec mon grand père.")
    assert found.text == "J'aime faire du pain avec mon grand-père."
    assert found.fixes == (Fix("grand père", "grand-père", HYPHEN),)


def test_it_never_reads_an_acronym_typed_small_as_a_participle() -> None:
    text = "Vous avez apprécié mon du de soins critiques."  # a DU, never "dû"
    assert proofread.proofread(text).text == text


def test_it_keeps_the_gender_of_a_noun_in_apposition() -> None:
    text = "Notre échange m'a permis de mettre en avant ma carte conducteur valide."
    assert proofread.proofread(text) == proofread.Proofread(text)


def test_it_keeps_the_gender_the_candidate_gave_an_adjective() -> None:
    text = "Le poste demande aussi d'être patiente."  # she typed it of herself
    assert proofread.proofread(text).text == text


def test_it_never_mends_a_loan_word_as_a_participle() -> None:
    text = "Vous comptez sur la personne recrutée pour mener les due diligences."
    assert proofread.proofread(text).text == text


def test_it_restores_a_capital_after_a_short_word_only() -> None:
    found = proofread.proofread("Mes deux saisons au royal riviera et au portugal.")
    assert found.text == "Mes deux saisons au royal riviera et au Portugal."


def test_it_finds_a_fault_in_a_noun_after_a_noun() -> None:
    found = proofread.proofread("Le poste comprend l'accueil citoyens au guichet.")
    assert not found.fixes
    assert [fault.text for fault in found.faults] == ["citoyens"]


def test_it_finds_the_note_a_fault_is_about_by_its_neighbours() -> None:
    (fault,) = proofread.proofread("Le poste comprend l'accueil citoyens au guichet.").faults
    assert proofread.touches(fault, "accueil citoyens au guichet")
    assert not proofread.touches(fault, "répondre aux appels des citoyens")
    assert not proofread.touches(fault, "tenue de la caisse")


def test_it_hands_back_a_note_whose_sentence_holds_a_fault() -> None:
    # "accueil citoyens" (two nouns side by side) is the gate's since session 15: a plural
    # the proofreader reads as no agreement is its own
    ctx = make_ctx(role_understood="les encaissement au guichet")
    draft = catchup_email(ctx)
    assert "encaissement" not in draft.text
    assert "à compléter" in draft.text
    assert [(item.text, item.reason) for item in draft.review] == [
        ("les encaissement au guichet", "grammar")
    ]


def test_it_corrects_the_catchup_and_shows_it_under_the_field() -> None:
    ctx = make_ctx(strong_points="mon experience au portugal comme ouvriere")
    assert "au Portugal" in catchup_email(ctx).text
    shown = part_preview(ctx, "strong_points")
    assert "au Portugal" in shown.sentence
    assert any(s.typed == "portugal" and s.written == "Portugal" for s in shown.suggestions)


def test_it_reads_a_faults_neighbours_within_its_sentence() -> None:
    from relance.drafts.proofread import _around

    text = "c'est le contact avec les habitues. L'idée de rejoindre une pharmacie"
    start = text.index("habitues")
    around = _around(text, start, start + len("habitues"))
    assert "idée" not in around
    assert around.startswith("les habitues")
