"""The catch-up's notes once the whole draft has been read: one decision, two readers.

A note can pass the fragment screen and still read badly once framed in a sentence ("Il me
semble aussi que le chef veut…"): the tone guard reads the whole draft, as it will before
sending, and the note behind a finding leaves the draft, listed with its reason. That pass
needs the whole draft, so it is made here, once per debrief, and both the e-mail
(`messages.catchup_email`) and the debrief page's live preview (`part_preview`, below) take
their fields from `settled`: the preview never shows a sentence the e-mail will not contain.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from relance.drafts import (
    catchup,
    next_steps,
    process_notes,
    reading,
    repeats,
    steps_handed_back,
    strengths,
    voice,
)
from relance.drafts.compose import Plan, compose
from relance.drafts.context import (
    EXPECTATIONS,
    ROLE_UNDERSTOOD,
    STRONG_POINTS,
    DraftContext,
)
from relance.drafts.corrections import corrected
from relance.drafts.draft import Draft
from relance.drafts.handover import Asked
from relance.drafts.not_held import offered
from relance.drafts.one_line import sorted_line
from relance.drafts.privacy import LeftOut, fold, reason_in
from relance.drafts.proofread import Fix
from relance.drafts.quoted_calls import in_my_words
from relance.drafts.review import Review
from relance.drafts.said_once import said_once
from relance.drafts.screen import named_in_capitals
from relance.drafts.steps_in_notes import with_steps_from_notes
from relance.drafts.suggestions import Suggestion
from relance.drafts.templates import phrase
from relance.tone import check

# How many times a catch-up is written again without the notes the guard flagged in it.
MAX_TONE_PASSES = 3
SHARED_RUN = 3  # words a flagged span shares with the note it came from


@lru_cache(maxsize=64)
def settled(ctx: DraftContext) -> tuple[tuple[catchup.Prepared, ...], Draft]:
    """Every field of the catch-up as the e-mail uses it, and the e-mail itself.

    Cached per debrief: the debrief page previews each field of the same notes in turn."""
    ctx = steps_read(sorted_line(ctx))  # a whole debrief typed in one line of one field
    fields = repeats.once(ctx, [catchup.prepared(ctx, part) for part in catchup.PARTS])
    ready = without_private_pieces(ctx, fields)
    draft = written(ctx, ready)
    for _ in range(MAX_TONE_PASSES):
        ready, dropped = without_flagged_notes(ctx, ready, _flagged_spans(ctx, draft.text))
        if not dropped:
            break
        draft = written(ctx, ready)
    return tuple(ready), draft


def steps_read(ctx: DraftContext) -> DraftContext:
    """The debrief with its next steps as the e-mails read them: corrected (« ah non c'est
    vendredi 4 »), in the candidate's words (« on vous rappelle »), without labels (« avant :
    … », bs01), with the steps typed in other fields moved to them."""
    process = in_my_words(corrected(ctx.process, ctx.lang), ctx.lang)
    process = process_notes.STEP_LABEL.sub("", process)
    return with_steps_from_notes(replace(ctx, process=process))


def field(ctx: DraftContext, part: str) -> catchup.Prepared:
    """One field as the e-mail uses it, after the whole-draft pass."""
    fields, _ = settled(ctx)
    return next(ready for ready in fields if ready.part == part)


def _expected(ready: list[catchup.Prepared]) -> tuple[str, ...]:
    """The expectations as the e-mail keeps them (the role says their facts of the job)."""
    return next((field.items for field in ready if field.part == EXPECTATIONS), ())


def without_private_pieces(
    ctx: DraftContext, ready: list[catchup.Prepared]
) -> list[catchup.Prepared]:
    """The fields without the notes that would put private words in the e-mail once read.

    A note is screened as typed (`privacy.sift`); the e-mail writes it read for the
    recruiter ("elle" is "vous", "leur" is "votre"), in a sentence or in a marked place for
    the candidate to rewrite, where the recruiter reads it just as well. Every piece the
    e-mail would write from a note, and every piece it would mark, passes the same screen; a
    note with a private piece leaves the draft, listed to the candidate with its reason."""
    fields = {field.part: field for field in ready}
    # The expectations first: the role says their facts of the job.
    for part in sorted(fields, key=lambda part: part != EXPECTATIONS):
        field = fields[part]
        if part not in catchup.SLOTS or not field.items:
            continue
        private: dict[str, list[str]] = {}
        for item in field.items:
            why = _private_piece(ctx, part, item, _expected(list(fields.values())))
            if why:
                private.setdefault(why, []).append(item)
        for why, items in private.items():
            field = field.without(items, why)
        fields[part] = field
    return [fields[field.part] for field in ready]


def _private_piece(ctx: DraftContext, part: str, item: str, expected: tuple[str, ...]) -> str:
    """Why a piece the e-mail would write or mark from this note is private, or ""."""
    alone = catchup.built(ctx, part, [item], False, expected)
    pieces = [shape.text for shape in reading.read([item], ctx.lang, part)]
    for piece in (*pieces, *alone.to_rewrite):
        why = reason_in(piece, ctx)
        if why:
            return why
    return ""


def _flagged_spans(ctx: DraftContext, text: str) -> list[str]:
    # one word in capitals names a product or a body the candidate typed ("OPERA cloud",
    # writer BY's by35, was left out as a shout), never the e-mail's tone
    return [
        fold(text[finding.start : finding.end])
        for finding in check(text, lang=ctx.lang, kind="catchup").findings
        if finding.end > finding.start and not named_in_capitals(text, finding)
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
        expected = _expected(ready)
        alone = {
            i: fold(catchup.part_sentence(ctx, field.part, [i], False, expected))
            for i in field.items
        }
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
    asked: list[Asked] = []
    for field in ready:
        asked.extend(document for document in field.documents if document not in asked)
    asked = offered(asked, (ctx.note(part) for part in catchup.PARTS), ctx.company)
    fields = {field.part: field for field in ready if field.part in catchup.SLOTS}
    notes = {part: list(field.items) for part, field in fields.items() if field.items}
    missing = tuple(part for part, field in fields.items() if field.missing)
    kept_expectations = _expected(ready)
    # The length limit trims a field's last items. What the recruiter liked is recalled first
    # and never cut, so it goes first (the sentences put it first anyway); the notes handed
    # back go last, as they cost the body no words (their marked place stays): k14's "master
    # HEP" was cut for a note handed back, and t23's need written for one handed back.
    # A note said as typed (`typed_sentences`) is long and the candidate's own: it goes after
    # the notes a frame phrased (writer BN's bn02 lost a need for one).
    for part, items in notes.items():
        if len(items) < 2:
            continue
        full = catchup.phrased(ctx, part, items, False, kept_expectations)
        back = full.to_rewrite if lang == "fr" else ()  # French only, as measured (k14, t23)
        liked = part == STRONG_POINTS
        items.sort(
            key=lambda item: (
                item in back,
                item in full.as_typed,
                liked and not _liked_note(item, lang),
            )
        )
    documents = catchup.proofread_text(ctx, catchup.documents_sentence(lang, asked))
    steps = catchup.proofread_text(ctx, next_steps.sentence(ctx))

    kept_last: dict[str, list[str]] = {}  # the notes of the last trim `compose` tried

    def sentences(trimmed: dict[str, list[str]]) -> dict[str, str]:
        kept_last.clear()
        kept_last.update(trimmed)
        written = {
            part: catchup.phrased(
                ctx, part, trimmed.get(part, []), part in missing, kept_expectations
            )
            for part in catchup.SLOTS
        }
        values = {slot: written[part].sentence for part, slot in catchup.SLOTS.items()}
        # The role and what is expected share a paragraph: the role's marked place goes to
        # its end, so that no sentence follows a place to fill in.
        role, expected = written[ROLE_UNDERSTOOD], written[EXPECTATIONS]
        if role.marked and expected.sentence:
            values["role"] = role.phrased
            marked = role.marked
            if expected.phrased != expected.sentence:  # one place for both: "…du poste et…"
                marked = phrase(lang, "placeholder", label=phrase(lang, "label_more_role_both"))
            values["expectations"] = " ".join(text for text in (expected.phrased, marked) if text)
        return {
            **said_once(values, list(catchup.SLOTS.values())),
            "documents": documents.text,
            "next_steps": steps.text,
        }

    draft = compose(ctx, Plan("catchup", notes=notes, sentences=sentences, placeholders=missing))
    left_out = [left for field in ready for left in field.left_out]
    to_review: list[Review] = []
    fixes = [*documents.fixes, *steps.fixes]
    for part, field in fields.items():
        written = catchup.phrased(ctx, part, list(field.items), field.missing, kept_expectations)
        left_out.extend(LeftOut(part, text, "brevity") for text in written.dropped)
        to_review.extend(
            Review(part, text, "grammar" if text in written.faulty else "rewrite")
            for text in written.to_rewrite
        )
        fixes.extend(written.fixes)
    # a note the length limit cut whole is listed, never lost without a word
    reviewed = {review.text for review in to_review}
    left_out += [
        LeftOut(part, item, "brevity")
        for part, items in notes.items()
        for item in items
        if item not in reviewed and not any(item.startswith(kept) for kept in kept_last[part])
    ]
    if next_steps.marked_place(lang) in steps.text:  # the step agreed, for the candidate to say
        agreed_notes = process_notes.process_items(ctx)
        dated = steps_handed_back.dated(agreed_notes, lang, ctx.interview_day, ctx.send_on)
        to_review.extend(Review(process_notes.PROCESS, text, "rewrite") for text in dated)
    return replace(draft, left_out=tuple(left_out), review=tuple(to_review), proofread=tuple(fixes))


def part_preview(ctx: DraftContext, part: str) -> catchup.PartPreview:
    """What the catch-up will contain for `part` (a field of the debrief), and why: the field
    as the e-mail uses it, after the whole-draft tone pass."""
    catchup.check_part(ctx, part)
    ready = field(ctx, part)
    expected = field(ctx, EXPECTATIONS).items
    written = catchup.phrased(ctx, part, list(ready.items), ready.missing, expected)
    held = offered(list(ready.documents), (ctx.note(name) for name in catchup.PARTS), ctx.company)
    documents = catchup.proofread_text(ctx, catchup.documents_sentence(ctx.lang, held))
    brevity = tuple(LeftOut(part, text, "brevity") for text in written.dropped)
    fixes = (*written.fixes, *documents.fixes)
    return catchup.PartPreview(
        sentence=" ".join(text for text in (written.sentence, documents.text) if text),
        suggestions=_with_fixes(ready.suggestions, fixes),
        left_out=ready.left_out + brevity,
        to_rewrite=written.to_rewrite,
    )


def _with_fixes(
    suggestions: tuple[Suggestion, ...], fixes: tuple[Fix, ...]
) -> tuple[Suggestion, ...]:
    """The corrections of the notes, then the proofreader's (each once): "accent restored:
    ouvriere → ouvrière", "past participle: parler → parlé"."""
    found = list(suggestions)
    for fix in fixes:
        suggestion = Suggestion(fix.typed, fix.written, fix.family)
        if suggestion not in found:
            found.append(suggestion)
    return tuple(found)


def _liked_note(item: str, lang: str) -> bool:
    """A note item saying what the recruiter liked ("elle a aimé mon calme"), as typed."""
    said = voice.to_recruiter(item.strip(), lang)
    return bool((strengths.FR_LIKED if lang == "fr" else strengths.EN_LIKED).match(said))
