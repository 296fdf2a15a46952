"""The worker's sending steps: claim one due follow-up, send it at most once, settle crashes.

States: approved -> sending (claimed by compare-and-swap) -> committing (written durably after the
server's 354, before the content) -> sent | failed | unknown. A row left in `sending` by a crash
never reached DATA and goes back to approved; a row left in `committing` is settled by searching
the copy that the same DATA dropped in the candidate's own mailbox, and is never resent by itself.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any

from django.utils import timezone, translation

from relance.core.errors import RuleViolation
from relance.core.facts import EMAIL_KINDS
from relance.core.rule_ids import REPLY_PENDING, SENDABLE_DAY, TIME_WINDOW
from relance.mail.errors import MailError
from relance.mail.evidence import ensure_in_sent, settle_committing
from relance.mail.imap import ImapMailbox
from relance.mail.message import OutgoingMail, UnsafeHeader, build_message, new_message_id
from relance.mail.smtp import SendResult, SendStatus, StepHook, send_once
from relance.mailbox.models import IncomingKind, IncomingMessage, IncomingStatus, MailboxSettings
from relance.mailbox.polling import check_application
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, FollowUp, Profile, Reply, SendAttempt
from relance.tracker.services.errors import explain
from relance.tracker.services.followups import (
    HELD_FOR_REPLY,
    WORDING_MOVED,
    guard,
    hold_approved,
    postpone_approved,
    stale_phrase,
)
from relance.tracker.services.planning import current_plan, refresh_plan
from relance.tracker.services.transitions import record_event, transition

log = logging.getLogger(__name__)

BACKOFF = [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1)]
CLAIM_BATCH = 8  # candidates read per claim: a lost race tries the next one
# A sender still alive is never settled: its whole SMTP exchange is much shorter than this.
IN_FLIGHT_TIMEOUT = timedelta(minutes=5)


class _Abandon(Exception):
    """The row changed under us before DATA: send nothing."""


def handle_one_send(
    now: datetime | None = None, *, check_replies: bool = True, on_step: StepHook | None = None
) -> bool:
    """Claim and send one due follow-up. False when nothing was due.

    `on_step` hears each step by name ("claimed", the SMTP client's own steps, "recorded"):
    the crash tests SIGKILL this very code path there.
    """
    now = now or timezone.now()
    step = on_step or (lambda name: None)
    started = time.monotonic()
    followup = _claim(now)
    if followup is None:
        return False

    def clock() -> datetime:  # `now` moved on by the time spent, so tests may pass any `now`
        return now + timedelta(seconds=time.monotonic() - started)

    mailbox = MailboxSettings.objects.get(user_id=followup.application.owner_id)
    attempt = SendAttempt.objects.create(followup=followup, started_at=now)
    step("claimed")
    try:
        spoke = _recruiter_spoke(followup, mailbox, now) if check_replies else None
        if spoke is not None:
            _finish(attempt, *spoke, clock())
            return True
        result, message = _send(followup, mailbox, now, clock, step)
    except MailError as error:  # IMAP unreachable for the reply check: nothing was sent
        result, message = SendResult(SendStatus.FAILED, error), None
    except _Abandon:
        _finish(attempt, "abandoned", "the follow-up changed before sending", clock())
        return True
    _record(followup, attempt, result, clock())
    step("recorded")
    if result.status is SendStatus.SENT and message is not None:
        _save_copy(followup, message, mailbox, clock())
    return True


def _claim(now: datetime) -> FollowUp | None:
    # Only the partial index on due_at WHERE state = 'approved' is read, in due order, with no
    # join (a join lets the planner start from another table): flat in the table size.
    due_ids = list(
        FollowUp.objects.filter(
            state=lc.APPROVED, send_by="mailbox", due_at__lte=now, kind__in=EMAIL_KINDS
        )
        .order_by("due_at")
        .values_list("pk", flat=True)[:CLAIM_BATCH]
    )
    rows = FollowUp.objects.filter(pk__in=due_ids).select_related("application", "contact")
    for followup in sorted(rows, key=lambda row: (row.due_at, row.pk)):
        if followup.latest_at < now:
            if transition(followup, lc.LAPSE, now=now, event={"why": "window closed"}):
                refresh_plan(followup.application, now)
            continue
        sender = _sender_address(followup)
        if sender is None:
            # Left approved it would block the head of the queue for everyone: say why instead.
            transition(
                followup, lc.NO_SENDER, now=now,
                last_error="No mailbox is set up (or it is paused): set it up, or send this "
                "follow-up from your own mail program and mark it sent.",
            )  # fmt: skip
            continue
        if _refused_by_the_rules(followup, now):
            continue
        message_id = followup.message_id or new_message_id(sender)
        if transition(followup, lc.SEND_CLAIM, now=now, message_id=message_id, claim=uuid.uuid4()):
            return followup
    return None


def _mine(followup: FollowUp) -> dict[str, Any]:
    """The compare-and-swap condition of a row this worker claimed."""
    return {"claim": followup.claim}


def _refused_by_the_rules(followup: FollowUp, now: datetime) -> bool:
    """The golden rules hold on this path too: facts may have changed since approval.

    Outside the hours or days of sending (a late worker, a retry after a backoff), the
    follow-up waits for the next allowed slot of its window; a broken golden rule cancels it.
    """
    try:
        guard(followup, now)
    except RuleViolation as violation:
        if violation.rule_id in (TIME_WINDOW, SENDABLE_DAY) and _postpone(followup, now):
            return True
        if violation.rule_id == REPLY_PENDING:
            hold_approved(followup.application, now)
            return True
        if transition(
            followup, lc.CANCEL_BY_RULE, now=now, last_error=_owner_cause(followup, violation),
            event={"rule": violation.rule_id, "cause": violation.rendered()},
        ):  # fmt: skip
            refresh_plan(followup.application, now)
        return True
    return False


def _owner_cause(followup: FollowUp, violation: RuleViolation) -> str:
    """Why the worker cancelled it, as the candidate reads it (web, API and command line):
    in their language, the dates in words ("jeudi 12 mars"); the English text, with its ISO
    dates, stays on the timeline event for the logs."""
    language = (
        Profile.objects.filter(user_id=followup.application.owner_id)
        .values_list("language", flat=True)
        .first()
    )
    with translation.override(language or "fr"):
        return explain(violation)


def _postpone(followup: FollowUp, now: datetime) -> bool:
    """Move an approved row to the next allowed slot the plan gives it, inside its window."""
    app = Application.objects.with_planning_data().get(pk=followup.application_id)
    profile = Profile.objects.get(user_id=app.owner_id)
    action = next(
        (a for a in current_plan(app, profile, now) if a.followup_id == followup.pk), None
    )
    if action is None or not now < action.earliest <= followup.latest_at:
        return False
    if stale_phrase(followup, action.earliest):
        # "hier" would be false on the new day: the candidate re-reads it first.
        transition(
            followup, lc.REWORD, now=now, due_at=None,
            send_by="", last_error=WORDING_MOVED,
            event={"why": "wording"},
        )  # fmt: skip
        return True
    moved = FollowUp.objects.filter(pk=followup.pk, state=lc.APPROVED, due_at=followup.due_at)
    if moved.update(due_at=action.earliest, updated_at=now):
        record_event(
            app.pk, now, "followup.postponed", followup=followup.pk,
            due_at=action.earliest.isoformat(),
        )  # fmt: skip
    return True


def _sender_address(followup: FollowUp) -> str | None:
    address = (
        MailboxSettings.objects.filter(user_id=followup.application.owner_id, enabled=True)
        .values_list("address", flat=True)
        .first()
    )
    return str(address) if address else None


def _recruiter_spoke(
    followup: FollowUp, mailbox: MailboxSettings, now: datetime
) -> tuple[str, str] | None:
    """Poll just before sending; a reply cancels, a possible reply holds the follow-up back,
    an absence notice found now sends it back through the rules. None: send it.

    Every message waiting for the candidate's word holds it, however old the row or the
    message: the recruiter may have answered since the last message sent.
    """
    recorded = check_application(mailbox, followup, now)
    app = followup.application
    # Strictly after: a reply recorded "just now" shares its moment with the rows planned from
    # it (a refusal and its feedback request), and must not cancel them.
    if Reply.objects.filter(application=app, at__gt=followup.created_at).exists():
        transition(
            followup, lc.REPLIED_BEFORE_SEND, now=now, event={"why": "reply_received"},
            expect=_mine(followup),
        )  # fmt: skip
        refresh_plan(app, now)
        return "cancelled", "a reply arrived before sending"
    waiting = IncomingMessage.objects.filter(
        application=app,
        kind__in=[IncomingKind.REPLY, IncomingKind.POSSIBLE_REPLY],
        status=IncomingStatus.PENDING,
    )
    if waiting.exists():
        transition(
            followup, lc.HOLD_CLAIMED, now=now, due_at=None, send_by="",
            last_error=HELD_FOR_REPLY, event={"rule": REPLY_PENDING}, expect=_mine(followup),
        )  # fmt: skip
        refresh_plan(app, now)
        return "cancelled", "a reply arrived before sending"
    away = IncomingMessage.objects.filter(application=app, kind=IncomingKind.OUT_OF_OFFICE)
    if recorded and away.filter(created_at=now).exists():
        # Recorded while this row was claimed, it did not move it: release it, then move it.
        if transition(
            followup, lc.SETTLE_SENDING, now=now, claim=None,
            event={"why": "recruiter_away"}, expect=_mine(followup),
        ):  # fmt: skip
            postpone_approved(app, now)
            refresh_plan(app, now)
        return "abandoned", "an absence notice arrived before sending: moved past the return"
    return None


def _send(
    followup: FollowUp,
    mailbox: MailboxSettings,
    now: datetime,
    clock: Callable[[], datetime],
    step: StepHook,
) -> tuple[SendResult, EmailMessage | None]:
    contact = followup.contact
    if contact is None or not contact.email:
        error = MailError("recipient_refused", {"address": "", "reason": "no e-mail address"}, True)
        return SendResult(SendStatus.FAILED, error), None
    profile = Profile.objects.filter(user_id=followup.application.owner_id).first()
    parent = (
        Reply.objects.filter(application_id=followup.application_id)
        .exclude(message_id="")
        .order_by("-at")
        .values_list("message_id", flat=True)
        .first()
    )
    try:
        message = build_message(
            OutgoingMail(
                from_address=mailbox.address,
                from_name=profile.name if profile else "",
                to_address=contact.email,
                to_name=contact.name,
                subject=followup.subject,
                text=followup.body,
                reply_to=mailbox.reply_to or None,
                in_reply_to=parent or None,  # answering the recruiter's own thread
            ),
            message_id=followup.message_id,
            date=now,
        )
    except (UnsafeHeader, ValueError, LookupError, TypeError) as error:
        # Built before any network work: nothing was sent, the row fails with the cause.
        reason = f"cannot build the message: {error}"
        return SendResult(SendStatus.FAILED, MailError("protocol", {"reason": reason}, True)), None

    def before_data() -> None:
        if not transition(followup, lc.COMMIT, now=clock(), expect=_mine(followup)):
            raise _Abandon

    result = send_once(
        mailbox.smtp_settings(),
        message,
        envelope_from=mailbox.address,
        recipients=[contact.email],
        copy_to=mailbox.address,
        before_data=before_data,
        on_step=step,
    )
    return result, message


def _record(
    followup: FollowUp,
    attempt: SendAttempt,
    result: SendResult,
    now: datetime,
) -> None:
    detail = str(result.error) if result.error else result.reply
    if result.status is SendStatus.SENT:
        transition(
            followup, lc.ACCEPTED, now=now, done_at=now, last_error="",
            expect=_mine(followup),
        )  # fmt: skip
        _finish(attempt, "sent", detail, now)
        refresh_plan(followup.application, now)
    elif result.status is SendStatus.UNKNOWN:
        # Stays `committing`: settling looks for the copy, then says sent or unknown.
        FollowUp.objects.filter(pk=followup.pk).update(last_error=detail)
        _finish(attempt, "unknown", detail, now)
    else:
        _failed(followup, attempt, result, detail, now)


def _failed(
    followup: FollowUp, attempt: SendAttempt, result: SendResult, detail: str, now: datetime
) -> None:
    _finish(attempt, "failed", detail, now)
    retry_at = now + BACKOFF[min(followup.retry_count, len(BACKOFF) - 1)]
    may_retry = not result.permanent and followup.retry_count < len(BACKOFF)
    if may_retry and retry_at <= followup.latest_at:
        transition(
            followup, lc.RETRY, now=now, due_at=retry_at,
            retry_count=followup.retry_count + 1, last_error=detail,
            event={"retry_at": retry_at.isoformat(), "error": detail}, expect=_mine(followup),
        )  # fmt: skip
    elif transition(
        followup, lc.FAIL, now=now, last_error=detail,
        event={"error": detail, "code": result.error.code if result.error else ""},
        expect=_mine(followup),
    ):  # fmt: skip
        # The message did not go out: the plan offers the follow-up again, to redo.
        refresh_plan(followup.application, now)


def _finish(attempt: SendAttempt, result: str, detail: str, now: datetime) -> None:
    SendAttempt.objects.filter(pk=attempt.pk).update(
        finished_at=now, result=result, detail=detail[:2000]
    )


def _save_copy(
    followup: FollowUp, message: EmailMessage, mailbox: MailboxSettings, now: datetime
) -> None:
    """A copy in Sent unless the provider files it; best effort, the send is already done."""
    if mailbox.provider_saves_sent:
        return
    try:
        with ImapMailbox(mailbox.imap_settings(), mailbox.folder_overrides()) as box:
            ensure_in_sent(box, message, now)
    except (MailError, OSError) as error:
        log.warning("could not save follow-up %s to Sent: %s", followup.pk, error)


def settle_in_flight(now: datetime | None = None, grace: timedelta | None = None) -> int:
    """After a crash: `sending` goes back to approved, `committing` is looked up. Returns count."""
    now = now or timezone.now()
    stale = now - IN_FLIGHT_TIMEOUT
    settled = 0
    for followup in FollowUp.objects.filter(state=lc.SENDING, updated_at__lte=stale):
        settled += transition(
            followup, lc.SETTLE_SENDING, now=now, claim=None,
            event={"why": "crashed before DATA"},
        )  # fmt: skip
    committing = FollowUp.objects.filter(state=lc.COMMITTING, updated_at__lte=stale).select_related(
        "application"
    )
    by_owner: dict[int, list[FollowUp]] = {}
    for followup in committing:
        by_owner.setdefault(followup.application.owner_id, []).append(followup)
    for owner_id, followups in by_owner.items():
        mailbox = MailboxSettings.objects.filter(user_id=owner_id).first()
        if mailbox is None:
            continue
        settled += _settle_owner(mailbox, followups, now, grace)
    return settled


def _settle_owner(
    mailbox: MailboxSettings, followups: list[FollowUp], now: datetime, grace: timedelta | None
) -> int:
    count = 0
    try:
        with ImapMailbox(mailbox.imap_settings(), mailbox.folder_overrides()) as box:
            for followup in followups:
                kwargs = {"grace": grace} if grace is not None else {}
                found = settle_committing(
                    box, followup.message_id, followup.updated_at, now, **kwargs
                )
                if found is SendStatus.SENT:
                    count += transition(followup, lc.SETTLE_SENT, now=now, done_at=now)
                    refresh_plan(followup.application, now)
                elif found is SendStatus.UNKNOWN:
                    count += transition(
                        followup, lc.SETTLE_UNKNOWN, now=now,
                        last_error="The mail server may or may not have accepted this message. "
                        "Check your Sent folder and the recruiter's answer before sending again.",
                    )  # fmt: skip
    except (MailError, OSError) as error:
        log.warning("cannot settle for %s: %s", mailbox.address, error)
    return count
