"""One function per message, as in healthchecks' hc/lib/emails.py.

Each takes a `DraftContext` and returns a `Draft` (or a `CallScript`) in the context's
language, written from the debrief and within its kind's length limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import catchup, dates, next_steps, people, settled
from relance.drafts.compose import Plan, compose, fitted
from relance.drafts.context import (
    DraftContext,
)
from relance.drafts.document_requests import doubted, split
from relance.drafts.draft import CALL_REPLIES, CallScript, Draft
from relance.drafts.grammar import join
from relance.drafts.not_held import offered
from relance.drafts.notes import fragments
from relance.drafts.privacy import LeftOut, trade_of
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


# A second thanks after the opening's: « Je vous remercie également de… », "Thank you also for…"
ALSO = {
    "fr": re.compile(r"^Je vous remercie (?=de |d'|pour )"),
    "en": re.compile(r"^Thank you (?=for )"),
}
ALSO_SAID = {"fr": "Je vous remercie également ", "en": "Thank you also "}
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
    """The optional thank-you when the next steps were agreed: it asks for nothing.

    One step is said as the catch-up says it (`next_steps.sentence`: the trial "le lundi 19
    octobre à 6 h", the recruiter as "vous"), never pasted as typed: « J'ai bien noté les
    prochaines étapes : journée d'essai lundi 6 h au dépôt » went out on that Monday. Several
    steps, which that sentence would cut to one, are listed, redated. The documents the
    recruiter asked for are acknowledged, as in the catch-up."""
    _check_lang(ctx)
    lang = ctx.lang
    read = settled.steps_read(ctx)
    asked = catchup.prepared(read, PROCESS).documents
    documents = catchup.documents_sentence(lang, offered(list(asked), [read.process], ctx.company))
    items, left_out = _agreed_steps(read)
    held = next_steps.held_since(read, fragments(read.process, lang))
    steps = next_steps.sentence(read) if len(items) < 3 else ""
    if len(items) == 2 and not any(then in steps for then in (", puis ", ", then ")):
        steps = ""  # two steps said only when the sentence names both, in their order
    if "?" in steps:  # nothing ahead to note: a stage held is thanked for, nothing asked
        steps = held.strip()
    elif steps and held.strip() not in steps:
        steps = held + steps
    steps = ALSO[lang].sub(ALSO_SAID[lang], steps, count=1)  # the opening thanked already
    # the opening thanked for « les précisions sur la suite du recrutement »: « elle », once
    steps = steps.replace(
        "Vous m'avez indiqué que la suite du recrutement passerait",
        "Vous m'avez indiqué qu'elle passerait",
    ).replace(
        "J'ai bien noté que la suite du recrutement passera", "J'ai bien noté qu'elle passera"
    )
    if phrase(lang, "placeholder", label="\0").split("\0")[0] in steps:
        steps = ""  # no step read for sure: the notes are listed
    date = dates.future_day(ctx.decision_date, ctx.send_on, lang) if ctx.decision_date else ""

    def sentences(trimmed: dict[str, list[str]]) -> dict[str, str]:
        said = steps or (held + _listed(join(trimmed.get(PROCESS, []), lang), date, lang))
        text = catchup.proofread_text(read, " ".join(part for part in (said, documents) if part))
        extra = phrase(lang, "thanks_next_steps") if text.text else ""
        return {"next_steps": text.text.strip(), "thanks_next_steps": extra}

    notes = {} if steps else {PROCESS: items}
    if steps:  # the steps are said, never quoted: no note was kept out for its words
        # (« retour sous huitaine par tel » was listed as left out for its tone, beside « vous
        # me donneriez une réponse dans un délai de huit jours »)
        left_out = [gone for gone in left_out if gone.reason != "tone"]
    draft = compose(ctx, Plan("thankyou", notes=notes, sentences=sentences))
    return replace(draft, left_out=tuple(left_out))


def _agreed_steps(read: DraftContext) -> tuple[list[str], list[LeftOut]]:
    """The steps still ahead (`read`: the debrief's steps as the e-mails read them,
    settled.steps_read), redated, without the outcome they presume, and the notes left out
    of the e-mail."""
    lang = read.lang
    items, left_out = kept(fragments(read.process, lang), lang, PROCESS, trade_of(read))
    # a line the candidate doubts is theirs to check, never a step noted (writer BW's bw03:
    # « joindre copie diplôme + dernier avis d'imposition? (à vérifier) »)
    left_out += [LeftOut(PROCESS, item, "doubt") for item in items if doubted(item)]
    items, _ = split([item for item in items if not doubted(item)], lang)
    items = [dates.redated(item, read.interview_day, read.send_on, lang) for item in items]
    # "2e entretien puis offre": the step is kept, the outcome it presumes is not.
    steps = [step for item in items for step in THEN.split(item) if step.strip()]
    items = [step.strip() for step in steps if not PRESUMING[lang].search(step)]
    return [item for item in items if not _held(item, read)], left_out


def _listed(items: str, date: str, lang: str) -> str:
    if items and date:
        return phrase(lang, "next_steps_process_date", items=items, date=date)
    if items:
        return phrase(lang, "next_steps_process", items=items)
    return phrase(lang, "next_steps_date", date=date) if date else ""


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
