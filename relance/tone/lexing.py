"""Stage 1 of the tone guard, pure: tokens with their character spans and the lemmas a rule
may match on. Reads no rule: spelling.annotate (stage 2) corrects the words that may hide an
insult.

A token carries a set of keys: its lower-cased form, its simplemma lemma, a guessed
infinitive for past participles (simplemma reads "exigé" as an adjective), a "="-marked
surface form for surface-only rule words, and a "~"-marked form when the writer typed no
accents at all, so that "desole" still meets a rule written "désolé".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from relance.core.accents import strip_combining
from relance.tone.lemmas import lemmatize

APOSTROPHES = ("’", "‘", "ʼ", "`")  # each becomes "'"
WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*|\n|[!?]+|\.{3}|[^\w\s]", re.UNICODE)
FR_ELISIONS = frozenset(
    {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}
)
EN_CLITICS = ("n't", "'s", "'re", "'m", "'ll", "'ve", "'d")
SENTENCE_ENDS = frozenset({".", "!", "?", ";", "...", "…", "\n", ":"})
PARTICIPLE_ENDINGS = ("ées", "ée", "és", "é")
PRESENT_ENDINGS = ("ent", "ons", "ez", "es", "e")
GUESSED_ENDINGS = PARTICIPLE_ENDINGS + PRESENT_ENDINGS
NO_GUESS: frozenset[str] = frozenset()
SPACED_LETTERS_MIN = 4  # one-letter words in a row rejoined ("f e m m e s")
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"})


class Token(NamedTuple):
    """A named tuple, not a frozen dataclass: as immutable, and built five times faster (a
    frozen dataclass sets each field through object.__setattr__), for 200 tokens an e-mail."""

    text: str  # lower-cased, apostrophes normalised
    start: int
    end: int
    keys: frozenset[str]
    is_word: bool
    hyphen_before: bool = False

    @property
    def is_boundary(self) -> bool:
        return self.text in SENTENCE_ENDS or (not self.is_word and self.text.startswith(("!", "?")))


def fold(word: str) -> str:
    return strip_combining(unicodedata.normalize("NFD", word))


def infinitive_guesses(word: str, lang: str, lemma: str) -> frozenset[str]:
    """French infinitives guessed from a word's ending: simplemma reads past participles as
    adjectives ("exigé") and some present-tense verbs as nouns ("je donne", "je demande")."""
    if lang != "fr":
        return NO_GUESS
    guesses = set()
    # one endswith of all the endings first: most words end with none of them
    if word.endswith(PARTICIPLE_ENDINGS):
        for ending in PARTICIPLE_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                guesses.add(word[: -len(ending)] + "er")
                break
    if lemma == word and word.endswith(PRESENT_ENDINGS):
        for ending in PRESENT_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 3:
                guesses.add(word[: -len(ending)] + "er")
                break
    return frozenset(guesses) if guesses else NO_GUESS


@lru_cache(maxsize=65536)
def lemma_keys(word: str, lang: str) -> frozenset[str]:
    """Every key a rule word can match for this lower-cased word (cached: words repeat)."""
    lemma = lemmatize(word, lang)
    keys = {word, "=" + word, lemma}
    if lang == "fr" and word.endswith(GUESSED_ENDINGS):  # else infinitive_guesses has none
        keys |= infinitive_guesses(word, lang, lemma)
    if word.isascii() or fold(word) == word:  # no accent to take off: NFD keeps ASCII
        keys.add("~" + word)
    return frozenset(keys)


def split_word(word: str, start: int) -> list[tuple[str, int]]:
    """Split French elisions (j'exige) and English clitics (don't) off a word."""
    parts: list[tuple[str, int]] = []
    while "'" in word:
        head, _, tail = word.partition("'")
        if head.lower() in FR_ELISIONS and tail:
            parts.append((head + "'", start))
            start += len(head) + 1
            word = tail
            continue
        low = word.lower()
        for clitic in EN_CLITICS:
            if low.endswith(clitic) and len(word) > len(clitic):
                cut = len(word) - len(clitic)
                parts.append((word[:cut], start))
                parts.append((word[cut:], start + cut))
                return parts
        break
    parts.append((word, start))
    return parts


def _deleet(word: str) -> str:
    """Undo digit-for-letter spellings (f3mmes, 0rdures) without touching 13/10, 2e or B2."""
    if word.isalpha() or not any(ch.isdigit() for ch in word):
        return word
    letters = sum(ch.isalpha() for ch in word)
    # a leading digit is a number (2e, 10h30, 3ème) unless letters make most of the word
    if letters < 3 or (word[0].isdigit() and (letters < 4 or letters < 2 * (len(word) - letters))):
        return word
    return word.translate(LEET)


def _raw_tokens(text: str) -> list[tuple[str, int, int]]:
    raw: list[tuple[str, int, int]] = []
    for match in WORD_RE.finditer(text):
        chunk = match.group()
        if chunk[0].isalnum() and "'" in chunk:  # only an apostrophe splits a word
            for part, start in split_word(chunk, match.start()):
                raw.append((part, start, start + len(part)))
        elif chunk != "-":  # hyphens join words; the next token remembers one was there
            raw.append((chunk, match.start(), match.end()))
    return _join_spaced_letters(text, raw)


def _join_spaced_letters(text: str, raw: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Rejoin words typed letter by letter ("f e m m e s") to defeat that evasion."""
    run = 0  # a first look for four one-letter words in a row: most texts have none
    for chunk, _, _ in raw:
        run = run + 1 if len(chunk) == 1 and chunk.isalpha() else 0
        if run == SPACED_LETTERS_MIN:
            break
    else:
        return raw
    joined: list[tuple[str, int, int]] = []
    index = 0
    while index < len(raw):
        run_end = index
        while (
            run_end < len(raw)
            and len(raw[run_end][0]) == 1
            and raw[run_end][0].isalpha()
            and (run_end == index or raw[run_end][1] == raw[run_end - 1][2] + 1)
        ):
            run_end += 1
        if run_end - index >= SPACED_LETTERS_MIN:
            start, end = raw[index][1], raw[run_end - 1][2]
            joined.append((text[start:end].replace(" ", ""), start, end))
            index = run_end
        else:
            joined.append(raw[index])
            index += 1
    return joined


def lex(text: str, lang: str) -> list[Token]:
    """Tokens of `text` (already apostrophe-normalised) with their lemma keys."""
    tokens: list[Token] = []
    for chunk, start, end in _raw_tokens(text):
        low = chunk.lower()
        is_word = low[0].isalnum() or low[-1].isalnum()
        hyphen = start > 0 and text[start - 1] == "-"
        if not is_word:
            tokens.append(Token(low, start, end, _symbol_keys(low), False, hyphen))
            continue
        word = low if low.isalpha() else _deleet(low)
        keys = lemma_keys(word, lang)
        if word != low:  # a digit stood for a letter: the writer's accents mean nothing
            keys |= {"~" + fold(word)}
        tokens.append(Token(word, start, end, keys, True, hyphen))
    return tokens


@lru_cache(maxsize=1024)
def _symbol_keys(symbol: str) -> frozenset[str]:
    """The keys of a token that is no word (a comma, a line break): each comes back often in
    an e-mail."""
    return frozenset({symbol, "=" + symbol})


def normalise(text: str) -> str:
    """Same length as `text` (spans stay valid): typographic apostrophes become '.

    One `replace` per apostrophe, for those the text holds: `str.translate` with a table
    looks each character up in a dict once the text is not ASCII (100 µs for an accented
    150-word e-mail, 2 % of a warm check)."""
    for apostrophe in APOSTROPHES:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    return text
