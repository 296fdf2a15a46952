"""What Grammalecte still finds in the French catch-ups, and what the proofreading pass did.

    python bench/catchup_proofread.py                 # the French debriefs of every set
    python bench/catchup_proofread.py --only m --show # one set, every finding quoted

For each set: the catch-ups' findings outside typography (per 100 catch-ups, by rule family),
the fixes the pass made (by family), the notes it handed back to the candidate (a marked place
instead of a faulty sentence) and the drafting time, cold (the first draft of the process,
language models loaded) and warm (the median of the others).

The findings are counted by this script's own reading of the e-mail's body (Grammalecte
imported here, not through the composer), so it measures an older commit as well: run it
from a copy of that commit (`git archive <commit> | tar -x -C /tmp/old`).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from catchup_quality import SETS as QUALITY_SETS  # noqa: E402
from catchup_quality import context  # noqa: E402

from relance.drafts import catchup_email  # noqa: E402

# The measured sets are catchup_quality's, with writer G's (read since session 4) besides.
SETS = {**QUALITY_SETS, "g": ROOT / "tests/drafts/debriefs_fresh.jsonl"}
GRAMMALECTE = Path("/usr/lib/python3/dist-packages/grammalecte")
TYPOGRAPHY_TYPES = {"apos", "nbsp", "esp", "typo", "num", "unit"}
TYPOGRAPHY_RULES = ("apostrophe_typographique", "esp_", "typo_", "unit_", "nbsp")
TYPOGRAPHY_OPTIONS = ("typo", "apos", "esp", "nbsp", "unit", "num", "latex", "md", "html", "chim")
GREETING = ("Bonjour", "Madame", "Monsieur", "Cordialement", "Bien cordialement", "Objet")


def checker() -> Any:
    if "grammalecte" not in sys.modules:
        init, inside = GRAMMALECTE / "__init__.py", [str(GRAMMALECTE)]
        spec = importlib.util.spec_from_file_location(
            "grammalecte", init, submodule_search_locations=inside
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["grammalecte"] = module
        spec.loader.exec_module(module)
    checker = sys.modules["grammalecte"].GrammarChecker("fr")
    # Typography off, as the composer's proofreader sets it: the same reading of every commit.
    checker.getGCEngine().setOptions({option: False for option in TYPOGRAPHY_OPTIONS})
    return checker


def body_lines(text: str, case: dict[str, Any]) -> list[str]:
    """The body's paragraphs, greeting, signature and names' lines left out."""
    name = case.get("candidate_name", "")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return [line for line in lines if not line.startswith(GREETING) and line != name]


def family(rule: str) -> str:
    parts = rule.split("__")
    name = parts[1] if len(parts) > 1 else parts[0]
    return name.split("_", 1)[0]


def findings(gc: Any, line: str) -> list[tuple[str, str, str]]:
    """(family, rule, words) of each finding outside typography; unknown words are counted
    only when written in lower case (names and acronyms are the candidate's)."""
    grammar, spelling = gc.getParagraphErrors(line)
    found = []
    for error in grammar:
        rule = error["sRuleId"]
        if error.get("sType") in TYPOGRAPHY_TYPES or rule.startswith(TYPOGRAPHY_RULES):
            continue
        found.append((family(rule), rule, line[error["nStart"] : error["nEnd"]]))
    for error in spelling:
        word = line[error["nStart"] : error["nEnd"]]
        if word.islower() and "[" not in line[: error["nStart"]].rsplit("]", 1)[-1]:
            found.append(("spelling", "spelling", word))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", action="append", choices=sorted(SETS))
    parser.add_argument("--show", action="store_true", help="quote every finding")
    args = parser.parse_args()
    gc = checker()
    first = True
    for name in args.only or sorted(SETS):
        cases = [json.loads(line) for line in SETS[name].read_text().splitlines() if line]
        cases = [case for case in cases if case.get("lang") == "fr"]
        families: Counter[str] = Counter()
        fixes: Counter[str] = Counter()
        handed_back = 0
        times: list[float] = []
        for case in cases:
            started = time.process_time()
            draft = catchup_email(context(case))
            times.append(time.process_time() - started)
            for line in body_lines(draft.text, case):
                for kind, rule, words in findings(gc, line):
                    families[kind] += 1
                    if args.show:
                        print(f"{case['id']}: {kind} {rule} «{words}» in: {line}")
            for fix in getattr(draft, "proofread", ()):
                fixes[fix.family] += 1
            handed_back += sum(1 for item in draft.review if item.reason == "grammar")
        cold = times[0] if first else None
        first = False
        warm = statistics.median(times[1:] if cold is not None else times)
        total = sum(families.values())
        print(
            f"{name}: {len(cases)} French catch-ups, {total} findings "
            f"({100 * total / max(len(cases), 1):.0f} per 100): {dict(families.most_common())}"
        )
        print(f"  fixes applied: {dict(fixes.most_common())}, notes handed back: {handed_back}")
        timing = f"  drafting (CPU time): warm median {1000 * warm:.0f} ms"
        timing += f", max {1000 * max(times):.0f} ms"
        print(timing + (f", cold (first draft) {cold:.1f} s" if cold is not None else ""))


if __name__ == "__main__":
    main()
