"""Build the train / dev / test splits of the tone corpus v2 from the writers' files.

    .venv/bin/python bench/tone_corpus_build.py [--train A E F H I L] [--dev B]

Split by writer, never at random: train = writers A, E, F, H, I, L, N, O, R, U, V, G and P
(those whose file is there), dev = writer B, test = writer C (frozen, unperturbed, never
read by the rule authors).
Train and dev seeds get 3 to 5 perturbations each
(typos, no accents, lowercase, hedges, question form, informal spelling for familiarity
items only since shorthand is itself a familiarity fault), seeded, so every run writes the
same files. Decontamination: a train or dev seed near a test seed (difflib ratio > 0.6 or a
shared run of five words, see NearIndex) is dropped with its perturbations. Train and dev
are not decontaminated against each other: the shipped model learns from both (bench/
tone_train.py), and dev figures come from a model trained on train alone. This script reads
the test writer's text to compare it; it prints only counts. Provenance: every item keeps
its `writer` and `id` (a perturbation adds `perturbation` and `~kind` to the id), and
`splits.json` records which writers and files (with their SHA-256) made each split and
how many seeds each kept and lost to decontamination.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import random
import re
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data" / "tone_corpus_v2"
TRAIN_WRITERS = (
    "A", "E", "F", "H", "I", "L", "N", "O", "R", "U", "V", "G", "P", "K", "W", "X", "Z",
)  # fmt: skip
DEV_WRITERS = ("B",)
TEST_WRITER = "C"  # frozen: never read but to compare and to score
MANIFEST = "splits.json"
NEAR_RATIO = 0.6
RUN_WORDS = 5
STOCK_WORDS = 300  # per language, from train and dev only
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

Item = dict[str, object]

HEDGES = {
    "fr": ("Pour être honnête, ", "Je me permets de vous le dire : ", "Au passage, ", "Bref, "),
    "en": ("To be honest, ", "Just a quick note: ", "Also, ", "Anyway, "),
}
INFORMAL = {
    "fr": (
        ("s'il vous plaît", "svp"),
        ("beaucoup", "bcp"),
        ("je suis", "jsuis"),
        ("quelqu'un", "qqn"),
        ("pourquoi", "pk"),
        ("téléphone", "tel"),
        ("aujourd'hui", "auj"),
    ),
    "en": (
        ("you", "u"),
        ("please", "pls"),
        ("thanks", "thx"),
        ("people", "ppl"),
        ("with", "w/"),
        ("going to", "gonna"),
        ("are", "r"),
    ),
}


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def typo(text: str, rng: random.Random) -> str:
    """One or two keyboard slips: a letter dropped, doubled or swapped with its neighbour."""
    words = list(re.finditer(r"[^\W\d_]{4,}", text))
    if not words:
        return text
    chars = list(text)
    for match in sorted(
        rng.sample(words, min(len(words), rng.choice((1, 2)))), key=lambda m: m.start()
    ):
        at = rng.randrange(match.start() + 1, match.end() - 1)
        slip = rng.choice(("drop", "double", "swap"))
        if slip == "drop":
            chars[at] = ""
        elif slip == "double":
            chars[at] = chars[at] * 2
        elif chars[at + 1]:
            chars[at], chars[at + 1] = chars[at + 1], chars[at]
    return "".join(chars)


def phone_case(text: str, rng: random.Random) -> str:
    """Typed on a phone: lower case, no final full stop."""
    return text.lower().rstrip(".")


def no_accents(text: str, rng: random.Random) -> str:
    return fold(text)


def question(text: str, rng: random.Random) -> str:
    """A statement turned into a question the way people type it: the full stop becomes ?"""
    stripped = text.rstrip()
    if stripped.endswith("."):
        return stripped[:-1] + " ?" if rng.random() < 0.5 else stripped[:-1] + "?"
    return stripped


def perturb(text: str, kind: str, lang: str, rng: random.Random) -> str:
    if kind == "typo":
        return typo(text, rng)
    if kind == "lower":
        return phone_case(text, rng)
    if kind == "no_accents":
        return no_accents(text, rng) if lang == "fr" else phone_case(text, rng)
    if kind == "hedge":
        head = rng.choice(HEDGES[lang])
        return head + text[:1].lower() + text[1:] if text[:2] != "I " else head + text
    if kind == "question":
        return question(text, rng)
    if kind == "informal":
        for formal, short in INFORMAL[lang]:
            text = re.sub(rf"\b{re.escape(formal)}\b", short, text, flags=re.IGNORECASE)
        return text
    raise ValueError(kind)


def perturbations(item: Item, rng: random.Random) -> list[Item]:
    lang, text = str(item["lang"]), str(item["text"])
    kinds = ["typo", "lower", "no_accents", "hedge", "question"]
    if item["label"] == "familiarity":
        kinds.append("informal")
    if item["unit"] == "message":
        kinds.remove("hedge")  # a hedge belongs to a sentence, not to "Bonjour Madame,"
    chosen = rng.sample(kinds, rng.randint(3, min(5, len(kinds))))
    out: list[Item] = []
    for kind in chosen:
        fault = item.get("fault_sentence")
        if fault and str(fault) in text:
            # perturb the three parts apart so that fault_sentence still points into the text
            before, _, after = text.partition(str(fault))
            parts = [perturb(part, kind, lang, rng) if part else part for part in (before, after)]
            new_fault = perturb(str(fault), kind, lang, rng)
            new_text = parts[0] + new_fault + parts[1]
        else:
            new_fault, new_text = None, perturb(text, kind, lang, rng)
        if new_text == text:
            continue
        copy = dict(item, id=f"{item['id']}~{kind}", text=new_text, perturbation=kind)
        if new_fault is not None:
            copy["fault_sentence"] = new_fault
        out.append(copy)
    return out


def words(text: str) -> list[str]:
    return WORD_RE.findall(fold(text.lower()))


def compared_text(item: Item) -> str:
    """A faulty message is compared by its faulty sentence (the e-mail around it is
    ordinary courtesy every writer shares); a sentence or a clean e-mail by its text."""
    return str(item.get("fault_sentence") or item["text"])


class NearIndex:
    """The texts of one split, to ask whether another text is a near-duplicate of one.

    Both tests run on words (accents and case folded): difflib's ratio over the word
    sequences, and runs of five words shared verbatim. A run made only of the language's
    most frequent words ("je me permets de vous", "at the end of the") is courtesy every
    writer shares, not a copied seed; the frequent words come from the train and dev
    writers only."""

    def __init__(self, items: list[Item], stock_words: set[str]) -> None:
        self.stock_words = stock_words
        self.texts = [(str(item["lang"]), words(compared_text(item))) for item in items]
        self.runs: set[tuple[str, ...]] = set()
        for _lang, tokens in self.texts:
            self.runs |= self._runs(tokens)

    def _runs(self, tokens: list[str]) -> set[tuple[str, ...]]:
        found = (tuple(tokens[i : i + RUN_WORDS]) for i in range(len(tokens) - RUN_WORDS + 1))
        return {run for run in found if not set(run) <= self.stock_words}

    def near(self, item: Item) -> bool:
        tokens = words(compared_text(item))
        if self._runs(tokens) & self.runs:
            return True
        matcher: difflib.SequenceMatcher[str] = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(tokens)
        for lang, other in self.texts:
            if lang != item["lang"]:
                continue
            matcher.set_seq1(other)
            if (
                matcher.real_quick_ratio() > NEAR_RATIO
                and matcher.quick_ratio() > NEAR_RATIO
                and matcher.ratio() > NEAR_RATIO
            ):
                return True
        return False


def stock_words(items: list[Item], per_lang: int = STOCK_WORDS) -> set[str]:
    counts: dict[str, Counter[str]] = {}
    for item in items:
        counts.setdefault(str(item["lang"]), Counter()).update(set(words(str(item["text"]))))
    return {word for counter in counts.values() for word, _ in counter.most_common(per_lang)}


def writer_file(writer: str) -> Path:
    return HERE / f"writer_{writer.lower()}.jsonl"


def ensure_built() -> None:
    """Build train.jsonl and dev.jsonl if they are missing (they are not in git)."""
    if not all((HERE / f"{split}.jsonl").exists() for split in ("train", "dev")):
        build(TRAIN_WRITERS, DEV_WRITERS)


def load(name: str) -> list[Item]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def write(name: str, items: list[Item]) -> None:
    with (HERE / name).open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def present(writers: tuple[str, ...]) -> tuple[str, ...]:
    """The writers whose file is there (a writer still at work is skipped, with a note)."""
    found = tuple(writer for writer in writers if writer_file(writer).exists())
    missing = sorted(set(writers) - set(found))
    if missing:
        print(f"no file yet for writer(s) {', '.join(missing)}: left out")
    return found


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(train: tuple[str, ...], dev: tuple[str, ...]) -> dict[str, object]:
    if TEST_WRITER in train + dev:
        raise SystemExit(f"writer {TEST_WRITER} is the frozen test split")
    writers = {"train": present(train), "dev": present(dev)}
    seeds = {w: load(writer_file(w).name) for w in writers["train"] + writers["dev"]}
    test_seeds = load(writer_file(TEST_WRITER).name)
    every = [item for items in seeds.values() for item in items]
    test_index = NearIndex(test_seeds, stock_words(every))
    manifest: dict[str, object] = {
        "test": {
            "writers": [TEST_WRITER],
            "files": {writer_file(TEST_WRITER).name: sha256(writer_file(TEST_WRITER))},
            "items": len(test_seeds),
            "note": "frozen, unperturbed, as is",
        }
    }
    for split in ("train", "dev"):
        out: list[Item] = []
        per_writer: dict[str, dict[str, int]] = {}
        for writer in writers[split]:
            kept = dropped = 0
            for item in seeds[writer]:
                if test_index.near(item):
                    dropped += 1
                    continue
                kept += 1
                rng = random.Random(zlib.crc32(str(item["id"]).encode()))
                out.append(item)
                out += perturbations(item, rng)
            per_writer[writer] = {"seeds": len(seeds[writer]), "kept": kept, "dropped": dropped}
        write(f"{split}.jsonl", out)
        manifest[split] = {
            "writers": list(writers[split]),
            "files": {writer_file(w).name: sha256(writer_file(w)) for w in writers[split]},
            "seeds": per_writer,
            "items": len(out),
        }
        kept = sum(counts["kept"] for counts in per_writer.values())
        lost = sum(counts["dropped"] for counts in per_writer.values())
        print(
            f"{split} ({'+'.join(writers[split])}): {kept} seeds kept, {lost} dropped as near "
            f"a test item, {len(out)} items with perturbations"
        )
    print(f"test: {len(test_seeds)} items of writer {TEST_WRITER} (frozen, unperturbed, as is)")
    (HERE / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="+", default=list(TRAIN_WRITERS), help="writers")
    parser.add_argument("--dev", nargs="+", default=list(DEV_WRITERS), help="writers")
    args = parser.parse_args()
    build(tuple(w.upper() for w in args.train), tuple(w.upper() for w in args.dev))


if __name__ == "__main__":
    main()
