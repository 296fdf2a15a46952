"""One function per message, as in healthchecks' hc/lib/emails.py.

Each takes a `DraftContext` and returns a `Draft` (or a `CallScript`) in the context's
language, written from the debrief and within its kind's length limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import dates, people, rephrase
from relance.drafts.compose import Plan, client_name, compose, fitted, placeholder
from relance.drafts.context import (
    DEBRIEF_PARTS,
    EXPECTATIONS,
    MOTIVATION,
    RECRUITER_NEEDS,
    ROLE_UNDERSTOOD,
    STRONG_POINTS,
    DraftContext,
)
from relance.drafts.documents import split
from relance.drafts.draft import CALL_REPLIES, CallScript, Draft
from relance.drafts.grammar import clean_company, fr_company_of, join
from relance.drafts.notes import fragments
from relance.drafts.phone import with_names
from relance.drafts.privacy import LeftOut
from relance.drafts.review import Review, review
from relance.drafts.screen import kept
from relance.drafts.templates import phrase, typography
from relance.drafts.text import one_line

FREE_NOTES = "notes"
PROCESS = "process"
# The free notes are the candidate's memo, most of it for themselves: an item is quoted only
# when it states a fact of the job (start, hours, place, contract, training, equipment).
JOB_FACT = {
    "fr": re.compile(
        r"\b(?:début|démarrage|commence|commencer|démarrer|prise de poste|horaires?|planning|"
        r"roulement|équipe de (?:jour|nuit|matin)|poste en|contrat|cdd|cdi|mission|intérim|"
        r"formation|tutorat|tuteur|tutrice|période|site|lieu|locaux|télétravail|"
        r"tenue|uniforme|équipements?|véhicule|badge)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:start(?:s|ing)?|start date|hours|shifts?|rota|schedule|contract|permanent|"
        r"temp|fixed[- ]term|training|induction|onboarding|mentor|site|office|remote|hybrid|"
        r"uniform|equipment|vehicle|badge|team of)\b",
        re.IGNORECASE,
    ),
}
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


def _check_lang(ctx: DraftContext) -> None:
    if ctx.lang not in ("fr", "en"):
        raise ValueError(f"unsupported language: {ctx.lang!r}")


def catchup_email(ctx: DraftContext) -> Draft:
    """The day-after e-mail when the next steps were not obtained: the article's five parts."""
    _check_lang(ctx)
    lang = ctx.lang
    notes: dict[str, list[str]] = {}
    missing: list[str] = []
    left_out: list[LeftOut] = []
    to_review: list[Review] = []
    asked: list[str] = []
    for part in (*DEBRIEF_PARTS, FREE_NOTES, PROCESS):
        if part in ctx.removed_parts:
            continue
        items, left = kept(fragments(ctx.note(part), lang), lang, part)
        left_out.extend(left)
        items, documents = split(items, lang)
        asked.extend(document for document in documents if document not in asked)
        if part == PROCESS:  # a catch-up asks how the process goes on: it does not recall it
            continue
        items = [dates.redated(item, ctx.interview_day, ctx.send_on, lang) for item in items]
        if part == FREE_NOTES:  # the candidate's memo: only what reads as a fact of the job
            items = [item for item in items if JOB_FACT[lang].search(item)]
        items = [with_names(item, [clean_company(ctx.company)]) for item in items if item]
        to_review.extend(found for item in items if (found := review(item, lang, part)))
        if items:
            notes[part] = items
        elif part != FREE_NOTES:
            missing.append(part)

    company = (
        client_name(ctx.agency_client) if ctx.agency_client.strip() else clean_company(ctx.company)
    )
    names = {"company": company, "company_of": fr_company_of(company)}

    def listed(part: str, key: str, items: list[str]) -> str:
        if part in missing:
            return phrase(lang, key, items=placeholder(lang, part), **names)
        return phrase(lang, key, items=join(items, lang), **names) if items else ""

    def sentences(trimmed: dict[str, list[str]]) -> dict[str, str]:
        def written(part: str, build: rephrase.Builder, key: str) -> str:
            if part in missing:
                return phrase(lang, key, items=placeholder(lang, part))
            items = trimmed.get(part, [])
            return build(items, lang) if items else ""

        motivation = trimmed.get(MOTIVATION, [])
        motivation = rephrase.motivation(motivation, lang)
        if MOTIVATION in missing or motivation:
            motivation_sentence = listed(MOTIVATION, "motivation_items", motivation)
        else:
            motivation_sentence = phrase(lang, "motivation_plain", **names)
        return {
            "strong_points": written(STRONG_POINTS, rephrase.strong_points, "strong_points"),
            "needs": written(RECRUITER_NEEDS, rephrase.needs, "needs_profile"),
            "role": written(ROLE_UNDERSTOOD, rephrase.role, "role_items"),
            "expectations": written(EXPECTATIONS, rephrase.expectations, "expectations_items"),
            "motivation": motivation_sentence,
            "notes": listed(FREE_NOTES, "notes_items", trimmed.get(FREE_NOTES, [])),
            "documents": phrase(lang, "documents", items=join(asked, lang)) if asked else "",
        }

    draft = compose(
        ctx,
        Plan("catchup", notes=notes, sentences=sentences, placeholders=tuple(missing)),
    )
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
    items = [item for item in items if not PRESUMING[lang].search(item)]
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
