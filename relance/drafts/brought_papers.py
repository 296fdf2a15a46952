"""Which papers a debrief field's notes still promise the recruiter: a paper to bring to a
stage is brought on that stage's day (over before the sending day, no promise is left), and
« aujourd'hui » when the stage was this morning, before the e-mail goes out; a private line
(a record, a doubt, the candidate's private life) promises none. `catchup.prepared` asks
these before it sorts the notes into items and documents; kept apart so the days and the
privacy they read do not grow the field's reading.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

from datetime import date

from relance.drafts import handover, hours, next_steps, typed_days
from relance.drafts.context import DraftContext
from relance.drafts.document_requests import sends, split
from relance.drafts.privacy import reason_in


def brought_this_morning(day: date, pieces: list[str], ctx: DraftContext) -> bool:
    """ "site induction … Tuesday 11th 7am … bring PPE" (writer BH's bh31), the e-mail sent
    that Tuesday and thanking for the morning's stage: the papers are brought « aujourd'hui »,
    never « lors de la journée d'essai » as if it were to come (writer BI's reader wanted
    them still said)."""
    return day == ctx.send_on and _morning_of(day, pieces, ctx)


def brought_on(piece: str, pieces: list[str], ctx: DraftContext) -> date | None:
    if not handover.brought(piece, ctx.lang) or not split([piece], ctx.lang)[1]:
        return None
    return handover.brought_on(piece, pieces, ctx.lang, ctx.interview_day)


TODAY = {"fr": "aujourd'hui", "en": "today"}


def _morning_of(day: date, pieces: list[str], ctx: DraftContext) -> bool:
    """Is a stage typed for `day` held before the e-mail goes out (an hour before noon)?"""
    for piece in pieces:
        if typed_days.first_day(piece, ctx.lang, ctx.interview_day) == day:
            hour = hours.first_hour(piece)
            if hour is not None and hour < next_steps.SENT_BY:
                return True
    return False


# Why a line is private that makes any document it names no promise to the recruiter.
# (the free notes only; "personal" when no paper is handed over in it: « apporter attestation
# France Travail » is asked)
UNSENDABLE = frozenset({"record", "self"})


def unsendable(line: str, ctx: DraftContext) -> bool:
    """A private line that promises nothing: a record or a doubt, or the candidate's private
    life unless a paper is handed over in it ("im on a visa that runs out in november need
    sponsorship", writer BG's bg36, was "I can provide a copy of my visa")."""
    why = reason_in(line, ctx)
    if why == "personal":
        return not (handover.brought(line, ctx.lang) or sends(line, ctx.lang))
    return why in UNSENDABLE
