"""The catch-up's notes once the whole draft has been read: one decision, two readers.

A note can pass the fragment screen and still read badly once framed in a sentence ("Il me
semble aussi que le chef veut…"): the tone guard reads the whole draft, as it will before
sending, and the note behind a finding leaves the draft, listed with its reason. That pass
needs the whole draft, so it is made here, once per debrief, and both the e-mail
(`messages.catchup_email`) and the debrief page's live preview (`catchup.part_preview`) take
their fields from `settled`: the preview never shows a sentence the e-mail will not contain.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from relance.drafts import catchup, next_steps
from relance.drafts.compose import Plan, compose
from relance.drafts.context import EXPECTATIONS, ROLE_UNDERSTOOD, DraftContext
from relance.drafts.draft import Draft
from relance.drafts.privacy import LeftOut, fold
from relance.drafts.review import Review
from relance.tone import check

# How many times a catch-up is written again without the notes the guard flagged in it.
MAX_TONE_PASSES = 3
SHARED_RUN = 3  # words a flagged span shares with the note it came from


@lru_cache(maxsize=64)
def settled(ctx: DraftContext) -> tuple[tuple[catchup.Prepared, ...], Draft]:
    """Every field of the catch-up as the e-mail uses it, and the e-mail itself.

    Cached per debrief: the debrief page previews each field of the same notes in turn."""
    ready = [catchup.prepared(ctx, part) for part in catchup.PARTS]
    draft = written(ctx, ready)
    for _ in range(MAX_TONE_PASSES):
        ready, dropped = without_flagged_notes(ctx, ready, _flagged_spans(ctx, draft.text))
        if not dropped:
            break
        draft = written(ctx, ready)
    return tuple(ready), draft


def field(ctx: DraftContext, part: str) -> catchup.Prepared:
    """One field as the e-mail uses it, after the whole-draft pass."""
    fields, _ = settled(ctx)
    return next(ready for ready in fields if ready.part == part)


def _flagged_spans(ctx: DraftContext, text: str) -> list[str]:
    return [
        fold(text[finding.start : finding.end])
        for finding in check(text, lang=ctx.lang, kind="catchup").findings
        if finding.end > finding.start
    ]


def without_flagged_notes(
    ctx: DraftContext, ready: list[catchup.Prepared], spans: list[str]
) -> tuple[list[catchup.Prepared], bool]:
    """The fields without the notes whose sentence holds a flagged span, and whether any went."""
    if not spans:
        return ready, False
    dropped = False
    kept_fields = []
    for field in ready:
        if field.part not in catchup.SLOTS or not field.items:
            kept_fields.append(field)
            continue
        alone = {i: fold(catchup.part_sentence(ctx, field.part, [i], False)) for i in field.items}
        flagged = [item for item in field.items if any(_overlaps(s, alone[item]) for s in spans)]
        if flagged:
            dropped = True
            field = field.without(flagged, "tone")
        kept_fields.append(field)
    return kept_fields, dropped


def _overlaps(span: str, sentence: str) -> bool:
    """Does the flagged span come from this sentence (a run of three words in common)?"""
    words = span.split()
    if len(words) < SHARED_RUN:
        return span in sentence
    runs = (" ".join(words[i : i + SHARED_RUN]) for i in range(len(words) - SHARED_RUN + 1))
    return any(run in sentence for run in runs)


def written(ctx: DraftContext, ready: list[catchup.Prepared]) -> Draft:
    """The catch-up written from these fields."""
    lang = ctx.lang
    asked: list[str] = []
    for field in ready:
        asked.extend(document for document in field.documents if document not in asked)
    fields = {field.part: field for field in ready if field.part in catchup.SLOTS}
    notes = {part: list(field.items) for part, field in fields.items() if field.items}
    missing = tuple(part for part, field in fields.items() if field.missing)

    def sentences(trimmed: dict[str, list[str]]) -> dict[str, str]:
        written = {
            part: catchup.phrased(ctx, part, trimmed.get(part, []), part in missing)
            for part in catchup.SLOTS
        }
        values = {slot: written[part].sentence for part, slot in catchup.SLOTS.items()}
        # The role and what is expected share a paragraph: the role's marked place goes to
        # its end, so that no sentence follows a place to fill in.
        role, expected = written[ROLE_UNDERSTOOD], written[EXPECTATIONS]
        if role.marked and expected.sentence:
            values["role"] = role.phrased
            tail = expected.marked if expected.phrased != expected.sentence else ""
            values["expectations"] = " ".join(
                text for text in (expected.phrased, role.marked, tail) if text
            )
        return {
            **values,
            "documents": catchup.documents_sentence(lang, asked),
            "next_steps": next_steps.sentence(ctx),
        }

    draft = compose(ctx, Plan("catchup", notes=notes, sentences=sentences, placeholders=missing))
    left_out = [left for field in ready for left in field.left_out]
    to_review: list[Review] = []
    for part, field in fields.items():
        written = catchup.phrased(ctx, part, list(field.items), field.missing)
        left_out.extend(LeftOut(part, text, "brevity") for text in written.dropped)
        to_review.extend(Review(part, text, "rewrite") for text in written.to_rewrite)
    return replace(draft, left_out=tuple(left_out), review=tuple(to_review))
