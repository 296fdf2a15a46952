"""The word features of the two learned models (the tone guard's, the private screen's).

A word and its character n-grams, padded with "<" and ">" so that a typo keeps most of them,
each hashed into one of `buckets` columns (crc32, the same value in every process and
platform, unlike `hash()`). Each model caches the words it reads with its own sizes.
"""

from __future__ import annotations

import zlib


def word_grams(word: str, sizes: tuple[int, ...], buckets: int, longest: int) -> tuple[int, ...]:
    """The columns of `word` (cut to `longest` letters: a longer one is a pasted blob)."""
    word = word[:longest]
    padded = f"<{word}>"
    grams = {f"w:{word}"}
    for size in sizes:
        grams.update(f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1))
    return tuple(sorted(zlib.crc32(gram.encode("utf-8")) % buckets for gram in grams))
