"""The nudge templates, filled with the candidate's real dates, in the candidate's language.

The coach picks a template (and, from a dashboard line, the application it is about); the
form shows the filled text, which the coach may edit before sending. Only statuses and dates
go into it (what the candidate shares at the "statuses" level), never their texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from relance.coaching.models import Membership, NudgeTemplate, Sharing
from relance.coaching.services.access import shares
from relance.mailbox.models import IncomingMessage, IncomingStatus
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, FollowUp, Interview
from relance.tracker.models.choices import Kind
from relance.tracker.services.spoken import spoken_date

# With the application's dates; {name}, {job}, {date}, {until}, {coach} are filled in.
DATED = {
    NudgeTemplate.CATCHUP_TOMORROW: _(
        "Hello {name},\n\nYour catch-up message about {job} is due on {date}, in the morning. "
        "The draft is ready in Relance: read it again, then approve it.\n\n{coach}"
    ),
    NudgeTemplate.DEBRIEF_FRESH: _(
        "Hello {name},\n\nYour interview about {job} was on {date} and its debrief is still "
        "empty. Write it down while it is fresh: your follow-ups draw on it.\n\n{coach}"
    ),
    NudgeTemplate.FOLLOWUP_TODAY: _(
        "Hello {name},\n\nYour follow-up about {job} can go from {date}, and until {until}. "
        "Have a look at the draft in Relance.\n\n{coach}"
    ),
    NudgeTemplate.CONFIRM_REPLY: _(
        "Hello {name},\n\nA message received on {date} may be the recruiter's reply about "
        "{job}. Confirm it in Relance: your plan follows from it.\n\n{coach}"
    ),
}
PLAIN = _("Hello {name},\n\n{label}\n\n{coach}")


@dataclass(frozen=True)
class NudgeText:
    subject: str
    body: str
    language: str


def compose(
    coach: User, membership: Membership, template: str, *, application_id: int | None = None
) -> NudgeText:
    """The template's text for this candidate, in their language, with their dates if known."""
    profile = membership.user.profile
    language = profile.language or "fr"
    zone = ZoneInfo(profile.timezone or "Europe/Paris")
    kind = NudgeTemplate(template)
    facts = (
        _facts(kind, membership, application_id)
        if application_id and shares(membership, Sharing.STATUSES)
        else None
    )
    coach_name = getattr(getattr(coach, "profile", None), "name", "") or coach.get_username()
    with translation.override(language):
        fill = {"name": profile.name, "coach": coach_name, "label": str(kind.label)}
        subject = gettext("A word from your coach, %(coach)s") % {"coach": coach_name}
        if facts is None or kind not in DATED:
            return NudgeText(subject, str(PLAIN).format(**fill), language)
        job, when, until = facts
        fill.update(
            job=job,
            date=spoken_date(when.astimezone(zone).date(), "l j F"),
            until=spoken_date((until or when).astimezone(zone).date(), "l j F"),
        )
        return NudgeText(subject, str(DATED[kind]).format(**fill), language)


def _facts(
    kind: NudgeTemplate, membership: Membership, application_id: int
) -> tuple[str, datetime, datetime | None] | None:
    app = Application.objects.filter(pk=application_id, owner_id=membership.user_id).first()
    if app is None:
        return None
    job = f"{app.position} ({app.company})"
    followups = FollowUp.objects.filter(application=app, state__in=lc.EDITABLE | {lc.APPROVED})
    if kind is NudgeTemplate.CATCHUP_TOMORROW:
        catchup = followups.filter(kind=Kind.CATCHUP).order_by("earliest_at").first()
        return (job, catchup.earliest_at, catchup.latest_at) if catchup else None
    if kind is NudgeTemplate.FOLLOWUP_TODAY:
        followup = followups.order_by("earliest_at").first()
        return (job, followup.earliest_at, followup.latest_at) if followup else None
    if kind is NudgeTemplate.DEBRIEF_FRESH:
        interview = Interview.objects.filter(application=app).order_by("-at").first()
        return (job, interview.at, None) if interview else None
    if kind is NudgeTemplate.CONFIRM_REPLY:
        message = (
            IncomingMessage.objects.filter(application=app, status=IncomingStatus.PENDING)
            .order_by("-received_at")
            .first()
        )
        return (job, message.received_at, None) if message else None
    return None
