"""Relabel the clean items that hold a clipped or texting word as familiarity, and say why.

    .venv/bin/python bench/tone_relabel_clipped.py [A B E ...] [--dry-run]

The policy (docs/tone.md, "Clipped and texting words"): the guard speaks for the recruiter's
reading, and a clipped word in a letter to a recruiter ("dispo", "boulot", "dsl", "qqn",
"bcp", "tel" for the phone, "yrs", "w/", "ppl") reads as familiar, whatever the candidate
meant. Some writers labelled such items clean ("comme convenu au tel je vous envoie mon
permis", "mes dispo"); the model learnt from them that these words are fine, against the
rules. Each item labelled clean where the rule book's shorthand rules hit one of these words
becomes `familiarity`: its `intent` becomes `fam.shorthand` (`msg.fam.shorthand` for an
e-mail, whose `fault_sentence` is the sentence holding the word), and the item keeps what
the writer said (`label_by_writer`, `intent_by_writer`) with the reason (`relabelled`).
Re-runnable: an item already relabelled is left as it is. Never the frozen test writer C,
whose file is not opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tone_corpus_build import TEST_WRITER, writer_file  # noqa: E402

from relance.tone import check, learned  # noqa: E402
from relance.tone.lexing import normalise  # noqa: E402

# the words of the policy, folded, with the word a recruiter expects (the rules' `calmer`)
CLIPPED = {
    "fr": {
        "dsl": "désolé",
        "boulot": "travail",
        "taf": "travail",
        "dispo": "disponible",
        "dispos": "disponibilités",
        "qqn": "quelqu'un",
        "bcp": "beaucoup",
        "tel": "téléphone",
        "tél": "téléphone",
    },
    "en": {"yrs": "yours, years", "w/": "with", "w /": "with", "ppl": "people"},
}
RULES = {"fr.familiarity.abreviations", "fr.familiarity.argot", "en.familiarity.shorthand"}
WRITERS = ("A", "B", "E", "F", "H", "I", "L", "N", "O")


def clipped_words(text: str, lang: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of each policy word the shorthand rules hit in `text`."""
    analysed = normalise(text)
    found = []
    for finding in check(text, lang, engine="rules").findings:
        excerpt = " ".join(analysed[finding.start : finding.end].lower().split())
        # a pattern may hold the word with its neighbour ("au tel"): the policy word in it
        word = next(
            (w for w in CLIPPED[lang] if w in f" {excerpt} ".split(" ") or w == excerpt), ""
        )
        if finding.rule_id in RULES and word:
            found.append((word, finding.start, finding.end))
    return found


def relabelled(item: dict[str, object]) -> dict[str, object] | None:
    """The item relabelled as familiarity, or None when the policy leaves it as it is."""
    if item.get("label") != "clean" or "relabelled" in item:
        return None
    text, lang = str(item["text"]), str(item["lang"])
    words = clipped_words(text, lang)
    if not words:
        return None
    word, start, _ = words[0]
    whole = CLIPPED[lang][word]
    new = dict(item)
    new["label_by_writer"], new["intent_by_writer"] = "clean", item.get("intent")
    new["label"] = "familiarity"
    new["relabelled"] = (
        f"clean -> familiarity: '{word}' is clipped or texting shorthand for '{whole}'; in a "
        "letter to a recruiter it reads as familiar (docs/tone.md, clipped and texting words)"
    )
    if item.get("unit") == "message":
        new["intent"] = "msg.fam.shorthand"
        sentence = next((s, e) for s, e in learned.sentences(text) if s <= start < e)
        new["fault_sentence"] = text[sentence[0] : sentence[1]]
    else:
        new["intent"] = "fam.shorthand"
    return new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("writers", nargs="*", default=WRITERS)
    parser.add_argument("--dry-run", action="store_true", help="count and show, write nothing")
    args = parser.parse_args()
    for writer in (w.upper() for w in args.writers):
        if writer == TEST_WRITER:
            raise SystemExit(f"writer {TEST_WRITER} is the frozen test split: never relabelled")
        path = writer_file(writer)
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        items = [json.loads(line) for line in lines if line.strip()]
        changed = 0
        for index, item in enumerate(items):
            new = relabelled(item)
            if new is not None:
                items[index] = new
                changed += 1
                print(f"  {new['id']}: {str(new['relabelled']).split(';')[0]}")
        print(f"{writer}: {changed} of {len(items)} items relabelled")
        if changed and not args.dry_run:
            body = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
            path.write_text(body, encoding="utf-8")


if __name__ == "__main__":
    main()
