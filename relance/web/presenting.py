"""Turn the rules engine's actions into what a page shows: a title, a window, why now."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.urls import reverse
from django.utils.translation import gettext as _

from relance.core import rule_ids
from relance.core.actions import Action
from relance.core.facts import Kind
from relance.tracker.lifecycle import APPROVED, SETTLEABLE
from relance.tracker.models import Application, FollowUp
from relance.tracker.services.agenda import kind_label, translated

SUGGESTED_STATUS = {
    Kind.SUGGEST_CLOSE_REJECTED.value: "rejected",
    Kind.SUGGEST_CLOSE_NO_ANSWER.value: "closed_no_answer",
}


@dataclass
class Step:
    """One line of the Today page or of an application's plan."""

    app: Application
    kind: str
    title: str
    earliest: datetime
    latest: datetime
    late: bool = False
    optional: bool = False
    why: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rules: list[tuple[str, str]] = field(default_factory=list)  # (explanation, source)
    followup: FollowUp | None = None
    action_label: str = ""
    action_url: str = ""
    action_method: str = "get"  # "post" for a suggestion closing the application
    action_value: str = ""  # the status a suggestion closes with


def step_of(app: Application, action: Action) -> Step:
    followups = {fu.pk: fu for fu in app.followups.all()}
    followup = followups.get(action.followup_id) if action.followup_id else None
    step = Step(
        app=app,
        kind=action.kind.value,
        title=kind_label(action.kind.value),
        earliest=action.earliest,
        latest=action.latest,
        late=action.late,
        optional=action.optional,
        why=translated(action.reasons, action.params),
        warnings=translated(action.warnings, action.params),
        rules=[
            (_(rule_ids.RULES[r].explanation), rule_ids.RULES[r].source)
            for r in action.rule_ids
            if r in rule_ids.RULES
        ],
        followup=followup,
    )
    _attach_action(step)
    return step


def _attach_action(step: Step) -> None:
    """The one obvious thing to do for this step."""
    if step.kind in SUGGESTED_STATUS:
        step.action_label = _("Close")
        step.action_url = reverse("application_status", args=[step.app.pk])
        step.action_method = "post"
        step.action_value = SUGGESTED_STATUS[step.kind]
    elif step.kind == Kind.CONFIRM_REPLY.value:
        step.action_label = _("Confirm or dismiss")
        step.action_url = reverse("mailbox:replies")
    elif step.followup is not None and step.followup.state in SETTLEABLE:
        step.action_label = _("See what happened")
        step.action_url = reverse("draft_editor", args=[step.followup.pk])
    elif step.followup is None:
        step.action_label = _("Open")
        step.action_url = reverse("application_detail", args=[step.app.pk])
    elif step.kind == Kind.FOLLOWUP_CALL.value:
        step.action_label = _("Call")
        step.action_url = reverse("call_mode", args=[step.followup.pk])
    elif step.followup.state == APPROVED:
        step.action_label = _("Review")
        step.action_url = reverse("draft_editor", args=[step.followup.pk])
    else:
        step.action_label = _("Write")
        step.action_url = reverse("draft_editor", args=[step.followup.pk])
