"""The learned gate's floors for whole e-mails, chosen on e-mails no rule author had read.

    .venv/bin/python bench/tone_email_floors.py census WRITER COMMIT
    .venv/bin/python bench/tone_email_floors.py choose [--weight 2] [--write]

Each e-mail writer of the tone corpus (bench/data/tone_corpus_v2) was measured unseen on the
code of one commit before anyone read it. `census` runs that commit's guard again (a `git
archive` of it, with this tree's virtualenv) on the writer's e-mails and keeps its findings
(rule, category, span) in bench/data/tone_email_census/<writer>.json: what the rule book
found on a writer it had never seen, which the rules read since then no longer show.

`choose` scores the sentence of each finding with the shipped model and picks, per language
and tone category, the floor under which no gate may sit in an e-mail: the floor that
minimises clean e-mails flagged + `--weight` x faulty e-mails missed. The figures are out of
writer: for each writer, floors chosen on the others are applied to it. `--write` stores the
floors chosen on every writer in the tables (`gate_floor_email`; tone_train.py does not
keep them: run this again after a retraining).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import tone_train  # noqa: E402

from relance.tone import learned  # noqa: E402
from relance.tone.lexing import normalise  # noqa: E402
from relance.tone.rules import rule_book  # noqa: E402

CORPUS = ROOT / "bench/data/tone_corpus_v2"
CENSUS = ROOT / "bench/data/tone_email_census"
CATS = ("impatience", "aggression", "demand", "supplication")  # familiarity: the register's
Record = dict[str, object]

RUN = """
import json, sys
from relance.tone import check
found = []
for line in open(sys.argv[1], encoding="utf-8"):
    item = json.loads(line)
    if item.get("unit") != "message":
        continue
    context = item.get("context") if isinstance(item.get("context"), dict) else None
    result = check(item["text"], item["lang"], "free", context=context)
    found.append({"id": item["id"], "lang": item["lang"], "label": item["label"],
                  "findings": [[f.rule_id, f.category, f.start, f.end] for f in result.findings]})
print(json.dumps(found))
"""


def census(writer: str, commit: str) -> None:
    source = CORPUS / f"writer_{writer.lower()}.jsonl"
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(
            ["git", "archive", commit], cwd=ROOT, capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        done = subprocess.run(
            [sys.executable, "-c", RUN, str(source)],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": tree},
            capture_output=True,
            text=True,
            check=True,
        )
    records = json.loads(done.stdout)
    CENSUS.mkdir(exist_ok=True)
    out = CENSUS / f"{writer.lower()}.json"
    out.write_text(json.dumps({"writer": writer.upper(), "commit": commit, "e-mails": records}))
    flagged = sum(1 for r in records if r["label"] == "clean" and r["findings"])
    print(f"{writer}: {len(records)} e-mails, clean ones flagged {flagged} -> {out}")


def load_census() -> dict[str, list[Record]]:
    """Per writer, its e-mails with each finding's sentence score for the finding's
    category (None outside the tone categories), as the guard's gate reads it."""
    texts = {}
    for path in CORPUS.glob("writer_*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            texts[item["id"]] = item["text"]
    found: dict[str, list[Record]] = {}
    for path in sorted(CENSUS.glob("*.json")):
        stored = json.loads(path.read_text(encoding="utf-8"))
        records = stored["e-mails"]
        for record in records:
            text = normalise(texts[record["id"]])
            every = _model(str(record["lang"])).score(text)
            record["findings"] = [
                (rule, category, _score(every, start, category))
                for rule, category, start, _ in record["findings"]
            ]
        found[stored["writer"]] = records
    return found


def _score(every: list[learned.Scored], start: int, category: str) -> float | None:
    if category not in CATS:
        return None
    column = learned.FAULT_CATEGORIES.index(category)
    scored = next((s for s in every if s.start <= start < s.end), None)
    if scored is None or len(scored.words) < learned.FLOOR_MIN_WORDS:
        return None  # no floor there: the guard keeps the hit whatever the score
    return scored.probabilities[column]


def _model(lang: str) -> learned.Model:
    model = learned.load(lang)
    if model is None:
        raise SystemExit(f"no model tables for {lang}")
    return model


def example_lows() -> dict[str, float]:
    """Per rule, the lowest score the model gives a sentence of the rule's own examples
    where a rule of its category hits: a floor never sits over it, as a gate never does
    (tone_train.under_rule_examples), so that no hit its examples justify is dropped."""
    lowest: dict[str, float] = {}
    for lang in ("fr", "en"):
        for rule_id, _, score in tone_train.example_scores(lang, _model(lang)):
            lowest[rule_id] = min(score, lowest.get(rule_id, 1.0))
        for rule in rule_book(lang).rules:
            if rule.id.rsplit(".", 1)[-1] in WOUNDING:
                lowest[rule.id] = 0.0
    return lowest


LOWS: dict[str, float] = {}  # example_lows(), filled by main
# Words that wound on their own, whatever the sentence around them (an insult, a slur, a
# threat): no floor, only the rule's gate. With a floor, "… est totalement idiot !" in a long
# TyDiP-fr request lost its insult, and the census holds two false alarms of theirs in 230.
WOUNDING = frozenset(
    {"insult", "insulte", "injure", "noms_d_oiseau", "insulte_collective", "insulte_caractere",
     "character_insult", "name_calling", "deshumanisation", "violence", "menace", "threat"}
)  # fmt: skip


def tally(records: list[Record], floors: dict[tuple[str, str], float]) -> tuple[int, int]:
    """(clean e-mails flagged, faulty e-mails missed) once the rule hits under the floors
    are dropped (the model's own findings stand: their thresholds are raise_at's)."""
    flagged = missed = 0
    for record in records:
        kept = [
            category
            for rule, category, score in record["findings"]  # type: ignore[attr-defined]
            if rule.startswith("model.")
            or score is None
            or score >= min(floors.get((str(record["lang"]), category), 0.0), LOWS.get(rule, 1.0))
        ]
        if record["label"] == "clean":
            flagged += bool(kept)
        else:
            missed += record["label"] not in kept
    return flagged, missed


def choose(records: list[Record], weight: float) -> dict[tuple[str, str], float]:
    """Per language and category in turn (twice over), the floor of least cost among the
    scores of the rule hits themselves (just over each), or none."""
    floors: dict[tuple[str, str], float] = {}
    for _ in range(2):
        for lang in ("fr", "en"):
            for category in CATS:
                candidates = {0.0} | {
                    round(score + 0.005, 3)
                    for record in records
                    if record["lang"] == lang
                    for rule, found, score in record["findings"]  # type: ignore[attr-defined]
                    if found == category and score is not None and not rule.startswith("model.")
                }

                def cost(floor: float, key: tuple[str, str] = (lang, category)) -> float:
                    flagged, missed = tally(records, {**floors, key: floor})
                    return flagged + weight * missed

                floors[(lang, category)] = min(sorted(candidates), key=cost)
    return floors


def report(found: dict[str, list[Record]], weight: float) -> dict[tuple[str, str], float]:
    totals: dict[str, int] = defaultdict(int)
    for writer, held in found.items():
        others = [r for w, records in found.items() if w != writer for r in records]
        floors = choose(others, weight)
        before, after = tally(held, {}), tally(held, floors)
        clean = sum(1 for r in held if r["label"] == "clean")
        print(
            f"{writer:>3}: clean flagged {before[0]} -> {after[0]} of {clean}, "
            f"faults missed {before[1]} -> {after[1]} of {len(held) - clean}"
        )
        for name, value in zip(("flagged", "missed"), before + after, strict=False):
            totals[name] += value
        totals["flagged after"] += after[0]
        totals["missed after"] += after[1]
    print(
        f"out of writer: clean flagged {totals['flagged']} -> {totals['flagged after']}, "
        f"faults missed {totals['missed']} -> {totals['missed after']}"
    )
    final = choose([r for records in found.values() for r in records], weight)
    print("chosen on every writer:", {f"{k[0]}.{k[1]}": v for k, v in final.items() if v})
    return final


def write(floors: dict[tuple[str, str], float]) -> None:
    for lang in ("fr", "en"):
        path = ROOT / f"relance/tone/data/model_{lang}.npz"
        with np.load(path) as stored:
            tables = dict(stored)
        row = [floors.get((lang, c), 0.0) if c in CATS else 0.0 for c in learned.FAULT_CATEGORIES]
        tables["gate_floor_email"] = np.asarray(row, dtype=np.float32)
        capped = {
            rule: low
            for rule, low in LOWS.items()
            if rule.startswith(f"{lang}.") and low < floors.get((lang, rule.split(".")[1]), 0.0)
        }
        ids = sorted(capped)
        tables["gate_floor_rule_ids"] = np.array(ids, dtype=str)
        tables["gate_floor_rule_below"] = np.array([capped[i] for i in ids], dtype=np.float32)
        np.savez_compressed(path, **tables)
        print(f"{lang}: gate_floor_email {row}, {len(ids)} rules under it -> {path}")


def main() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("census")
    take.add_argument("writer")
    take.add_argument("commit")
    pick = commands.add_parser("choose")
    pick.add_argument("--weight", type=float, default=2.0, help="cost of a fault missed")
    pick.add_argument("--write", action="store_true")
    pick.add_argument(
        "--no-example-caps", action="store_true", help="floors over the rules' own examples"
    )
    args = parser.parse_args()
    if args.command == "census":
        census(args.writer, args.commit)
        return
    if not args.no_example_caps:
        LOWS.update(example_lows())
    floors = report(load_census(), args.weight)
    if args.write:
        write(floors)


if __name__ == "__main__":
    main()
