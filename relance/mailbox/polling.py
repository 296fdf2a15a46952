"""Reply detection for one mailbox: new mail by UID, plus searches for our Message-IDs.

IDLE (in the worker's loop) is only a hint: every poll reads UIDs above the last one seen, with
UIDVALIDITY kept, and searches the threading headers again, so a reply that arrived while we were
disconnected is found. INBOX, Junk and All Mail are read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from django.db import IntegrityError, transaction
from django.db.models import Max, Min, Q, QuerySet
from django.utils import timezone

from relance.mail.classify import (
    FREE_MAIL,
    Classification,
    Kind,
    SentFollowUp,
    classify,
    parse,
)
from relance.mail.errors import MailError
from relance.mail.imap import FetchedMessage, FolderState, ImapMailbox
from relance.mail.understand import return_date, understand
from relance.mailbox.models import (
    ImapFolderState,
    IncomingKind,
    IncomingMessage,
    IncomingStatus,
    MailboxSettings,
)
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, Contact, FollowUp, Interview
from relance.tracker.services.followups import hold_approved, postpone_approved
from relance.tracker.services.planning import refresh_plan
from relance.tracker.services.transitions import record_event, transition

log = logging.getLogger(__name__)

POLL_INTERVAL = timedelta(minutes=5)
LOOKBACK = timedelta(days=120)  # older follow-ups are not searched for replies any more


def handle_one_poll(now: datetime | None = None) -> bool:
    """Poll the mailbox that waited longest, if one is due. False when none was."""
    now = now or timezone.now()
    for mailbox in MailboxSettings.objects.filter(enabled=True).order_by("next_poll_at")[:4]:
        if mailbox.next_poll_at is not None and mailbox.next_poll_at > now:
            return False
        # Compare-and-swap on next_poll_at: two workers never poll the same mailbox at once.
        claimed = MailboxSettings.objects.filter(
            pk=mailbox.pk, next_poll_at=mailbox.next_poll_at
        ).update(next_poll_at=now + POLL_INTERVAL)
        if claimed:
            poll_mailbox(mailbox, now)
            return True
    return False


def poll_mailbox(mailbox: MailboxSettings, now: datetime) -> int:
    """Read new mail, record replies and bounces. Returns how many were recorded."""
    watched = _watched(mailbox, now, FollowUp.objects.all())
    real_ids = [mid for mid, (_, fu) in watched.items() if fu.state != lc.APPROVED]
    sent = [item for item, _ in watched.values()]

    def uids_in(box: ImapMailbox, folder: str) -> list[int]:
        return _new_uids(box, mailbox, folder, real_ids, sent)

    return _scan(mailbox, watched, uids_in, now)


def check_application(mailbox: MailboxSettings, followup: FollowUp, now: datetime) -> int:
    """Just before sending: search for anything from this recruiter, without moving UIDs on."""
    rows = FollowUp.objects.filter(application_id=followup.application_id)
    watched = _watched(mailbox, now, rows)
    real_ids = [mid for mid, (_, fu) in watched.items() if fu.state != lc.APPROVED]
    senders = {_sender_pattern(item.contact_address) for item, _ in watched.values()}
    since = min([followup.created_at, *(item.sent_at for item, _ in watched.values())])

    def uids_in(box: ImapMailbox, folder: str) -> list[int]:
        uids = set(box.search_replies(folder, real_ids))
        for sender in senders:
            uids.update(box.search_from(folder, sender, since))
        return _unknown(mailbox, folder, uids)

    return _scan(mailbox, watched, uids_in, now)


Watched = dict[str, tuple[SentFollowUp, FollowUp]]


def _scan(
    mailbox: MailboxSettings,
    watched: Watched,
    uids_in: Callable[[ImapMailbox, str], list[int]],
    now: datetime,
) -> int:
    sent = [item for item, _ in watched.values()]
    recorded = 0
    try:
        with ImapMailbox(mailbox.imap_settings(), mailbox.folder_overrides()) as box:
            for folder in box.special_folders().reply_folders():
                for fetched in box.fetch(folder, uids_in(box, folder)):
                    recorded += _handle(mailbox, fetched, sent, watched, now)
        MailboxSettings.objects.filter(pk=mailbox.pk).update(last_polled_at=now, last_error="")
    except MailError as error:
        MailboxSettings.objects.filter(pk=mailbox.pk).update(last_error=str(error))
        raise
    return recorded


def _watched(mailbox: MailboxSettings, now: datetime, rows: QuerySet[FollowUp]) -> Watched:
    """Our follow-ups a reply could answer, by Message-ID (a placeholder before sending).

    A follow-up marked failed after it went out (a bounce) is watched too: an answer threaded
    to it says the recruiter got it after all, and must hold what is approved next.
    """
    went_out = Q(state=lc.FAILED) & ~Q(message_id="")
    rows = (
        rows.filter(
            Q(state__in=lc.WATCHED_FOR_REPLIES) | went_out,
            application__owner_id=mailbox.user_id,
            created_at__gte=now - LOOKBACK,
            contact__isnull=False,
        )
        .exclude(contact__email="")
        .select_related("contact", "interview")
    )
    watched = {}
    since_last: dict[int, datetime] = {}
    for followup in rows:
        assert followup.contact is not None
        message_id = followup.message_id or f"<unsent-{followup.pk}@relance.invalid>"
        since = followup.done_at or _since_last_message(followup, since_last)
        watched[message_id] = (
            SentFollowUp(message_id, followup.contact.email, since),
            followup,
        )
    return watched


def _since_last_message(followup: FollowUp, known: dict[int, datetime]) -> datetime:
    """Not sent yet: anything the recruiter wrote since the candidate's last message to them
    (or, before any, since the application's first interview) may be an answer to consider,
    however long ago the row was planned, and whatever round it belongs to."""
    app_id = followup.application_id
    if app_id not in known:
        moments = FollowUp.objects.filter(application_id=app_id, state__in=lc.DELIVERED).aggregate(
            last=Max("done_at")
        )
        first = Interview.objects.filter(application_id=app_id).aggregate(first=Min("at"))
        known[app_id] = moments["last"] or first["first"] or followup.created_at
    return min(known[app_id], followup.created_at)


def _sender_pattern(address: str) -> str:
    """Search FROM the whole domain, except on free-mail domains where only the address counts."""
    domain = address.rsplit("@", 1)[-1].lower()
    return address if domain in FREE_MAIL else "@" + domain


def _new_uids(
    box: ImapMailbox,
    mailbox: MailboxSettings,
    folder: str,
    message_ids: list[str],
    sent: list[SentFollowUp],
) -> list[int]:
    row = ImapFolderState.objects.filter(mailbox=mailbox, folder=folder).first()
    previous = FolderState(row.uidvalidity, row.last_uid) if row else None
    new_uids, state = box.new_messages(folder, previous)
    uids = set(new_uids)
    if previous is None or previous.uidvalidity != state.uidvalidity:
        # First look (or the server renumbered): do not read the whole history, search it.
        uids = set()
        for item in sent:
            uids.update(
                box.search_from(folder, _sender_pattern(item.contact_address), item.sent_at)
            )
        for message_id in message_ids:
            uids.update(box.search_text(folder, message_id))  # bounces quote it
    # After every reconnect: replies that arrived while we were away, wherever they sit.
    uids.update(box.search_replies(folder, message_ids))
    ImapFolderState.objects.update_or_create(
        mailbox=mailbox,
        folder=folder,
        defaults={"uidvalidity": state.uidvalidity, "last_uid": state.last_uid},
    )
    return _unknown(mailbox, folder, uids)


def _unknown(mailbox: MailboxSettings, folder: str, uids: set[int]) -> list[int]:
    known = set(
        IncomingMessage.objects.filter(mailbox=mailbox, folder=folder, uid__in=uids).values_list(
            "uid", flat=True
        )
    )
    return sorted(uids - known)


def _handle(
    mailbox: MailboxSettings,
    fetched: FetchedMessage,
    sent: list[SentFollowUp],
    watched: dict[str, tuple[SentFollowUp, FollowUp]],
    now: datetime,
) -> int:
    try:
        message = parse(fetched.raw)
        result = classify(message, sent, [mailbox.address])
    except Exception:  # a malformed message must not stop the worker
        log.exception("cannot read message %s in %s", fetched.uid, fetched.folder)
        return 0
    if result.follow_up is None or result.kind is Kind.UNRELATED:
        return 0
    if result.kind is Kind.AUTO_REPLY and not result.out_of_office:
        return 0
    followup = watched[result.follow_up.message_id][1]
    try:
        return _record(mailbox, fetched, message, result, followup, now)
    except Exception as error:  # one odd message is skipped; the next ones are still read
        log.exception("cannot record message %s in %s", fetched.uid, fetched.folder)
        record_event(
            followup.application_id, now, "mail.unreadable", followup=followup.pk,
            folder=fetched.folder, uid=fetched.uid, why=f"{type(error).__name__}: {error}"[:300],
        )  # fmt: skip
        return 0


def _record(
    mailbox: MailboxSettings,
    fetched: FetchedMessage,
    message: EmailMessage,
    result: Classification,
    followup: FollowUp,
    now: datetime,
) -> int:
    received = _received_at(message, fetched, now)
    text = _text_of(message)
    fields = {
        "mailbox": mailbox, "application_id": followup.application_id, "followup": followup,
        "folder": fetched.folder, "uid": fetched.uid,
        "message_id": str(message.get("Message-ID", "") or "")[:250],
        "from_address": _from(message)[:255], "subject": str(message.get("Subject", ""))[:500],
        "received_at": received, "excerpt": text[:4000], "created_at": now,
    }  # fmt: skip
    if result.kind is Kind.BOUNCE:
        fields["kind"] = IncomingKind.BOUNCE
        _bounced(followup, result.failed_recipient, now)
    elif result.out_of_office:
        away = return_date(text, received.date())
        fields.update(
            kind=IncomingKind.OUT_OF_OFFICE, status=IncomingStatus.CONFIRMED, proposed_date=away
        )
    else:
        fields["kind"] = (
            IncomingKind.REPLY if result.kind is Kind.REPLY else IncomingKind.POSSIBLE_REPLY
        )
        understood = understand(text, received.date())
        fields.update(
            proposed_outcome=understood.outcome.value,
            proposed_date=understood.new_date,
            evidence=understood.evidence[:2000],
        )
    try:
        with transaction.atomic():
            incoming = IncomingMessage.objects.create(**fields)
            record_event(
                followup.application_id, now, f"mail.{incoming.kind}", incoming=incoming.pk,
                followup=followup.pk, outcome=incoming.proposed_outcome,
                away_until=incoming.proposed_date.isoformat() if incoming.proposed_date else None,
            )  # fmt: skip
            _replan(incoming, now)
    except IntegrityError:
        return 0  # the same message already recorded from another folder
    return 1


def _replan(incoming: IncomingMessage, now: datetime) -> None:
    """A possible answer holds every approved follow-up; an absence notice moves them later."""
    assert incoming.application_id is not None  # set from the follow-up it answers
    app = Application.objects.get(pk=incoming.application_id)
    if incoming.kind == IncomingKind.OUT_OF_OFFICE:
        postpone_approved(app, now)
    elif incoming.kind in (IncomingKind.REPLY, IncomingKind.POSSIBLE_REPLY):
        hold_approved(app, now)
    refresh_plan(app, now)


def _bounced(followup: FollowUp, recipient: str | None, now: datetime) -> None:
    """The follow-up did not arrive: failed, and the address marked doubtful.

    Only a bounce for the recruiter's address counts: the candidate's own copy (an extra
    envelope recipient) bouncing says nothing about the recruiter receiving it. A bounce
    that names no recipient is taken as the recruiter's, the only likely one.
    """
    contact_email = followup.contact.email if followup.contact_id and followup.contact else ""
    if recipient and contact_email and recipient.lower() != contact_email.lower():
        record_event(
            followup.application_id, now, "mail.bounce_ignored", followup=followup.pk,
            recipient=recipient,
        )  # fmt: skip
        return
    if transition(
        followup, lc.BOUNCE, now=now,
        last_error=f"The message bounced: {recipient or 'address refused'}.",
        event={"why": "bounce"},
    ):  # fmt: skip
        refresh_plan(followup.application, now)
    if recipient and followup.contact_id:
        Contact.objects.filter(pk=followup.contact_id, email__iexact=recipient).update(
            email_doubtful=True
        )


def _received_at(message: EmailMessage, fetched: FetchedMessage, now: datetime) -> datetime:
    try:
        value = parsedate_to_datetime(str(message.get("Date", "")))
        # A sender's clock may say anything (year 9999, 0001): only a plausible date is
        # believed, else the server's arrival time. Converting to UTC may overflow.
        if value.tzinfo is not None and value.year >= 2000 and value <= now + timedelta(days=2):
            return value.astimezone(UTC)
    except (TypeError, ValueError, OverflowError, IndexError):
        pass
    if fetched.internal_date is not None:
        moment = fetched.internal_date
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return now


def _text_of(message: EmailMessage) -> str:
    try:
        body = message.get_body(("plain", "html"))
        content = body.get_content() if body is not None else ""
    except (KeyError, LookupError, ValueError, AttributeError):
        return ""
    if body is not None and body.get_content_type() == "text/html":
        from django.utils.html import strip_tags

        content = strip_tags(content)
    return str(content)


def _from(message: EmailMessage) -> str:
    try:
        return getaddresses([str(message.get("From", ""))])[0][1]
    except (IndexError, ValueError, TypeError):
        return ""


def wait_for_mail(mailbox: MailboxSettings, timeout: float) -> bool:
    """For the worker's loop: IMAP IDLE on INBOX (a sleep where the server lacks IDLE).

    Only a hint to poll sooner; the timeout is capped below the 29 minutes after which servers
    drop an idle connection, and the caller polls (by UID and by search) after every return.
    """
    with ImapMailbox(mailbox.imap_settings(), mailbox.folder_overrides()) as box:
        return box.wait_for_change("INBOX", timeout)
