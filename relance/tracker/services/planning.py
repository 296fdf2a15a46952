"""Keep the stored plan in step with the rules engine.

After every change to an application (a debrief, a reply, a sent follow-up) the
engine is asked again what is due; follow-up rows are created for new actions,
pending rows the engine no longer wants are cancelled or lapsed, and the
application's indexed next-due column is refreshed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction

from relance.core import facts as f
from relance.core.rules import Action, plan, stale_followups
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, FollowUp, Profile
from relance.tracker.services.facts import application_facts
from relance.tracker.services.transitions import transition

# Rows the plan may still reshape; once approved, a change of window cancels instead.
RESHAPEABLE = lc.EDITABLE


def current_plan(app: Application, profile: Profile, now: datetime) -> list[Action]:
    return plan(application_facts(app, profile), now, profile.policy)


def refresh_plan(app: Application, now: datetime) -> list[Action]:
    """Recompute and store the plan of one application. Returns the actions."""
    profile = Profile.objects.get(user_id=app.owner_id)
    with transaction.atomic():
        app = Application.objects.select_for_update().with_planning_data().get(pk=app.pk)
        facts = application_facts(app, profile)
        actions = plan(facts, now, profile.policy)
        rows = {fu.pk: fu for fu in app.followups.all()}
        for stale in stale_followups(facts, now, profile.policy):
            transition(
                rows[stale.followup_id],
                lc.PLAN_EDGES[stale.state],
                now=now,
                event={"rule": stale.rule_id},
            )
        for action in actions:
            if action.kind in f.MESSAGE_KINDS:
                _materialise(app, action, now)
        # The plan is sorted: its first action is the next due moment (the engine's next_due).
        first = actions[0] if actions else None
        Application.objects.filter(pk=app.pk).update(
            next_due_at=first.earliest if first else None,
            next_kind=first.kind.value if first else "",
        )
    return actions


def _materialise(app: Application, action: Action, now: datetime) -> None:
    assert action.channel is not None
    if action.followup_id:
        row = next(fu for fu in app.followups.all() if fu.pk == action.followup_id)
        # A feedback request answers the refusal, not a silence: a repeated refusal keeps it.
        if action.kind is f.Kind.FEEDBACK_REQUEST or not _predates_last_reply(app, row):
            _reshape(row, action, now)
            return
        # The recruiter spoke since this row was planned: its draft answers an old
        # silence. Cancel it and plan the one new follow-up of the new period.
        transition(row, lc.CANCEL, now=now, event={"rule": "default.reply_new_date"})
    FollowUp.objects.create(
        application=app,
        interview_id=action.interview_id,
        contact_id=action.contact_id,
        kind=action.kind.value,
        channel=action.channel.value,
        earliest_at=action.earliest,
        latest_at=action.latest,
        created_at=now,
    )


def _reshape(row: FollowUp, action: Action, now: datetime) -> None:
    """Move a pending row to the window the engine now gives it.

    An approved row keeps its approval while its moment still falls in the new window;
    otherwise it goes back to drafted: the candidate approved a moment that is no longer
    allowed, so they approve again.
    """
    assert action.channel is not None
    if (row.earliest_at, row.latest_at) == (action.earliest, action.latest):
        return
    window: dict[str, Any] = {
        "earliest_at": action.earliest,
        "latest_at": action.latest,
        "channel": action.channel.value,
        "contact_id": action.contact_id,
    }
    still_inside = row.due_at is not None and action.earliest <= row.due_at <= action.latest
    if row.state == lc.APPROVED and still_inside:
        FollowUp.objects.filter(pk=row.pk, state=lc.APPROVED).update(**window)
    elif row.state == lc.APPROVED:
        transition(
            row,
            lc.WINDOW_MOVED,
            now=now,
            due_at=None,
            event={"reason": "window moved"},
            **window,
        )
    else:
        FollowUp.objects.filter(pk=row.pk, state__in=RESHAPEABLE).update(**window)


def _predates_last_reply(app: Application, row: FollowUp) -> bool:
    replies = [r.at for r in app.replies.all()]
    return bool(replies) and row.created_at < max(replies)
