"""Memory and time of the French model: one pipeline shared by the tagger and the parser, against
the two copies loaded before session 17.

    .venv/bin/python bench/spacy_memory.py

Each way runs in a fresh process that imports spaCy first (its own cost is not the model's),
then loads and tags the French lines of the bench's debriefs (every set but the held-out one
named in HELD_OUT), one line in SAMPLE_EVERY. Printed: the growth of the process's peak
resident memory, the load time, and the median time to tag a line with and without the parser.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ("debriefs_n.jsonl",)
SAMPLE_EVERY = 8  # enough lines for a stable median, a minute on a shared machine
FIELDS = ("strong_points", "recruiter_needs", "role_understood", "expectations", "motivation")

MEASURE = """
import json, resource, statistics, sys, time
import spacy
def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
lines = json.loads(sys.stdin.read())
way = sys.argv[1]
base = peak_mb()
start = time.process_time()
if way == "two copies":
    tagger = spacy.load("fr_core_news_sm", exclude=["parser", "ner"])
    parser = spacy.load("fr_core_news_sm", exclude=["ner"])
    tag = tagger
else:
    sys.path.insert(0, sys.argv[2])
    from relance.drafts import morph_fr
    parser = morph_fr.parsed()
    tag = morph_fr.french()
loaded = time.process_time() - start
def median_ms(run):
    times = []
    for line in lines:
        t = time.perf_counter()
        run(line)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)
tagged = median_ms(tag)
parsed = median_ms(parser)
print(json.dumps({"mb": peak_mb() - base, "load_s": loaded, "tag_ms": tagged, "parse_ms": parsed}))
"""


def french_lines() -> list[str]:
    lines = []
    for path in sorted((ROOT / "tests/drafts").glob("debriefs_*.jsonl")):
        if path.name in HELD_OUT:
            continue
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            if row.get("lang") == "fr":
                lines += [x for field in FIELDS for x in (row.get(field) or "").splitlines()]
    return [line for line in lines if line.strip()][::SAMPLE_EVERY]


def main() -> None:
    lines = json.dumps(french_lines())
    print(f"{len(json.loads(lines))} French lines of the bench's debriefs")
    print(f"{'way':<16}{'peak memory':>14}{'load (CPU)':>12}{'tag a line':>12}{'parse a line':>14}")
    for way in ("two copies", "one pipeline"):
        out = subprocess.run(
            [sys.executable, "-c", MEASURE, way, str(ROOT)],
            input=lines, capture_output=True, text=True, check=True,
        )  # fmt: skip
        m = json.loads(out.stdout)
        print(
            f"{way:<16}{m['mb']:>11.0f} MB{m['load_s']:>10.1f} s"
            f"{m['tag_ms']:>9.1f} ms{m['parse_ms']:>11.1f} ms"
        )


if __name__ == "__main__":
    main()
