"""Clipped and texting words written out: the suggestion of a shorthand finding.

A recruiter reads "dispo", "bcp", "ppl" or "w/" in a letter as familiar, whatever the
candidate meant (docs/tone.md, "Clipped and texting words"). The finding's suggestion is its
own sentence with each such word of the rule's `calmer` table written out ("Je suis dispo
jeudi." becomes "Je suis disponible jeudi."): a whole sentence, as every suggestion, which
keeps what the candidate said; a word typed in capitals ("BCP") is written out in small
letters, one with a capital or at the start keeps it. A table value "a|b" is `a`, or `b`
after a number ("yrs": "yours" in a sign-off, "5 years" after a figure).
"""

from __future__ import annotations

import re
from functools import lru_cache

NUMBER_BEFORE = re.compile(r"\d\s*$")


@lru_cache(maxsize=64)
def _pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(
        r"\s+".join(re.escape(part) for part in key.split())
        for key in sorted(keys, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'/])(?:{alternatives})(?![\w/])", re.IGNORECASE)


def _whole(match: re.Match[str], table: dict[str, str], text: str) -> str:
    found = match.group()
    value = table[" ".join(found.lower().split())]
    plain, _, after_number = value.partition("|")
    word = after_number if after_number and NUMBER_BEFORE.search(text[: match.start()]) else plain
    if (found[0].isupper() and not found.isupper()) or not text[: match.start()].strip():
        word = word[0].upper() + word[1:]
    return word


def written_out(sentence: str, calmer: tuple[tuple[str, str], ...]) -> str | None:
    """`sentence` with each clipped word of `calmer` written out; None when none is in it."""
    if not calmer:
        return None
    table = dict(calmer)
    result = _pattern(tuple(table)).sub(lambda m: _whole(m, table, m.string), sentence)
    return result if result != sentence else None
