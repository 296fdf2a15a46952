"""What the debrief says of the next steps, when it says enough to confirm them.

The catch-up ends by asking how the process goes on, unless the recruiter already said it:
a decision date, or the next stage with its day ("2e entretien mardi", "réponse jeudi"). Then
the e-mail confirms what was said ("Vous m'avez indiqué que vous me donneriez une réponse
d'ici le jeudi 15 octobre ; je reste disponible d'ici là…") and asks nothing: asking again
would read as not having listened. Only what can be read for sure is confirmed (a known
stage, a date still to come on the sending day); anything else leaves the question in place,
never a guess.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from relance.core import names
from relance.drafts import (
    agreed,
    come_back,
    conditional_start,
    contact_day,
    dates,
    deliverables,
    documents,
    expected_day,
    holiday_periods,
    hours,
    own_stage,
    returned,
    step_shapes,
    steps_handed_back,
    typed_days,
)
from relance.drafts import my_answer as answers
from relance.drafts.after_event import after_event
from relance.drafts.answer_notes import with_answer_notes
from relance.drafts.context import DraftContext
from relance.drafts.grammar import fr_de
from relance.drafts.notes import fragments
from relance.drafts.periods import period as month_part
from relance.drafts.privacy import reason, reason_in
from relance.drafts.process_notes import (
    process_items,
    stage_before,
    two_stages,
)
from relance.drafts.stage_names import STAGES, closed_name
from relance.drafts.stage_reading import Stage, read_stage
from relance.drafts.step_cues import (
    AFTER_SIGNING,
    ANSWER,
    CANDIDATE_CALLS,
    CONDITIONAL,
    IF_CHOSEN,
    IF_SO,
    LATER_STEP,
    NOTICE_DAYS,
    THEN,
    THEN_IN,
    WEEKDAY,
    WITHIN,
    call_part,
    first_day,
)
from relance.drafts.templates import phrase

# Answer cues that promise the recruiter's return, no decision: "get back to me by Friday"
# is "you would be in touch by Friday" (`come_back`), never "to expect an answer".
COMES_BACK_CUES = frozenset({"get back", "be in touch"})


# The hour by which a catch-up has gone out (`core.windows`: e-mails leave by 11:30).
SENT_BY = (12, 0)


def confirmed(ctx: DraftContext, items: list[str] | None = None, said: tuple[str, ...] = ()) -> str:
    """The sentence confirming the next steps the debrief gives for sure, or "". `said`: the
    notes a sentence before it already promised (the take-home due Friday, o38), never a
    stage again."""
    lang = ctx.lang
    if items is None:
        items = process_items(ctx)
    items = [dates.redated(item, ctx.interview_day, ctx.send_on, lang) for item in items]
    # Through an agency, the steps may be the consultant's words, and the e-mail may go to
    # the client's manager: "J'ai bien noté…" credits no one with them.
    suffix = "_agency" if ctx.placed_by_agency else ""
    stage: Stage | None = None
    within = ""
    answer_day: date | None = ctx.decision_date
    answer_week: date | None = None
    call_day: date | None = None
    callback: tuple[date, date] | None = None
    offer = False  # "offer … by fri 4th": a decision awaited, never presumed an offer
    period = ""
    stage_item = answer_item = ""  # the notes the stage and the answer day were read in
    skipped_step = False  # a step before, only if chosen: none after it is confirmed
    holiday = ""  # "réponse après les vacances de Noël": after it, no day
    holiday_before = ""  # "réponse avant les vacances de Noël": by then
    for item in items:
        mine = answers.mine(item, lang)
        if mine:
            continue  # the candidate's answer: never the recruiter's to give (r20)
        call = CANDIDATE_CALLS[lang].search(item)
        if call:  # "l'appeler jeudi 15": the candidate calls, no answer is awaited
            call_day = call_day or typed_days.first_day(item, lang, ctx.interview_day, call.end())
            part = call_part(item, lang) if call_day else ""
            continue
        if (lang == "fr" and IF_SO.match(item)) or AFTER_SIGNING.search(item):
            continue  # "si oui : visite médicale mardi 20": only once the offer is accepted
        if stage is None and LATER_STEP.match(item) and skipped_step:
            # « entrevue … si retenue » then « ensuite visite médicale » (writer BY's by15):
            # the step after one not confirmed is no next step to confirm
            continue
        if stage is None:
            stage, stage_item = read_stage(item, lang, ctx), item
            skipped_step = skipped_step or (stage is None and IF_CHOSEN.search(item) is not None)
            days = (ctx.interview_day, ctx.send_on)
            if stage is not None and conditional_start.borrowed(item, stage.day, lang, days):
                stage = None  # « début lundi 15 si la visite médicale est ok » (bt22)
            if stage is not None and stage.by and not stage.attended and stage.over(ctx.send_on):
                stage = None  # a test due before the sending day: the step after it (bu23)
        cue = ANSWER[lang].search(item)
        if cue and re.sub(r"\s+", " ", cue[0].lower()) in COMES_BACK_CUES:
            continue  # "they'll get back to me by …": a return, said by `come_back`
        either = step_shapes.either_days(item, lang, ctx.interview_day, cue.end()) if cue else None
        calls_back = step_shapes.is_callback(item, lang)
        if cue and either is None and calls_back:
            either = step_shapes.or_weekday(item, lang, ctx.interview_day, cue.start())
        if either and callback is None and calls_back:
            callback = either  # "elle me rappelle lundi 30 ou mardi 1er": a call, no deadline
            continue
        meeting = (
            after_event(item, lang, ctx.interview_day, ctx.send_on, cue.start()) if cue else ""
        )
        if meeting and not holiday:  # "retour après le comité du 8 décembre": not by the 8th
            holiday = meeting
            continue
        if answer_day is None and answer_week is None:  # "réponse jeudi 15 octobre"
            answer_day = either[1] if either else None  # "lundi 30 ou mardi 1er": by the later
            answer_day = answer_day or first_day(item, ANSWER[lang], lang, ctx, latest=True)
            answer_item = item if answer_day is not None else ""
            offer = offer or (answer_day is not None and step_shapes.awaits_offer(item, lang))
            if answer_day is not None and callback is None and step_shapes.one_day_call(item, lang):
                callback, answer_day = (answer_day, answer_day), None  # "ils m'appellent ven 27"
            if answer_day is None and cue:
                answer_week = typed_days.first_week(item, lang, ctx.interview_day, cue.end())
            if answer_day is None and answer_week is None and cue:
                period = period or month_part(item, cue.end(), ctx.interview_day, ctx.send_on, lang)
            if answer_day is None and answer_week is None and cue and not holiday:
                holiday = holiday_periods.after_holiday(item, lang, ctx.send_on, cue.start())
                holiday_before = holiday_before or holiday_periods.before_holiday(
                    item, lang, ctx.send_on, cue.start()
                )
            span = WITHIN[lang].search(item, cue.end()) if cue and not within else None
            if span:  # "within about 3 weeks": the number in words, as a sentence writes it
                to = " à " if lang == "fr" else " to "
                typed_span = re.sub(r"(\d+)\s*[-–]\s*(\d+)", rf"\1{to}\2", span[1])
                # « retour sous huitaine » (writer BW's bw02): « dans un délai de huit jours »
                typed_span = NOTICE_DAYS.get(typed_span.lower(), typed_span)
                within = NUMBER.sub(lambda n: dates.spelled_number(n[0], lang), typed_span)
    if stage is not None and stage.over(ctx.send_on):
        stage = None  # a stage already past: no next step to confirm
    if answer_day is not None and answer_day <= ctx.send_on:
        answer_day = None
    if stage is not None and stage.day and answer_day is not None and answer_day < stage.day:
        # « immersion lundi 7h, puis réponse fin de semaine » (s19): the answer typed after
        # the stage in its note comes after it, so "fin de semaine" is no week's end before
        # it; no day is said ("offer by Mon 9th / then induction 23 Nov" keeps both)
        answer_day = None if answer_item == stage_item else answer_day
    if answer_week is not None and answer_week + timedelta(days=6) < ctx.send_on:
        answer_week = None
    answer = dates.future_day(answer_day, ctx.send_on, lang) if answer_day else ""
    answer = answer or ("" if answer_week else period)  # "d'ici la mi-décembre"
    # "2nd round 7/12 10am … take-home: account plan, due 48h before" (o28): the work due
    # before the stage is said before it, never as a second step after it
    before = stage_before(stage, items, ctx) if stage and not answer else ""
    if before:
        return before
    stage, later = two_stages(ctx, stage, said)
    if later is not None and (
        (lang == "fr" and not _second(stage, later))
        or (stage is not None and _head(stage.name) == _head(later.name))
    ):
        later = None  # "an induction by Friday 27, then an induction on Monday 30" (u29)
    if stage and stage.arranged:
        return phrase(lang, "next_steps_arranged" + suffix, stage=stage.name)
    if stage and stage.today(ctx.send_on):
        if stage.hour is None or stage.hour < SENT_BY:
            # « essai sur chantier demain 7h » (writer AK's ak23): under way or over when the
            # e-mail goes out in the morning; said only of an afternoon still ahead. The
            # recruiter's own welcome is thanked for, whatever the hour (writer BC's trial
            # on the Tuesday after 14 July: "J'ai bien pris note…" read as vague)
            # An agency's trial at its client's, a stage at an hour not typed, a check: the
            # stage is named and thanked for as arranged, true at any hour (writer BQ's
            # readers: "J'ai bien pris note des prochaines étapes" left today's trial day,
            # driving assessment and drug test unacknowledged, bq01, bq25, bq28)
            arranged_for_me = suffix or stage.hour is None or stage.name in CHECKS
            if arranged_for_me or own_stage.at_a_distance(stage_item):  # « en visio… »
                held = own_stage.held_today(stage.name, lang)
                return phrase(lang, "next_steps_stage_held_today", stage=held)
            what = own_stage.definite(stage.name)
            return phrase(lang, "next_steps_stage_this_morning", stage=what)
        # "I confirm that I will attend the induction today at 2 pm" (writer BJ's bj25: "an
        # induction today" read as any induction, its hour lost)
        at = " " + hours.written(stage.hour, lang) if stage.hour else ""
        return phrase(lang, "next_steps_stage_today", stage=own_stage.definite(stage.name), at=at)
    both = "" if later else next(filter(None, map(_in_note(ctx), items)), "")
    if stage and both:  # "written … test at DPS then ride along next Monday": one note
        return both
    if stage and later:  # "take home … then final round w/ the CTO": both steps, in order
        what = stage.name + stage.when(ctx.send_on, lang)
        what += (
            (", puis " if lang == "fr" else ", then ") + later.name + later.when(ctx.send_on, lang)
        )
        if lang == "fr" and answer:  # « …, puis une journée d'essai, avec une réponse d'ici… »
            return phrase(lang, "next_steps_stage_answer" + suffix, stage=what, date=answer)
        if lang == "fr":  # « passerait par une visite médicale, puis un test d'anglais » (bu06)
            return phrase(lang, "next_steps_stage" + suffix + _undated(what), stage=what)
        return phrase(lang, "next_steps_stages" + suffix, stage=what)
    if stage and stage.by and not stage.attended and not answer:
        # "test en ligne à faire avant vendredi 16 18h": the candidate's promise, with its day
        own = own_stage.sentence(stage.name, stage.by, stage.by_hour, stage.back, lang,
                                 ctx.send_on)  # fmt: skip
        if own:
            return own
    if stage:
        what = stage.name + stage.when(ctx.send_on, lang)
        key = "next_steps_stage_answer" if answer else "next_steps_stage"
        if stage.name in CHECKS and not suffix:  # "a drug screen…; I look forward to it" (an36)
            key = key.replace("_stage", "_check")
        # « passera par un entretien avec le client ; je reste disponible d'ici là »: there
        # is no « là » without a day (writer AK's ak18); English looks forward to it
        undated = _undated(what) if lang == "fr" and not answer else ""
        return phrase(lang, key + suffix + undated, stage=what, date=answer)
    # "he'll text Friday", "she calls me thurs 26th with feedback": a contact on that day
    contact = contact_day.read(items, ctx.interview_day) if lang == "en" else None
    if contact and contact.day > ctx.send_on and answer_day in (None, contact.day):
        when = dates.future_day(contact.day, ctx.send_on, lang)
        # "a call is planned": "You told me you would call me" reads as a reproach to the
        # tone guard (concreteness), and credits no one through an agency
        noun = ("an " if contact.how == "email" else "a ") + contact.how
        return phrase(
            lang, "next_steps_contact" + suffix, date=when, noun=noun, about=contact.about
        )
    if callback is not None and callback[0] > ctx.send_on and not answer:
        return step_shapes.callback_sentence(callback, ctx.send_on, lang, suffix)
    my_answer = answers.my_answer(items, ctx)
    if answer and answer != my_answer:  # the same day read as the candidate's: al20
        key = "next_steps_decision" if offer else "next_steps_answer"
        return phrase(lang, key + suffix, date=answer)
    if answer_week:
        written = dates.format_date(answer_week, lang, weekday=False, today=ctx.send_on)
        return phrase(lang, "next_steps_answer_week" + suffix, date=written)
    if within:
        return phrase(lang, "next_steps_within" + suffix, span=within, of=fr_de(within))
    sent = answers.what_i_send(items, lang) if my_answer else ""
    if sent:  # "revert by friday with my availability": what is sent, not "my answer"
        return phrase(lang, "next_steps_my_send", what=sent, date=my_answer)
    if my_answer:
        return phrase(lang, "next_steps_my_answer", date=my_answer)
    if call_day is not None and call_day > ctx.send_on:
        when = dates.future_day(call_day, ctx.send_on, lang) + part
        return phrase(lang, "next_steps_i_call", date=when)
    if holiday:
        return phrase(lang, "next_steps_answer_after" + suffix, period=holiday)
    if holiday_before:
        return phrase(lang, "next_steps_answer_before" + suffix, period=holiday_before)
    return ""


def _second(stage: Stage | None, later: Stage) -> bool:
    """Is `later` a second French stage to name after `stage`? Not after the candidate's own
    work with its day (« je passerai le test en ligne d'ici le jeudi 10 », said by
    `own_stage`), nor a day inside the first stage's own (the same stage read twice is
    refused for both languages by the caller: « un essai …, puis un essai », m02)."""
    if stage is None or (stage.by and not stage.attended):
        return False
    first = stage.day or stage.week
    # « immersion la semaine du 7, puis un rendez-vous le lundi 7 » (ae01): one stage
    inside = bool(later.day and first and later.day <= first + timedelta(0 if stage.day else 6))
    return not inside


def _head(name: str) -> str:
    """'un essai de deux jours' -> 'essai', 'une visite médicale' -> 'visite'."""
    words = name.split()
    return words[1] if len(words) > 1 else name


NUMBER = re.compile(r"\d+")
# Stages that check the candidate, which no one "looks forward to" (writer AN's an36).
CHECKS = frozenset({"reference checks", "a drug screen", "a background check", "a medical"})


def sentence(ctx: DraftContext) -> str:
    """The catch-up's last sentence: an outcome given thanked for, the next steps confirmed
    or acknowledged, and asked for only when the debrief says nothing was agreed."""
    ctx = with_answer_notes(ctx)
    lang = ctx.lang
    items = process_items(ctx)
    # "il m'envoie le dossier, à retourner complété avant jeudi 15": the form comes back later.
    # Read from the notes as typed: the screen may keep the note out of the quotes, but the
    # sentence quotes only the form's name (the privacy lists still keep a note out).
    typed = [
        item
        for item in fragments(ctx.process, lang)
        if not reason_in(returned.without_signer(item, lang), ctx)  # a payroll test's « paie »
    ]
    # "cas pratique à rendre sous 5 jours": the work promised first, its note no stage after.
    # Read as typed too: the sentence names only the kind of work and its day (writer N's n25,
    # "he's sending the assessment (written case study) by email tmrw, back to him by fri 27th
    # 5pm", kept out whole by the learned screen, was "I have noted the next steps").
    if _before_dated(ctx, items):  # "take-home … due 48h before" (o28): said with its stage
        typed = [item for item in typed if not own_stage.BEFORE_IT[lang].search(item)]
    work, source = deliverables.sentence(typed, lang, ctx.interview_day, ctx.send_on)
    form, form_source = returned.sentence(typed, lang, ctx.interview_day, ctx.send_on)
    promised = [said for said in (work, form) if said]
    if not promised:
        return _closing(ctx, items, typed_stage=True)
    # What is left may be documents to send: the documents sentence says them, not this one.
    # The screen may have kept only the head of the form's note ("il m'envoie le cerfa…" of
    # "…, à faire signer par mes parents"): a part of a note the sentence said is said too.
    used = [said for said in (source, form_source) if said]
    rest = [
        item
        for item in items
        if not any(item in note for note in used) and not documents.named(item, lang)
    ]
    closing = (
        _closing(ctx, rest, said=tuple(used))
        if rest
        # the stage the screen kept out of the quotes, read as typed ("job shadowing …"),
        # after a form (after work, the stage read would be the work itself)
        else (_typed_stage(ctx) if form and not work else "")
        or phrase(lang, "next_steps_after_work")
    )
    return " ".join([*promised, closing])


def _before_dated(ctx: DraftContext, items: list[str]) -> str:
    """The sentence of work due before a stage agreed with its day, or ""."""
    redated = [dates.redated(item, ctx.interview_day, ctx.send_on, ctx.lang) for item in items]
    stage = next(filter(None, (read_stage(item, ctx.lang, ctx) for item in redated)), None)
    return stage_before(stage, redated, ctx) if stage else ""


def _callback_today(ctx: DraftContext, items: list[str]) -> str:
    """« il me rappelle demain soir » typed on the eve of the sending day (writer BM's bm16):
    the call is today's, said as that when no other reading spoke, never handed back."""
    lang = ctx.lang
    for item in items:
        if (lang == "fr" and IF_SO.match(item)) or AFTER_SIGNING.search(item):
            continue
        cue = ANSWER[lang].search(item)
        if not cue or not step_shapes.one_day_call(item, lang):
            continue
        if first_day(item, ANSWER[lang], lang, ctx, latest=True) == ctx.send_on:
            suffix = "_agency" if ctx.placed_by_agency else ""
            return phrase(lang, "next_steps_callback_today" + suffix)
    return ""


UNDECIDED = {
    "fr": re.compile(
        r"\bon\s+verra\b|\brien\s+de\s+(?:précis|prévu|fixé|calé)\b|\bpas\s+de\s+date\b", re.I
    ),
    "en": re.compile(
        r"\bwe'?ll\s+see\b|\bnothing\s+(?:fixed|agreed|set|definite)\b|\bno\s+date\b", re.I
    ),
}


def _closing(
    ctx: DraftContext, items: list[str], *, typed_stage: bool = False, said: tuple[str, ...] = ()
) -> str:
    lang = ctx.lang
    redated = [dates.redated(item, ctx.interview_day, ctx.send_on, lang) for item in items]
    given = agreed.outcome(redated, lang, ctx.interview_day)
    if given is not None:
        steps = agreed.outcome_steps(given, lang, ctx.send_on)
        joined = (" et " if lang == "fr" else " and ").join(steps)
        if not given.offered:
            # A start day alone is noted, never thanked for as an offer (writer I: "Thank you
            # for your confidence in me" after a mere interview, i32, i38).
            if steps:
                return phrase(lang, "next_steps_start" + _undated(joined), steps=joined)
            return phrase(lang, "next_steps_noted")
        my_answer = answers.my_answer(redated, ctx)
        if my_answer:  # "offre faite, elle me laisse jusqu'au lundi 30 18h pour répondre" (u09)
            return phrase(lang, "next_steps_offer_my_answer", date=my_answer)
        if not steps:
            return phrase(lang, "next_steps_outcome_plain")
        return phrase(lang, "next_steps_outcome" + _undated(joined), steps=joined)
    confirming = confirmed(ctx, items, said) or (_typed_stage(ctx) if typed_stage else "")
    confirming = confirming or _typed_own(ctx)
    if confirming:
        return confirming
    # "si ok : début lundi 19/10": the start said with its condition, the outcome not presumed
    start_if = conditional_start.sentence(redated, lang, ctx.interview_day, ctx.send_on)
    start_if = start_if or conditional_start.stage_sentence(redated, lang, _dated(ctx))
    if start_if:
        return start_if
    expected = expected_day.sentence(redated, lang, ctx.interview_day, ctx.send_on)
    if expected:  # "he told me to come for monday 14 at 6am": a day, no stage named
        return expected
    today = _callback_today(ctx, redated)
    if today:
        return today
    # A day agreed, not read for sure: the candidate says it in a few words.
    if steps_handed_back.dated(items, lang, ctx.interview_day, ctx.send_on):
        return phrase(lang, "next_steps_marked", place=marked_place(lang))
    # The learned screen may keep "they'll be in touch" out of the quotes; the sentence quotes
    # nothing of it, so the notes the privacy lists let through are read as well.
    listed = [item for item in fragments(ctx.process, lang) if not reason_in(item, ctx)]
    back = come_back.sentence(
        [*redated, *(dates.redated(item, ctx.interview_day, ctx.send_on, lang) for item in listed)],
        lang, ctx.interview_day, ctx.send_on, ctx.placed_by_agency,
    )  # fmt: skip
    if back:  # "elle me recontacte", "they'll be in touch": no day, a return all the same
        return back
    # the steps typed are over: what comes next? (never after work or a form the e-mail
    # promises: a step still ahead is said)
    if not said and steps_handed_back.all_past(items, lang, ctx.interview_day, ctx.send_on):
        return held_since(ctx, items) + phrase(lang, "next_steps_ask")
    # « il doit en parler avec son père (le patron) on verra » (writer BM's bm06): nothing
    # was agreed, so the one question on next steps is asked, never "j'ai bien pris note"
    if any(UNDECIDED[lang].search(item) for item in items):
        return phrase(lang, "next_steps_ask")
    # Steps were agreed but none reads for sure: a sentence true of any of them, no guess.
    return phrase(lang, "next_steps_noted" if items or _agreed(ctx) else "next_steps_ask")


def _undated(steps: str) -> str:
    """The phrase's suffix for steps with no day: « d'ici là » would then refer to nothing
    (writer AI's ai19, « la signature de la promesse d'embauche ; … d'ici là »)."""
    return "" if any(char.isdigit() for char in steps) else "_undated"


def _dated(ctx: DraftContext) -> Callable[[str], str]:
    """The stage a text names with its day still ahead, as the closing writes it, or ""."""

    def written(text: str) -> str:
        stage = read_stage(text, ctx.lang, ctx)
        if stage is None or stage.arranged or stage.by or not (stage.day or stage.week):
            return ""
        if stage.over(ctx.send_on) or stage.today(ctx.send_on):
            return ""
        return stage.name + stage.when(ctx.send_on, ctx.lang)

    return written


def _typed_stage(ctx: DraftContext) -> str:
    """A stage of a fixed name read in the notes as typed, confirmed with its day, or "".

    The learned screen may keep a note out of the quotes ("ride along next Monday … at the
    east lot", writer N's n35; "…when i come for the Sunday show day 29 Nov", n34), but a
    stage the table names ("a ride-along", "the show day") and its day quote nothing typed,
    as in `process_notes.two_stages`; the notes the privacy lists name private, and a stage
    named as typed, stay out. English only, as `two_stages`."""
    if ctx.lang != "en":
        return ""
    for item in fragments(ctx.process, "en"):
        if reason(item, "en") or CONDITIONAL["en"].search(item):
            continue
        if not agreed.agreed_items([item], "en"):
            continue
        if any(len(set(WEEKDAY.findall(part.lower()))) > 1 for part in THEN.split(item)):
            continue  # "shop test Wednesday 11th — wait …, he said Thursday 12th" (writer I)
        # "written … test at DPS then ride along next Monday …": two steps in one note,
        # each read in its own part, in the order typed
        both = _stages_in_note(item, ctx)
        if both:
            return both
        stage = read_stage(item, "en", ctx)
        if stage is not None and closed_name(stage.name):
            return confirmed(ctx, [item])
    return ""


def _typed_own(ctx: DraftContext) -> str:
    """The candidate's own call or answer, read in the notes as typed, or "".

    The learned screen may keep the note out of the quotes (« je dois les rappeler moi-même
    jeudi 26 après 14h pour savoir si je passe au 2e tour », writer V's v19; "i need to call
    him back on thursday once i've checked my notice period", v40), but the sentence says
    only the call or the answer and its day, quoting nothing typed; the notes the privacy
    lists name private stay out."""
    lang = ctx.lang
    for typed in fragments(ctx.process, lang):
        if reason(typed, lang):
            continue
        item = dates.redated(typed, ctx.interview_day, ctx.send_on, lang)
        if CANDIDATE_CALLS[lang].search(item) or answers.mine(item, lang):
            said = confirmed(ctx, [item])
            if said:
                return said
    return ""


def _in_note(ctx: DraftContext) -> Callable[[str], str]:
    return lambda item: _stages_in_note(item, ctx)


def _stages_in_note(item: str, ctx: DraftContext) -> str:
    """Two stages of fixed names typed in one note ("written … test at DPS then ride along
    next Monday …"), each read in its own part, in the order typed; "" otherwise."""
    lang = ctx.lang
    fixed = {name for _, name in STAGES[lang] if name}
    parts = [read_stage(part, lang, ctx) for part in THEN_IN[lang].split(item)]
    # English notes reach here unscreened (`_typed_stage`): only the table's names are said
    named = [one is not None and (lang == "fr" or one.name in fixed) for one in parts]
    if len(parts) != 2 or not all(named):
        return ""
    first, later = parts
    assert first is not None and later is not None
    if first.day is not None or later.over(ctx.send_on):
        return ""
    then = ", puis " if lang == "fr" else ", then "
    what = first.name + then + later.name + later.when(ctx.send_on, lang)
    suffix = "_agency" if ctx.placed_by_agency else ""
    key = "next_steps_stage" if lang == "fr" else "next_steps_stages"
    return phrase(lang, key + suffix, stage=what)


WEEKDAYS = {"fr": names.FR_DAYS, "en": names.EN_DAYS}


def held_since(ctx: DraftContext, items: list[str]) -> str:
    """The thanks for a stage held between the interview and the sending day, or "": sent on
    the Monday after a holiday, the catch-up that asked only what comes next ignored the trial
    day of the Friday (writer BK's bk12, bk20: « Je vous remercie également pour la journée
    d'essai de vendredi. »)."""
    for item in items:
        stage = read_stage(item, ctx.lang, ctx)
        if stage is None or stage.day is None or not stage.attended or stage.name in CHECKS:
            continue
        if stage.by or stage.week or stage.last or not ctx.interview_day < stage.day:
            continue
        if stage.day < ctx.send_on:
            day = WEEKDAYS[ctx.lang][stage.day.weekday()]
            held = own_stage.definite(stage.name)
            return phrase(ctx.lang, "next_steps_stage_held", stage=held, day=day) + " "
    return ""


def marked_place(lang: str) -> str:
    return phrase(lang, "placeholder", label=phrase(lang, "label_next_step"))


def _agreed(ctx: DraftContext) -> bool:
    """Was anything agreed, by the privacy lists alone? The learned screen may keep a line
    out of the quotes ("they'll be in touch" read as a confidence), but the acknowledgement
    quotes nothing: only what the lists name private (pay, health…) says nothing agreed."""
    typed = fragments(ctx.process, ctx.lang)
    listed = [item for item in typed if not reason_in(item, ctx)]
    return bool(agreed.agreed_items(listed, ctx.lang))
