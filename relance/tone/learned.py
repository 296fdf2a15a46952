"""A small learned model beside the rules: hashed word and character n-grams, one logistic
regression per fault category, per language (bench/tone_train.py writes the tables).

The rules give precise spans and explanations but miss what is worded without their trigger
words, and fire on trigger words in innocent contexts; the model reads the whole sentence.
It is a plain table of numpy arrays (data/model_<lang>.npz), loaded on first use without
numpy (`npz`: its import was a third of a cold check):
- `weights` (buckets x categories, float16) and `bias` (categories);
- `raise_at` (2 x categories, for a one-sentence text and for an e-mail): a sentence whose
  probability reaches it gets the model's own finding; `gate_below` (categories): a rule
  finding whose sentence scores below it for the rule's category is dropped as a false
  alarm. Both are calibrated per message, by the training
  script, on predictions for a writer the model was not trained on;
- `gate_rule_ids` and `gate_rule_below` (optional): a rule's own gate, in place of its
  category's: chosen on the same out-of-writer scores of that rule's hits (a rule that
  rarely fires on clean text keeps more of its hits), and never over the lowest score of
  the rule's own examples, so that no rule hit its examples justify is dropped.
Features are hashed with crc32 (stable across processes, unlike hash()), so the table holds
no vocabulary: the n-grams are recomputed from the text when a span is highlighted.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
import zlib
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from relance.core.accents import strip_combining
from relance.core.hashed_grams import word_grams
from relance.tone import npz
from relance.tone.npz import Table, as_table

DATA_DIR = Path(__file__).parent / "data"
FAULT_CATEGORIES = ("impatience", "aggression", "demand", "supplication", "familiarity")
BUCKETS = 1 << 15
# the model raises no finding of its own on a sentence this short: "Merci." or "Best," carry
# too few n-grams to judge, and the rules know the short faults ("Bisous", "thx", "lol")
MIN_WORDS_TO_RAISE = 3
# an e-mail's floor (`gate_floor_email`) holds only on a sentence of this many words or more:
# on a short one the model reads too few n-grams for its low score to clear anything («Je
# les déteste.» scored 0.1 for aggression in the HateCheck-fr items, where a floor dropped
# 28 of 139 hateful texts of two short sentences)
FLOOR_MIN_WORDS = 8
CHAR_SIZES = (4,)  # 3- and 5-grams added nothing out of fold, and cost time
# a word, a run of ! or ?, an emoji or other symbol: each is a feature of the sentence
FEATURE_TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)?|[!?]{2,}|[^\w\s.,;:'\"()«»-]", re.UNICODE)
# a sentence ends at . ! ? … or a line break (greetings and sign-offs are lines of their own)
SENTENCE_RE = re.compile(r"[^.!?…\n]*(?:[.!?…]+[\"'»”)]*|\n|$)")


def fold(text: str) -> str:
    if text.isascii():  # no accent, no typographic apostrophe: NFD leaves it as it is
        return text.lower()
    return strip_combining(unicodedata.normalize("NFD", text.lower().replace("’", "'")))


@lru_cache(maxsize=65536)
def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


# a longer "word" is a pasted blob: its first letters say all the model can use, and its
# n-grams would cost time for nothing (the editor checks while the candidate types)
MAX_WORD_LENGTH = 30


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[int, ...]:
    """The word itself and its character n-grams, padded (typos keep most n-grams)."""
    return word_grams(word, CHAR_SIZES, BUCKETS, MAX_WORD_LENGTH)


def sentence_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(folded word, start, end) of each feature token of a sentence: `text`, or
    text[start:end] with the offsets in `text` (the pattern looks at no character outside
    the match, so reading in place finds the same tokens as reading a copy)."""
    found = FEATURE_TOKEN_RE.finditer(text, start, len(text) if end is None else end)
    return [(fold(m.group()), m.start(), m.end()) for m in found]


def features(words: list[str], lang: str | None = None) -> dict[int, float]:
    """Bucket -> value of a sentence's features (`feature_keys`), each weighing `key_scale`."""
    keys = feature_keys(words, lang)
    return dict.fromkeys(keys, key_scale(keys))


def feature_keys(words: list[str], lang: str | None = None) -> list[int]:
    """The buckets of the word and n-gram features, word pairs, pairs with one word between
    them ("merci ... rapide", "you ... bother": out of fold by writer they added recall on
    dev B and on two unseen writers with no more false alarms), and the sentence's ends,
    each once. With `lang` (tables trained with `lemma_features`), also each word's lemma
    and the lemma pairs (« rappellerai » and « rappelle » meet) and the words a negation
    governs ("not worried" is not "worried")."""
    # a dict, not a set: its order (first seen) is the order of the sum. One dict.fromkeys
    # over all of them, in that order, and the pairs hashed by C-level loops (map): a
    # Python loop per pair cost a fresh e-mail ~300 string builds and cache misses
    padded = ["<s>", *words, "</s>"]
    found = dict.fromkeys(
        itertools.chain(
            itertools.chain.from_iterable(map(word_features, words)),
            _pair_buckets("b:{} {}", padded, padded[1:]),
            _pair_buckets("k:{} {}", padded, padded[2:]),
            _shape_features(words, lang) if lang is not None else (),
        )
    )
    return list(found)


def _pair_buckets(template: str, lefts: list[str], rights: list[str]) -> Iterator[int]:
    """`_bucket(template.format(left, right))` for each pair, the shorter list setting the
    end as zip does."""
    features = map(template.format, lefts, rights)
    return map(BUCKETS.__rmod__, map(zlib.crc32, map(str.encode, features)))


def key_scale(keys: list[int]) -> float:
    """Each feature's value: long and short sentences weigh alike."""
    return 1.0 / math.sqrt(max(1, len(keys)))


NEGATORS = frozenset({"ne", "n'", "pas", "jamais", "aucun", "aucune", "not", "n't", "never", "no"})
NEGATION_REACH = 3  # words after a negator that it governs


def _shape_features(words: list[str], lang: str) -> list[int]:
    from relance.tone.lemmas import lemmatize

    found = []
    lemmas = ["<s>", *(lemmatize(word, lang) for word in words), "</s>"]
    for lemma in lemmas[1:-1]:
        found.append(_bucket(f"l:{lemma}"))
    for left, right in itertools.pairwise(lemmas):
        found.append(_bucket(f"lb:{left} {right}"))
    reach = 0
    for word in words:
        if word in NEGATORS or word.endswith("n't"):
            reach = NEGATION_REACH
            continue
        if reach:
            found.append(_bucket(f"n:{word}"))
            reach -= 1
    return found


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence of `text`, leading spaces left out."""
    spans = []
    for match in SENTENCE_RE.finditer(text):
        chunk = match.group()
        if not chunk.strip():
            continue
        start = match.start() + len(chunk) - len(chunk.lstrip())
        end = match.start() + len(chunk.rstrip())
        spans.append((start, end))
    return spans


@dataclass(frozen=True, slots=True)
class Scored:
    start: int
    end: int
    probabilities: tuple[float, ...]  # one per FAULT_CATEGORIES
    words: tuple[tuple[str, int, int], ...]


# A gate sits exactly on the score of one of its rule's examples (bench/tone_train.py), which
# summed in float32 with numpy's BLAS kernels; the guard sums the same weights in float64
# (`Model.score`): a score may land a few units in the last place of a float32 under its own
# gate. Scores this close to a threshold count as on its safe side (the hit kept; the model
# raises nothing of its own).
SCORE_TOLERANCE = 1e-5


class Model:
    def __init__(self, tables: Mapping[str, Any]) -> None:
        weights = as_table(tables["weights"])  # buckets x categories
        # one tuple of the categories' weights per bucket, the floats shared (a float16 table
        # holds few distinct values): a sentence's sums are one C-level gather and one zip
        shared: dict[float, float] = {}
        values = map(shared.setdefault, weights.values, weights.values)
        width = weights.shape[-1] if weights.shape else 1
        # C-level loops: a Python loop over the 160,000 weights was a fifth of a cold check
        self.rows = list(zip(*[iter(values)] * width, strict=True))
        self.bias = tuple(as_table(tables["bias"]).values)
        # row 0: a text of one sentence; row 1: an e-mail (more sentences, more chances)
        self.raise_at = tuple(
            tuple(_float32(value) + SCORE_TOLERANCE for value in row)
            for row in as_table(tables["raise_at"]).rows()
        )
        # tables trained with the lemma and negation features read them (`features(lang)`)
        lang = as_table(tables["lang"]).values[0] if "lemma_features" in tables else None
        self.lang: str | None = None if lang is None else str(lang)
        self.gate_below = tuple(_float32(value) for value in as_table(tables["gate_below"]).values)
        ids = as_table(tables.get("gate_rule_ids", ())).values
        below = as_table(tables.get("gate_rule_below", ())).values
        self.rule_gates = {
            str(rule): _float32(score) for rule, score in zip(ids, below, strict=True)
        }
        floors = as_table(tables.get("gate_floor_email", ())).values
        self.email_floor = tuple(_float32(value) for value in floors) or (0.0,) * len(self.bias)
        ids = as_table(tables.get("gate_floor_rule_ids", ())).values
        below = as_table(tables.get("gate_floor_rule_below", ())).values
        self.email_floor_caps = {
            str(rule): _float32(score) for rule, score in zip(ids, below, strict=True)
        }

    @property
    def weights(self) -> Table:
        """The weights as a table, rebuilt from the rows (a model is made again from them in
        tests and training); not kept beside the rows, whose floats it would hold twice."""
        return Table((len(self.rows), len(self.bias)), [each for row in self.rows for each in row])

    def gate(self, rule_id: str, category: int, email: bool = False) -> float:
        """The score under which a hit of this rule is dropped, in a text of one sentence or
        in an e-mail (`email`: more than one sentence)."""
        below = self.rule_gates.get(rule_id, self.gate_below[category])
        if email:
            floor = min(self.email_floor[category], self.email_floor_caps.get(rule_id, 1.0))
            below = max(below, floor)
        return below - SCORE_TOLERANCE

    def score(self, text: str) -> list[Scored]:
        """Each sentence of `text` with its probability per category."""
        found = []
        for start, end in sentences(text):
            words = sentence_words(text, start, end)
            if not words:
                continue
            keys = feature_keys([word for word, _, _ in words], self.lang)
            # never a single key (the sentence's ends are pairs of their own), so the gather
            # gives a tuple of rows; every key weighs `scale`
            rows = itemgetter(*keys)(self.rows)
            scale = key_scale(keys)
            logits = [
                scale * sum(column) + bias
                for column, bias in zip(zip(*rows, strict=True), self.bias, strict=True)
            ]
            found.append(
                Scored(
                    start,
                    end,
                    tuple(_sigmoid(logit) for logit in logits),
                    tuple(words),
                )
            )
        return found

    def strongest_span(self, scored: Scored, category: int) -> tuple[int, int]:
        """From the first to the last of the (up to) three words that push hardest towards
        the category: the n-grams a reader should look at."""
        pushes = []
        for word, start, end in scored.words:
            push = sum(self.rows[index][category] for index in word_features(word))
            pushes.append((push, start, end))
        top = sorted(pushes, reverse=True)[:3]
        top = [item for item in top if item[0] > 0] or top[:1]
        return min(start for _, start, _ in top), max(end for _, _, end in top)


def _float32(value: float) -> float:
    """The value as the float32 the training script compared it with (0.66 is
    0.6600000262 there): a score exactly on a threshold stays on the same side."""
    return float(array("f", [value])[0])


def _sigmoid(logit: float) -> float:
    if logit >= 0:
        return 1.0 / (1.0 + math.exp(-logit))
    odds = math.exp(logit)
    return odds / (1.0 + odds)


@lru_cache(maxsize=4)
def load(lang: str) -> Model | None:
    path = DATA_DIR / f"model_{lang}.npz"
    if not path.exists():
        return None
    return Model(npz.read(path))
