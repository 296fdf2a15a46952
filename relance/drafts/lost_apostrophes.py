"""The apostrophe a phone keyboard lost: « j ai », « l equipe », « qu il », « à l aise ».

Typed fast, a French elision often loses its apostrophe and leaves a lone letter before the
word (writer AJ typed no apostrophe at all: « j ai fait 6 ans chez mon oncle », « quelqu un
pour l hiver »). The lone letter can be nothing else before a vowel or a mute h, except where
it is a unit or a category: « 3 m en hauteur », « permis d en cours », « caces c et d ».

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

# What a lone letter may be besides an elided word: a unit after a number, a category after
# the name of what it classes, a letter among letters.
CATEGORY_WORDS = frozenset(
    [
        "permis",
        "caces",
        "cat",
        "catégorie",
        "categorie",
        "type",
        "classe",
        "niveau",
        "ligne",
        "bac",
        "option",
        "groupe",
        "bâtiment",
        "batiment",
        "bat",
        "zone",
        "porte",
        "quai",
        "allée",
        "allee",
        "vitamine",
        "rayon",
        "poste",
        "lettre",
        "lettres",
        "la",
        "le",
        "les",
        "et",
        "ou",
        "en",
    ]
)
ELIDED = re.compile(
    r"(?<![\w'’.-])(j|l|c|d|m|n|s|t|qu|jusqu|lorsqu|puisqu|quelqu)\s+"
    r"(?=[aeiouyàâäéèêëîïôöûüh](?:\w|\s))",
    re.IGNORECASE,
)
LONE_LETTERS = frozenset("bcdefghijklmnopqrstuvwxz")
PREVIOUS_WORD = re.compile(r"([\w.]+)\s*$")


def restored(text: str) -> str:
    """The note with the apostrophes of its elisions put back."""
    return TO_PLACE.sub(r"\1à", ELIDED.sub(_joined, text))


# « qu a la ferme », « jusqu a 18h »: once joined, the « a » before a place or an hour is « à »
TO_PLACE = re.compile(
    r"\b((?:jusqu|qu)['’])a(?=\s+(?:la|le|les|l['’]|un|une|mon|ma|mes|ce|cette|\d))", re.I
)


def _joined(match: re.Match[str]) -> str:
    letters = match[1].lower()
    previous = PREVIOUS_WORD.search(match.string, 0, match.start())
    word = previous[1].lower() if previous else ""
    if word[-1:].isdigit() or word in CATEGORY_WORDS or word in LONE_LETTERS:
        return match[0]  # « 3 m en hauteur », « permis d en cours », « caces c et d »
    if letters in FOLLOWERS and not FOLLOWERS[letters].match(match.string, match.end()):
        return match[0]
    return match[1] + "'"


# « c est », « s il », « t as » elide only before a few words: elsewhere the letter stays.
FOLLOWERS = {
    "c": re.compile(r"(?:est|était|etait|étaient|etaient|en\b)", re.I),
    "s": re.compile(r"(?:il|ils|est|était|etait|en\b|y\b|a\b|agit|occupe|occuper)", re.I),
    "t": re.compile(r"(?:as|es|en\b|y\b|a\b)", re.I),
}
