"""What a candidate does with a follow-up: edit, approve, send by hand, call."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from relance.core import facts as f
from relance.core.rules import check_followup
from relance.drafts.dates import stale_wording
from relance.tracker.models import CallAttempt, FollowUp, Profile
from relance.tracker.models.choices import CallOutcome, ReplyOutcome
from relance.tracker.services.bounds import check_fields, check_year
from relance.tracker.services.facts import application_facts
from relance.tracker.services.planning import refresh_plan
from relance.tracker.services.transitions import record_event, transition

EDITABLE = ("planned", "drafted")
# The drafts mark a missing debrief part with a visible placeholder in brackets.
PLACEHOLDER = re.compile(r"\[(?:À COMPLÉTER|TO FILL IN)[^\]]*\]", re.IGNORECASE)


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
    if not transition(followup, EDITABLE, "drafted", now=now, **fields):
        raise ValidationError(
            _("This follow-up can no longer be edited (it is %(state)s)."),
            code="state",
            params={"state": followup.get_state_display()},
        )


def approve(followup: FollowUp, *, now: datetime, due_at: datetime | None = None) -> None:
    """Approve a drafted follow-up for sending at `due_at` (default: as soon as allowed)."""
    if followup.kind != f.Kind.FOLLOWUP_CALL and not followup.body.strip():
        raise ValidationError(_("Write or generate the message before approving it."), "empty")
    if PLACEHOLDER.search(followup.body) or PLACEHOLDER.search(followup.subject):
        raise ValidationError(
            _("Fill in or delete every part marked “[…]” before approving."), code="placeholder"
        )
    # The stored window may be stale (a late catch-up approved the next day): bring it up
    # to date first, so the approval is checked against, and kept by, the current plan.
    refresh_plan(followup.application, now)
    followup.refresh_from_db()
    if followup.state not in EDITABLE:
        raise ValidationError(
            _("This follow-up can no longer be approved (it is %(state)s)."),
            code="state",
            params={"state": followup.get_state_display()},
        )
    when = due_at or max(now, followup.earliest_at)
    guard(followup, when)
    _check_wording(followup, when)
    if not transition(
        followup,
        EDITABLE,
        "approved",
        now=now,
        due_at=when,
        approved_at=now,
        event={"due_at": when.isoformat()},
    ):
        raise ValidationError(_("This follow-up was already approved or sent."), code="state")
    refresh_plan(followup.application, now)


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
                "written": followup.written_for,
                "day": when.astimezone(followup.application.owner.profile.place_zone).date(),
            },
        )


def unapprove(followup: FollowUp, *, now: datetime) -> None:
    if not transition(followup, ("approved",), "drafted", now=now, due_at=None):
        raise ValidationError(_("Too late: the sending has started."), code="state")
    refresh_plan(followup.application, now)


def mark_sent(followup: FollowUp, *, at: datetime, now: datetime) -> None:
    """The candidate sent it from their own mail program."""
    if followup.kind == f.Kind.FOLLOWUP_CALL:
        raise ValidationError(_("Record the outcome of the call instead."), code="kind")
    if at > now:
        raise ValidationError(_("A message cannot be marked sent in the future."), code="future")
    check_year(at, _("The sending date"))
    _check_once(followup, at)
    if not transition(followup, (*EDITABLE, "approved"), "done", now=now, done_at=at):
        raise ValidationError(_("This follow-up is already settled."), code="state")
    refresh_plan(followup.application, now)


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
            (*EDITABLE, "approved"),
            "done",
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
    if not transition(followup, (*EDITABLE, "approved"), "cancelled", now=now):
        raise ValidationError(_("Too late: the sending has started."), code="state")


def _check_once(followup: FollowUp, at: datetime) -> None:
    """Sent by hand: not before the recruiter's date, never twice in a silence period.

    The time-of-day window is advice for a manual send, not a refusal: the
    candidate may have sent it at 12:05 from their own mail program. Likewise the
    spacing of call attempts: a call that reached the recruiter is a fact to record.
    """
    from relance.core.errors import RuleViolation
    from relance.core.rule_ids import CALL_ATTEMPTS, SENDABLE_DAY, TIME_WINDOW

    try:
        guard(followup, at)
    except RuleViolation as violation:
        if violation.rule_id not in (TIME_WINDOW, SENDABLE_DAY, CALL_ATTEMPTS):
            raise
