"""Build the drafts of a follow-up from what the candidate recorded."""

from __future__ import annotations

from datetime import date
from typing import Any

from relance.core import facts as f
from relance.drafts.context import DraftContext
from relance.tracker.models import FollowUp, Interview, Profile


def _interview_for(followup: FollowUp) -> Interview | None:
    if followup.interview_id:
        return followup.interview
    return followup.application.interviews.order_by("-at").first()


def draft_context(followup: FollowUp, send_on: date) -> DraftContext:
    app = followup.application
    profile = Profile.objects.get(user_id=app.owner_id)
    interview = _interview_for(followup)
    contact = followup.contact or app.contacts.first()
    last_reply = app.replies.order_by("-at").first()
    fields: dict[str, Any] = {}
    if interview is not None:
        fields = {
            "interview_at": interview.at,
            "strong_points": interview.strong_points,
            "recruiter_needs": interview.recruiter_needs,
            "role_understood": interview.role_understood,
            "expectations": interview.expectations,
            "motivation": interview.motivation,
            "decision_date": interview.decision_date,
            "process": interview.process,
        }
    else:
        fields = {"interview_at": app.created_at}
    return DraftContext(
        lang=profile.language,
        candidate_name=profile.name,
        candidate_email=profile.email,
        candidate_phone=profile.phone,
        signature=profile.signature,
        company=app.company,
        position=app.position,
        send_on=send_on,
        interview_timezone=profile.timezone,
        contact_civility=contact.civility if contact else "",
        contact_first_name=contact.first_name if contact else "",
        contact_last_name=contact.last_name if contact else "",
        contact_email=contact.email if contact else "",
        new_date=last_reply.new_date if last_reply else None,
        **fields,
    )


def generate(followup: FollowUp, send_on: date) -> Any:
    """The generated draft (a Draft, or a CallScript for a call)."""
    import relance.drafts as drafts

    ctx = draft_context(followup, send_on)
    writers = {
        f.Kind.CATCHUP: drafts.catchup_email,
        f.Kind.THANKYOU: drafts.thankyou_email,
        f.Kind.FOLLOWUP_EMAIL: drafts.followup_email,
        f.Kind.FOLLOWUP_CALL: drafts.call_script,
    }
    return writers[f.Kind(followup.kind)](ctx)
