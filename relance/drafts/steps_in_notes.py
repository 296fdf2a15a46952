"""Next steps typed in the free notes when the process field was left empty.

On a phone, the candidate types what comes next wherever the cursor is: « journée d'essai
samedi 5, service midi et soir, 9h30 » in the notes (writer AE's ae20), the process field
empty. Such a line, when it names a stage still ahead with its own day and nothing private,
is read as the process the recruiter described, and so is the recruiter's promise to come back
("she said they will call me"); another note without a day stays a note.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

from dataclasses import replace

from relance.drafts import come_back
from relance.drafts.context import DraftContext
from relance.drafts.privacy import learned_reason, reason_in
from relance.drafts.stage_reading import read_stage


def _is_dated_step(line: str, ctx: DraftContext) -> bool:
    stage = read_stage(line, ctx.lang, ctx)
    if stage is None or reason_in(line, ctx):
        return False
    day = stage.day or stage.by
    return day is not None and not stage.over(ctx.send_on)


def _comes_back(line: str, ctx: DraftContext) -> bool:
    """ "she said they will call me, no date" (writer AL's al39): the recruiter's return, the
    commonest step of all, which needs no day."""
    said = come_back.sentence([line], ctx.lang, ctx.interview_day, ctx.send_on, agency=False)
    # a note the learned screen keeps out is no step either: "also got a call back from Aldi,
    # waiting on them" is another employer's (writer AM's am31)
    return bool(said) and not reason_in(line, ctx) and not learned_reason(line, ctx.lang)


def with_steps_from_notes(ctx: DraftContext) -> DraftContext:
    """`ctx` with the notes' dated steps moved to the process, when no process was typed."""
    if ctx.process.strip() or not ctx.notes.strip():
        return ctx
    lines = ctx.notes.splitlines()
    steps = [
        line
        for line in lines
        if line.strip() and (_is_dated_step(line, ctx) or _comes_back(line, ctx))
    ]
    if not steps:
        return ctx
    rest = [line for line in lines if line not in steps]
    return replace(ctx, process="\n".join(steps), notes="\n".join(rest))
