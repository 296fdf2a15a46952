"""The worker's step for nudges by e-mail: claim one outbox row, count the attempt, send it.

Several workers share the outbox: a row is claimed by a compare-and-swap update (pending ->
sending with a fresh claim id, the attempt counted in the same statement, before any network
work); the loser of a race tries the next row. A row left in `sending` by a crash may or may
not have gone: it becomes `unknown` and is never resent by itself (a nudge at most once).
"""

from __future__ import annotations

import logging
import smtplib
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import F
from django.utils import timezone

from relance.coaching.models import MailState, NudgeMail

log = logging.getLogger(__name__)

CLAIM_BATCH = 8
BACKOFF = [timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=1)]
IN_FLIGHT_TIMEOUT = timedelta(minutes=5)


def handle_one_nudge_mail(now: datetime | None = None) -> bool:
    """Send one due nudge e-mail. False when nothing was due."""
    now = now or timezone.now()
    mail = _claim(now)
    if mail is None:
        return False
    message = EmailMessage(
        subject=mail.subject,
        body=mail.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mail.to_address],
        reply_to=[mail.reply_to] if mail.reply_to else None,
        headers={"Message-ID": mail.message_id, "Auto-Submitted": "auto-generated"},
    )
    try:
        with get_connection(fail_silently=False, timeout=30) as connection:
            connection.send_messages([message])
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused) as error:
        _settle(mail, MailState.FAILED, now, last_error=str(error)[:2000])
    except (smtplib.SMTPException, OSError) as error:
        if mail.attempts <= len(BACKOFF):
            _settle(
                mail, MailState.PENDING, now, last_error=str(error)[:2000],
                due_at=now + BACKOFF[mail.attempts - 1], claim=None,
            )  # fmt: skip
        else:
            _settle(mail, MailState.FAILED, now, last_error=str(error)[:2000])
    else:
        _settle(mail, MailState.SENT, now, sent_at=now, last_error="")
    return True


def _claim(now: datetime) -> NudgeMail | None:
    due = list(
        NudgeMail.objects.filter(state=MailState.PENDING, due_at__lte=now)
        .order_by("due_at", "id")
        .values_list("pk", flat=True)[:CLAIM_BATCH]
    )
    for pk in due:
        claim = uuid.uuid4()
        won = NudgeMail.objects.filter(pk=pk, state=MailState.PENDING).update(
            state=MailState.SENDING, claim=claim, attempts=F("attempts") + 1, attempted_at=now
        )
        if won:
            return NudgeMail.objects.get(pk=pk)
    return None


def _settle(mail: NudgeMail, state: str, now: datetime, **fields: object) -> None:
    # Only the claim's owner settles it: a row settled as unknown meanwhile stays so.
    NudgeMail.objects.filter(pk=mail.pk, state=MailState.SENDING, claim=mail.claim).update(
        state=state, **fields
    )
    if state == MailState.FAILED:
        log.warning("nudge e-mail %s to %s failed: %s", mail.pk, mail.to_address, fields)


def settle_nudge_mails(now: datetime | None = None) -> int:
    """Rows a crashed worker left in `sending`: unknown, never resent by themselves."""
    now = now or timezone.now()
    return NudgeMail.objects.filter(
        state=MailState.SENDING, attempted_at__lte=now - IN_FLIGHT_TIMEOUT
    ).update(state=MailState.UNKNOWN, last_error="The worker stopped while sending.")
