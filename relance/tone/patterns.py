"""The small pattern language of the rule files, and matching it on tokens.

A pattern is a sequence of words separated by spaces, each matched on its lemma, so
"exiger" hits "j'exige", "nous exigeons" and "exigé":
- `a|b|c` one of these words;
- `word?` an optional word;
- `=word` the word exactly as written, never a lemma ("=tu" is not "taire");
- `@name` any word of a class listed in the language's classes.toml (days, months...);
- `*` any one word; `...` up to four words, never across the end of a sentence.
Hyphens count as spaces ("ras-le-bol" is "ras le bol"); an alternative is one word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from relance.tone.lexing import EN_CLITICS, FR_ELISIONS, Token, fold, normalise, split_word

GAP_MAX: Final = 4


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# closed-class words, to tell a word that belongs to some alternatives only (see
# phrase_in_alternatives)
ELIDED: Final = frozenset(word + "'" for word in FR_ELISIONS)
CLITICS: Final = ELIDED | frozenset(EN_CLITICS)
DETERMINERS: Final = {
    "en": _words("the a an my your his its our their this these those"),
    "fr": _words(
        "le la les l' un une des du au aux mon ma mes ton ta tes son sa ses notre nos votre vos"
        " leur leurs ce cet cette ces"
    ),
}
# pronouns and quantifiers stand where a determiner does ("according to your|you")
STAND_INS: Final = {
    "en": _words("all every some any each you him them it"),
    "fr": _words("tous toutes chaque vous eux elles moi"),
}
PREPOSITIONS: Final = _words(
    "à de d' pour avec sans dans en sur par of to for with without on in at by from"
)
NEGATORS: Final = frozenset(
    {"ne", "n'", "pas", "jamais", "aucun", "aucune", "not", "n't", "never", "no", "nor"}
)
# English negatives typed without the apostrophe: the word already holds its "n't"
UNAPOSTROPHED_NEGATIVES: Final = _words(
    "dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt arent wasnt werent havent"
    " hasnt hadnt aint cannot"
)


@dataclass(frozen=True, slots=True)
class Element:
    keys: frozenset[str] = frozenset()
    optional: bool = False
    any_word: bool = False
    gap: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    source: str
    elements: tuple[Element, ...]
    has_negator: bool
    # words only, none optional: matched by a plain loop, not the recursive matcher (most
    # of the rule book; the guard tries about two thousand patterns per e-mail)
    plain: bool = False


class PatternError(ValueError):
    pass


def _word_keys(word: str, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    if word.startswith("@"):
        try:
            return classes[word[1:]]
        except KeyError:
            raise PatternError(f"unknown class {word!r}") from None
    if word.startswith("=") and len(word) > 1:
        return frozenset({word})
    return frozenset({word, "~" + fold(word)})


def class_keys(words: list[str]) -> frozenset[str]:
    keys: set[str] = set()
    for word in words:
        keys |= _word_keys(normalise(word.lower()), {})
    return frozenset(keys)


def compile_pattern(source: str, classes: dict[str, frozenset[str]]) -> Pattern:
    elements: list[Element] = []
    words: set[str] = set()
    # hyphens are not tokens: "ras-le-bol" is matched as "ras le bol"
    for piece in normalise(source.lower()).replace("-", " ").split():
        if piece == "...":
            elements.append(Element(gap=True))
            continue
        optional = piece.endswith("?") and len(piece) > 1
        piece = piece.rstrip("?") if optional else piece
        if piece == "*":
            elements.append(Element(any_word=True, optional=optional))
            continue
        alternatives = piece.split("|")
        # "n't" alone is an English clitic, not the French elision "n'" and a "t"
        if len(alternatives) == 1 and "'" in piece.strip("'") and piece not in EN_CLITICS:
            parts = [part for part, _ in split_word(piece, 0)]
        else:
            parts = [piece]
        for part in parts:
            keys: set[str] = set()
            for word in part.split("|"):
                if not word:
                    raise PatternError(f"empty alternative in {source!r}")
                keys |= _word_keys(word, classes)
                words.add(word.lstrip("="))
            elements.append(Element(keys=frozenset(keys), optional=optional))
    if not elements or elements[0].gap or elements[0].any_word or elements[0].optional:
        raise PatternError(f"a pattern must start with a plain word: {source!r}")
    if elements[-1].gap:
        raise PatternError(f"a pattern cannot end with '...': {source!r}")
    plain = all(e.keys and not (e.optional or e.any_word or e.gap) for e in elements)
    return Pattern(source, tuple(elements), bool(words & NEGATORS), plain)


def phrase_in_alternatives(source: str, lang: str = "") -> str | None:
    """Why `source` looks like a phrase written as an alternative ("ci dessous|ci joint"
    reads "ci (dessous|ci) joint", since an alternative is one word), or None.

    The rule files are written by hand; this catches the slip before the pattern silently
    never matches as its author meant. Besides a word repeated next to the alternatives, it
    tells a word beside them that belongs to some of them only: an elision before a word it
    cannot elide ("l' efficacité|réactivité" never reads « la réactivité »), a clitic after
    a determiner ("sit on my|one 's hands"), a determiner among the words after a
    preposition or a determiner ("à partir|au delà", "la presse|le service"), and an
    alternative the tokenizer cuts in two ("doesn't|don't", « d'après »)."""
    written = normalise(source.lower()).split()
    pieces = [piece.rstrip("?") for piece in written]
    for place, piece in enumerate(pieces):
        if "|" not in piece:
            # an optional elision may be left out ("savoir s'? réagir|adapter")
            elided = piece in ELIDED and written[place] == piece and place + 1 < len(pieces)
            if elided and (not_elidable := _not_elidable(pieces[place + 1])):
                return f"{piece!r} cannot elide {not_elidable!r}"
            continue
        before = pieces[place - 1] if place else ""
        why = _slip_in(piece, before, pieces[place + 1 : place + 2], lang)
        if why:
            return why
    return None


def _slip_in(piece: str, before: str, after: list[str], lang: str) -> str | None:
    alternatives = set(piece.split("|"))
    if any("-" in word for word in alternatives):
        return f"a hyphenated word among alternatives in {piece!r}"
    for near in [before, *after]:
        shared = alternatives & set(near.split("|"))
        if shared:
            return f"{sorted(shared)[0]!r} both in {piece!r} and next to it"
    for word in sorted(alternatives):
        if word.strip("=") not in CLITICS and len(split_word(word.strip("="), 0)) > 1:
            return f"{word!r} in {piece!r} is two words to the tokenizer"
    if why := _holds_its_neighbour(alternatives, before, after):
        return f"{why} in {piece!r}"
    langs = [lang] if lang in DETERMINERS else list(DETERMINERS)
    known = frozenset().union(*(DETERMINERS[code] for code in langs))
    determiners = alternatives & known
    if determiners and after and after[0] in EN_CLITICS:
        return f"{after[0]!r} after {sorted(determiners)[0]!r} in {piece!r}"
    if not determiners or alternatives <= known.union(*(STAND_INS[code] for code in langs)):
        return None
    # "le neveu|la nièce", "without pay|the premium", "à partir|au delà": a determiner
    # starts a second phrase inside the alternatives
    previous = set(before.split("|"))
    after_determiner = previous <= known
    if after_determiner or (len(alternatives) == 2 and previous & PREPOSITIONS):
        return f"a determiner among other words in {piece!r}, after {before!r}"
    return None


def _holds_its_neighbour(alternatives: set[str], before: str, after: list[str]) -> str | None:
    """Between content words: an alternative that already holds the word beside it, which
    the other alternatives need ("pay doesnt|does n't matter" reads "doesnt n't",
    "follow|followup up" reads "followup up")."""
    following = after[0] if after else ""
    words = {word.strip("=") for word in alternatives}
    if words & UNAPOSTROPHED_NEGATIVES and set(following.split("|")) & NEGATORS:
        return f"a negative beside {following!r}"
    squashed = {word.replace("'", "") for word in words}
    for word in words:
        if _a_word(following) and (word + following).replace("'", "") in squashed:
            return f"{word!r} {following!r} already among the alternatives"
        if _a_word(before) and (before + word).replace("'", "") in squashed:
            return f"{before!r} {word!r} already among the alternatives"
    return None


def _a_word(piece: str) -> bool:
    return piece[:1].isalpha() and "|" not in piece


def _not_elidable(piece: str) -> str | None:
    for word in piece.split("|"):
        letter = word.lstrip("=")[:1]
        if letter.isalpha() and letter not in "aeiouyhàâäéèêëîïôöûüœ":
            return word
    return None


def match_at(pattern: Pattern, tokens: list[Token], index: int) -> int:
    """End index (exclusive) of a match starting at tokens[index], or -1."""
    if not pattern.plain:
        return _match(pattern.elements, 0, tokens, index)
    end = index + len(pattern.elements)
    if end > len(tokens):
        return -1
    for element, token in zip(pattern.elements, tokens[index:end], strict=True):
        if element.keys.isdisjoint(token.keys):
            return -1
    return end


def _match(elements: tuple[Element, ...], elem: int, tokens: list[Token], tok: int) -> int:
    if elem == len(elements):
        return tok
    element = elements[elem]
    if element.gap:
        skipped = 0
        while True:
            end = _match(elements, elem + 1, tokens, tok)
            if end >= 0:
                return end
            if skipped == GAP_MAX or tok >= len(tokens) or tokens[tok].is_boundary:
                return -1
            tok += 1
            skipped += 1
    if tok < len(tokens):
        token = tokens[tok]
        if (element.any_word and token.is_word) or not element.keys.isdisjoint(token.keys):
            end = _match(elements, elem + 1, tokens, tok + 1)
            if end >= 0:
                return end
    if element.optional:
        return _match(elements, elem + 1, tokens, tok)
    return -1
