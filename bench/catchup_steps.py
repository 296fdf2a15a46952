"""How the catch-up's closing treats the next steps the debrief gives, over every debrief set.

    python bench/catchup_steps.py              # one line per set
    python bench/catchup_steps.py --only q     # one set
    python bench/catchup_steps.py --show q     # and every closing paragraph of the set

The article asks ONE question on next steps only when none were agreed. Per set:
- `asks_given`: the debrief's `process` holds something other than the lines the writer
  annotated as private, yet the closing asks how the process goes on;
- `invented`: the closing names a stage (an interview, a test, a medical, an offer…) whose
  words the process notes do not hold;
- `silent_empty`: the `process` is empty (and no decision date), yet the closing asks nothing;
- `past`: the closing gives a date before the sending day as to come.

The checks read the e-mail with this file's own word lists, not the composer's (a checker that
shares the composer's tables would only measure that the tables agree).
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from catchup_quality import context as draft_context  # noqa: E402
from catchup_quality import fold, load, send_on  # noqa: E402

from relance.drafts import catchup_email  # noqa: E402

# Every debrief set, the fresh one (g) included: catchup_quality leaves it out.
SETS = {
    path.stem.removeprefix("debriefs_"): path
    for path in sorted((ROOT / "tests/drafts").glob("debriefs_*.jsonl"))
}
ASKS = re.compile(r"\?")
# A stage the closing may name -> words the notes must hold for it (folded, as regexes).
STAGES: tuple[tuple[str, str], ...] = (
    (r"\b(?:second|deuxieme|2e)\s+(?:entretien|tour|interview|round)",
     r"\b(?:2e|2eme|2nd|second|deuxieme)\b|\bentrevue\s+2\b"),
    (r"\bfinal\s+(?:interview|round)|\bdernier\s+entretien", r"\bfinal\s+(?:interview|round)"),
    (r"\bentretien|\binterview|\bentrevue", r"entretien|interview|entrevue|\brdv\b|round|\bcall\b"),
    (r"\btests?\b|\bassessment|\bevaluation|\bexamen|\bepreuve",
     r"\btests?\b|assessment|evaluation|examen|epreuve|cas pratique|psychotech"),
    (r"\bmedical|\bmedicale", r"medical|medicale|\boh\b|health"),
    (r"\bessai\b|\btrial\b", r"\bessai\b|\btrial\b|immersion"),
    (r"\binduction|\borientation", r"induction|orientation|onboarding"),
    (r"\boffre\b|\boffer\b|\bproposition", r"\boffre|\boffer|proposition|informal"),
    (r"\bcontrat|\bcontract", r"contrat|contract"),
    (r"\bprise de poste|\bstart\b|\bdemarrage|\bdebut\b",
     r"\bdebut|\bstart|prise de poste|demarrage"),
    (r"\breferences?\b|\breferees?\b", r"referee|reference"),
    (r"\bdrug|\bdepistage", r"\bdrug|depistage"),
    (r"\bbackground|\bantecedents|\bcasier", r"background|antecedents|casier|vetting|dbs"),
    (r"\bvisite\b", r"\bvisite\b"),
)  # fmt: skip
MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({'|'.join(MONTHS)})\b")


def closing(text: str) -> str:
    """The paragraph before the closing formula: where the next steps are said or asked."""
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    return paragraphs[-2] if len(paragraphs) >= 2 else ""


def agreed(case: dict[str, Any]) -> str:
    """The process notes less the lines the writer annotated as private."""
    private = {fold(str(line)).strip() for line in case.get("private", []) or []}
    lines = [line for line in str(case.get("process", "")).splitlines() if line.strip()]
    return "\n".join(line for line in lines if fold(line).strip() not in private)


def invented(said: str, notes: str) -> list[str]:
    """The stages the closing names whose words the notes do not hold."""
    said_f, notes_f = fold(said), fold(notes)
    return [
        found.group(0)
        for named, evidence in STAGES
        if (found := re.search(named, said_f)) and not re.search(evidence, notes_f)
    ]


def past_dates(said: str, send_on: date) -> list[str]:
    found = []
    for match in DAY_MONTH.finditer(fold(said)):
        day, month = int(match.group(1)), MONTHS[match.group(2)]
        year = send_on.year + (1 if month < send_on.month - 6 else 0)
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if when < send_on:
            found.append(match.group(0))
    return found


def measure(case: dict[str, Any]) -> tuple[dict[str, int], str]:
    ctx = draft_context(case)
    said = closing(catchup_email(ctx).text)
    notes = agreed(case)
    asks = bool(ASKS.search(said))
    nothing_given = not notes.strip() and not case.get("decision_date")
    counts = {
        "with_process": 1 if notes.strip() else 0,
        "asks_given": 1 if notes.strip() and asks else 0,
        "invented": 1 if invented(said, notes) else 0,
        "silent_empty": 1 if nothing_given and not asks else 0,
        "past": 1 if past_dates(said, send_on(case)) else 0,
    }
    return counts, said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=sorted(SETS), action="append")
    parser.add_argument("--show", choices=sorted(SETS), action="append", default=[])
    args = parser.parse_args()
    names = args.only or list(SETS)
    keys = ("with_process", "asks_given", "invented", "silent_empty", "past")
    print(f"{'set':6} {'drafts':>6} " + " ".join(f"{key:>12}" for key in keys))
    for name in [*dict.fromkeys([*names, *args.show])]:
        total = dict.fromkeys(keys, 0)
        cases = load(SETS[name])
        for case in cases:
            counts, said = measure(case)
            for key in keys:
                total[key] += counts[key]
            if name in args.show:
                flags = [key for key in keys[1:] if counts[key]]
                print(f"--- {case['id']} {flags or ''}\n    process: "
                      f"{agreed(case).replace(chr(10), ' // ')}\n    closing: {said}")  # fmt: skip
        print(f"{name:6} {len(cases):>6} " + " ".join(f"{total[key]:>12}" for key in keys))


if __name__ == "__main__":
    main()
