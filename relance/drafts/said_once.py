"""A sentence the e-mail already said, in other words around it, said once.

Two fields may yield one sentence twice over: « calme » among the expectations after « qqn de
calme au tel » among the needs wrote « Vous recherchez quelqu'un de calme au téléphone … »
then, two sentences on, « Vous recherchez quelqu'un de calme. » (writer AW's aw17). A later
sentence whose words all stand, in order, inside an earlier one goes; a marked place never
does.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«\[])")
MIN_WORDS = 4  # "Vous recherchez quelqu'un de calme." is five


def _plain(sentence: str) -> str:
    return " ".join(re.findall(r"[^\W_]+(?:['’][^\W_]+)?", sentence.lower()))


def said_once(values: dict[str, str], order: list[str]) -> dict[str, str]:
    """The values whose sentences, read in `order`, are each said once."""
    said: list[str] = []
    out = dict(values)
    for slot in order:
        text = values.get(slot, "")
        if not text:
            continue
        kept = []
        for sentence in SENTENCE_END.split(text):
            plain = _plain(sentence)
            again = (
                "[" not in sentence
                and len(plain.split()) >= MIN_WORDS
                and any(f" {plain} " in f" {earlier} " for earlier in said)
            )
            if not again:
                kept.append(sentence)
                said.append(plain)
        out[slot] = " ".join(kept)
    return out
