"""A debrief's notes said once each, in the field whose frame fits them.

Notes typed on a phone repeat themselves: the same item twice in a field, or in two fields
("le chef veut quelqu'un de stable" among the needs and the role). The e-mail says each item
once, in the first field where it fits, the items compared after folding case, accents and
punctuation. A person sought ("quelqu'un d'autonome", "someone who drives") is a need of the
recruiter: typed with the role or the expectations, it goes to the recruiter's needs, where
"vous recherchez quelqu'un d'autonome" says it ("le poste comprend quelqu'un" never reads).

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import catchup
from relance.drafts.context import EXPECTATIONS, RECRUITER_NEEDS, ROLE_UNDERSTOOD, DraftContext
from relance.drafts.privacy import fold
from relance.drafts.reading import sought


def key(item: str) -> str:
    """The item compared with the others: no case, accents nor punctuation."""
    return " ".join(re.findall(r"[^\W_]+", fold(item)))


def once(ctx: DraftContext, ready: list[catchup.Prepared]) -> list[catchup.Prepared]:
    """The fields with each person sought among the needs and each item said once."""
    fields = {field.part: field for field in ready}
    needs = fields.get(RECRUITER_NEEDS)
    if needs is not None and RECRUITER_NEEDS not in ctx.removed_parts:
        moved: list[str] = []
        for part in (ROLE_UNDERSTOOD, EXPECTATIONS):
            field = fields.get(part)
            if field is None:
                continue
            people = [item for item in field.items if sought(item, ctx.lang)]
            if people:
                moved.extend(people)
                fields[part] = _with(field, [i for i in field.items if i not in people])
        if moved:
            fields[RECRUITER_NEEDS] = _with(needs, [*needs.items, *moved])
    seen: set[str] = set()
    for field in ready:
        current = fields[field.part]
        if field.part not in catchup.SLOTS:
            continue
        items = []
        for item in current.items:
            if key(item) in seen:
                continue
            seen.add(key(item))
            items.append(item)
        fields[field.part] = _with(current, items)
    return [fields[field.part] for field in ready]


def _with(field: catchup.Prepared, items: list[str]) -> catchup.Prepared:
    if list(field.items) == items:
        return field
    # A field whose notes are all said in another one shows its placeholder: the e-mail
    # still needs a word on it, which the candidate writes.
    return replace(field, items=tuple(items), missing=catchup.shows_placeholder(field.part, items))
