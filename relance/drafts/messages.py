"""One function per message, as in healthchecks' hc/lib/emails.py.

Each takes a `DraftContext` and returns a `Draft` (or a `CallScript`) in the context's
language, written from the debrief and within its kind's length limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import dates, next_steps, people, settled
from relance.drafts.compose import Plan, compose, fitted
from relance.drafts.context import (
    DraftContext,
)
from relance.drafts.corrections import corrected
from relance.drafts.document_requests import split
from relance.drafts.draft import CALL_REPLIES, CallScript, Draft
from relance.drafts.grammar import join
from relance.drafts.notes import fragments
from relance.drafts.privacy import trade_of
from relance.drafts.quoted_calls import in_my_words
from relance.drafts.screen import kept
from relance.drafts.stage_reading import read_stage
from relance.drafts.templates import phrase, typography
from relance.drafts.text import one_line

PROCESS = "process"
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

    Its fields are `settled.settled`'s, the ones the debrief page previews.
    """
    _check_lang(ctx)
    return settled.settled(ctx)[1]


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
        next_steps = " ".join(part for part in (held, next_steps) if part)
        return {"next_steps": next_steps, "thanks_next_steps": extra}

    items, left_out = kept(
        fragments(in_my_words(corrected(ctx.process, lang), lang), lang),
        lang,
        PROCESS,
        trade_of(ctx),
    )
    items, _ = split(items, lang)
    items = [dates.redated(item, ctx.interview_day, ctx.send_on, lang) for item in items]
    # "2e entretien puis offre": the step is kept, the outcome it presumes is not.
    steps = [step for item in items for step in THEN.split(item) if step.strip()]
    items = [step.strip() for step in steps if not PRESUMING[lang].search(step)]
    # a stage held since the interview is thanked for, never noted as a step to come (a
    # trial on the Saturday, the thank-you sent on the Monday)
    past = [item for item in items if _held(item, ctx)]
    held = next_steps.held_since(ctx, past).strip()
    items = [item for item in items if item not in past]
    draft = compose(ctx, Plan("thankyou", notes={"process": items}, sentences=sentences))
    return replace(draft, left_out=tuple(left_out))


def _held(item: str, ctx: DraftContext) -> bool:
    stage = read_stage(item, ctx.lang, ctx)
    return stage is not None and stage.over(ctx.send_on)


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
