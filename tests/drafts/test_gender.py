"""The gender of French nouns: Hunspell's dictionary first, the hand lists where it is silent."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

from relance.drafts import gender

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(os.environ.get("RELANCE_HUNSPELL_FR", "/usr/share/hunspell/fr.dic"))


def test_it_reads_the_gender_from_the_dictionary() -> None:
    assert gender.noun_gender("caisse") == gender.FEM
    assert gender.noun_gender("transpalette") == gender.MASC  # "-ette" says feminine: wrong


def test_it_reads_a_feminine_made_by_a_suffix_rule() -> None:
    # "client/F." in fr.dic: the masculine lemma, its feminine made by the "+e" rule
    assert gender.noun_gender("client") == gender.MASC
    assert gender.noun_gender("cliente") == gender.FEM


def test_it_reads_a_plural_as_its_singular() -> None:
    assert gender.noun_gender("cartes") == gender.FEM  # the old final-"s" rule said masculine
    assert gender.noun_gender("journaux") == gender.MASC


def test_it_keeps_the_trade_sense_when_the_dictionary_gives_both() -> None:
    assert gender.dictionary()["poste"] == "e"
    assert gender.noun_gender("poste") == gender.MASC


def test_it_knows_what_is_a_noun() -> None:
    assert gender.is_noun("magasin")
    assert not gender.is_noun("écrire")
    assert not gender.is_noun("ensuite")


def test_it_ships_the_table_built_from_the_dictionary() -> None:
    # `make test` installs the dictionary: missing, this check fails rather than skip.
    assert SOURCE.exists(), f"{SOURCE} is missing: apt-get install hunspell-fr-classical"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts/gender-table"), "--check", str(SOURCE)],
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr


def test_it_ships_a_compact_table() -> None:
    data = gender.TABLE.read_bytes()
    assert len(data) < 300_000
    assert "MPL-2.0" in gzip.decompress(data).decode("utf-8").splitlines()[1]
