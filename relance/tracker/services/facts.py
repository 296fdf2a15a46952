"""Turn database rows into the plain facts the rules engine reads."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from relance.core import facts as f
from relance.tracker.models import Application, FollowUp, Interview, Profile


def interview_facts(interview: Interview) -> f.InterviewFacts:
    return f.InterviewFacts(
        id=interview.pk,
        round=interview.round,
        at=interview.at,
        agreement=f.Agreement(
            obtained=interview.agreement_obtained,
            decision_date=interview.decision_date,
            process=interview.process,
            callback_date=interview.callback_date,
            preferred_channel=f.Channel(interview.preferred_channel)
            if interview.preferred_channel
            else None,
            no_news_means_no_by=interview.no_news_means_no_by,
        ),
    )


def followup_facts(followup: FollowUp) -> f.FollowUpFacts:
    attempts = tuple(
        a.at for a in followup.call_attempts.all() if a.outcome == f.CallOutcome.NO_ANSWER
    )
    return f.FollowUpFacts(
        id=followup.pk,
        kind=f.Kind(followup.kind),
        channel=f.Channel(followup.channel),
        state=f.FollowUpState(followup.state),
        interview_id=followup.interview_id,
        due_at=followup.due_at,
        done_at=followup.done_at,
        call_outcome=f.CallOutcome(followup.call_outcome) if followup.call_outcome else None,
        failed_call_attempts=attempts,
    )


def application_facts(app: Application, profile: Profile) -> f.ApplicationFacts:
    place = app.place(profile.place)
    contacts = tuple(
        f.ContactFacts(
            id=c.pk,
            is_decision_maker=c.is_decision_maker,
            has_direct_line=any(p.is_direct_line for p in c.phones.all()),
            has_email=bool(c.email) and not c.email_doubtful,
            preferred_channel=f.Channel(c.preferred_channel) if c.preferred_channel else None,
            timezone=c.timezone or None,
        )
        for c in app.contacts.all()
    )
    return f.ApplicationFacts(
        id=app.pk,
        status=f.ApplicationStatus(app.status),
        place=place,
        candidate_timezone=profile.timezone,
        interviews=tuple(interview_facts(i) for i in app.interviews.all()),
        contacts=contacts,
        followups=tuple(followup_facts(fu) for fu in app.followups.all()),
        replies=tuple(
            f.ReplyFacts(at=r.at, outcome=f.ReplyOutcome(r.outcome), new_date=r.new_date)
            for r in app.replies.all()
        ),
        **mailbox_facts(app),
    )


# The mailbox app's IncomingMessage, read through its reverse relation (no import upward).
_ANSWER_KINDS = ("reply", "possible_reply")


def mailbox_facts(app: Application) -> dict[str, Any]:
    """Possible replies still waiting for the candidate's word; the latest absence's end."""
    pending: list[datetime] = []
    away: date | None = None
    for message in app.incoming_messages.all():
        if message.kind in _ANSWER_KINDS and message.status == "pending":
            pending.append(message.received_at)
        elif message.kind == "out_of_office" and message.proposed_date is not None:
            away = max(away or message.proposed_date, message.proposed_date)
    return {"pending_replies": tuple(sorted(pending)), "away_until": away}
