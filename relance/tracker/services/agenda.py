"""What to do, for whom and when: the rules engine's actions over many applications.

Only applications whose indexed next-due moment falls before the horizon are
loaded, so the cost follows the due items, not the history.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import User
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from relance.core import facts as f
from relance.core.actions import Action
from relance.tracker.models import Application, Profile
from relance.tracker.models.choices import Kind
from relance.tracker.services.planning import current_plan
from relance.tracker.services.spoken import readable

SUGGESTION_LABELS = {
    f.Kind.SUGGEST_CLOSE_REJECTED.value: gettext_lazy("Close as not retained?"),
    f.Kind.SUGGEST_CLOSE_NO_ANSWER.value: gettext_lazy("Close as no answer?"),
    f.Kind.CONFIRM_REPLY.value: gettext_lazy("The recruiter may have answered: confirm"),
    f.Kind.PREPARE_INTERVIEW.value: gettext_lazy("Prepare the four closing questions"),
}


def kind_label(kind: str) -> str:
    if kind in SUGGESTION_LABELS:
        return str(SUGGESTION_LABELS[kind])
    return str(dict(Kind.choices).get(kind, kind))


def translated(msgids: tuple[str, ...], params: dict[str, str | int]) -> list[str]:
    """The engine's N_ messages in the active language, placeholders filled."""
    out = []
    shown = readable(params)
    for msgid in msgids:
        text = _(msgid)
        try:
            out.append(text % shown if params else text)
        except (KeyError, ValueError, TypeError):  # a translation that lost a placeholder
            out.append(msgid % shown if params else msgid)
    return out


@dataclass(frozen=True)
class AgendaItem:
    application: Application
    action: Action
    profile: Profile

    @property
    def label(self) -> str:
        return kind_label(self.action.kind.value)

    @property
    def reasons(self) -> list[str]:
        return translated(self.action.reasons, self.action.params)

    @property
    def warnings(self) -> list[str]:
        return translated(self.action.warnings, self.action.params)

    def is_due(self, moment: datetime) -> bool:
        return self.action.earliest <= moment

    @property
    def recruiter_timezone(self) -> str:
        contact = next(
            (c for c in self.application.contacts.all() if c.pk == self.action.contact_id), None
        )
        return (contact.timezone if contact else "") or self.profile.timezone

    def local_window(self, tz: str) -> dict[str, str]:
        zone = zoneinfo.ZoneInfo(tz)
        return {
            "timezone": tz,
            "earliest": self.action.earliest.astimezone(zone).isoformat(),
            "latest": self.action.latest.astimezone(zone).isoformat(),
        }

    def as_json(self) -> dict[str, object]:
        a = self.action
        return {
            "application": {
                "id": self.application.pk,
                "company": self.application.company,
                "position": self.application.position,
            },
            "kind": a.kind.value,
            "label": self.label,
            "channel": a.channel.value if a.channel else None,
            "earliest": a.earliest.isoformat(),
            "latest": a.latest.isoformat(),
            "candidate_window": self.local_window(self.profile.timezone),
            "recruiter_window": self.local_window(self.recruiter_timezone),
            "late": a.late,
            "optional": a.optional,
            "followup": a.followup_id,
            "rules": list(a.rule_ids),
            "reasons": self.reasons,
            "warnings": self.warnings,
        }


def agenda_items(user: User, moment: datetime, horizon: datetime) -> list[AgendaItem]:
    profile = Profile.objects.get(user_id=user.pk)
    apps = Application.objects.for_user(user).plannable().due_before(horizon).with_planning_data()
    items = [
        AgendaItem(app, action, profile)
        for app in apps
        for action in current_plan(app, profile, moment)
        if action.earliest <= horizon
    ]
    items.sort(key=lambda item: (item.action.earliest, item.application.pk))
    return items
