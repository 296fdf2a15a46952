"""The accent index ships as a table built by scripts/accent-table, read lazily in place."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from relance.drafts import accents

ROOT = Path(__file__).resolve().parents[2]


def test_it_ships_the_table_the_script_builds() -> None:
    shipped = (ROOT / "relance/drafts/templates" / accents.TABLE).read_text(encoding="utf-8")
    assert shipped == accents.build_table("fr")


def test_it_finds_every_word_of_the_table() -> None:
    text = accents._table("fr").decode()
    for line in text.splitlines()[::97]:
        key, known, forms = line.split("\t")
        assert accents._entry(key, "fr") == (known == "1", tuple(forms.split(",")))


def test_it_finds_nothing_for_words_outside_the_table() -> None:
    for word in ("", "aaaa", "montreuil", "zzzz", "zythumx"):
        assert accents._entry(word, "fr") == (False, ())


def test_it_restores_accents_from_the_table() -> None:
    assert accents.restored("vehicule") == "véhicule"
    assert accents.restored("equipe") == "équipe"
    assert accents.restored("cote") == "cote"  # côte or côté: the note does not say
    assert accents.restored("marche") == "marche"  # a word already


def test_it_reads_the_table_only_when_a_draft_needs_it() -> None:
    code = (
        "import relance.drafts, relance.drafts.accents as a, sys; "
        "sys.exit(a._table.cache_info().currsize)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False).returncode == 0


def test_it_leaves_a_product_name_without_a_french_accent() -> None:
    from relance.drafts.accents import restore_accents

    # Opera is the hotel software (Opera PMS): never "opéra".
    assert restore_accents("utiliser opera pour les réservations", "fr") == (
        "utiliser Opera pour les réservations"
    )


def test_it_leaves_an_english_word_next_to_english_as_typed() -> None:
    from relance.drafts.accents import restore_accents

    assert restore_accents("opera suite software", "fr") == "Opera suite software"
    assert restore_accents("la reception des colis", "fr") == "la réception des colis"


def test_it_restores_a_known_form_whose_lemma_has_the_accents() -> None:
    from relance.drafts.accents import restore_accents

    assert restore_accents("mon frere, fin decembre", "fr") == "mon frère, fin décembre"
    assert restore_accents("il aime", "fr") == "il aime"


def test_it_leaves_oui_as_typed() -> None:
    assert accents.restore_accents("pour dire oui ou non") == "pour dire oui ou non"
    assert accents.restore_accents("si oui, visite medicale") == "si oui, visite médicale"


def test_it_gives_an_english_compound_no_conjugated_verb() -> None:
    # "stage-gâte", "check-ôut": the accent restorer read the English term as French verbs
    assert accents.restore_accents("le process stage-gate", "fr") == "le process stage-gate"
    assert accents.restore_accents("vice-president", "fr") == "vice-président"
    assert accents.restore_accents("peut-etre", "fr") == "peut-être"


def test_it_reads_a_title_of_english_words_as_english() -> None:
    assert accents.english_phrase(["Executive", "Assistant"])
    assert accents.english_phrase(["Data", "Analyst"])
    assert not accents.english_phrase(["Chef", "Comptable"])
    assert not accents.english_phrase(["Assistant"])
