"""Short messages from a coach to a candidate: on the candidate's Today page, and by e-mail.

The e-mail goes through an outbox row (NudgeMail) written in the same transaction as the
nudge, when the server has an outgoing mail server; the worker sends it (nudge_mail.py).
"""

from __future__ import annotations

from datetime import datetime
from email.utils import parseaddr

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from relance.coaching.models import Membership, Nudge, NudgeMail, NudgeTemplate
from relance.mail.message import new_message_id

SHOWN_ON_TODAY = 3
MAX_BODY = 4000


def mail_configured() -> bool:
    """An outgoing mail server is set (EMAIL_HOST), or a non-SMTP backend is chosen."""
    backend = settings.EMAIL_BACKEND
    return bool(settings.EMAIL_HOST) or not backend.endswith("smtp.EmailBackend")


def candidate_address(membership: Membership) -> str:
    user = membership.user
    return user.email or getattr(getattr(user, "profile", None), "email", "") or ""


@transaction.atomic
def nudge(
    coach: User,
    membership: Membership,
    *,
    template: str,
    note: str = "",
    subject: str = "",
    body: str = "",
    now: datetime,
) -> Nudge:
    """`membership` comes from access.coached_candidate: the coach is checked there."""
    body = body.strip()
    if len(body) > MAX_BODY:
        raise ValidationError(
            _("The message is too long: %(max)s characters at most.") % {"max": MAX_BODY}
        )
    created = Nudge.objects.create(
        coach=coach,
        candidate_id=membership.user_id,
        template=NudgeTemplate(template),
        note=note.strip(),
        subject=subject.strip()[:200],
        body=body,
        created_at=now,
    )
    address = candidate_address(membership)
    if body and address and mail_configured():
        sender_domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
        NudgeMail.objects.create(
            nudge=created,
            to_address=address,
            reply_to=coach.email,
            subject=created.subject,
            body=body,
            message_id=new_message_id(f"nudge@{sender_domain}"),
            due_at=now,
            created_at=now,
        )
    return created


def unread(candidate: User) -> QuerySet[Nudge]:
    return Nudge.objects.filter(candidate=candidate, read_at__isnull=True).select_related(
        "coach__profile"
    )


def mark_read(candidate: User, nudge_id: int, *, now: datetime) -> int:
    return Nudge.objects.filter(pk=nudge_id, candidate=candidate, read_at__isnull=True).update(
        read_at=now
    )
