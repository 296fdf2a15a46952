"""Objective counts on catch-up e-mails written from phone-typed debriefs.

    python bench/catchup_quality.py              # both sets, one summary line per set
    python bench/catchup_quality.py --show dev   # and every draft of a set, with its findings
    python bench/catchup_quality.py --only m     # one set alone

Sets: tests/drafts/debriefs_dev.jsonl (tuned on), tests/drafts/debriefs_test.jsonl
(frozen before any tuning: the issue's own examples and debriefs written before the code was
run on them) and tests/drafts/debriefs_indep.jsonl (60 debriefs by a writer who never saw the
code, frozen on arrival, never tuned on); tests/drafts/debriefs_j.jsonl (writer J's 40
debriefs, blind-graded twice in session 5, the dev set of session 6); tests/drafts/debriefs_k.jsonl
(writer K's 40 debriefs, blind-graded in session 6, the dev set of session 7);
tests/drafts/debriefs_m.jsonl (writer M's 40 debriefs, blind-graded in session 7, then read
while drafting the fourth round); tests/drafts/debriefs_p.jsonl (writer P's 40 debriefs,
blind-graded in session 8, then read); tests/drafts/debriefs_q.jsonl (writer Q's 40 debriefs,
blind-graded in session 9 on arrival, then read); tests/drafts/debriefs_s.jsonl (writer S's 40
debriefs, blind-graded in session 10 on arrival, then read); tests/drafts/debriefs_t.jsonl
(writer T's, session 11, the same), tests/drafts/debriefs_w.jsonl (writer W's, read at the
end of session 11) and tests/drafts/debriefs_x.jsonl (writer X's, read at the end of session
12: no set is held out since). `marked` counts
the marked places of the bodies, `to_rewrite` the notes shown beside them to the candidate (never
sent), `facts_beside` the facts missing from the body that those notes carry. The
independent set also says, per debrief, what must never appear ("private": substrings,
compared without accents or case), the facts the catch-up should carry ("must_mention", in
English: checked approximately, by their anchor words — a number, or a word of five letters
or more) and the client company when the employer is an interim agency ("agency_client":
the client must be named, the agency never presented as the employer).

The checks below do not import the drafting code's word lists on purpose: a checker that
shares the composer's tables would only measure that the tables agree.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from relance.core import temp_agencies  # noqa: E402
from relance.drafts import DraftContext, catchup_email  # noqa: E402

SETS = {
    "dev": ROOT / "tests/drafts/debriefs_dev.jsonl",
    "test": ROOT / "tests/drafts/debriefs_test.jsonl",
    "indep": ROOT / "tests/drafts/debriefs_indep.jsonl",
    "j": ROOT / "tests/drafts/debriefs_j.jsonl",
    "k": ROOT / "tests/drafts/debriefs_k.jsonl",
    "m": ROOT / "tests/drafts/debriefs_m.jsonl",
    "p": ROOT / "tests/drafts/debriefs_p.jsonl",
    "q": ROOT / "tests/drafts/debriefs_q.jsonl",
    "s": ROOT / "tests/drafts/debriefs_s.jsonl",
    "t": ROOT / "tests/drafts/debriefs_t.jsonl",
    "w": ROOT / "tests/drafts/debriefs_w.jsonl",
    "x": ROOT / "tests/drafts/debriefs_x.jsonl",
    "z": ROOT / "tests/drafts/debriefs_z.jsonl",
    "h": ROOT / "tests/drafts/debriefs_h.jsonl",
    "i": ROOT / "tests/drafts/debriefs_i.jsonl",
    "l": ROOT / "tests/drafts/debriefs_l.jsonl",
    "n": ROOT / "tests/drafts/debriefs_n.jsonl",
    "o": ROOT / "tests/drafts/debriefs_o.jsonl",
    "r": ROOT / "tests/drafts/debriefs_r.jsonl",
    "u": ROOT / "tests/drafts/debriefs_u.jsonl",
    "v": ROOT / "tests/drafts/debriefs_v.jsonl",
    "y": ROOT / "tests/drafts/debriefs_y.jsonl",
    "aa": ROOT / "tests/drafts/debriefs_aa.jsonl",
    "ab": ROOT / "tests/drafts/debriefs_ab.jsonl",
    "ac": ROOT / "tests/drafts/debriefs_ac.jsonl",
    "ad": ROOT / "tests/drafts/debriefs_ad.jsonl",
    "ae": ROOT / "tests/drafts/debriefs_ae.jsonl",
    "af": ROOT / "tests/drafts/debriefs_af.jsonl",
    "ag": ROOT / "tests/drafts/debriefs_ag.jsonl",
    "ah": ROOT / "tests/drafts/debriefs_ah.jsonl",
    "ai": ROOT / "tests/drafts/debriefs_ai.jsonl",
    "aj": ROOT / "tests/drafts/debriefs_aj.jsonl",
    "ak": ROOT / "tests/drafts/debriefs_ak.jsonl",
    "al": ROOT / "tests/drafts/debriefs_al.jsonl",
    "am": ROOT / "tests/drafts/debriefs_am.jsonl",
    "an": ROOT / "tests/drafts/debriefs_an.jsonl",
    "ao": ROOT / "tests/drafts/debriefs_ao.jsonl",
    "ap": ROOT / "tests/drafts/debriefs_ap.jsonl",
    "aq": ROOT / "tests/drafts/debriefs_aq.jsonl",
    "ar": ROOT / "tests/drafts/debriefs_ar.jsonl",
    "as": ROOT / "tests/drafts/debriefs_as.jsonl",
    "at": ROOT / "tests/drafts/debriefs_at.jsonl",
    "au": ROOT / "tests/drafts/debriefs_au.jsonl",
    "av": ROOT / "tests/drafts/debriefs_av.jsonl",
    "aw": ROOT / "tests/drafts/debriefs_aw.jsonl",
    "ax": ROOT / "tests/drafts/debriefs_ax.jsonl",
    "ay": ROOT / "tests/drafts/debriefs_ay.jsonl",
    "az": ROOT / "tests/drafts/debriefs_az.jsonl",
    "ba": ROOT / "tests/drafts/debriefs_ba.jsonl",
    "bb": ROOT / "tests/drafts/debriefs_bb.jsonl",
    "bc": ROOT / "tests/drafts/debriefs_bc.jsonl",
    "bd": ROOT / "tests/drafts/debriefs_bd.jsonl",
    "be": ROOT / "tests/drafts/debriefs_be.jsonl",
    "bf": ROOT / "tests/drafts/debriefs_bf.jsonl",
    "bg": ROOT / "tests/drafts/debriefs_bg.jsonl",
    "bh": ROOT / "tests/drafts/debriefs_bh.jsonl",
    "bi": ROOT / "tests/drafts/debriefs_bi.jsonl",
    "bj": ROOT / "tests/drafts/debriefs_bj.jsonl",
    "bk": ROOT / "tests/drafts/debriefs_bk.jsonl",
    "bl": ROOT / "tests/drafts/debriefs_bl.jsonl",
    "bm": ROOT / "tests/drafts/debriefs_bm.jsonl",
    "bn": ROOT / "tests/drafts/debriefs_bn.jsonl",
    "bo": ROOT / "tests/drafts/debriefs_bo.jsonl",
    "bp": ROOT / "tests/drafts/debriefs_bp.jsonl",
    "bq": ROOT / "tests/drafts/debriefs_bq.jsonl",
    "br": ROOT / "tests/drafts/debriefs_br.jsonl",
    "bs": ROOT / "tests/drafts/debriefs_bs.jsonl",
    "bt": ROOT / "tests/drafts/debriefs_bt.jsonl",
    "bu": ROOT / "tests/drafts/debriefs_bu.jsonl",
    "bv": ROOT / "tests/drafts/debriefs_bv.jsonl",
    "bw": ROOT / "tests/drafts/debriefs_bw.jsonl",
    "bx": ROOT / "tests/drafts/debriefs_bx.jsonl",
}
PARIS = ZoneInfo("Europe/Paris")
INTERVIEW_AT = datetime(2026, 10, 13, 10, 30, tzinfo=PARIS)
SEND_ON = date(2026, 10, 14)

SHORTHAND = {
    "fr": r"qqn|qq|qqch|bcp|tel|tél|pr|ds|tjs|tjrs|pb|pbs|rdv|dc|mtn|svt|qd|pdt|ac|jai|jaime|"
    r"ca|exp|prépa|prepa|chir|ortho|perf|devs?|api|dispo|dispos|sympa|week end",
    "en": r"w/|yrs?|ppl|b/c|bc|abt|tmrw|thx|pls|mgmt|exp|gr8|hrs?|wks?|eng|1st|govt|dept|"
    r"asap|im|dont|cant|ive",
}
# Common words a phone leaves without their accents (checked as whole words, lower case).
MISSING_ACCENTS = frozenset(
    """
    deja a_jour tres ete equipe experience interesse reactivite vehicule periode etre
    premiere deuxieme securite qualite activite reunion cafe hotel hopital general
    telephone competence competences preparation creer gerer developper ameliorer annee
    fiabilite reputee reputee entrepot tournee boites electrique adherents repondre
    residents prevenir methode colleges mecanique ecole meme periode presentation
    discretion interet demarches etat operationnel etudiants pedagogique regles ecart
    beneficiaires agees aupres diplome echeances maitrise etude concretement
    receptions utilite preparateurs interet reception evoluer ecouter ecrites des_la
    retour_a a_l'aise a_6h a_cote a_10 a_paris goute
    """.split()  # noqa: SIM905 (a word list reads better as one string)
)
THIRD_PERSON = {
    "fr": r"\b(?:il|elle|ils|elles)\s+(?:a|ont|m'a|m'ont|avait|aim\w*|appréci\w*|cherch\w*|"
    r"veu\w*|souhait\w*|voul\w*|connai\w*)\b|\bleurs?\s+(?!de\b)\w+",
    "en": r"\b(?:she|he|they)\b|\b(?:her|his|their)\s+\w+",
}
MID_CAPITAL = {
    "fr": r"(?<![.?!:\n]\s)(?<!^)\b(?:J'|Je|Il|Elle|Ils|Le|La|Les|L'|Un|Une|De|Des|Du|D'|"
    r"Mon|Ma|Mes|Et|Bon|Bonne|Stage|Qqn)\b",
    "en": r"(?<![.?!:\n]\s)(?<!^)\b(?:The|A|An|My|We|They|She|He|It|And|Some)\b",
}
NOISE = (
    r"R[ée]f\b|\bref\b|\(H/F\)|\bH/F\b|\(m/f/d\)|\(e\)|\(ne\)|·|\bCDI\b|\bCDD\b|#\d+|"
    r"\b[A-Z]{2,}-\d+|\s/\s|\b\w+\s?/\s?\w+rice\b|\bPart Time\b|\(Remote\)|\(Nights\)"
)
# A fragment hung after a colon ("le poste comprend : caisse"), marked places left aside.
COLON_FRAME = re.compile(r"[^\W\d]\s?:\s")
MARKED = re.compile(r"\[(?:à compléter|to fill in)[^\]]*\]")
# The debrief gives the next steps: a day, a span or a named stage in the process notes.
STEPS_GIVEN = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|demain|tomorrow|semaines?|weeks?|wks|sem|jours|days|"
    r"(?:2e|2ème|second|deuxième|2nd|final|third)\s+(?:entretien|interview|round)|trial shift|"
    r"journée d'essai|\d{1,2}/\d{1,2})\b",
    re.IGNORECASE,
)
ASKS = re.compile(
    r"Pourriez-vous m'indiquer comment se déroule|Could you let me know (?:how the|what the next)"
)
GREETING = re.compile(r"^(?:Bonjour|Dear|Hello)\b.*$", re.MULTILINE)


# The label of an empty field's placeholder, as opposed to a note kept for rewriting.
EMPTY_FIELD = re.compile(
    r"\[(?:à compléter|to fill in)\s?: (?:vos points forts|ce que recherche|ce que vous avez "
    r"compris|ce que l'on attend|ce qui vous motive|your strong points|what the recruiter|"
    r"what you understood|what is expected|what motivates)"
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in text if not unicodedata.combining(char))


def load(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def interview_at(case: dict[str, str]) -> datetime:
    """The interview's moment: the set's own day when its writer was given one, at 10:30."""
    day = case.get("interview_on")
    if not day:
        return INTERVIEW_AT
    return datetime.combine(date.fromisoformat(day), INTERVIEW_AT.timetz())


def send_on(case: dict[str, str]) -> date:
    """The catch-up goes the working day after the interview, as the method says; a set
    whose interview precedes a holiday gives the day the product's calendar picks
    (`send_on`: writer AN's Wednesday before Ascension, French e-mails after the bridge)."""
    if case.get("send_on"):
        return date.fromisoformat(case["send_on"])
    day = interview_at(case).date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def context(case: dict[str, str]) -> DraftContext:
    known = {field.name for field in dataclasses.fields(DraftContext)}
    values = {key: value for key, value in case.items() if key in known - {"send_on"}}
    # as the app records it (`create_application`): an agency typed as the client is the company
    if values.get("agency_client"):
        values["company"], values["agency_client"] = temp_agencies.in_order(
            values.get("company", ""), values["agency_client"]
        )
    return DraftContext(interview_at=interview_at(case), send_on=send_on(case), **values)  # type: ignore[arg-type]


def body_of(text: str) -> str:
    """The sentences written from the debrief: greeting and signature left out."""
    lines = text.split("\n")
    kept = [line for line in lines if not GREETING.match(line)]
    return "\n".join(kept)


def without_names(text: str, case: dict[str, str]) -> str:
    """The text less the company's and the recruiter's names, whose capitals are theirs."""
    for key in ("company", "contact_last_name", "contact_first_name"):
        name = case.get(key, "").strip()
        if len(name) > 1:
            text = re.sub(rf"\b{re.escape(name)}\b", "X", text, flags=re.IGNORECASE)
    return text


def shorthand_left(text: str, lang: str) -> list[str]:
    pattern = rf"(?<![\w/])(?:{SHORTHAND[lang]})(?![\w/])"
    found = re.findall(pattern, text, flags=re.IGNORECASE)
    if lang == "fr":  # "tel que" is French; "tel" alone is the phone
        found = [word for word in found if word.lower() != "tel"] + re.findall(
            r"\btel\b(?!\s+qu)", text, flags=re.IGNORECASE
        )
    return found


def accents_missing(text: str, lang: str) -> list[str]:
    if lang != "fr":
        return []
    words = re.findall(r"[a-zàâäéèêëîïôöùûüç']+", text.lower())
    found = [word for word in words if word in MISSING_ACCENTS]
    pairs = [f"{a}_{b}" for a, b in itertools.pairwise(words)]
    return found + [pair for pair in pairs if pair in MISSING_ACCENTS]


def items_of(note: str) -> list[str]:
    return [item for item in re.split(r"[\n;]+", note) if item.strip()]


def item_present(item: str, text: str) -> bool:
    """Half of an item's longer words, by their first five letters, are in the text."""
    words = [fold(word)[:5] for word in re.findall(r"[^\W\d_]{4,}", item)]
    if not words:
        return True
    folded = fold(text)
    present = sum(1 for word in words if word in folded)
    return present * 2 >= len(words)


def leaks(case: dict[str, Any], whole: str) -> list[str]:
    folded = fold(whole)
    return [text for text in case.get("private", []) if fold(str(text)).strip() in folded]


def anchors(fact: str) -> list[str]:
    words = re.findall(r"\d+|[^\W\d_]{5,}", fold(fact))
    return [word.rstrip("s") if not word.isdigit() else word for word in words]


def facts_missing(case: dict[str, Any], whole: str) -> list[str]:
    folded = fold(whole)
    missing = []
    for fact in case.get("must_mention", []):
        found = anchors(str(fact))
        if found and not any(re.search(rf"(?<![\w]){re.escape(word)}", folded) for word in found):
            missing.append(str(fact))
    return missing


def agency_as_employer(case: dict[str, Any], whole: str) -> list[str]:
    """The client left unnamed, or the agency named in an employer's frame."""
    client = str(case.get("agency_client") or "")
    if not client:
        return []
    folded = fold(whole)
    head = re.split(r"\s[-–—(]\s?|,", fold(client))[0].strip()
    found = []
    if head and head not in folded:
        found.append(f"client {head!r} not named")
    agency = fold(str(case.get("company", ""))).split()
    if agency:
        frame = (
            r"(?:rejoindre|equipe|chez|au sein|join|joining|team|working at|work at|work for)"
            r"\W+(?:\w+\W+)?(?:l'|la |le |les |de |d'|du |des |the )?"
        )
        if re.search(frame + re.escape(agency[0]), folded):
            found.append(f"agency {agency[0]!r} as employer")
    return found


def tone_findings(text: str, lang: str) -> list[str]:
    try:
        from relance.tone import check
    except ImportError:
        return []
    return [finding.category for finding in check(text, lang=lang, kind="catchup").findings]


def measure(case: dict[str, str]) -> tuple[str, Counter[str], list[str]]:
    ctx = context(case)
    draft = catchup_email(ctx)
    whole = f"{draft.subject}\n\n{draft.text}"
    body = body_of(draft.text)
    beside = "\n".join(item.text for item in getattr(draft, "review", ()))
    lang = ctx.lang
    notes = [
        ctx.note(part)
        for part in (
            "strong_points",
            "recruiter_needs",
            "role_understood",
            "expectations",
            "motivation",
        )
    ]
    issues: dict[str, list[str]] = {
        "shorthand": shorthand_left(body, lang),
        "accents": accents_missing(body, lang),
        "third_person": re.findall(THIRD_PERSON[lang], body, flags=re.IGNORECASE),
        "mid_capital": re.findall(MID_CAPITAL[lang], without_names(body, case), flags=re.M),
        "lower_i": re.findall(r"\bi\b(?:'\w+)?", body) if lang == "en" else [],
        "noise": re.findall(NOISE, whole),
        # A note item neither said in the body nor shown beside it for the candidate.
        "dropped": [
            item
            for note in notes
            for item in items_of(note)
            if not item_present(item, body) and not item_present(item, beside)
        ],
        "unbalanced": [] if body.count("(") == body.count(")") else ["()"],
        "placeholder": [
            found
            for found in re.findall(r"\[(?:à compléter|to fill in)[^\]]*\]", body)
            if EMPTY_FIELD.search(found)
        ],
        # Every marked place of the body, and the notes shown beside them (not sent).
        "marked": re.findall(r"\[(?:à compléter|to fill in)[^\]]*\]", body),
        "to_rewrite": [item.text for item in getattr(draft, "review", ())],
        "tone": tone_findings(draft.text, lang),
        "colon_frames": COLON_FRAME.findall(MARKED.sub("", body)),
        "asks_given_steps": (
            ["asks"]
            if ASKS.search(body)
            and (case.get("decision_date") or STEPS_GIVEN.search(case.get("process", "")))
            else []
        ),
        "expected_missing": [want for want in case.get("expect", []) if want not in whole],
        "private_leaks": leaks(case, whole),
        "facts_missing": facts_missing(case, whole),
        "facts_beside": [
            fact for fact in facts_missing(case, whole) if fact not in facts_missing(case, beside)
        ],
        "agency_employer": agency_as_employer(case, whole),
    }
    counts = Counter({key: len(values) for key, values in issues.items()})
    counts["leaking_drafts"] = 1 if issues["private_leaks"] else 0
    counts["with_private"] = 1 if case.get("private") else 0
    counts["facts"] = len(case.get("must_mention", []))
    counts["with_agency"] = 1 if case.get("agency_client") else 0
    counts["words"] = len(draft.text.split())
    counts["drafts"] = 1
    report = [f"{key}: {values}" for key, values in issues.items() if values]
    return whole, counts, report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", choices=sorted(SETS), action="append", default=[])
    parser.add_argument(
        "--only", choices=sorted(SETS), action="append", default=[], help="these sets alone"
    )
    args = parser.parse_args()
    for name, path in SETS.items():
        if args.only and name not in args.only:
            continue
        total: Counter[str] = Counter()
        most_words = 0
        for case in load(path):
            whole, counts, report = measure(case)
            total.update(counts)
            most_words = max(most_words, counts["words"])
            if name in args.show:
                print(f"==== {case['id']}\n{whole}\n-- " + "\n-- ".join(report or ["clean"]) + "\n")
        drafts = total.pop("drafts")
        words = total.pop("words")
        extra = ""
        if name in ("indep", "j", "k", "m", "p") or total["with_private"]:
            extra = (
                f" (of {total['with_private']} drafts with private notes,"
                f" {total['facts']} facts, {total['with_agency']} agency debriefs)"
            )
        keys: tuple[str, ...] = (
            "shorthand",
            "accents",
            "third_person",
            "mid_capital",
            "lower_i",
            "noise",
            "dropped",
            "unbalanced",
            "placeholder",
            "marked",
            "to_rewrite",
            "tone",
            "expected_missing",
            "colon_frames",
            "asks_given_steps",
        )
        if name in ("indep", "j", "k", "m", "p") or total["with_private"]:
            keys += ("private_leaks", "leaking_drafts", "facts_missing", "facts_beside")
            keys += ("agency_employer",)
        line = " ".join(f"{key}={total[key]}" for key in keys)
        print(
            f"{name:5} drafts={drafts} {line} words_mean={words / drafts:.0f} "
            f"words_max={most_words}{extra}"
        )


if __name__ == "__main__":
    main()
