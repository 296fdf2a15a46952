"""A small learned model beside the rules: hashed word and character n-grams, one logistic
regression per fault category, per language (bench/tone_train.py writes the tables).

The rules give precise spans and explanations but miss what is worded without their trigger
words, and fire on trigger words in innocent contexts; the model reads the whole sentence.
It is a plain table of numpy arrays (data/model_<lang>.npz), loaded on first use:
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
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from relance.core.accents import strip_combining
from relance.core.hashed_grams import word_grams

DATA_DIR = Path(__file__).parent / "data"
FAULT_CATEGORIES = ("impatience", "aggression", "demand", "supplication", "familiarity")
BUCKETS = 1 << 15
# the model raises no finding of its own on a sentence this short: "Merci." or "Best," carry
# too few n-grams to judge, and the rules know the short faults ("Bisous", "thx", "lol")
MIN_WORDS_TO_RAISE = 3
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


def sentence_words(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end) of each feature token of a sentence."""
    return [(fold(m.group()), m.start(), m.end()) for m in FEATURE_TOKEN_RE.finditer(text)]


def features(words: list[str], lang: str | None = None) -> dict[int, float]:
    """Bucket -> value: word and n-gram features, word pairs, pairs with one word between
    them ("merci ... rapide", "you ... bother": out of fold by writer they added recall on
    dev B and on two unseen writers with no more false alarms), and the sentence's ends.
    With `lang` (tables trained with `lemma_features`), also each word's lemma and the
    lemma pairs (« rappellerai » and « rappelle » meet) and the words a negation governs
    ("not worried" is not "worried")."""
    # a dict, not a set: its order (first seen) is the order of the float32 sum
    found: dict[int, float] = {}
    padded = ["<s>", *words, "</s>"]
    for word in words:
        found.update(dict.fromkeys(word_features(word), 1.0))
    for left, right in itertools.pairwise(padded):
        found[_bucket(f"b:{left} {right}")] = 1.0
    for left, right in zip(padded, padded[2:], strict=False):
        found[_bucket(f"k:{left} {right}")] = 1.0
    if lang is not None:
        found.update(dict.fromkeys(_shape_features(words, lang), 1.0))
    scale = 1.0 / max(1.0, len(found)) ** 0.5  # long and short sentences weigh alike
    return dict.fromkeys(found, scale)


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


# A gate sits exactly on the score of one of its rule's examples (bench/tone_train.py), and
# a float32 dot product's last bits follow the machine's BLAS kernels: a score may land a few
# units in the last place under its own gate on another CPU. Scores this close to a threshold
# count as on its safe side (the hit kept; the model raises nothing of its own).
SCORE_TOLERANCE = 1e-5


class Model:
    def __init__(self, tables: dict[str, Any]) -> None:
        import numpy as np

        self.np = np
        self.weights = tables["weights"].astype(np.float32)
        self.bias = tables["bias"].astype(np.float32)
        # row 0: a text of one sentence; row 1: an e-mail (more sentences, more chances)
        self.raise_at = tables["raise_at"].astype(np.float32) + np.float32(SCORE_TOLERANCE)
        # tables trained with the lemma and negation features read them (`features(lang)`)
        self.lang: str | None = str(tables["lang"]) if "lemma_features" in tables else None
        self.gate_below = tables["gate_below"].astype(np.float32)
        ids, below = tables.get("gate_rule_ids", ()), tables.get("gate_rule_below", ())
        self.rule_gates = {str(rule): float(score) for rule, score in zip(ids, below, strict=True)}

    def gate(self, rule_id: str, category: int) -> float:
        """The score under which a hit of this rule is dropped."""
        return self.rule_gates.get(rule_id, float(self.gate_below[category])) - SCORE_TOLERANCE

    def score(self, text: str) -> list[Scored]:
        """Each sentence of `text` with its probability per category."""
        np = self.np
        spans = []
        sums = []  # per sentence: its features' weights, summed in float32 as trained
        for start, end in sentences(text):
            words = sentence_words(text[start:end])
            if not words:
                continue
            feats = features([word for word, _, _ in words], self.lang)
            index = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
            values = np.fromiter(feats.values(), dtype=np.float32, count=len(feats))
            # take, not fancy indexing: the same rows, in a fifth of the time on an e-mail
            sums.append(values @ self.weights.take(index, axis=0))
            spans.append((start, end, words))
        if not sums:
            return []
        # the bias and the sigmoid at once for every sentence (element-wise, so each
        # sentence's probabilities are those it had alone): a few numpy calls per e-mail,
        # not per sentence, on arrays of five numbers
        logits = np.stack(sums) + self.bias
        probabilities = (1.0 / (1.0 + np.exp(-logits))).tolist()
        return [
            Scored(start, end, tuple(row), tuple((w, s + start, e + start) for w, s, e in words))
            for (start, end, words), row in zip(spans, probabilities, strict=True)
        ]

    def strongest_span(self, scored: Scored, category: int) -> tuple[int, int]:
        """From the first to the last of the (up to) three words that push hardest towards
        the category: the n-grams a reader should look at."""
        column = self.weights[:, category]
        pushes = []
        for word, start, end in scored.words:
            push = float(sum(column[index] for index in word_features(word)))
            pushes.append((push, start, end))
        top = sorted(pushes, reverse=True)[:3]
        top = [item for item in top if item[0] > 0] or top[:1]
        return min(start for _, start, _ in top), max(end for _, _, end in top)


@lru_cache(maxsize=4)
def load(lang: str) -> Model | None:
    path = DATA_DIR / f"model_{lang}.npz"
    if not path.exists():
        return None
    import numpy as np

    with np.load(path) as tables:
        return Model(dict(tables))
