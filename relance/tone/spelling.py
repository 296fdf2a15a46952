"""Stage 2 of the tone guard: spelling-robust matching of the aggression vocabulary, one
typo or words run together. annotate() gives the tokens of stage 1 (lexing) the keys of the
insult they may hide.

Insults are the words people misspell on purpose to slip past a filter ("détetse",
"ignbles", "jedéteste", "lesplusstupides"). Only words that simplemma does not know are
looked at, and they are compared with the aggression rules' own words, never with the
whole dictionary, so an ordinary typo ("répnose") cannot turn into an insult unless it is
one letter away from a word of those rules. Everything is cached per word. Whether a word
is known comes from lemmas.known (shipped hashes, not simplemma's dictionary).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from relance.tone.lemmas import known, lemmatize
from relance.tone.lexing import Token, fold, lemma_keys
from relance.tone.rules import rule_book

# a shorter word hides no insult worth a look (checked before its text is copied)
MISSPELT_MIN_LENGTH = 6
# a one-letter edit of a short word is too often another word ("cons" / "cors")
FUZZY_MIN_LENGTH = 6
# Longer than any word of French or English ("anticonstitutionnellement" has 25 letters):
# such a token is no misspelled insult, and trying every one-letter edit of it costs
# quadratic time (20,000 characters of one token took seconds). Bounds the work per token.
FUZZY_MAX_LENGTH = 40
# a piece of a run-together word that must be an aggression word ("con" hides in surnames)
JOINED_MIN_PIECE = 5
JOINED_MIN_LENGTH = 7
JOINED_MAX_LENGTH = 32
# Short pieces of a run-together word must be function words: a suffix such as "-rie" in
# "déchetterie" is a known word too, but "déchet" + "te" + "rie" is no sentence.
SHORT_PIECE_LENGTH = 4
FUNCTION_WORDS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "je j tu il on nous vous ils me te se le la les de des du un une et en ne que qui si "
        "ces ce mon ma mes ton ta tes son sa ses au aux à a y est sont es plus très trop tout "
        "tous pour par sur pas the you i an of to are is so"
    ).split()
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    surfaces: frozenset[str]  # the rules' words as written (lower case)
    lemmas: frozenset[str]  # and their lemmas, to recognise other inflections
    by_fold: dict[str, str]  # folded form -> word: "negresse" -> the listed spelling
    by_deletion: dict[str, str]  # folded form minus one letter -> word (a letter missing)


def _is_known(word: str, lang: str) -> bool:
    if len(word) > 6 and word.endswith("ment"):  # simplemma does not list French adverbs
        return True
    return known(word, lang)


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    """The plain words of the aggression rules (and of the classes they use)."""
    surfaces: set[str] = set()
    for rule in rule_book(lang).rules:
        if rule.category != "aggression" or not rule.fuzzy:
            continue
        for pattern in rule.patterns:
            for element in pattern.elements:
                surfaces.update(key for key in element.keys if key.replace("'", "").isalpha())
    lemmas = {lemmatize(word, lang) for word in surfaces} | surfaces
    by_fold: dict[str, str] = {}
    by_deletion: dict[str, str] = {}
    for word in sorted(surfaces):
        folded = fold(word)
        by_fold.setdefault(folded, word)
        if len(folded) >= FUZZY_MIN_LENGTH:
            for cut in range(len(folded)):
                by_deletion.setdefault(folded[:cut] + folded[cut + 1 :], word)
    return Lexicon(frozenset(surfaces), frozenset(lemmas), by_fold, by_deletion)


def _in_lexicon(word: str, lang: str, words: Lexicon) -> bool:
    if word in words.surfaces:
        return True
    if not _is_known(word, lang):
        return False
    return not lemma_keys(word, lang).isdisjoint(words.lemmas)


def _swaps_and_deletions(word: str) -> list[str]:
    variants = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
    variants += [word[:i] + word[i + 1 :] for i in range(len(word))]
    return variants


@lru_cache(maxsize=16384)
def correction(word: str, lang: str) -> str | None:
    """The aggression word that `word` (unknown, lower case) is one typo away from, if any.

    A typo is a wrong or missing accent, two letters swapped, a letter missing or a letter
    too many ("detetse", "stupde", "maalde").
    """
    if not FUZZY_MIN_LENGTH <= len(word) <= FUZZY_MAX_LENGTH:
        return None
    if not word.isalpha() or _is_known(word, lang):
        return None
    words = lexicon(lang)
    folded = fold(word)
    if folded in words.by_fold:
        return words.by_fold[folded]
    if folded in words.by_deletion:
        return words.by_deletion[folded]
    for variant in _swaps_and_deletions(word):
        if len(variant) >= FUZZY_MIN_LENGTH - 1 and _in_lexicon(variant, lang, words):
            return variant
    for variant in _swaps_and_deletions(folded):
        if variant in words.by_fold and len(variant) >= FUZZY_MIN_LENGTH - 1:
            return words.by_fold[variant]
    return None


def _piece_ok(piece: str, lang: str) -> bool:
    if len(piece) < SHORT_PIECE_LENGTH:
        return piece in FUNCTION_WORDS
    return _is_known(piece, lang)


@lru_cache(maxsize=16384)
def split_joined(word: str, lang: str) -> tuple[str, ...] | None:
    """Known words that `word` runs together, one of them an aggression word, or None.

    "jedéteste" -> ("je", "déteste"); the fewest pieces win. Unknown words only.
    """
    size = len(word)
    if not JOINED_MIN_LENGTH <= size <= JOINED_MAX_LENGTH or not word.isalpha():
        return None
    words = lexicon(lang)
    if _is_known(word, lang) or word in words.surfaces or fold(word) in words.by_fold:
        return None
    if _inflected(word, lang):
        return None  # « répondantes » (a referee, in Québec) is no « répond an tes » (writer AN)
    # best[i][flag] = (pieces, start of the last piece, flag before it): the fewest pieces
    # covering word[:i]; flag 1 = an aggression word is among them
    best: list[list[tuple[int, int, int] | None]] = [[None, None] for _ in range(size + 1)]
    best[0][0] = (0, 0, 0)
    for end in range(1, size + 1):
        for start in range(max(0, end - 20), end):
            if best[start] == [None, None]:
                continue
            piece = word[start:end]
            if not _piece_ok(piece, lang):
                continue
            hostile = len(piece) >= JOINED_MIN_PIECE and _in_lexicon(piece, lang, words)
            for flag in (0, 1):
                previous = best[start][flag]
                if previous is None:
                    continue
                new_flag = 1 if hostile else flag
                current = best[end][new_flag]
                if current is None or previous[0] + 1 < current[0]:
                    best[end][new_flag] = (previous[0] + 1, start, flag)
    final = best[size][1]
    if final is None or final[0] < 2:
        return None
    pieces: list[str] = []
    end, flag = size, 1
    while end > 0:
        step = best[end][flag]
        assert step is not None
        _count, start, flag = step
        pieces.append(word[start:end])
        end = start
    return tuple(reversed(pieces))


# Regular endings of a known word: its feminine and its plurals
INFLECTIONS = {"fr": ("es", "e", "s"), "en": ("es", "s")}


def _inflected(word: str, lang: str) -> bool:
    """Is `word` a known word with a regular ending added (« répondantes », "referees")?"""
    return any(
        word.endswith(ending)
        and len(word) - len(ending) >= 4
        and _is_known(word[: -len(ending)], lang)
        for ending in INFLECTIONS.get(lang, ())
    )


def annotate(tokens: list[Token], text: str, lang: str) -> list[Token]:
    """The tokens of `text` again, each word that may hide an insult with the keys of that
    insult, or split into the words it runs together."""
    annotated: list[Token] = []
    signed_from = _lower_case_signature_start(text)
    for index, token in enumerate(tokens):
        if (
            token.is_word
            and token.end - token.start >= MISSPELT_MIN_LENGTH
            and _may_be_misspelt(text[token.start : token.end], annotated)
            and len(token.text) == token.end - token.start
            and not _full_name(text, tokens, index)
            and not (0 < signed_from <= token.start)
        ):
            annotated.extend(_misspelt_tokens(token, lang))
        else:
            annotated.append(token)
    return annotated


def _may_be_misspelt(chunk: str, previous: list[Token]) -> bool:
    """Long enough to hide an insult, and not a name (capitalised inside a sentence)."""
    if len(chunk) < MISSPELT_MIN_LENGTH:
        return False
    return not (chunk[0].isupper() and previous and not previous[-1].is_boundary)


def _full_name(text: str, tokens: list[Token], index: int) -> bool:
    """A capitalised word followed on its line by another capitalised word is a first name
    ("Fatima-Zahra El Idrissi" signs a draft; "Fatima" is one letter from a slur): a name
    is spelt as its bearer spells it, never read as an insult typed to slip past a filter."""
    token = tokens[index]
    if index + 1 >= len(tokens) or not text[token.start : token.start + 1].isupper():
        return False
    following = tokens[index + 1]
    between = text[token.end : following.start]
    return (
        following.is_word
        and "\n" not in between
        and between.strip() in ("", "-")
        and text[following.start : following.start + 1].isupper()
        and not text[following.start : following.end].isupper()
    )


def _lower_case_signature_start(text: str) -> int:
    """Where the letter's last line starts when that line, below another, is two or three
    words of letters alone, else 0: a name signed in lower case on a phone ("fatima el
    amrani", writer AJ), which _full_name cannot tell by its capitals. Read once per text."""
    body = text.rstrip()
    line_start = body.rfind("\n") + 1
    words = body[line_start:].split()
    signed = 2 <= len(words) <= 3 and all(word.replace("-", "").isalpha() for word in words)
    return line_start if signed else 0


def _misspelt_tokens(token: Token, lang: str) -> list[Token]:
    """The token itself, or the words it runs together, with any one-typo correction."""
    spelt = _spelling_keys(token.text, lang)
    if len(spelt) == 1 and spelt[0][1] is token.keys:
        return [token]  # neither a typo nor words run together: the token as lexed
    tokens = []
    start, hyphen = token.start, token.hyphen_before
    for piece, keys in spelt:
        tokens.append(Token(piece, start, start + len(piece), keys, True, hyphen))
        start, hyphen = start + len(piece), False
    return tokens


# the key of a token whose words were read through a typo or a run-together spelling: the
# learned model reads the letters as typed, so it must not gate a rule hit on such a word
SPELT = "!spelt"


@lru_cache(maxsize=65536)
def _spelling_keys(word: str, lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
    # a known word of letters is neither split nor corrected (both ask this first): most
    # long words of an e-mail, asked once here rather than once in each
    if word.isalpha() and _is_known(word, lang):
        return ((word, lemma_keys(word, lang)),)
    if (pieces := split_joined(word, lang)) is not None:
        return tuple(
            (piece, lemma_keys(piece, lang) | {"~" + fold(piece), SPELT}) for piece in pieces
        )
    fixed = correction(word, lang)
    if fixed is None:
        return ((word, lemma_keys(word, lang)),)
    keys = lemma_keys(word, lang) | lemma_keys(fixed, lang) | {"~" + fold(fixed), SPELT}
    return ((word, keys),)
