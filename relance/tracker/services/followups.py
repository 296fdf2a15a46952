"""What a candidate does with a follow-up: edit, approve, send by hand, call."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from relance.core import facts as f
from relance.core.rule_ids import RECRUITER_AWAY, REPLY_PENDING
from relance.core.rules import check_followup, plan
from relance.drafts.dates import stale_wording
from relance.tracker import lifecycle as lc
from relance.tracker.lifecycle import EDITABLE
from relance.tracker.models import Application, CallAttempt, FollowUp, Profile
from relance.tracker.models.choices import CallOutcome, ReplyOutcome, SendBy
from relance.tracker.services.bounds import check_fields, check_year
from relance.tracker.services.facts import application_facts
from relance.tracker.services.marks import has_placeholder
from relance.tracker.services.planning import refresh_plan
from relance.tracker.services.spoken import spoken_day
from relance.tracker.services.tone_gate import require_golden_tone
from relance.tracker.services.transitions import record_event, transition

# Stored on the row in English, shown translated (relance/mailbox/explain.py knows them).
HELD_FOR_REPLY = gettext_noop(
    "A message that may be the recruiter's reply arrived: confirm or dismiss it, then approve "
    "the follow-up again."
)
WORDING_MOVED = gettext_noop(
    "The sending day moved and the message's dates may no longer be true: re-read it, then "
    "approve it again."
)


def guard(followup: FollowUp, at: datetime) -> None:
    """Ask the engine whether this follow-up may go out at `at`: raises RuleViolation.

    The worker asks again just before sending: facts may have changed since approval.
    """
    app = followup.application
    profile = Profile.objects.get(user_id=app.owner_id)
    facts = application_facts(app, profile)
    check_followup(
        facts,
        f.Kind(followup.kind),
        f.Channel(followup.channel),
        at,
        profile.policy,
        followup_id=followup.pk,
    )


def save_draft(
    followup: FollowUp,
    *,
    subject: str,
    body: str,
    now: datetime,
    written_for: date | None = None,
) -> None:
    """Store the candidate's text; `written_for` is the sending day its wording assumes."""
    check_fields(FollowUp, {"subject": subject, "body": body})
    fields: dict[str, Any] = {"subject": subject.strip(), "body": body}
    if written_for is not None:
        fields["written_for"] = written_for
    if not transition(followup, lc.SAVE_DRAFT, now=now, **fields):
        raise ValidationError(
            _("This follow-up can no longer be edited (it is %(state)s)."),
            code="state",
            params={"state": followup.get_state_display()},
        )


def approve(
    followup: FollowUp,
    *,
    now: datetime,
    due_at: datetime | None = None,
    send_by: str = SendBy.SELF,
) -> None:
    """Approve a drafted follow-up for `due_at` (default: as soon as allowed).

    `send_by` says who sends it: the worker from the candidate's mailbox (the caller checks
    that one is connected), or the candidate, reminded in the window.
    """
    if send_by not in SendBy.values:
        raise ValidationError(_("Unknown sender “%(s)s”."), code="send_by", params={"s": send_by})
    if followup.state not in EDITABLE:
        raise _not_approvable(followup)
    if followup.kind == f.Kind.FOLLOWUP_CALL:
        send_by = SendBy.SELF  # a call is always the candidate's
    elif not followup.body.strip():
        raise ValidationError(
            _(
                "Write or generate the message before approving it (on the command line: "
                "relance draft %(id)s --save)."
            ),
            code="empty",
            params={"id": followup.pk},
        )
    _require_complete(followup, _("Fill in or delete every part marked “[…]” before approving."))
    require_golden_tone(followup)
    # The stored window may be stale (a late catch-up approved the next day): bring it up
    # to date first, so the approval is checked against, and kept by, the current plan.
    refresh_plan(followup.application, now)
    followup.refresh_from_db()
    if followup.state not in EDITABLE:
        raise _not_approvable(followup)
    when = due_at or max(now, followup.earliest_at)
    guard(followup, when)
    _check_wording(followup, when)
    if not transition(
        followup,
        lc.APPROVE,
        now=now,
        due_at=when,
        approved_at=now,
        send_by=send_by,
        last_error="",
        event={"due_at": when.isoformat(), "send_by": send_by},
    ):
        raise ValidationError(_("This follow-up was already approved or sent."), code="state")
    refresh_plan(followup.application, now)


def _not_approvable(followup: FollowUp) -> ValidationError:
    return ValidationError(
        _("This follow-up can no longer be approved (it is %(state)s)."),
        code="state",
        params={"state": followup.get_state_display()},
    )


def stale_phrase(followup: FollowUp, when: datetime) -> str | None:
    """Relative wording of the draft that would be false if it went out at `when`."""
    if followup.written_for is None or not followup.body:
        return None
    app = followup.application
    interview = followup.interview or app.interviews.order_by("-at").first()
    if interview is None:
        return None
    profile = Profile.objects.get(user_id=app.owner_id)
    zone = profile.place_zone
    return stale_wording(
        followup.body,
        interview.at.astimezone(zone).date(),
        followup.written_for,
        when.astimezone(zone).date(),
        profile.language,
    )


def _check_wording(followup: FollowUp, when: datetime) -> None:
    phrase = stale_phrase(followup, when)
    if phrase:
        raise ValidationError(
            _(
                "The message says “%(phrase)s”, written to go out on %(written)s; it would go "
                "out on %(day)s. Re-read it (or write it again) before approving."
            ),
            code="wording",
            params={
                "phrase": phrase,
                "written": spoken_day(followup.written_for) if followup.written_for else "",
                "day": spoken_day(
                    when.astimezone(followup.application.owner.profile.place_zone).date()
                ),
            },
        )


def unapprove(followup: FollowUp, *, now: datetime) -> None:
    if not transition(followup, lc.UNAPPROVE, now=now, due_at=None, send_by=""):
        raise ValidationError(_("Too late: the sending has started."), code="state")
    refresh_plan(followup.application, now)


def mark_sent(followup: FollowUp, *, at: datetime, now: datetime) -> None:
    """The candidate sent it from their own mail program."""
    if followup.kind == f.Kind.FOLLOWUP_CALL:
        raise ValidationError(_("Record the outcome of the call instead."), code="kind")
    if at > now:
        raise ValidationError(_("A message cannot be marked sent in the future."), code="future")
    check_year(at, _("The sending date"))
    _require_complete(
        followup,
        _(
            "The stored text still has parts marked “[…]”: put in it what you sent (or clear "
            "those parts) before marking it sent."
        ),
    )
    _check_once(followup, at)
    if not transition(followup, lc.MARK_DONE, now=now, done_at=at, last_error=""):
        raise ValidationError(_("This follow-up is already settled."), code="state")
    refresh_plan(followup.application, now)


def _require_complete(followup: FollowUp, message: str) -> None:
    if has_placeholder(followup.body, followup.subject):
        raise ValidationError(message, code="placeholder")


def hold_approved(app: Application, now: datetime) -> int:
    """A possible answer came: approved follow-ups go back to drafts until it is settled."""
    held = 0
    for row in app.followups.filter(state=lc.APPROVED):
        held += transition(
            row, lc.HOLD, now=now, due_at=None, send_by="",
            last_error=HELD_FOR_REPLY, event={"rule": REPLY_PENDING},
        )  # fmt: skip
    return held


def postpone_approved(app: Application, now: datetime) -> int:
    """An absence notice: approved follow-ups move to the plan's first slot after the return,
    keeping their approval unless their relative wording would turn false."""
    profile = Profile.objects.get(user_id=app.owner_id)
    fresh = Application.objects.with_planning_data().get(pk=app.pk)
    slots = {a.followup_id: a for a in plan(application_facts(fresh, profile), now, profile.policy)}
    moved = 0
    for row in fresh.followups.all():
        action = slots.get(row.pk)
        if row.state != lc.APPROVED or action is None or row.due_at is None:
            continue
        if action.earliest <= row.due_at:
            continue
        if stale_phrase(row, action.earliest):
            moved += transition(
                row, lc.REWORD, now=now, due_at=None, send_by="",
                last_error=WORDING_MOVED,
            )  # fmt: skip
            continue
        moved += FollowUp.objects.filter(pk=row.pk, state=lc.APPROVED, due_at=row.due_at).update(
            due_at=action.earliest, earliest_at=action.earliest, latest_at=action.latest,
            updated_at=now,
        )  # fmt: skip
        record_event(app.pk, now, "followup.postponed", followup=row.pk, rule=RECRUITER_AWAY)
    return moved


def record_call(
    followup: FollowUp,
    *,
    outcome: str,
    at: datetime,
    now: datetime,
    notes: str = "",
    new_date: date | None = None,
) -> None:
    """Record a call. Only a call that reached someone or left a voicemail counts."""
    if followup.kind != f.Kind.FOLLOWUP_CALL:
        raise ValidationError(_("Only a follow-up call has a call outcome."), code="kind")
    if outcome not in CallOutcome.values:
        raise ValidationError(
            _("Unknown call outcome “%(o)s”."), code="outcome", params={"o": outcome}
        )
    if at > now:
        raise ValidationError(_("A call cannot be recorded in the future."), code="future")
    check_year(at, _("The call date"))
    check_fields(CallAttempt, {"notes": notes})
    if outcome != CallOutcome.NO_ANSWER:
        _check_once(followup, at)
    reply_day = new_date
    with transaction.atomic():
        CallAttempt.objects.create(followup=followup, at=at, outcome=outcome, notes=notes)
        if outcome == CallOutcome.NO_ANSWER:
            record_event(followup.application_id, now, "call.no_answer", followup=followup.pk)
        elif not transition(
            followup,
            lc.RECORD_CALL,
            now=now,
            done_at=at,
            call_outcome=outcome,
            outcome_notes=notes,
        ):
            raise ValidationError(_("This call is already recorded."), code="state")
        refresh_plan(followup.application, now)
        if outcome == CallOutcome.REACHED and reply_day is not None:
            from relance.tracker.services.replies import record_reply

            # In the same transaction: a refused new date leaves no half-recorded call.
            record_reply(
                followup.application,
                at=at,
                channel="phone",
                outcome=ReplyOutcome.POSTPONED,
                new_date=reply_day,
                notes=notes,
                now=now,
            )


def cancel(followup: FollowUp, *, now: datetime) -> None:
    if not transition(followup, lc.CANCEL, now=now):
        raise ValidationError(_("Too late: the sending has started."), code="state")


def _check_once(followup: FollowUp, at: datetime) -> None:
    """Sent by hand: not before the recruiter's date, never twice in a silence period.

    The time-of-day window is advice for a manual send, not a refusal: the
    candidate may have sent it at 12:05 from their own mail program. Likewise the
    spacing of call attempts: a call that reached the recruiter is a fact to record,
    and a catch-up sent on the Sunday after a Saturday interview is "the day after".
    """
    from relance.core.errors import RuleViolation
    from relance.core.rule_ids import CALL_ATTEMPTS, CATCHUP_NEXT_DAY, SENDABLE_DAY, TIME_WINDOW

    try:
        guard(followup, at)
    except RuleViolation as violation:
        if violation.rule_id in (TIME_WINDOW, SENDABLE_DAY, CALL_ATTEMPTS):
            return
        if violation.rule_id == CATCHUP_NEXT_DAY and _day_after_interview(followup, at):
            return
        raise


def _day_after_interview(followup: FollowUp, at: datetime) -> bool:
    interview = followup.interview
    if interview is None:
        return False
    zone = followup.application.owner.profile.place_zone
    return at.astimezone(zone).date() > interview.at.astimezone(zone).date()
