"""The guard's lemma tables and known-word hashes ship as files built by
scripts/tone-lemma-table, so that a cold check never loads simplemma's dictionary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import simplemma

from relance.tone import lemmas
from relance.tone.lemma_table import build_table, known_table, private_table, rule_words
from relance.tone.lexing import lemma_keys

ROOT = Path(__file__).resolve().parents[2]


def test_it_ships_the_tables_the_script_builds() -> None:
    for lang in ("fr", "en"):
        shipped = (lemmas.DATA_DIR / f"lemmas_{lang}.txt").read_text(encoding="utf-8")
        assert shipped == build_table(lang), f"run scripts/tone-lemma-table ({lang})"
        assert (lemmas.DATA_DIR / f"known_{lang}.bin").read_bytes() == known_table(lang)


def test_it_ships_the_private_lemmas_the_word_lists_need() -> None:
    # The drafts lemmatise private notes with simplemma, the guard with this table: a word
    # added to relance/core/data/private_<lang>.txt must reach both.
    for lang in ("fr", "en"):
        shipped = (lemmas.DATA_DIR / f"private_lemmas_{lang}.txt").read_text(encoding="utf-8")
        assert shipped == private_table(lang), f"run scripts/tone-lemma-table ({lang})"


def test_it_leaves_out_the_lemmas_of_words_matched_as_typed() -> None:
    assert "struck\tstrike" not in private_table("en")


def test_it_gives_the_rule_words_simplemmas_lemma() -> None:
    words = rule_words("fr")
    for word in ("exigeons", "suppliée", "relancerai", "attends", "méprisez"):
        real = simplemma.lemmatize(word, lang="fr")
        assert real in words
        assert lemmas.lemmatize(word, "fr") == real


def test_it_reads_any_other_word_as_its_own_lemma() -> None:
    # "harceler" is no rule word: its inflections need not be listed
    assert "harceler" not in rule_words("fr")
    assert lemmas.lemmatize("harcèlent", "fr") == "harcèlent"
    assert lemma_keys("exigé", "fr") >= {"exigé", "exiger"}  # the guessed infinitive


def test_it_knows_the_words_simplemma_knows() -> None:
    for word, lang in (("restaurant", "fr"), ("entretien", "fr"), ("kitchen", "en")):
        assert lemmas.known(word, lang)
    for word, lang in (("détetse", "fr"), ("ignbles", "fr"), ("stupdi", "en")):
        assert not lemmas.known(word, lang)


def test_it_checks_a_message_without_loading_the_dictionary() -> None:
    code = (
        "import sys; from relance.tone import check; "
        "check('Bonjour Madame, je vous remercie pour notre entretien au restaurant "
        "de mardi et reste très motivée par ce poste.', lang='fr'); "
        "print('simplemma' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
