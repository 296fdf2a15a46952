"""Everything a user has, as plain JSON-ready data."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.contrib.auth.models import User

from relance.core.policy import POLICY_FIELDS
from relance.tracker.models import Application, Profile
from relance.tracker.models.interview import AGREEMENT_FIELDS, DEBRIEF_FIELDS
from relance.tracker.services import accounts

FORMAT = "relance-export"
VERSION = 1

PROFILE_FIELDS = (*accounts.PROFILE_FIELDS, *(f.name for f in POLICY_FIELDS))
APPLICATION_FIELDS = (
    "company",
    "position",
    "job_url",
    "source",
    "agency_client",
    "trade",
    "status",
    "place_country",
    "place_subdivision",
    "place_timezone",
    "language",
    "created_at",
)
CONTACT_FIELDS = (
    "first_name",
    "last_name",
    "civility",
    "role",
    "email",
    "email_doubtful",
    "is_decision_maker",
    "preferred_channel",
    "timezone",
)
INTERVIEW_FIELDS = ("round", "at", "format", "interviewers", *DEBRIEF_FIELDS, *AGREEMENT_FIELDS)
FOLLOWUP_FIELDS = (
    "code",
    "kind",
    "channel",
    "state",
    "earliest_at",
    "latest_at",
    "due_at",
    "subject",
    "body",
    "message_id",
    "approved_at",
    "done_at",
    "call_outcome",
    "outcome_notes",
    "last_error",
    "retry_count",
)
REPLY_FIELDS = ("at", "channel", "outcome", "new_date", "notes", "message_id")
CALL_ATTEMPT_FIELDS = ("at", "outcome", "notes")
SEND_ATTEMPT_FIELDS = ("started_at", "finished_at", "result", "detail")
EVENT_FIELDS = ("at", "kind", "data")


def _value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "hex") and not isinstance(value, str | bytes | int | float):
        return str(value)  # UUID
    return value


def _pick(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: _value(getattr(obj, name)) for name in names}


def export_application(app: Application) -> dict[str, Any]:
    contacts = list(app.contacts.all())
    interviews = list(app.interviews.all())
    contact_keys = {c.pk: f"c{n}" for n, c in enumerate(contacts, 1)}
    interview_keys = {i.pk: f"i{n}" for n, i in enumerate(interviews, 1)}
    return {
        **_pick(app, APPLICATION_FIELDS),
        "contacts": [
            {
                "key": contact_keys[c.pk],
                **_pick(c, CONTACT_FIELDS),
                "phones": [
                    {"number": p.number, "is_direct_line": p.is_direct_line} for p in c.phones.all()
                ],
            }
            for c in contacts
        ],
        "interviews": [
            {"key": interview_keys[i.pk], **_pick(i, INTERVIEW_FIELDS)} for i in interviews
        ],
        "followups": [
            {
                **_pick(fu, FOLLOWUP_FIELDS),
                "interview": interview_keys.get(fu.interview_id) if fu.interview_id else None,
                "contact": contact_keys.get(fu.contact_id) if fu.contact_id else None,
                "call_attempts": [_pick(a, CALL_ATTEMPT_FIELDS) for a in fu.call_attempts.all()],
                "send_attempts": [_pick(a, SEND_ATTEMPT_FIELDS) for a in fu.send_attempts.all()],
            }
            for fu in app.followups.all()
        ],
        "replies": [_pick(r, REPLY_FIELDS) for r in app.replies.all()],
        "timeline": [_pick(e, EVENT_FIELDS) for e in app.events.all()],
    }


def export_user(user: User, now: datetime | None = None) -> dict[str, Any]:
    profile = Profile.objects.get(user_id=user.pk)
    apps = (
        Application.objects.for_user(user)
        .order_by("created_at", "id")
        .prefetch_related(
            "contacts__phones",
            "interviews",
            "followups__call_attempts",
            "followups__send_attempts",
            "replies",
            "events",
        )
    )
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if now is not None:
        document["exported_at"] = now.isoformat()
    document["profile"] = _pick(profile, PROFILE_FIELDS)
    document["applications"] = [export_application(app) for app in apps]
    return document
