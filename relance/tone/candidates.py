"""Which of the patterns that may start on a word may also go on with the next word.

The rule book indexes its patterns by the keys of their first word; a common first word
("je", "vous", "I", "you") starts hundreds of them, and trying each costs the guard most of
its time on an e-mail. Most patterns need a given word next, so they are indexed again by
the keys of their second word: only those the next token can continue are tried, with the
patterns whose second element is optional, any word, a gap or absent. The survivors keep
their order in the first index, since the first pattern of a rule to match sets its span.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Generic, TypeVar

from relance.tone.lexing import Token
from relance.tone.patterns import Pattern, match_at

T = TypeVar("T")


def _needs_next_word(pattern: Pattern) -> bool:
    """Does the pattern need a token carrying one of its second word's keys?"""
    if len(pattern.elements) < 2:
        return False
    second = pattern.elements[1]
    return bool(second.keys) and not (second.optional or second.any_word or second.gap)


@dataclass(frozen=True, slots=True)
class Bucket(Generic[T]):
    """The entries of one first-word key: each is (payload, pattern)."""

    entries: tuple[tuple[T, Pattern], ...]
    # second-word key -> positions in `entries` of the patterns that need it next
    by_next: dict[str, tuple[int, ...]]
    # positions of the patterns any next token (or none) may continue
    loose: tuple[int, ...]
    loose_entries: tuple[tuple[T, Pattern], ...]
    # the same, the patterns of one payload (a rule) together, as the guard tries them
    loose_groups: tuple[tuple[T, list[Pattern]], ...]
    # the second-word keys (those of `by_next`), to meet the next token's in one step
    next_keys: frozenset[str]
    # the next token's keys among `next_keys` -> `groups` for them, built the first time
    # (like Buckets.combined, the rule book's own state: a set of the book's keys, bounded
    # by the book, never by the text). Merging and grouping the candidates again at each
    # "je vous" cost a fresh e-mail a tenth of its rule tries.
    next_groups: dict[frozenset[str], Sequence[tuple[T, list[Pattern]]]]
    # id of each pattern the recursive matcher tries (not `plain`) -> `needed_keys`, found
    # the first time it is tried (a bucket holds up to hundreds of patterns)
    needs: dict[int, tuple[frozenset[str], ...]]

    @classmethod
    def of(cls, entries: Sequence[tuple[T, Pattern]]) -> Bucket[T]:
        by_next: dict[str, list[int]] = {}
        loose = []
        for position, (_, pattern) in enumerate(entries):
            if _needs_next_word(pattern):
                for key in pattern.elements[1].keys:
                    by_next.setdefault(key, []).append(position)
            else:
                loose.append(position)
        return cls(
            tuple(entries),
            {key: tuple(found) for key, found in by_next.items()},
            tuple(loose),
            tuple(entries[position] for position in loose),
            tuple(grouped([entries[position] for position in loose])),
            frozenset(by_next),
            {},
            {},
        )

    def candidates(self, tokens: list[Token], index: int) -> Sequence[tuple[T, Pattern]]:
        """The entries that may match at tokens[index], in their order."""
        found = []
        if index + 1 < len(tokens):
            found = [self.by_next[key] for key in tokens[index + 1].keys if key in self.by_next]
        if not found:  # the common case: the next word continues none of them
            return self.loose_entries
        if len(found) == 1 and not self.loose:
            return [self.entries[position] for position in found[0]]
        positions = set(self.loose).union(*found)
        return [self.entries[position] for position in sorted(positions)]

    def groups(self, tokens: list[Token], index: int) -> Sequence[tuple[T, list[Pattern]]]:
        """`candidates`, the patterns of one payload (a rule) together."""
        if index + 1 < len(tokens):
            following = tokens[index + 1].keys & self.next_keys
            if following:  # else `candidates` gives the loose entries alone
                try:
                    return self.next_groups[following]
                except KeyError:
                    found = grouped(self.candidates(tokens, index))
                    self.next_groups[following] = found
                    return found
        return self.loose_groups

    def may_match(self, pattern: Pattern, present: Set[str]) -> bool:
        """May `pattern` (one of this bucket's, not `plain`) match in a text whose tokens
        carry the keys `present`? A pattern with gaps or optional words is tried by the
        recursive matcher at each word its first word meets ("je ... exiger" at each "je"),
        several calls a try: a word it needs that the text holds nowhere rules it out in
        one set test."""
        try:
            needs = self.needs[id(pattern)]
        except KeyError:
            needs = self.needs[id(pattern)] = needed_keys(pattern)
        for keys in needs:  # noqa: SIM110 (no generator: a try is short)
            if keys.isdisjoint(present):
                return False
        return True


def needed_keys(pattern: Pattern) -> tuple[frozenset[str], ...]:
    """The keys of each word after the first that every match of `pattern` meets: neither
    optional, nor any word, nor a gap."""
    return tuple(
        element.keys
        for element in pattern.elements[1:]
        if element.keys and not (element.optional or element.any_word or element.gap)
    )


def match_candidate(pattern: Pattern, tokens: list[Token], index: int) -> int:
    """match_at for a pattern that Bucket.groups gave for tokens[index]. A plain pattern
    of two words or more is only given when its second word's keys meet the next token's,
    and its first word's keys chose the bucket: its first two words are not tried again."""
    if not pattern.plain:
        return match_at(pattern, tokens, index)
    elements = pattern.elements
    end = index + len(elements)
    if end > len(tokens):
        return -1
    for offset in range(2, len(elements)):
        if elements[offset].keys.isdisjoint(tokens[index + offset].keys):
            return -1
    return end


def grouped(entries: Sequence[tuple[T, Pattern]]) -> list[tuple[T, list[Pattern]]]:
    """Runs of entries with the same payload, in their order (a rule's patterns follow
    each other in the rule book)."""
    groups: list[tuple[T, list[Pattern]]] = []
    for payload, pattern in entries:
        if groups and groups[-1][0] is payload:
            groups[-1][1].append(pattern)
        else:
            groups.append((payload, [pattern]))
    return groups


class Buckets(Generic[T]):
    """A first-word index as buckets: one for each set of its keys that a word carries."""

    def __init__(
        self, index: dict[str, tuple[tuple[T, Pattern], ...]], order: Mapping[int, int] = {}
    ) -> None:
        self.index = index
        # id of each pattern -> its place in the book: the order a word's candidates keep
        self.order = order
        self.keys = frozenset(index)
        # the book's keys a word carries -> one bucket for them all, built the first time a
        # word carries them (building all would add 20-30 ms to a cold start that checks one
        # e-mail): the rule book's own state, since a name or a place carries none of them
        self.combined: dict[frozenset[str], Bucket[T]] = {}

    def word(self, keys: frozenset[str]) -> Bucket[T] | None:
        """One bucket for all of a word's keys (its form, lemma, folds: most patterns sit
        under two of them, "vous" and "~vous"), its entries in the book's order, each once.
        Built once per set of keys, not at each word: "je" and "vous" come back ten times
        in an e-mail."""
        known = keys & self.keys
        if not known:
            return None
        try:
            return self.combined[known]
        except KeyError:
            found: dict[int, tuple[T, Pattern]] = {}
            for key in sorted(known):
                for entry in self.index[key]:
                    found[id(entry[1])] = entry
            # the book's order, never the keys' (a set of strings the hash seed orders)
            places = sorted(found, key=lambda place: self.order.get(place, 0))
            bucket = self.combined[known] = Bucket.of([found[place] for place in places])
            return bucket
