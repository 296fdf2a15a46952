"""A census of the next steps the debriefs give, by shape, and what the closing does with them.

    python bench/catchup_steps_census.py                       # compose every catch-up
    python bench/catchup_steps_census.py --render OUT.json     # closings of a render.py file
    python bench/catchup_steps_census.py --show "cand|doc|by"  # and the lines of that shape

Every `process` line of every debrief set (tests/drafts/debriefs_*.jsonl), less the lines the
writer annotated as private, is classified by shape: who acts (the recruiter, the candidate, no
one named), what (a stage, a document, an answer, other), when (day+hour, date, weekday, by a
day, within a span, mid-month or a week, vague), how many steps, and a condition. The closing
paragraph of the case's catch-up is then read for that line:

- `dated`: restated with the day (and the hour when the line gives one) the line gives;
- `undated`: restated (a word of the line's stage or document) without the line's day;
- `marked`: handed back to the candidate (the composer's marked fragment, "[à compléter…]");
- `asked`: the closing asks a question;
- `nothing`: none of the above (a generic "I have noted the next steps", or no word of it).

The shapes are read with this file's own word lists, not the composer's.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from catchup_quality import context as draft_context  # noqa: E402
from catchup_quality import fold, load  # noqa: E402
from catchup_steps import SETS, agreed, closing  # noqa: E402

WEEKDAYS = {
    "lundi": "mon", "mardi": "tue", "mercredi": "wed", "jeudi": "thu", "vendredi": "fri",
    "samedi": "sat", "dimanche": "sun", "mon": "mon", "tue": "tue", "wed": "wed", "thu": "thu",
    "fri": "fri", "sat": "sat", "sun": "sun",
}  # fmt: skip
WEEKDAY = re.compile(
    r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mon|tue|wed|thu|fri|sat|sun)[a-z]*"
)
DAY_NUMBER = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mon|tue|wed|thu|fri|sat|sun|"
    r"le|the|du|au)[a-z]*\s+(\d{1,2})(?:er|st|nd|rd|th)?\b|\b(\d{1,2})(?:er|st|nd|rd|th)?\s*"
    r"(?:/\d{1,2}\b|(?:jan|fev|feb|mar|avr|apr|mai|may|juin|jun|juil|jul|aout|aug|sep|oct|nov|"
    r"dec)[a-z]*)"
)
HOUR = re.compile(r"\b(\d{1,2})\s*(?:h\s*(\d{2})?|:(\d{2})|\s*(?:am|pm|a\.m\.|p\.m\.))|\bmidi\b")
BY = re.compile(r"\b(?:avant|d'ici|by|before|due|jusqu'a|until|a rendre|back)\b")
WITHIN = re.compile(
    r"\b(?:sous|dans|within|in)\s+(?:\w+\s+)?\d*\s*(?:h|jours?|semaines?|days?|weeks?|mois|"
    r"months?|48h)\b|\b\d+\s*h\b(?=.*\b(?:send|renvoy|rendre))"
)
PERIOD = re.compile(
    r"\bmi-|\bfin\s+de|\bdebut\s+de|\bend\s+of|\bsemaine\s+(?:prochaine|d'apres)|\bnext\s+(?:wk|"
    r"week|month)|\bthis\s+(?:wk|week)|\bcette\s+semaine|\bdemain\b|\btmrw|\btomorrow|\btoday|"
    r"\baujourd'hui"
)
CONDITION = re.compile(r"\b(?:si|s'il|if|depend\w*|selon)\b")
RECRUITER = re.compile(
    r"\b(?:il|elle|ils|on)\s+(?:me\s+|m'|va\s+|doit\s+|l')?(?:rappelle|recontacte|envoie|"
    r"revient|fait|propose|appelle|texte|tient|dit|voit|donne|transmet)|\bm'envoie|\bme\s+"
    r"(?:rappelle|recontacte|revient|texte|tient)|\b(?:he|she|they|hr|he's|she's|they're|"
    r"they'll|he'll|she'll)\b.{0,12}\b(?:call|ring|email|send|text|let|update|sort|puts|get)"
)
CANDIDATE = re.compile(
    r"\b(?:je\s+(?:dois|lui|la|le|vais|renvoie|envoie|rappelle)|ramener|amener|apporter|"
    r"envoyer|renvoyer|retourner|prevoir|i\s+(?:need|fill|send|must|have|call|bring|will)|"
    r"bring|send\s+(?:back|photos|copies|cv|my)|book|return|fill\s+in|j'ai\s+jusqu)"
)
STAGE = re.compile(
    r"entretien|entrevue|interview|round|\btests?\b|assessment|essai|trial|shift|immersion|"
    r"rencontre|\brdv\b|rendez-vous|visite|medical|formation|induction|orientation|ride\s*along|"
    r"show\s+day|exercice|cas\s+pratique|take-home|epreuve|examen|debut|start|prise\s+de\s+poste|"
    r"\boffre|\boffer|contrat|contract|referee|reference|signature"
)
DOCUMENT = re.compile(
    r"\bcv\b|diplome|bulletin|carte|rib\b|casier|dossier|form|questionnaire|attestation|"
    r"photos?|copies?|copie|papers|docs?\b|id\b|certif|justificatif|nda|dbs|quals|permis|"
    r"boots|couteaux|knives|whites|chaussures|piece\s+d'identite|plan\s+de\s+commission"
)
ANSWER = re.compile(
    r"reponse|retour|decision|nouvelles|results?|answer|feedback|hear|let\s+me\s+know|"
    r"update|revient|rappelle|recontacte|call|ring|text|touch|tient\s+au\s+courant"
)
SPLIT = re.compile(r"\bpuis\b|\bensuite\b|\bthen\b|\+|;|\bet\s+(?:je|un|une|de)\b|,\s*(?=\w)")
MARKED = re.compile(r"\[(?:a completer|to fill in)")


def shape(line: str) -> tuple[str, str, str, str, str]:
    """(who, what, when, steps, condition) of one process line, folded."""
    text = fold(line)
    who = "rec" if RECRUITER.search(text) else "cand" if CANDIDATE.search(text) else "-"
    if RECRUITER.search(text) and CANDIDATE.search(text):
        who = "both"
    what = (
        "stage"
        if STAGE.search(text)
        else "doc"
        if DOCUMENT.search(text)
        else "answer"
        if ANSWER.search(text)
        else "other"
    )
    has_day = bool(DAY_NUMBER.search(text) or WEEKDAY.search(text))
    if has_day and HOUR.search(text):
        when = "day+hour"
    elif has_day and BY.search(text):
        when = "by-day"
    elif DAY_NUMBER.search(text):
        when = "date"
    elif has_day:
        when = "weekday"
    elif WITHIN.search(text):
        when = "within"
    elif PERIOD.search(text):
        when = "period"
    else:
        when = "vague"
    stages = {found.group(0) for found in STAGE.finditer(text)}
    steps = "1" if len(stages) <= 1 else "2+"
    condition = "if" if CONDITION.search(text) else ""
    return who, what, when, steps, condition


def treated(line: str, said: str) -> str:
    """What the closing does with the line: dated, undated, marked, asked, nothing."""
    text, told = fold(line), fold(said)
    if MARKED.search(told):
        return "marked"
    if "?" in told:
        return "asked"
    numbers = {n for m in DAY_NUMBER.finditer(text) for n in m.groups() if n}
    days = {WEEKDAYS[m.group(1)] for m in WEEKDAY.finditer(text)}
    told_days = {WEEKDAYS[m.group(1)] for m in WEEKDAY.finditer(told)}
    told_numbers = {n for m in DAY_NUMBER.finditer(told) for n in m.groups() if n}
    words = {found.group(0) for found in (*STAGE.finditer(text), *DOCUMENT.finditer(text))}
    words |= {"reponse", "answer", "hear"} if ANSWER.search(text) else set()
    echoed = any(re.search(re.escape(word[:6]), told) for word in words)
    if (numbers & told_numbers) or (days & told_days and not numbers):
        hour = HOUR.search(text)
        if hour and hour.group(1) and not re.search(rf"\b{hour.group(1)}\b", told):
            return "dated-nohour"
        return "dated"
    if echoed:
        return "undated" if (numbers or days) else "restated"
    return "nothing"


def text_of(rendered: str) -> str:
    """The e-mail's text: render.py stores the draft's repr when it has no body."""
    found = re.search(r"\btext=(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')", rendered)
    return str(ast.literal_eval(found.group(1))) if found else rendered


def said_of(text: str) -> str:
    """The closing paragraph, and the steps promised elsewhere ("Comme convenu, j'apporterai
    …", said beside the motivation): both answer the process notes."""
    promised = re.findall(r"(?:Comme convenu|As agreed)[^.]*\.", text)
    return " ".join([*promised, closing(text)])


def closings(render: Path | None) -> dict[str, str]:
    rendered = json.loads(render.read_text(encoding="utf-8")) if render else {}
    return {key: said_of(text_of(text)) for key, text in rendered.items()}


Row = tuple[tuple[str, ...], str, str, str, str]  # shape, treatment, case, line, closing


def census(render: Path | None) -> list[Row]:
    from relance.drafts import catchup_email

    rendered = closings(render)
    rows: list[Row] = []
    for name, path in SETS.items():
        for case in load(path):
            notes = agreed(case)
            if not notes.strip():
                continue
            key = f"{name}/{case['id']}"
            said = rendered.get(key)
            if said is None:
                said = said_of(catchup_email(draft_context(case)).text)
            for line in notes.splitlines():
                rows.append((shape(line), treated(line, said), key, line, said))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--render", type=Path, help="a render.py JSON of the catch-ups")
    parser.add_argument(
        "--show",
        action="append",
        default=[],
        help="a shape (who|what|when) or a treatment (undated…) to show",
    )
    args = parser.parse_args()
    rows = census(args.render)
    kinds = ("dated", "dated-nohour", "undated", "restated", "marked", "asked", "nothing")
    table: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for found, done, *_ in rows:
        table[found[:3]][done] += 1
    print(f"{'who':5} {'what':7} {'when':9} {'lines':>5} " + " ".join(f"{k:>7.7}" for k in kinds))
    for key, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(
            f"{key[0]:5} {key[1]:7} {key[2]:9} {sum(counts.values()):>5} "
            + " ".join(f"{counts[k]:>7}" for k in kinds)
        )
    total = Counter(done for _, done, *_ in rows)
    steps = Counter(found[3] for found, *_ in rows)
    conditions = Counter(found[4] for found, *_ in rows)
    print(f"{'all':23} {len(rows):>5} " + " ".join(f"{total[k]:>7}" for k in kinds))
    print(f"steps: {dict(steps)}  conditional: {conditions['if']}")
    for wanted in args.show:
        for found, done, case, line, said in rows:
            if wanted in ("|".join(found[:3]), done):
                print(f"--- {case} [{done}]\n    line: {line}\n    said: {said}")


if __name__ == "__main__":
    main()
