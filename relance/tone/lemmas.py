"""Lemmas for the tone guard, from a small shipped table (data/lemmas_<lang>.txt).

The table (built from simplemma by scripts/tone-lemma-table, see lemma_table.py) lists
every form whose lemma a rule, class, context or frame may look for; any other word is its
own lemma, since its real one could not meet a rule. Reading it costs a few milliseconds
where simplemma's dictionary costs ~200 ms. `known()` (is this a word at all? the spelling
and capitals checks ask) reads data/known_<lang>.bin, the hashes of every word simplemma
knows (see lemma_table.known_table).
"""

from __future__ import annotations

import sys
import zlib
from array import array
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@lru_cache(maxsize=4)
def table(lang: str) -> dict[str, str]:
    """form -> lemma for the forms whose lemma matters to the rules ({} if none shipped)."""
    path = DATA_DIR / f"lemmas_{lang}.txt"
    if not path.exists():
        return {}
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        form, _, lemma = line.partition("\t")
        found[form] = lemma or form
    return found


def lemmatize(word: str, lang: str) -> str:
    return table(lang).get(word, word)


@lru_cache(maxsize=4)
def _private_table(lang: str) -> dict[str, str]:
    path = DATA_DIR / f"private_lemmas_{lang}.txt"
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


def private_lemma(token: str, lang: str) -> str:
    """The folded lemma of a folded token, as the private word lists match it
    (relance/core/private_words.py; data/private_lemmas_<lang>.txt)."""
    return _private_table(lang).get(token, token)


@lru_cache(maxsize=4)
def _known_table(lang: str) -> tuple[list[int], array[int]] | None:
    path = DATA_DIR / f"known_{lang}.bin"
    if not path.exists():
        return None
    data = path.read_bytes()
    starts = [0, *accumulate(data[: 1 << 16])]
    lows = array("H")
    lows.frombytes(data[1 << 16 :])
    if sys.byteorder != "little":
        lows.byteswap()
    return starts, lows


def known(word: str, lang: str) -> bool:
    """Is `word` (lower case) a word simplemma knows? From the shipped hashes; simplemma
    itself (its dictionary loads on the first call: ~200 ms) if none are shipped."""
    found = _known_table(lang)
    if found is None:
        return _simplemma_knows(word, lang)
    starts, lows = found
    value = zlib.crc32(word.encode("utf-8"))
    group = value >> 16
    return (value & 0xFFFF) in lows[starts[group] : starts[group + 1]]


def _simplemma_knows(word: str, lang: str) -> bool:
    import simplemma

    try:
        return bool(simplemma.is_known(word, lang=lang))
    except ValueError:
        return False
