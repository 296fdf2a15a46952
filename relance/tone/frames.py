"""Speech frames: aggressive words that are reported, condemned or aimed at the writer.

"Il m'a traité de…", "vous dites que…", "arrêtez de dire que…", "c'est raciste de dire
que…": what follows is someone else's words, which the writer reports or condemns (counter-
speech), not the writer's aggression. "Je peux être un vrai…": an insult aimed at oneself is
vulgar, not aggressive. The frames are data, in rules/<lang>/frames.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from relance.tone.lexing import Token
from relance.tone.patterns import Pattern, class_keys, compile_pattern, match_at
from relance.tone.rules import RULES_DIR, class_table

REPORTED = "reported"
SELF = "self"
VICTIM = "victim"
SUBORDINATORS = frozenset({"que", "qu'", "qui", "dont", "that", "who"})
# « Cela dit, je me permets de souligner que… » (writer AX, session 53): a link between two
# thoughts of the writer's, "that said", no one's words reported
DISCOURSE_MARKERS = frozenset(
    {("cela", "dit"), ("ceci", "dit"), ("étant", "dit"), ("that", "said")}
)


@dataclass(frozen=True, slots=True)
class Scope:
    kind: str  # REPORTED or SELF
    start: int  # first token index inside the frame
    end: int  # token index past the frame


@dataclass(frozen=True, slots=True)
class FrameBook:
    verbs: frozenset[str]
    own_subjects: frozenset[str]
    other_subjects: frozenset[str]
    clitics: frozenset[str]
    endorsing: tuple[Pattern, ...]
    closers: frozenset[str]
    reach: int
    victim_reach: int
    # first-word key -> (kind, pattern) for the frames that may start on a token with that key
    index: dict[str, tuple[tuple[str, Pattern], ...]]
    # id of each frame pattern -> its place in frames.toml (reported, self, victim, each in
    # the file's order): a word's frames are tried in this order, not in that of its keys
    order: dict[int, int]


@lru_cache(maxsize=4)
def frame_book(lang: str) -> FrameBook | None:
    path = RULES_DIR / lang / "frames.toml"
    if not path.exists():
        return None
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    reported, own, victim = raw.get("reported", {}), raw.get("self", {}), raw.get("victim", {})
    verbs = class_keys(reported.get("verbs", []))
    classes = {**class_table(lang), "rapporter": verbs}

    def compiled(sources: list[str]) -> tuple[Pattern, ...]:
        return tuple(compile_pattern(source, classes) for source in sources)

    kinds = (
        (REPORTED, compiled(reported.get("patterns", []))),
        (SELF, compiled(own.get("patterns", []))),
        (VICTIM, compiled(victim.get("patterns", []))),
    )
    index: dict[str, list[tuple[str, Pattern]]] = {}
    for kind, patterns in kinds:
        for pattern in patterns:
            for key in pattern.elements[0].keys:
                index.setdefault(key, []).append((kind, pattern))
    return FrameBook(
        verbs=verbs,
        own_subjects=frozenset(reported.get("own_subjects", [])),
        other_subjects=frozenset(reported.get("other_subjects", [])),
        clitics=frozenset(reported.get("clitics", [])),
        endorsing=compiled(reported.get("endorsing", [])),
        closers=class_keys(reported.get("closers", [])),
        reach=int(own.get("reach", 3)),
        victim_reach=int(victim.get("reach", 2)),
        index={key: tuple(pairs) for key, pairs in index.items()},
        order={
            id(pattern): place for place, pattern in enumerate(p for _, ps in kinds for p in ps)
        },
    )


def scopes(tokens: list[Token], lang: str) -> list[Scope]:
    """Token ranges whose aggression is reported speech (REPORTED) or self-aimed (SELF)."""
    book = frame_book(lang)
    if book is None:
        return []
    found: list[Scope] = []
    for index, token in enumerate(tokens):
        if not token.is_word:
            continue
        if (
            token.keys & book.verbs
            and not (index and (tokens[index - 1].text, token.text) in DISCOURSE_MARKERS)
            and not _endorsed(book, tokens, index)
            and _subject_is_other(book, tokens, index)
        ):
            end = _clause_end(book, tokens, index + 1)
            found.append(Scope(REPORTED, index + 1, _relative_end(tokens, index, end)))
            continue
        done: set[str] = set()  # one scope of each kind per starting token
        for kind, pattern in _frames_at(book, token):
            if kind in done:
                continue
            end = match_at(pattern, tokens, index)
            if end < 0:
                continue
            if kind == REPORTED:
                if _endorsed(book, tokens, index):
                    continue
                stop = _clause_end(book, tokens, end)
            else:
                reach = book.reach if kind == SELF else book.victim_reach
                stop = min(len(tokens), end + reach)
            found.append(Scope(kind, end, stop))
            done.add(kind)
    return found


def _frames_at(book: FrameBook, token: Token) -> list[tuple[str, Pattern]]:
    """The frames that may start on `token`, each once, in the order of frames.toml. The
    first of a kind to match sets its scope; gathered in the order of the token's keys (a
    set of strings, ordered by the process's hash seed), the scope of one sentence could end
    at one word on a server and another after a restart. The file's order is the authors':
    the same reading whatever the process."""
    found: dict[int, tuple[str, Pattern]] = {}
    for key in token.keys:
        for kind, pattern in book.index.get(key, ()):
            found[id(pattern)] = (kind, pattern)
    if len(found) < 2:
        return list(found.values())
    return [found[place] for place in sorted(found, key=book.order.__getitem__)]


def _clause_end(book: FrameBook, tokens: list[Token], start: int) -> int:
    for index in range(start, len(tokens)):
        if tokens[index].is_boundary or tokens[index].keys & book.closers:
            return index
    return len(tokens)


# a relative clause set off by commas: « Votre assistante, qui m'a appelée « Monsieur » trois
# fois, est d'une bêtise affligeante » (writer AV, session 52): the words reported end at its
# closing comma; the main clause after it is the writer's own
RELATIVES = frozenset({"qui", "who", "which"})


def _relative_end(tokens: list[Token], verb: int, end: int) -> int:
    """The end of a report whose verb sits in a relative clause opened by ", qui": the next
    comma, when the clause has one before `end`; else `end`."""
    index = verb - 1
    while index > 0 and not tokens[index].is_boundary:
        if tokens[index].text in RELATIVES:
            if tokens[index - 1].text != ",":
                return end
            for after in range(verb + 1, end):
                if tokens[after].text == ",":
                    return after
            return end
        index -= 1
    return end


def _endorsed(book: FrameBook, tokens: list[Token], index: int) -> bool:
    """A report that the writer defends ("quel est le problème de dire que…")."""
    for back in range(max(0, index - 4), index):
        for pattern in book.endorsing:
            if match_at(pattern, tokens, back) in (index, index + 1):
                return True
    return False


def _subject_is_other(book: FrameBook, tokens: list[Token], verb: int) -> bool:
    """Is the subject of tokens[verb] anyone but the writer? Scans back in its clause."""
    index = verb - 1
    while index >= 0:
        token = tokens[index]
        if token.is_boundary or token.text in SUBORDINATORS:
            return True  # a noun subject ("ces gens disent"), or none ("Dire que…")
        text = token.text
        if text in book.own_subjects and not _is_object(book, tokens, index, verb):
            return False
        if text in book.other_subjects and not _is_object(book, tokens, index, verb):
            return True
        index -= 1
    return True


def _is_object(book: FrameBook, tokens: list[Token], index: int, verb: int) -> bool:
    """ "vous"/"nous" right before the verb group, after a subject or a preposition, is its
    object: "je vous dis", "il nous a dit", "je tiens à vous dire"."""
    if tokens[index].text not in ("vous", "nous"):
        return False
    between = tokens[index + 1 : verb]
    if any(token.text not in book.clitics and not _auxiliary(token) for token in between):
        return False
    before = tokens[index - 1].text if index else ""
    modal = index - 1
    while modal > 0 and tokens[modal].text in INSERTED:
        modal -= 1
    if index and _auxiliary(tokens[modal]):
        return True  # "je dois tout de même vous dire" (writers J and AA, session 41)
    return before in book.own_subjects | book.other_subjects | book.clitics or before in {
        "à",
        "de",
        "d'",
        "pour",
        "sans",
    }


# Adverbs between a modal and its object: « je dois tout de même vous dire », « je dois quand
# même vous dire », "I must honestly tell you".
INSERTED = frozenset(
    {"tout", "de", "même", "quand", "donc", "bien", "aussi", "encore", "franchement",
     "honnêtement", "sincèrement", "cependant", "pourtant", "néanmoins", "honestly", "also"}
)  # fmt: skip


def _auxiliary(token: Token) -> bool:
    return bool(token.keys & {"avoir", "être", "aller", "pouvoir", "vouloir", "devoir"})


def inside(scopes_found: list[Scope], kind: str, token_index: int) -> bool:
    return any(s.kind == kind and s.start <= token_index < s.end for s in scopes_found)
