"""The process notes that say something was agreed, and the stages they name, in order.

`next_steps` writes the closing sentence; this module reads the process field for it: the
notes neither private nor a reminder to self (a stage with its day is kept whatever the
learned screen doubts), the first two stages still ahead in the order typed, and work the
candidate must do before a stage, said with that stage's day.
"""

from __future__ import annotations

import re

from relance.drafts import (
    agreed,
    conditional_start,
    dates,
    expected_day,
    hours,
    own_stage,
)
from relance.drafts.context import DraftContext
from relance.drafts.corrected_days import with_corrected_days
from relance.drafts.notes import fragments
from relance.drafts.privacy import reason, reason_in, sift, trade_of
from relance.drafts.stage_reading import Stage, read_stage
from relance.drafts.step_cues import CONDITIONAL

PROCESS = "process"


def stage_before(stage: Stage, items: list[str], ctx: DraftContext) -> str:
    """'2e entretien lundi 7 décembre à 10h, et un test en ligne à faire avant' (n22, q17):
    the test is the candidate's to do before the interview, said with the interview's day."""
    if not (stage.day and stage.day > ctx.send_on) or stage.last or stage.by:
        return ""
    for part in own_stage.before_parts(items, ctx.lang):
        own = read_stage(part, ctx.lang, ctx)
        if own is None or own.attended or own.day or own.by or own.name == stage.name:
            continue
        day = dates.future_day(stage.day, ctx.send_on, ctx.lang)
        # "le second entretien du lundi 7 décembre", "the second interview on Monday 7 December"
        day = "du " + day.removeprefix("le ") if ctx.lang == "fr" else "on " + day
        if stage.hour:
            day += " " + hours.written(stage.hour, ctx.lang)
        written = own_stage.definite(stage.name) + " " + day
        return own_stage.before_sentence(own.name, own.back, written, ctx.lang)
    return ""


def two_stages(
    ctx: DraftContext, stage: Stage | None, said: tuple[str, ...] = ()
) -> tuple[Stage | None, Stage | None]:
    """The first two stages still ahead, in the order typed, when `stage` is one of them;
    else (`stage`, None). Each is read in the process notes as typed: the learned screen may
    keep a note out of the quotes ("drug screen by fri 16th … (she emails the form)"), but
    only a stage's own name and day are said, as for a form to return; the notes the
    privacy lists name private stay out."""
    typed = [
        dates.redated(item, ctx.interview_day, ctx.send_on, ctx.lang)
        for item in fragments(ctx.process, ctx.lang)
        if not reason_in(item, ctx)
        and not CONDITIONAL[ctx.lang].search(item)
        and not own_stage.BEFORE_IT[ctx.lang].search(item)
        and not any(item in note or note in item for note in said)
    ]  # "orientation mon 19th if everything clears": only if, no step agreed; work due
    # before a stage is said with that stage (`stage_before`)
    found = [read_stage(item, ctx.lang, ctx) for item in typed]
    ahead = [one for one in found if one and not one.over(ctx.send_on) and not one.arranged]
    if stage is None or stage.arranged or len(ahead) < 2 or stage not in ahead:
        return stage, None
    return ahead[0], ahead[1]


# « avant : passer à l'agence vendredi 15 avec carte vitale… » (writer BS's bs01): a label of
# when at a line's start, never « j'apporterai mon avant »
STEP_LABEL = re.compile(
    r"^[ \t]*(?:avant|ensuite|puis|après|apres|before|then|after)[ \t]*:[ \t]*", re.I | re.M
)


def process_items(ctx: DraftContext) -> list[str]:
    """The process notes that say something was agreed: neither private nor a reminder to
    self. What the recruiter must not read stays out; the tone screen is for quoting, and
    only a stage's name is quoted ("réponse sous 15 jours" is a date to confirm, no demand)."""
    typed = fragments(with_corrected_days(ctx.process, ctx.lang), ctx.lang)
    items, _ = sift(typed, ctx.lang, PROCESS, trade_of(ctx))
    # A stage with its day that no privacy list names is a step, whatever the learned screen
    # reads in its wording (writer AG's « il m'a dit que je dois venir jeudi 10 à 4h pour
    # essai », read as a confidence about the site).
    kept = [_kept(item, items) for item in typed]
    items = [
        part or item
        for item, part in zip(typed, kept, strict=True)
        if part or said_though_doubted(item, ctx)
    ]
    if ctx.lang == "fr":  # "deux jours d'essai jeudi 26 et vendredi 27 il faut ramener la
        # carte vitale" (n24, dictated in one run): the stage, without what comes to the day
        # dictated in one run). Only the stage's name and days are said of such a part, so
        # the screen judges that name ("au foyer" is the workplace here, not a home).
        said = set(items)
        cut = [RUN_ON.split(item, 1)[0] for item, part in zip(typed, kept, strict=True)
               if not part and item not in said]  # fmt: skip
        for part in cut:
            stage = read_stage(part, ctx.lang, ctx) if part not in typed else None
            if stage is not None and stage.day is not None and not reason(stage.name, "fr"):
                items.append(part)
    return agreed.agreed_items(items, ctx.lang)


def _kept(typed: str, screened: list[str]) -> str:
    """What the privacy screen kept of a note as typed: the whole, or its part before a
    private remark ("journée d'essai samedi 19/12 de 9 h à 19 h" of "… (rémunérée)"), or ""."""
    return next((kept for kept in screened if kept == typed), "") or next(
        (kept for kept in screened if kept in typed), ""
    )


def said_though_doubted(item: str, ctx: DraftContext) -> bool:
    """A stage with its day, or a day the candidate is expected on ("come for Monday 14"),
    that no privacy list names: said even when the learned screen doubts it."""
    if reason_in(item, ctx):
        return False
    stage = read_stage(item, ctx.lang, ctx)
    if stage is not None and (stage.day is not None or stage.by is not None):
        return True
    # a start with its day, agreed or on a condition (writer AJ's « démarrage prévu le 21/12
    # si tout est ok », « rentrée à la MFR le 5 janvier, début à l'atelier le 18 janvier »)
    redated = [dates.redated(item, ctx.interview_day, ctx.send_on, ctx.lang)]
    given = agreed.outcome(redated, ctx.lang, ctx.interview_day)
    if given is not None and given.start is not None and given.start > ctx.send_on:
        return True
    if conditional_start.sentence(redated, ctx.lang, ctx.interview_day, ctx.send_on):
        return True
    return bool(expected_day.sentence([item], ctx.lang, ctx.interview_day, ctx.send_on))


# A note dictated in one run: a new clause starts with what the candidate must do.
RUN_ON = re.compile(r"\s+(?=(?:il\s+faut|il\s+faudra|je\s+dois|je\s+devrai)\s)", re.I)
