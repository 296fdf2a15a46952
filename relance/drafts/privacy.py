"""Keeping out of a draft the notes a recruiter must not read, and saying why.

The debrief is the candidate's own memo: "mon ancien chef était un boulet", "elle m'a dit
qu'ils ont beaucoup de turnover", "j'ai bafouillé sur la question 2", "1800 net négociable",
"j'ai aussi postulé chez Sephora". None of it belongs in a message to the recruiter. Each
note item is read whole; an item that says such a thing is left out whole (never half
kept), and the draft lists it to the candidate with the reason.

The lexicons are `templates/<lang>/private.txt`. Words are matched lower case and without
accents, on the words as typed and on their lemmas (simplemma), so "ils démissionnent",
"bafouillé" or "stumbled" need no entry of their own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from relance.core.i18n import N_
from relance.drafts.templates import read

# Why a note was left out, as the draft page lists it ("a remark about a former employer").
REASONS = {
    "employer": N_("a remark about a former employer"),
    "site": N_("something the recruiter confided about the workplace"),
    "salary": N_("a salary figure or negotiation"),
    "self": N_("a doubt about your own interview"),
    "personal": N_("your private life (health, family, money)"),
    "elsewhere": N_("another application or offer"),
    "recruiter": N_("a remark about the recruiter"),
    "insult": N_("a harsh word"),
    "tone": N_("a word the tone guard would flag"),
    "brevity": N_("left out to keep the e-mail short"),
}
# Looks and mood are only a remark about the recruiter when someone is named in the note.
PERSON = {
    "fr": frozenset(
        re.findall(
            r"\w+",
            "elle il recruteur recruteuse rh dame monsieur madame manager responsable gars "
            "mec nana meuf directeur directrice cheffe chef",
        )
    ),
    "en": frozenset(
        re.findall(r"\w+", "she he her his recruiter interviewer manager guy lady woman man hr")
    ),
}
# A sum of money: "1800 net", "28k", "12,50 €/h", "£11.44", "2 000 euros" (not "150 colis/h").
MONEY = re.compile(
    r"[£$€]\s?\d|\d\s?(?:[kK]\b|[kK]€|€|£|\$|euros?\b|eur\b|brut\b|net\b|bruts\b|nets\b|"
    r"p\.?a\.?\b|/\s?(?:mois|month|an|year|yr)\b)",
    re.IGNORECASE,
)
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
GAP = 3  # "~" in an entry: one to three words of any kind


@dataclass(frozen=True)
class LeftOut:
    """A note item the draft does not contain, with the debrief part it came from."""

    part: str
    text: str
    reason: str  # a key of REASONS

    @property
    def label(self) -> str:
        return REASONS[self.reason]


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def tokens(text: str) -> list[str]:
    return TOKEN.findall(fold(text))


@cache
def _lexicon(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    entries = []
    for line in read(f"{lang}/private.txt").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        reason, _, words = line.partition(":")
        pattern = tuple(re.findall(r"~|[^\W_]+\*?", fold(words.strip())))
        if reason.strip() in REASONS and pattern:
            entries.append((reason.strip(), pattern))
    return tuple(entries)


@lru_cache(maxsize=8192)
def _lemma(token: str, lang: str) -> str:
    if token.isdigit():
        return token
    import simplemma  # lazily: its dictionary loads on the first draft that needs it

    return fold(simplemma.lemmatize(token, lang=lang))


def _word_matches(word: str, token: str) -> bool:
    if word.endswith("*"):
        return token.startswith(word[:-1])
    return token == word


def _matches_at(pattern: tuple[str, ...], words: list[str], start: int) -> bool:
    if not pattern:
        return True
    head, rest = pattern[0], pattern[1:]
    if head == "~":
        return any(_matches_at(rest, words, start + gap) for gap in range(1, GAP + 1))
    if start >= len(words) or not _word_matches(head, words[start]):
        return False
    return _matches_at(rest, words, start + 1)


def _found(pattern: tuple[str, ...], words: list[str]) -> bool:
    return any(_matches_at(pattern, words, start) for start in range(len(words)))


def reason(item: str, lang: str) -> str:
    """Why the recruiter must not read this note item, or "" when it may be sent."""
    if lang not in ("fr", "en"):
        return ""
    if MONEY.search(item):
        return "salary"
    typed = tokens(item)
    lemmas = [_lemma(token, lang) for token in typed]
    named = any(token in PERSON[lang] for token in typed)
    for why, pattern in _lexicon(lang):
        if why == "recruiter" and not named:
            continue
        if _found(pattern, typed) or _found(pattern, lemmas):
            return why
    return ""


def sift(items: list[str], lang: str, part: str) -> tuple[list[str], list[LeftOut]]:
    """The items that may be sent, and those left out with their reason."""
    kept: list[str] = []
    left: list[LeftOut] = []
    for item in items:
        why = reason(item, lang)
        if why:
            left.append(LeftOut(part=part, text=item, reason=why))
        else:
            kept.append(item)
    return kept, left
