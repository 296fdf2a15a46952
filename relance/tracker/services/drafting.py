"""From a follow-up row to the drafts package: build its context, write its draft.

The web editor, the call mode, the calendar feed and `relance draft` all write
drafts through here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from relance.drafts.context import DraftContext
from relance.tracker.models import Application, Contact, FollowUp, Interview, Profile
from relance.tracker.services.languages import draft_language

WRITERS = {
    "catchup": "catchup_email",
    "thankyou": "thankyou_email",
    "followup_email": "followup_email",
    "followup_call": "call_script",
    "feedback_request": "feedback_request_email",
}
NOTE_FIELDS = (
    "strong_points",
    "recruiter_needs",
    "role_understood",
    "expectations",
    "motivation",
    "decision_date",
    "process",
    "notes",
)


def _interview_of(followup: FollowUp) -> Interview | None:
    if followup.interview_id:
        return followup.interview
    return followup.application.interviews.order_by("-at").first()


def send_moment(followup: FollowUp, now: datetime) -> datetime:
    """When the message goes out: its relative wording ("hier") must be true then."""
    return followup.due_at or max(now, followup.earliest_at)


def draft_context(followup: FollowUp, profile: Profile, now: datetime) -> DraftContext:
    return interview_context(
        followup.application,
        _interview_of(followup),
        followup.contact,
        profile,
        send_moment(followup, now),
        fallback_at=followup.earliest_at,
    )


def interview_context(
    app: Application,
    interview: Interview | None,
    contact: Contact | None,
    profile: Profile,
    send_at: datetime,
    *,
    fallback_at: datetime | None = None,
    typed: dict[str, str] | None = None,
) -> DraftContext:
    """The context of a message about `interview`, sent at `send_at`; `typed` overrides the
    stored debrief notes (the debrief page previews what is being typed)."""
    last_reply = app.replies.exclude(new_date=None).order_by("-at").first()
    notes: dict[str, Any] = {}
    if interview is not None:
        notes = {name: getattr(interview, name) for name in NOTE_FIELDS}
    notes.update(typed or {})
    return DraftContext(
        lang=draft_language(app, profile),
        candidate_name=profile.name,
        company=app.company,
        agency_client=app.agency_client,
        position=app.position,
        interview_at=interview.at if interview else (fallback_at or send_at),
        send_on=timezone.localtime(send_at, profile.place_zone).date(),
        interview_timezone=profile.timezone,
        candidate_email=profile.email,
        candidate_phone=profile.phone,
        signature=profile.signature,
        candidate_gender=profile.gender,
        contact_civility=contact.civility if contact else "",
        contact_first_name=contact.first_name if contact else "",
        contact_last_name=contact.last_name if contact else "",
        contact_email=contact.email if contact else "",
        new_date=last_reply.new_date if last_reply else None,
        **notes,
    )


def write_draft(followup: FollowUp, profile: Profile, now: datetime) -> Any:
    """The generated Draft (or CallScript) for this follow-up."""
    from relance import drafts

    writer = getattr(drafts, WRITERS[followup.kind])
    return writer(draft_context(followup, profile, now))


def write_voicemail(followup: FollowUp, profile: Profile, now: datetime) -> Any:
    from relance import drafts

    return drafts.voicemail(draft_context(followup, profile, now))


def kept_as_typed(followup: FollowUp, profile: Profile, now: datetime) -> list[str]:
    """The fragments of the notes the draft kept as typed that the stored text still holds:
    the candidate is asked to look at them before approving (web), or told (command line)."""
    from relance.tracker.services.marks import fragments_left

    if followup.kind != "catchup" or not followup.body:  # the one draft that keeps fragments
        return []
    kept = [item.text for item in getattr(write_draft(followup, profile, now), "review", ())]
    body = followup.body.replace("\r\n", "\n")
    return fragments_left(body, kept)


def review_lines(draft: Any, only: Iterable[str] | None = None) -> list[str]:
    """'To re-read: “palettes frais + froid” (a symbol where a sentence needs words)';
    `only`: the fragments still in the text being edited."""
    wanted = None if only is None else set(only)
    return [
        _("To re-read: “%(text)s” (%(why)s)") % {"text": item.text, "why": _(item.label)}
        for item in getattr(draft, "review", ())
        if wanted is None or item.text in wanted
    ]


def notes_beside(draft: Any, body: str) -> list[tuple[str, list[str]]]:
    """The candidate's notes for each part the draft left to write in their own words, as
    (the debrief field's name, its notes), shown beside the text while a marked place
    remains: the marked place says what to write, these notes say what was typed for it."""
    from relance.tracker.models import Interview
    from relance.tracker.services.marks import has_placeholder

    if not has_placeholder(body):
        return []
    grouped: dict[str, list[str]] = {}
    for item in getattr(draft, "review", ()):
        notes = grouped.setdefault(item.part, [])
        if item.text not in notes:
            notes.append(item.text)
    return [(_field_name(Interview, part), notes) for part, notes in grouped.items()]


def _field_name(model: Any, name: str) -> str:
    return str(getattr(model._meta.get_field(name), "verbose_name", name))


def left_out_summary(draft: Any) -> str:
    """'Left out: 2 notes (a remark about a former employer, a salary figure or negotiation).'"""
    left = getattr(draft, "left_out", ())
    if not left:
        return ""
    reasons: list[str] = []
    for item in left:
        label = _(item.label)
        if label not in reasons:
            reasons.append(label)
    count = len(left)
    text = ngettext("Left out: %(n)d note (%(why)s).", "Left out: %(n)d notes (%(why)s).", count)
    return text % {"n": count, "why": ", ".join(reasons)}
