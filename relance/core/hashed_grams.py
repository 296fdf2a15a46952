"""The word features of the two learned models (the tone guard's, the private screen's).

A word and its character n-grams, padded with "<" and ">" so that a typo keeps most of them,
each hashed into one of `buckets` columns (crc32, the same value in every process and
platform, unlike `hash()`). Each model caches the words it reads with its own sizes.
"""

from __future__ import annotations

import zlib
from itertools import repeat

# crc32 runs on: crc32(b"c:" + gram) == crc32(gram, crc32(b"c:")), so each n-gram is hashed
# from its own bytes with the prefix's checksum as the start, with no string built for it
WORD_PREFIX = zlib.crc32(b"w:")
GRAM_PREFIX = zlib.crc32(b"c:")


def word_grams(word: str, sizes: tuple[int, ...], buckets: int, longest: int) -> tuple[int, ...]:
    """The columns of `word` (cut to `longest` letters: a longer one is a pasted blob)."""
    word = word[:longest]
    padded = f"<{word}>"
    columns = [zlib.crc32(word.encode("utf-8"), WORD_PREFIX) % buckets]
    if padded.isascii():  # one byte per letter: the n-grams are slices of the bytes
        data = padded.encode("ascii")
        grams: set[bytes] = {
            data[i : i + size] for size in sizes for i in range(len(data) - size + 1)
        }
    else:
        letters = {padded[i : i + size] for size in sizes for i in range(len(padded) - size + 1)}
        grams = set(map(str.encode, letters))  # utf-8
    # C-level loops (map), not a Python one per n-gram: a fresh e-mail hashes ~700 of them
    columns += map(buckets.__rmod__, map(zlib.crc32, grams, repeat(GRAM_PREFIX, len(grams))))
    columns.sort()
    return tuple(columns)
