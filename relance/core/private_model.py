"""A learned screen beside the word lists: is this debrief line for the candidate's eyes only?

The word lists (`private_words`) hold the words of what a recruiter must not read; a
candidate typing on a phone right after the interview says the same things in words no list
holds ("you had issues with cleaning", "ils tournent trop avec l'interim", "62 and nobody
wants to hire me"). This model reads the whole line: hashed word, lemma, word-pair and
character n-gram features (typos and missing accents keep most of their n-grams), the word
lists' hits and near-hits (a word of an entry of a reason), a sum of money and the language.
Not the field the line was typed in: the annotated writers put nearly every private line in
the free notes, and a model that learnt "notes" would miss the same words in another field.

The table is a plain numpy file (data/private_model.npz, bench/private_train.py writes it
from the annotated debriefs of four writers), loaded on first use:
- `weights` (buckets, float16) and `bias`: a logistic regression, private or not;
- `threshold`: the probability from which a line is left out, chosen on predictions for
  writers the model was not trained on;
- `reason_weights` (buckets x reasons, float16) and `reason_bias`: which of the word lists'
  reasons the line is, shown to the candidate ("a remark about a former employer").
Features are hashed with crc32 (stable across processes), so the table holds no vocabulary.
Framework-free; the caller gives the lemmatiser, as for the word lists.
"""

from __future__ import annotations

import itertools
import re
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from relance.core.hashed_grams import word_grams
from relance.core.private_words import (
    JOB_CONTENT,
    MONEY,
    REASON_KEYS,
    Lemmatiser,
    fold,
    lexicon,
)
from relance.core.private_words import reason as listed_reason

TABLE = Path(__file__).parent / "data" / "private_model.npz"
BUCKETS = 1 << 15
CHAR_SIZES = (3, 4)
MAX_WORD_LENGTH = 30  # a longer "word" is a pasted blob: its first letters say enough
# a word, a number with its unit ("62", "18/h", "50e"), or a symbol that carries meaning
WORD = re.compile(r"[^\W_]+|[€£$%+]")
# A task of the job named with a difficulty ("gestion du turnover") is one token, the
# same the word lists blank, so that its words do not count as a confidence.
JOB_TASK = "jobtask"
# A shorter clause ("got them right", "pas 12 h") is too short to judge: the drafts screen
# notes clause by clause, and 2 of the 242 private lines of the annotated debriefs had fewer
# words (the lists know "skint", and money), against 156 of 1,494 innocent ones.
MIN_WORDS = 4


@lru_cache(maxsize=65536)
def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[int, ...]:
    return word_grams(word, CHAR_SIZES, BUCKETS, MAX_WORD_LENGTH)


@cache
def _entry_words(lang: str) -> dict[str, tuple[str, ...]]:
    """The words of the lists' entries (prefixes keep their "*") that belong to one reason
    only and have four letters or more: "turnover", "licencié*", not "was" or "que", which
    half the entries share."""
    found: dict[str, set[str]] = {}
    for why, pattern in lexicon(lang, learned=True):
        for word in pattern:
            if word != "~" and len(word.rstrip("*")) > 3:
                found.setdefault(word, set()).add(why)
    return {word: tuple(reasons) for word, reasons in found.items() if len(reasons) == 1}


def _near_hits(words: list[str], lang: str) -> set[str]:
    """The reasons of the entries one of these words belongs to ("turnover" -> site)."""
    entries = _entry_words(lang)
    hits: set[str] = set()
    for word in words:
        hits.update(entries.get(word, ()))
        for size in range(3, len(word)):
            hits.update(entries.get(word[:size] + "*", ()))
    return hits


def features(
    item: str, lang: str, lemma: Lemmatiser, listed: str | None = None
) -> dict[int, float]:
    """Bucket -> value for one line of a debrief field; `listed` is the word lists' reason
    when the caller already asked them."""
    folded = fold(item)
    if lang in JOB_CONTENT:
        folded = JOB_CONTENT[lang].sub(f" {JOB_TASK} ", folded)
    words = WORD.findall(folded)
    lemmas = [word if word == JOB_TASK else lemma(word, lang) for word in words]
    found: set[int] = set()
    for word in words:
        found.update(_word_features(word))
    grams = [f"l:{lemma_}" for lemma_ in lemmas if lemma_ not in words]
    padded = ["<s>", *lemmas, "</s>"]
    grams += [f"b:{left} {right}" for left, right in itertools.pairwise(padded)]
    grams += [f"k:{left} {right}" for left, right in zip(padded, padded[2:], strict=False)]
    grams += [f"n:{why}" for why in _near_hits([*words, *lemmas], lang)]
    if listed is None:
        listed = listed_reason(item, lang, lemma)
    if listed:
        grams.append(f"h:{listed}")
    if MONEY.search(item):
        grams.append("m:money")
    grams += [f"lang:{lang}", f"size:{min(len(words), 12) // 3}"]
    found.update(_bucket(gram) for gram in grams)
    scale = 1.0 / max(1.0, len(found)) ** 0.5  # long and short lines weigh alike
    return {index: scale for index in found}


def judged(item: str) -> bool:
    """Is the line long enough for the model to read?"""
    return len(WORD.findall(fold(item))) >= MIN_WORDS


@dataclass(frozen=True)
class Screen:
    weights: Any  # numpy arrays, loaded with the table
    bias: float
    threshold: float
    reason_weights: Any
    reason_bias: Any

    def probability(self, feats: dict[int, float]) -> float:
        import numpy as np

        index = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
        values = np.fromiter(feats.values(), dtype=np.float32, count=len(feats))
        logit = float(values @ self.weights[index]) + self.bias
        return 1.0 / (1.0 + float(np.exp(-logit)))

    def why(self, feats: dict[int, float]) -> str:
        """The reason the line most reads as (a key of the word lists' reasons)."""
        import numpy as np

        index = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
        values = np.fromiter(feats.values(), dtype=np.float32, count=len(feats))
        scores = values @ self.reason_weights[index] + self.reason_bias
        return REASON_KEYS[int(np.argmax(scores))]


@cache
def load() -> Screen | None:
    """The table, or None when it was never trained (the word lists screen alone)."""
    if not TABLE.exists():
        return None
    import numpy as np

    with np.load(TABLE) as tables:
        return Screen(
            weights=tables["weights"].astype(np.float32),
            bias=float(tables["bias"]),
            threshold=float(tables["threshold"]),
            reason_weights=tables["reason_weights"].astype(np.float32),
            reason_bias=tables["reason_bias"].astype(np.float32),
        )


# In the candidate's own fields (strong points, motivation) and in the role and the process,
# the probability from which a line is left out. On the 26 annotated writers the table was not
# trained on (H to AI), its own threshold caught 4 private lines there that the lists miss
# and left out 545 others (the catch-up's matter); from 0.5, 3 and 81. On AJ, AK, AL and K:
# none caught either way, 100 and 12 left out. The free notes, where the writers typed 1,000
# of their 1,040 private lines, and the recruiter's needs and expectations, where the
# recruiter's confidences are typed ("they had issues w/ cleaning"), keep the table's own.
SURER_THRESHOLD = 0.5


def reason(
    item: str, lang: str, lemma: Lemmatiser, listed: str | None = None, surer: bool = False
) -> str:
    """Why the model would keep this line from the recruiter (a reason of the word lists),
    or "" when it reads as something the e-mail may say. `surer`: only from
    `SURER_THRESHOLD` (a line of the candidate's own fields, the role or the process)."""
    screen = load()
    if screen is None or lang not in ("fr", "en") or not judged(item):
        return ""
    feats = features(item, lang, lemma, listed)
    threshold = max(screen.threshold, SURER_THRESHOLD) if surer else screen.threshold
    if screen.probability(feats) < threshold:
        return ""
    return screen.why(feats)
