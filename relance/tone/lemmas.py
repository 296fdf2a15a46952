"""Lemmas from simplemma, imported lazily (its dictionaries cost ~150 ms to load)."""

from __future__ import annotations


def lemmatize(word: str, lang: str) -> str:
    import simplemma

    try:
        return str(simplemma.lemmatize(word, lang=lang))
    except (ValueError, KeyError):
        return word
