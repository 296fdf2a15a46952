"""Turn the rules engine's actions into what a page shows: a title, a window, why now."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.urls import reverse
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from relance.core import rule_ids
from relance.core.actions import Action
from relance.core.facts import Kind
from relance.tracker.lifecycle import APPROVED, SETTLEABLE
from relance.tracker.models import Application, FollowUp
from relance.tracker.services.agenda import kind_label, translated
from relance.tracker.services.spoken import spoken_date

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
    # A follow-up that comes after another step of the same application: shown without a
    # button until it is due, so one application never shows two things to send at once.
    later_note: str = ""


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
            (_(rule_ids.RULES[r].explanation), _(rule_ids.RULES[r].source))
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


LATER_KINDS = frozenset({Kind.FOLLOWUP_EMAIL.value, Kind.FOLLOWUP_CALL.value})


def one_next_action(steps: list[Step], moment: datetime) -> list[Step]:
    """Per application, the first step keeps its button; a later follow-up not yet due says
    "later, only if no answer by …" instead (the article: one follow-up, and only if needed)."""
    first_seen: set[int] = set()
    for step in sorted(steps, key=lambda s: s.earliest):
        if step.app.pk not in first_seen:
            first_seen.add(step.app.pk)
            continue
        if step.kind in LATER_KINDS and step.earliest > moment:
            step.later_note = _("Later, only if the recruiter has not answered by %(date)s.") % {
                "date": spoken_date(localtime(step.earliest).date(), "l j F")
            }
            step.action_label = step.action_url = ""
    return steps
