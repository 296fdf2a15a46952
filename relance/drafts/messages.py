"""One function per message, as in healthchecks' hc/lib/emails.py.

Each takes a `DraftContext` and returns a `Draft` (or a `CallScript`) in the context's
language, written from the debrief and within its kind's length limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import catchup, dates, people
from relance.drafts.compose import Plan, compose, fitted
from relance.drafts.context import (
    EXPECTATIONS,
    ROLE_UNDERSTOOD,
    DraftContext,
)
from relance.drafts.documents import split
from relance.drafts.draft import CALL_REPLIES, CallScript, Draft
from relance.drafts.grammar import join
from relance.drafts.notes import fragments
from relance.drafts.privacy import LeftOut, fold
from relance.drafts.review import Review
from relance.drafts.screen import kept
from relance.drafts.templates import phrase, typography
from relance.drafts.text import one_line
from relance.tone import check

PROCESS = "process"
# How many times a catch-up is written again without the notes the guard flagged in it.
MAX_TONE_PASSES = 3
SHARED_RUN = 3  # words a flagged span shares with the note it came from
# A thank-you takes nothing for granted: "puis une offre", "then the contract" are left out.
PRESUMING = {
    "fr": re.compile(
        r"\b(?:offre|proposition|contrat|signature|embauche|embauché|démarrage|prise de poste|"
        r"intégration|je commence|je démarre)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:offer|contract|signing|hired|start date|onboarding|i start|i begin)\b",
        re.IGNORECASE,
    ),
}


THEN = re.compile(r",?\s+(?:puis|ensuite|et ensuite|then|and then|followed by)\s+", re.IGNORECASE)


def _check_lang(ctx: DraftContext) -> None:
    if ctx.lang not in ("fr", "en"):
        raise ValueError(f"unsupported language: {ctx.lang!r}")


def catchup_email(ctx: DraftContext) -> Draft:
    """The day-after e-mail when the next steps were not obtained: the article's five parts.

    Each field's sentence comes from `catchup.part_sentence`, as the debrief page previews it.
    """
    _check_lang(ctx)
    ready = [catchup.prepared(ctx, part) for part in catchup.PARTS]
    draft = _catchup_from(ctx, ready)
    # A note can pass the fragment screen and still read badly once framed in a sentence
    # ("Il me semble aussi que le chef veut…"): the guard reads the whole draft, as it will
    # before sending, and the note behind a finding leaves the draft, listed with its reason.
    for _ in range(MAX_TONE_PASSES):
        ready, dropped = without_flagged_notes(ctx, ready, _flagged_spans(ctx, draft.text))
        if not dropped:
            break
        draft = _catchup_from(ctx, ready)
    return draft


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


def _catchup_from(ctx: DraftContext, ready: list[catchup.Prepared]) -> Draft:
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
        return {**values, "documents": catchup.documents_sentence(lang, asked)}

    draft = compose(ctx, Plan("catchup", notes=notes, sentences=sentences, placeholders=missing))
    left_out = [left for field in ready for left in field.left_out]
    to_review: list[Review] = []
    for part, field in fields.items():
        written = catchup.phrased(ctx, part, list(field.items), field.missing)
        left_out.extend(LeftOut(part, text, "brevity") for text in written.dropped)
        to_review.extend(Review(part, text, "rewrite") for text in written.to_rewrite)
    return replace(draft, left_out=tuple(left_out), review=tuple(to_review))


def followup_email(ctx: DraftContext) -> Draft:
    """The one follow-up: who, when, which position, interest, one question on the process."""
    _check_lang(ctx)
    return compose(ctx, Plan("followup", extra={"announced": _announced(ctx)}))


def thankyou_email(ctx: DraftContext) -> Draft:
    """The optional thank-you when the next steps were agreed: it asks for nothing."""
    _check_lang(ctx)
    lang = ctx.lang
    date = dates.future_day(ctx.decision_date, ctx.send_on, lang) if ctx.decision_date else ""

    def sentences(trimmed: dict[str, list[str]]) -> dict[str, str]:
        items = join(trimmed.get("process", []), lang)
        if items and date:
            next_steps = phrase(lang, "next_steps_process_date", items=items, date=date)
        elif items:
            next_steps = phrase(lang, "next_steps_process", items=items)
        elif date:
            next_steps = phrase(lang, "next_steps_date", date=date)
        else:
            next_steps = ""
        extra = phrase(lang, "thanks_next_steps") if next_steps else ""
        return {"next_steps": next_steps, "thanks_next_steps": extra}

    items, left_out = kept(fragments(ctx.process, lang), lang, PROCESS)
    items, _ = split(items, lang)
    items = [dates.redated(item, ctx.interview_day, ctx.send_on, lang) for item in items]
    # "2e entretien puis offre": the step is kept, the outcome it presumes is not.
    steps = [step for item in items for step in THEN.split(item) if step.strip()]
    items = [step.strip() for step in steps if not PRESUMING[lang].search(step)]
    draft = compose(ctx, Plan("thankyou", notes={"process": items}, sentences=sentences))
    return replace(draft, left_out=tuple(left_out))


def feedback_request_email(ctx: DraftContext) -> Draft:
    """The optional e-mail after a refusal: thanks, interest kept, one brief question.

    It takes the decision as given: nothing to contest, nothing to plead.
    """
    _check_lang(ctx)
    return compose(ctx, Plan("feedback_request"))


def call_script(ctx: DraftContext) -> CallScript:
    """The article's phone opener, then short answers to the recruiter's likely replies."""
    _check_lang(ctx)
    lang = ctx.lang
    extra = {
        "greeting": people.greeting(ctx, spoken=True),
        "caller": phrase(lang, "caller", name=people.candidate_name(ctx)),
    }
    _, opener = fitted(ctx, Plan("call", extra=extra), "opener.txt")
    email = one_line(ctx.contact_email, 100)  # to check the recruiter's address on the phone
    answers = {}
    for key in CALL_REPLIES:
        if key == "send_email" and email:
            answers[key] = phrase(lang, "answer_send_email_known", email=email)
        else:
            answers[key] = phrase(lang, f"answer_{key}")
    return CallScript(
        lang=lang,
        opener=opener.strip(),
        answers={key: typography(text, lang) for key, text in answers.items()},
        reply_labels={key: phrase(lang, f"reply_{key}") for key in CALL_REPLIES},
    )


def voicemail(ctx: DraftContext) -> Draft:
    """A message of about 30 seconds spoken: who, when, which position, how to call back."""
    _check_lang(ctx)
    lang = ctx.lang
    number = people.phone(ctx)
    email = one_line(ctx.candidate_email, 100)
    if number:
        callback = phrase(lang, "callback_phone", phone=number)
    elif email:
        callback = phrase(lang, "callback_email", email=email)
    else:
        callback = ""
    extra = {"greeting": people.greeting(ctx, spoken=True), "callback": callback}
    return compose(ctx, Plan("voicemail", extra=extra))


def _announced(ctx: DraftContext) -> str:
    """The date the recruiter gave, recalled without reproach, or nothing."""
    lang = ctx.lang
    if ctx.new_date:
        bare = dates.format_date(ctx.new_date, lang, today=ctx.send_on)
        return phrase(lang, "announced_new_date", date_bare=bare)
    if ctx.decision_date:
        date = dates.future_day(ctx.decision_date, ctx.send_on, lang)
        return phrase(lang, "announced_decision", date=date)
    return ""
