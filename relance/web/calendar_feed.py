"""The iCalendar feed: interviews, follow-up windows and call slots (RFC 5545)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from relance.tracker.models import FollowUp, Interview, Profile
from relance.tracker.services.agenda import kind_label
from relance.tracker.services.drafting import write_draft

PRODID = "-//Relance//Relance follow-ups//FR"
INTERVIEW_LENGTH = timedelta(hours=1)
CALL_SLOT = timedelta(minutes=30)
ALARM_BEFORE = timedelta(minutes=15)


def new_calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def _alarm(description: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", description)
    alarm.add("trigger", -ALARM_BEFORE)
    return alarm


def interview_event(interview: Interview, stamp: datetime) -> Event:
    app = interview.application
    event = Event()
    event.add("uid", f"interview-{interview.pk}@relance")
    event.add("dtstamp", stamp)
    event.add("dtstart", interview.at)
    event.add("dtend", interview.at + INTERVIEW_LENGTH)
    event.add(
        "summary",
        _("Interview: %(position)s at %(company)s")
        % {"position": app.position, "company": app.company},
    )
    if interview.interviewers:
        event.add("description", interview.interviewers)
    event.add_component(_alarm(str(event["summary"])))
    return event


def followup_event(followup: FollowUp, profile: Profile, stamp: datetime) -> Event:
    app = followup.application
    event = Event()
    event.add("uid", f"followup-{followup.pk}@relance")
    event.add("dtstamp", stamp)
    title = f"{kind_label(followup.kind)}: {app.position} — {app.company}"
    if followup.kind == "followup_call":
        start = followup.due_at or followup.earliest_at
        event.add("dtstart", start)
        event.add("dtend", start + CALL_SLOT)
        script = write_draft(followup, profile, stamp)
        line = followup.contact.direct_line if followup.contact else None
        lines = [script.text]
        if line:
            lines.insert(0, line.number)
        event.add("description", "\n".join(lines))
        event.add("summary", _("Call: %(title)s") % {"title": title})
    elif followup.due_at:
        event.add("dtstart", followup.due_at)
        event.add("dtend", followup.due_at + CALL_SLOT)
        event.add("summary", _("Sending: %(title)s") % {"title": title})
    else:
        event.add("dtstart", followup.earliest_at)
        event.add("dtend", max(followup.latest_at, followup.earliest_at + CALL_SLOT))
        event.add("summary", _("Window: %(title)s") % {"title": title})
        event.add("description", _("Write and send it within this window."))
    event.add("transp", "TRANSPARENT")
    event.add_component(_alarm(str(event["summary"])))
    return event


def feed(profile: Profile, interviews: Iterable[Interview], followups: Iterable[FollowUp]) -> bytes:
    stamp = timezone.now()
    cal = new_calendar(_("Relance: %(name)s") % {"name": profile.name})
    for interview in interviews:
        cal.add_component(interview_event(interview, stamp))
    for followup in followups:
        cal.add_component(followup_event(followup, profile, stamp))
    return cal.to_ical()
