"""Keep the stored plan in step with the rules engine.

After every change to an application (a debrief, a reply, a sent follow-up) the
engine is asked again what is due; follow-up rows are created for new actions,
pending rows the engine no longer wants are cancelled or lapsed, and the
application's indexed next-due column is refreshed.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from relance.core import facts as f
from relance.core.rules import Action, next_due, plan
from relance.tracker.models import Application, FollowUp, Profile
from relance.tracker.services.facts import application_facts
from relance.tracker.services.transitions import transition

MESSAGE_KINDS = frozenset(
    {f.Kind.CATCHUP, f.Kind.THANKYOU, f.Kind.FOLLOWUP_EMAIL, f.Kind.FOLLOWUP_CALL}
)
# Rows the plan may still reshape; once approved, a change of window cancels instead.
RESHAPEABLE = ("planned", "drafted")
PENDING = ("planned", "drafted", "approved")


def current_plan(app: Application, profile: Profile, now: datetime) -> list[Action]:
    return plan(application_facts(app, profile), now, profile.policy)


def refresh_plan(app: Application, now: datetime) -> list[Action]:
    """Recompute and store the plan of one application. Returns the actions."""
    profile = Profile.objects.get(user_id=app.owner_id)
    with transaction.atomic():
        app = (
            Application.objects.select_for_update()
            .with_planning_data()  # type: ignore[attr-defined]
            .get(pk=app.pk)
        )
        actions = current_plan(app, profile, now)
        wanted = {a.followup_id for a in actions if a.followup_id}
        for followup in app.followups.all():
            if followup.state in PENDING and followup.pk not in wanted:
                _retire(followup, now)
        for action in actions:
            if action.kind in MESSAGE_KINDS:
                _materialise(app, action)
        facts = application_facts(
            Application.objects.with_planning_data().get(pk=app.pk),  # type: ignore[attr-defined]
            profile,
        )
        due = next_due(facts, now, profile.policy)
        refreshed = plan(facts, now, profile.policy)
        Application.objects.filter(pk=app.pk).update(
            next_due_at=due,
            next_kind=next((a.kind.value for a in refreshed if a.earliest == due), ""),
        )
    return refreshed


def _retire(followup: FollowUp, now: datetime) -> None:
    to_state = "lapsed" if followup.latest_at <= now else "cancelled"
    transition(followup, PENDING, to_state, now=now, event={"reason": "plan"})


def _materialise(app: Application, action: Action) -> None:
    assert action.channel is not None
    if action.followup_id:
        FollowUp.objects.filter(pk=action.followup_id, state__in=RESHAPEABLE).update(
            earliest_at=action.earliest, latest_at=action.latest, channel=action.channel.value
        )
        return
    FollowUp.objects.create(
        application=app,
        interview_id=action.interview_id,
        contact=_contact_for(app, action.channel),
        kind=action.kind.value,
        channel=action.channel.value,
        earliest_at=action.earliest,
        latest_at=action.latest,
    )


def _contact_for(app: Application, channel: f.Channel):  # type: ignore[no-untyped-def]
    contacts = list(app.contacts.all())
    if channel == f.Channel.PHONE:
        callable_ = [c for c in contacts if c.is_decision_maker and c.direct_line]
        if callable_:
            return callable_[0]
    with_email = [c for c in contacts if c.email and not c.email_doubtful]
    decision_makers = [c for c in with_email if c.is_decision_maker]
    return (decision_makers or with_email or contacts or [None])[0]
