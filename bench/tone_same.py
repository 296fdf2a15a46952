"""Does this tree's tone guard find exactly what another tree's finds? The referee of a
speed-up: every item of the tone corpora, each tree's guard in a process of its own.

    git archive c02c8d8 | (mkdir -p /tmp/tone_before && tar -x -C /tmp/tone_before)
    .venv/bin/python bench/tone_same.py /tmp/tone_before [--limit N] [--tolerance 1e-6]

Each item (bench/data/tone_corpus.jsonl, bench/data/tone_corpus_v2/*.jsonl, the rule
authors' hard negatives, and every rule file's examples and counterexamples) is checked in
its own language and again with the language detected ("auto"), and its findings
(category, rule, severity, span, explanations, suggestion and the span it replaces) are
compared, with the model's probabilities for each sentence rounded to 1e-9. The frozen
test writer's items (C) are compared too, but a difference there prints its id only: its
texts are never shown.

Both processes run with the same PYTHONHASHSEED (`--hash-seed`, 0 by default): the rule
book tries a token's lemma keys in the order of a set of strings, so when two patterns of
one rule match at the same word, which span wins depends on the process's hash seed
(c02c8d8 against itself, each process with its own seed, differed on at least 5 of its
first few thousand items: "en.aggression.reproach" over 11-31 or 11-26 of A-en-111, the
order of two findings on the same words of A-en-370).
`--hash-seed random` leaves each process its own seed, to count those items.
Since the guard tries a word's candidate patterns in the rule book's order, the findings no
longer depend on the seed: `--seeds A B` runs the first process with seed A and the second
with seed B, this tree against itself when no other tree is named:

    .venv/bin/python bench/tone_same.py --seeds 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    "bench/data/tone_corpus.jsonl",
    "bench/data/tone_corpus_v2/*.jsonl",
    "bench/data/tone_hard_negatives_r.jsonl",
)
HIDDEN_WRITER = "C"  # the frozen test split: compared, never printed
SHOWN = 5  # differences printed in full


def items(tree: Path) -> Iterator[dict[str, object]]:
    """Every corpus item of `tree`, then its rule files' examples, as plain dicts."""
    for pattern in CORPORA:
        for path in sorted(tree.glob(pattern)):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    item = json.loads(line)
                    item.setdefault("id", f"{path.name}:{number}")
                    yield item
    from relance.tone.rules import rule_book

    for lang in ("fr", "en"):
        for rule in rule_book(lang).rules:
            for field in ("examples", "counterexamples"):
                for number, text in enumerate(getattr(rule, field)):
                    yield {"id": f"{rule.id}:{field}:{number}", "lang": lang, "text": text}


def _rounded(probabilities: tuple[float, ...]) -> list[float]:
    return [round(p, 9) for p in probabilities]


def reading(item: dict[str, object], lang: str) -> dict[str, object]:
    """What the guard of the running tree says of one item, as JSON-ready data."""
    from relance.tone import check, learned

    text = str(item["text"])
    context = item.get("context")
    kind = str(item.get("kind") or "free")
    result = check(text, lang, kind, context=context if isinstance(context, dict) else None)
    model = learned.load(result.lang)
    scores = [] if model is None else model.score(text)
    return {
        "lang": result.lang,
        "words": result.word_count,
        "findings": [finding.as_dict() for finding in result.findings],
        "scores": [[s.start, s.end, _rounded(s.probabilities)] for s in scores],
    }


def worker(limit: int | None) -> None:
    """Runs inside the tree under test (cwd and sys.path): one JSON line per item."""
    sys.path.insert(0, os.getcwd())
    import relance.tone

    print(json.dumps({"module": relance.tone.__file__}), flush=True)
    for number, item in enumerate(items(Path.cwd())):
        if limit is not None and number >= limit:
            break
        out = {lang: reading(item, lang) for lang in (str(item["lang"]), "auto")}
        print(json.dumps({"id": item["id"], "writer": item.get("writer"), **out}), flush=True)


def run(tree: Path, limit: int | None, seed: str) -> subprocess.Popen[str]:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker"]
    if limit is not None:
        command += ["--limit", str(limit)]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("PYTHONHASHSEED", None)
    if seed != "random":
        env["PYTHONHASHSEED"] = seed
    return subprocess.Popen(command, cwd=tree, env=env, stdout=subprocess.PIPE, text=True)


def _close(a: dict[str, Any], b: dict[str, Any], tolerance: float) -> bool:
    """The same findings, and each sentence's probabilities within `tolerance`."""
    for lang in a:
        if not isinstance(a[lang], dict):
            continue
        left, right = dict(a[lang]), dict(b[lang])
        scores, others = left.pop("scores"), right.pop("scores")
        if left != right or [s[:2] for s in scores] != [s[:2] for s in others]:
            return False
        for (_, _, p), (_, _, q) in zip(scores, others, strict=True):
            if any(abs(x - y) > tolerance for x, y in zip(p, q, strict=True)):
                return False
    return True


def compare(
    before: Path,
    after: Path,
    limit: int | None,
    seed: str = "0",
    seed_after: str | None = None,
    shown: int = SHOWN,
    tolerance: float = 0.0,
) -> int:
    """Runs both trees side by side; prints and returns the number of differing items.
    `seed_after`, when given, is the second process's own hash seed. `tolerance`: the
    probabilities may move by this much (a change that sums the same weights another way,
    float64 in place of numpy's float32) while the findings stay exactly the same."""
    seeds = seed if seed_after is None else f"{seed} and {seed_after}"
    old, new = run(before, limit, seed), run(after, limit, seed_after or seed)
    assert old.stdout is not None and new.stdout is not None
    for name, stream, tree in (("before", old.stdout, before), ("after", new.stdout, after)):
        module = json.loads(stream.readline())["module"]
        print(f"{name}: {module}")
        if not Path(module).resolve().is_relative_to(tree.resolve()):
            raise SystemExit(f"{name} imported the guard from outside {tree}")
    total = differ = moved = 0
    for left, right in zip(old.stdout, new.stdout, strict=True):
        a, b = json.loads(left), json.loads(right)
        if a["id"] != b["id"]:
            raise SystemExit(f"the trees' corpora differ at {a['id']} / {b['id']}")
        total += 1
        if a == b:
            continue
        if tolerance and _close(a, b, tolerance):
            moved += 1
            continue
        differ += 1
        if differ <= shown:
            print(f"- {a['id']} differs")
            if a.get("writer") != HIDDEN_WRITER:
                print(f"  before: {json.dumps(a, ensure_ascii=False)[:1500]}")
                print(f"  after:  {json.dumps(b, ensure_ascii=False)[:1500]}")
    if old.wait() or new.wait():
        raise SystemExit("a worker failed")
    within = f" ({moved} more with probabilities moved by at most {tolerance})" if moved else ""
    print(
        f"{total} items, each in its language and 'auto', hash seed {seeds}: {differ} differ"
        + within
    )
    return differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", nargs="?", type=Path, help="the other tree (git archive)")
    parser.add_argument("--after", type=Path, default=ROOT, help="default: this tree")
    parser.add_argument("--limit", type=int, help="only the first N items (a quick look)")
    parser.add_argument("--hash-seed", default="0", help="PYTHONHASHSEED of both, or random")
    parser.add_argument(
        "--seeds",
        nargs=2,
        metavar=("A", "B"),
        help="the first process's hash seed and the second's; alone, this tree against itself",
    )
    parser.add_argument("--show", type=int, default=SHOWN, help="differences printed in full")
    parser.add_argument(
        "--tolerance", type=float, default=0.0, help="probabilities may move by this much"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.limit)
        return
    if args.before is None and args.seeds is None:
        parser.error("the other tree is required (or --seeds A B: this tree against itself)")
    before = args.after if args.before is None else args.before
    seed, seed_after = args.seeds or (args.hash_seed, None)
    sys.exit(
        1
        if compare(before, args.after, args.limit, seed, seed_after, args.show, args.tolerance)
        else 0
    )


if __name__ == "__main__":
    main()
