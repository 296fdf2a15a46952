"""Record a message from the recruiter: it ends a silence period and re-plans."""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from relance.tracker.models import Application, Profile, Reply
from relance.tracker.models.choices import Channel, ReplyOutcome, Status
from relance.tracker.services.bounds import check_fields, check_promised_day, check_year
from relance.tracker.services.planning import refresh_plan
from relance.tracker.services.spoken import spoken_day
from relance.tracker.services.transitions import record_event

STATUS_AFTER = {
    ReplyOutcome.OFFER: Status.OFFER,
    ReplyOutcome.REJECTION: Status.REJECTED,
    ReplyOutcome.NEXT_ROUND: Status.INTERVIEWING,
    ReplyOutcome.POSTPONED: Status.WAITING,
}


def record_reply(
    app: Application,
    *,
    at: datetime,
    channel: str,
    outcome: str,
    now: datetime,
    new_date: date | None = None,
    notes: str = "",
    message_id: str = "",
) -> Reply:
    if outcome not in ReplyOutcome.values:
        raise ValidationError(_("Unknown outcome “%(o)s”."), code="outcome", params={"o": outcome})
    if channel not in Channel.values:
        raise ValidationError(_("Unknown channel “%(c)s”."), code="channel", params={"c": channel})
    if at > now:
        raise ValidationError(_("A reply cannot be dated in the future."), code="future")
    check_year(at, _("The reply date"))
    check_fields(Reply, {"notes": notes, "message_id": message_id})
    profile = Profile.objects.get(user_id=app.owner_id)
    if new_date is not None and new_date < at.astimezone(profile.place_zone).date():
        raise ValidationError(
            _("The new date (%(d)s) is before the reply itself."),
            code="date",
            params={"d": spoken_day(new_date)},
        )
    check_promised_day(new_date, at.astimezone(profile.place_zone).date(), _("The new date"))
    with transaction.atomic():
        reply = Reply.objects.create(
            application=app,
            at=at,
            channel=channel,
            outcome=outcome,
            new_date=new_date,
            notes=notes,
            message_id=message_id,
        )
        status = STATUS_AFTER.get(ReplyOutcome(outcome))
        if status:
            Application.objects.filter(pk=app.pk).update(status=status)
            app.status = status
        record_event(
            app.pk,
            now,
            "reply.recorded",
            reply=reply.pk,
            outcome=outcome,
            channel=channel,
            new_date=new_date.isoformat() if new_date else None,
        )
        refresh_plan(app, now)
    return reply
