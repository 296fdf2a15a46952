"""Record interviews, the debrief and the closing agreement."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, Interview, Profile
from relance.tracker.models.choices import Channel, InterviewFormat, Status
from relance.tracker.models.interview import AGREEMENT_FIELDS, DEBRIEF_FIELDS
from relance.tracker.services.bounds import check_fields, check_interview_moment, check_promised_day
from relance.tracker.services.planning import refresh_plan
from relance.tracker.services.rows import refuse_unknown, write_fields
from relance.tracker.services.spoken import spoken_moment
from relance.tracker.services.transitions import record_event, transition
from relance.tracker.services.validation import validate_not_before


def add_interview(
    app: Application,
    *,
    at: datetime,
    now: datetime,
    round: int | None = None,
    format: str = InterviewFormat.ONSITE,
    interviewers: str = "",
) -> Interview:
    if at.tzinfo is None:
        raise ValueError("Interview times must be timezone-aware.")
    if format not in InterviewFormat.values:
        raise ValidationError(_("Unknown format “%(f)s”."), code="format", params={"f": format})
    check_interview_moment(at, now)
    check_fields(Interview, {"interviewers": interviewers})
    with transaction.atomic():
        if round is None:
            last = app.interviews.aggregate(m=Max("round"))["m"] or 0
            round = last + 1
        interview = Interview.objects.create(
            application=app, at=at, round=round, format=format, interviewers=interviewers
        )
        if app.status in (Status.APPLIED, Status.WAITING):
            Application.objects.filter(pk=app.pk).update(status=Status.INTERVIEWING)
            app.status = Status.INTERVIEWING
        record_event(
            app.pk, now, "interview.added", interview=interview.pk, round=round, at=at.isoformat()
        )
        refresh_plan(app, now)
    return interview


def update_interview(
    interview: Interview,
    *,
    now: datetime,
    at: datetime | None = None,
    format: str | None = None,
    interviewers: str | None = None,
) -> None:
    """Correct an interview; the plan follows. Its date is fixed once a message about it went."""
    fields: dict[str, Any] = {}
    if at is not None and at != interview.at:
        if at.tzinfo is None:
            raise ValueError("Interview times must be timezone-aware.")
        _refuse_if_messages_went(
            interview,
            _("A message about this interview already went: its date can no longer change."),
        )
        fields["at"] = at
    if format is not None:
        if format not in InterviewFormat.values:
            raise ValidationError(_("Unknown format “%(f)s”."), code="format", params={"f": format})
        fields["format"] = format
    if interviewers is not None:
        fields["interviewers"] = interviewers
    if not fields:
        return
    with transaction.atomic():
        write_fields(interview, fields)
        record_event(
            interview.application_id, now, "interview.updated", interview=interview.pk,
            **{k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in fields.items()},
        )  # fmt: skip
        refresh_plan(interview.application, now)


def delete_interview(interview: Interview, *, now: datetime) -> None:
    """Remove an interview recorded by mistake, with the follow-ups planned for it."""
    _refuse_if_messages_went(
        interview, _("A message about this interview already went: it cannot be deleted.")
    )
    app = interview.application
    with transaction.atomic():
        for row in interview.followups.filter(state__in=lc.DROP_WITH_INTERVIEW.sources):
            transition(row, lc.DROP_WITH_INTERVIEW, now=now, event={"why": "interview deleted"})
        record_event(
            app.pk, now, "interview.deleted", interview=interview.pk, round=interview.round,
            at=interview.at.isoformat(),
        )  # fmt: skip
        interview.delete()
        refresh_plan(app, now)


def _refuse_if_messages_went(interview: Interview, message: str) -> None:
    if interview.followups.filter(state__in=lc.GONE_OR_GOING).exists():
        raise ValidationError(message, code="messages_went")


def _require_held(interview: Interview, now: datetime, what: str) -> None:
    """The debrief and the agreement are about an interview that took place."""
    if interview.at > now:
        profile = Profile.objects.get(user_id=interview.application.owner_id)
        raise ValidationError(
            _(
                "The interview has not taken place yet (%(when)s): %(what)s comes after it. "
                "Until then, prepare the four closing questions."
            ),
            code="upcoming",
            params={
                "when": spoken_moment(interview.at.astimezone(profile.place_zone)),
                "what": what,
            },
        )


def save_debrief(interview: Interview, now: datetime, **fields: str) -> None:
    refuse_unknown(fields, DEBRIEF_FIELDS, "debrief")
    _require_held(interview, now, _("the debrief"))
    check_fields(Interview, fields)
    with transaction.atomic():
        write_fields(interview, fields)
        record_event(
            interview.application_id,
            now,
            "debrief.saved",
            interview=interview.pk,
            fields=sorted(fields),
        )


def save_agreement(interview: Interview, now: datetime, **fields: Any) -> None:
    """Store the answers to the article's four closing questions, then re-plan."""
    refuse_unknown(fields, AGREEMENT_FIELDS, "agreement")
    _require_held(interview, now, _("the agreement on next steps"))
    _validate_agreement(interview, fields)
    with transaction.atomic():
        write_fields(interview, fields)
        record_event(
            interview.application_id,
            now,
            "agreement.saved",
            interview=interview.pk,
            **{k: (v.isoformat() if isinstance(v, date) else v) for k, v in fields.items()},
        )
        refresh_plan(interview.application, now)


def _validate_agreement(interview: Interview, fields: dict[str, Any]) -> None:
    profile = Profile.objects.get(user_id=interview.application.owner_id)
    interview_day = interview.at.astimezone(profile.place_zone).date()
    labels = {
        "decision_date": _("The decision date"),
        "callback_date": _("The call-back date"),
        "no_news_means_no_by": _("The “no news means no” date"),
    }
    for name, label in labels.items():
        validate_not_before(fields.get(name), interview_day, str(label))
        check_promised_day(fields.get(name), interview_day, str(label))
    check_fields(Interview, {"process": fields.get("process", "")})
    channel = fields.get("preferred_channel", "")
    if channel and channel not in Channel.values:
        raise ValidationError(_("Unknown channel “%(c)s”."), code="channel", params={"c": channel})
