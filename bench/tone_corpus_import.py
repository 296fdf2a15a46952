"""Copy one independent writer's files into the tone corpus v2, normalised and deduplicated.

    .venv/bin/python bench/tone_corpus_import.py E [F ...] [--source /work/corpus]

Reads every `*.jsonl` file of `<source>/writer_<x>/` (the writer's own folder, written from
/work/corpus/BRIEF.md) and writes `bench/data/tone_corpus_v2/writer_<x>.jsonl`:
- fields normalised: lang, unit and label lower-cased and checked, intent kept, `writer`
  set to the writer's letter, ids made unique (`<X>-<lang>-<n>`, the writer's own id kept
  when it is unique), whitespace trimmed, `context` kept only when it is a mapping;
- an item whose label, lang or unit is unknown, whose text is empty, or whose faulty
  e-mail does not contain its `fault_sentence` is dropped (counted, never guessed);
- duplicates dropped: the same language and text (case and spaces folded) is kept once,
  first file first (files are read in name order);
- provenance: `source` names the writer's file and line each item came from.
Decontamination against the frozen test split stays in one place, the builder
(tone_corpus_build.py drops a seed near a test item when it builds train and dev, and
records the count per writer in splits.json); the import runs the same test (NearIndex)
and prints how many of the new writer's seeds the builder will drop: counts only, never
a test item. It refuses the frozen test writer: the test split's file must stay as the
writer handed it over.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tone_corpus_build import HERE, TEST_WRITER, NearIndex, load, stock_words, writer_file

LABELS = ("clean", "impatience", "aggression", "demand", "supplication", "familiarity")
LANGS = ("fr", "en")
UNITS = ("sentence", "message")
FIELDS = (
    "id",
    "writer",
    "lang",
    "unit",
    "label",
    "intent",
    "text",
    "context",
    "fault_sentence",
    "source",
)


def normalised(raw: dict[str, object], writer: str) -> tuple[dict[str, object] | None, str]:
    """The item in the corpus's shape, or None and why it was dropped."""
    lang = str(raw.get("lang", "")).strip().lower()
    unit = str(raw.get("unit", "")).strip().lower()
    label = str(raw.get("label", "")).strip().lower()
    text = str(raw.get("text", "")).strip()
    if lang not in LANGS:
        return None, "unknown lang"
    if unit not in UNITS:
        return None, "unknown unit"
    if label not in LABELS:
        return None, "unknown label"
    if not text:
        return None, "empty text"
    item: dict[str, object] = {
        "id": str(raw.get("id") or ""),
        "writer": writer,
        "lang": lang,
        "unit": unit,
        "label": label,
        "intent": str(raw.get("intent") or ("msg.clean" if unit == "message" else "unknown")),
        "text": text,
    }
    if isinstance(raw.get("context"), dict) and raw["context"]:
        item["context"] = raw["context"]
    fault = str(raw.get("fault_sentence") or "").strip()
    if fault:
        if fault not in text:
            return None, "fault_sentence not in text"
        item["fault_sentence"] = fault
    elif unit == "message" and label != "clean":
        return None, "faulty e-mail without fault_sentence"
    return item, ""


def dedupe_key(item: dict[str, object]) -> tuple[str, str]:
    return str(item["lang"]), re.sub(r"\s+", " ", str(item["text"]).lower())


def import_writer(writer: str, source: Path) -> list[dict[str, object]]:
    folder = source / f"writer_{writer.lower()}"
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"writer {writer}: no *.jsonl file in {folder}")
    dropped: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    ids: set[str] = set()
    items: list[dict[str, object]] = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError:
                dropped["not JSON (a line still being written?)"] += 1
                continue
            if not isinstance(raw, dict):
                dropped["not an object"] += 1
                continue
            item, why = normalised(raw, writer)
            if item is None:
                dropped[why] += 1
                continue
            key = dedupe_key(item)
            if key in seen:
                dropped["duplicate"] += 1
                continue
            seen.add(key)
            if not str(item["id"]).startswith(f"{writer}-") or item["id"] in ids:
                item["id"] = f"{writer}-{item['lang']}-{path.stem}-{number}"
            item["source"] = f"writer_{writer.lower()}/{path.name}:{number}"
            ids.add(str(item["id"]))
            items.append({field: item[field] for field in FIELDS if field in item})
    counts = Counter((str(i["lang"]), str(i["label"])) for i in items)
    print(f"writer {writer}: {len(items)} items from {len(files)} files; dropped {dict(dropped)}")
    for lang in LANGS:
        row = ", ".join(f"{label} {counts[lang, label]}" for label in LABELS)
        print(f"  {lang}: {row}")
    return items


def near_test(writer: str, items: list[dict[str, object]]) -> int:
    """How many of these seeds the builder will drop as near a test item (the builder's
    own test, with the frequent words of the corpus's other train and dev writers)."""
    skipped = {writer_file(TEST_WRITER).name, writer_file(writer).name}
    others = [
        item
        for path in sorted(HERE.glob("writer_*.jsonl"))
        if path.name not in skipped
        for item in load(path.name)
    ]
    index = NearIndex(load(writer_file(TEST_WRITER).name), stock_words(others + items))
    return sum(index.near(item) for item in items)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("writers", nargs="+", help="writer letters, e.g. E F")
    parser.add_argument("--source", type=Path, default=Path("/work/corpus"))
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    for writer in (w.upper() for w in args.writers):
        if writer == TEST_WRITER:
            raise SystemExit(f"writer {writer} is the frozen test split: it is not re-imported")
        items = import_writer(writer, args.source)
        with (args.out / f"writer_{writer.lower()}.jsonl").open("w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        near = near_test(writer, items)
        print(f"  {near} of {len(items)} seeds are near a test item: the builder drops them")


if __name__ == "__main__":
    main()
