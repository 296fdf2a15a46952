"""A whole debrief typed in one line of one field, sorted into the fields it speaks of.

On a phone, right after the interview, some people type everything in the first box, one
comma after another (writer BD's bd09: « entretien avec Mme Castagné associée…, ils ont aimé
que je connaisse Cegid Loop et Pennylane, …, besoin d'un comptable qui tient les bilans seul
…, on attend quelqu'un d'autonome en période fiscale …, moi je veux un cabinet plus humain
…, 2e entretien jeudi 4 à 14h avec l'autre associé M. Pujol »). Read as strong points only,
the e-mail handed everything back and asked for the next steps the line gave. Each clause
that opens on a field's own cue (a need, what is expected, the role, a motive, a step with
its day) goes to that field; the others stay where they were typed. Only a single line with
many clauses, the other fields empty, is read so: a careful debrief is never re-sorted.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts.context import DraftContext
from relance.drafts.liked import LIKED_NOTE
from relance.drafts.stage_reading import read_stage

FIELDS = ("strong_points", "recruiter_needs", "role_understood", "expectations", "motivation")
MIN_CLAUSES = 5
# Where a clause starts, each field's cues (the clause's first words).
CUES = {
    "fr": (
        (
            "recruiter_needs",
            re.compile(
                r"^(?:(?:ils|elles?|on|il)\s+(?:a|ont)\s+)?besoin\s+(?:de|d')|"
                r"^(?:ils|elles?|il|on)\s+(?:cherchent?|recherchent?|veulent|veut)\s",
                re.I,
            ),
        ),
        (
            "expectations",
            re.compile(
                r"^(?:on|ils|elles?|il)\s+(?:attendent?|m'attend|exigent?)\b|^attentes?\s*:", re.I
            ),
        ),
        (
            "role_understood",
            re.compile(r"^(?:le\s+)?(?:poste|rôle|role|missions?)\s*(?:=|:|c'est)", re.I),
        ),
        (
            "motivation",
            re.compile(
                r"^(?:moi\s+)?(?:je\s+veux|j'ai\s+envie|j'aimerais|je\s+souhaite|ce\s+qui\s+me\s+pla)",
                re.I,
            ),
        ),
    ),
    "en": (
        (
            "recruiter_needs",
            re.compile(
                r"^(?:they\s+)?(?:need|needs)\s|^(?:they(?:'re|\s+are)\s+)?looking\s+for\s", re.I
            ),
        ),
        ("expectations", re.compile(r"^(?:expectations?\s+(?:is|are)|they\s+expect)\b", re.I)),
        ("role_understood", re.compile(r"^(?:the\s+)?(?:role|job)\s+(?:is|=|involves)\b", re.I)),
        ("motivation", re.compile(r"^i\s+(?:want|would\s+like|'d\s+like)\b", re.I)),
    ),
}
CLAUSE = re.compile(r",\s+")


def sorted_line(ctx: DraftContext) -> DraftContext:
    """`ctx` with a one-line debrief's clauses moved to the fields they speak of."""
    typed = [field for field in FIELDS if getattr(ctx, field).strip()]
    if ctx.lang not in CUES or len(typed) != 1 or ctx.process.strip() or ctx.notes.strip():
        return ctx
    source = typed[0]
    text = getattr(ctx, source).strip()
    clauses = CLAUSE.split(text)
    if "\n" in text or len(clauses) < MIN_CLAUSES:
        return ctx
    moved: dict[str, list[str]] = {field: [] for field in (*FIELDS, "process")}
    kept: list[str] = []  # left where it was typed, one note as typed
    for clause in clauses:
        field = _field_of(clause, ctx)
        if field:
            moved[field].append(clause)
        elif LIKED_NOTE.search(clause):
            moved["strong_points"].append(clause)  # what the recruiter liked: a point alone
        else:
            kept.append(clause)
    if len(kept) == len(clauses):
        return ctx
    if kept:
        moved[source].append(", ".join(kept))

    def joined(field: str) -> str:
        return "\n".join(moved[field])

    return replace(
        ctx,
        strong_points=joined("strong_points"),
        recruiter_needs=joined("recruiter_needs"),
        role_understood=joined("role_understood"),
        expectations=joined("expectations"),
        motivation=joined("motivation"),
        process=joined("process"),
    )


def _field_of(clause: str, ctx: DraftContext) -> str:
    stage = read_stage(clause, ctx.lang, ctx)
    if stage is not None and (stage.day or stage.by) and not stage.over(ctx.send_on):
        return "process"
    return next((field for field, cue in CUES[ctx.lang] if cue.search(clause.strip())), "")
