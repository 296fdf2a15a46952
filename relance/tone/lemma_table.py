"""Build the tone guard's lemma tables (data/lemmas_<lang>.txt) from simplemma, at
development time: `scripts/tone-lemma-table` writes them, tests/tone/test_lemma_table.py
checks that the shipped ones are fresh.

A rule word matches on lemmas ("exiger" hits "j'exige"), but loading simplemma's whole
dictionary costs more than half of the guard's cold start, and a token's lemma only
matters when it is a word some pattern, class, frame or code check looks for. The table
keeps those: every dictionary form whose lemma, or whose guessed infinitive (lexing.
lemma_keys), is such a word, with its lemma. Any other word's lemma cannot meet a rule, so
lexing takes the word itself. The rule words' own lemmas count as rule words, so that the
spelling lexicon (spelling.lexicon) finds every inflection of an insult.
"""

from __future__ import annotations

import sys

from relance.tone.lexing import infinitive_guesses

# keys that code checks on tokens (frames._auxiliary), not read from a rule file
CODE_KEYS = frozenset({"avoir", "être", "aller", "pouvoir", "vouloir", "devoir"})


def rule_words(lang: str) -> frozenset[str]:
    """Every plain word (no "=" nor "~" key) that a rule, class, context or frame of the
    language may look for on a token."""
    from relance.tone.frames import frame_book
    from relance.tone.patterns import Pattern
    from relance.tone.rules import class_table, context_frames, rule_book

    keys: set[str] = set(CODE_KEYS)
    patterns: list[Pattern] = []
    for rule in rule_book(lang).rules:
        patterns += [*rule.patterns, *rule.unless]
    for frames in context_frames(lang).values():
        patterns += frames
    book = frame_book(lang)
    if book is not None:
        keys |= book.verbs | book.closers
        patterns += list(book.endorsing)
        patterns += [pattern for pairs in book.index.values() for _, pattern in pairs]
    for pattern in patterns:
        for element in pattern.elements:
            keys |= element.keys
    for words in class_table(lang).values():
        keys |= words
    return frozenset(key for key in keys if key and key[0] not in "=~")


def build_table(lang: str) -> str:
    """The table's text: "form<TAB>lemma" per line, sorted; "form<TAB>" when the lemma is
    the form itself (the form is listed because its guessed infinitive is a rule word:
    unlisted, a form is read as its own lemma, which may add a guess, hence the superset)."""
    import simplemma
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    words = rule_words(lang)
    wanted = set(words) | {str(simplemma.lemmatize(word, lang=lang)) for word in words}
    table = DefaultDictionaryFactory().get_dictionary(lang)
    forms = {(key if isinstance(key, str) else key.decode()).lower() for key in table}
    forms |= words
    lines = []
    for form in sorted(forms):
        if not form or "\t" in form or "\n" in form:
            continue
        lemma = str(simplemma.lemmatize(form, lang=lang))
        if lemma in wanted or not wanted.isdisjoint(infinitive_guesses(form, lang, form)):
            lines.append(f"{form}\t{'' if lemma == form else lemma}")
    return "\n".join(lines) + "\n"


def known_table(lang: str) -> bytes:
    """The lower-case words simplemma knows, as CRC-32 hashes grouped by their high 16 bits:
    65,536 counts (one byte each), then the low 16 bits of each hash (two bytes, little
    endian), group by group, sorted. `lemmas.known` looks a word up in it without loading
    the dictionary (~200 ms). An unknown word shares a hash with a known one with odds of
    about 1 in 17,000 (250,000 French forms over 2**32): it then reads as known, so one
    typo-insult in that many may go unseen."""
    import zlib
    from array import array

    import simplemma
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    table = DefaultDictionaryFactory().get_dictionary(lang)
    forms = {(key if isinstance(key, str) else key.decode()).lower() for key in table}
    hashes = sorted(
        {zlib.crc32(form.encode("utf-8")) for form in forms if simplemma.is_known(form, lang)}
    )
    counts = bytearray(1 << 16)
    for value in hashes:
        if counts[value >> 16] == 255:
            raise RuntimeError("more than 255 hashes in one group")
        counts[value >> 16] += 1
    lows = array("H", (value & 0xFFFF for value in hashes))
    if lows.itemsize != 2:
        raise RuntimeError("array('H') is not 16-bit on this platform")
    if sys.byteorder != "little":
        lows.byteswap()
    return bytes(counts) + lows.tobytes()


def private_table(lang: str) -> str:
    """The lemmas the private word lists (relance/core/private_words.py) need, folded as
    they match: "folded form<TAB>folded lemma" per line, sorted, for every dictionary form
    whose folded lemma (as the drafts compute it) is a word or a "word*" prefix of an entry
    matched on lemmas (not as typed only) and differs from the form."""
    import simplemma
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from relance.core.private_words import as_typed, fold, lexicon

    typed_only = as_typed(lang)
    words = {
        word
        for number, (_, pattern) in enumerate(lexicon(lang))
        if number not in typed_only
        for word in pattern
        if word != "~"
    }
    exact = {word for word in words if not word.endswith("*")}
    prefixes = tuple(word[:-1] for word in words if word.endswith("*"))
    table = DefaultDictionaryFactory().get_dictionary(lang)
    forms = {fold(key if isinstance(key, str) else key.decode()) for key in table}
    lines = []
    for form in sorted(forms):
        if not form.isalnum() or form.isdigit():
            continue
        lemma = fold(simplemma.lemmatize(form, lang=lang))
        if lemma != form and (lemma in exact or lemma.startswith(prefixes)):
            lines.append(f"{form}\t{lemma}")
    return "\n".join(lines) + "\n"
