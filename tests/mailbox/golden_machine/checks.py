"""Every message that reached the recruiter, checked at once against the oracle.

What reached the recruiter is read from the SMTP server's own log (the worker's sends) or from
the candidate's "I sent it myself"; the oracle (tests/fixtures/golden_oracle.py) reads only that
timeline and what the recruiter said, never the rules engine.
"""

from __future__ import annotations

from datetime import datetime

from relance.mailbox.models import IncomingMessage
from relance.tracker.models import FollowUp, Interview, Reply
from tests.fixtures.golden_oracle import (
    FOLLOWUP_KINDS,
    OPENING_KINDS,
    PLACEHOLDER,
    TONE_KINDS,
    Agreement,
    Delivered,
    SaidReply,
    golden_findings,
    in_email_window,
    local,
    recruiter_earliest,
)

from .world import GoldenWorld


class DeliveryChecks(GoldenWorld):
    """Each delivery checked against the golden rules the moment it is seen."""

    def collect_smtp(self, pending: list[str]) -> None:
        """What the SMTP server handed to the recruiter since the last look."""
        log = self.smtp.handler.delivered
        for recipient, message_id in log[self.smtp_seen :]:
            if recipient != self.recruiter:
                continue
            row = FollowUp.objects.get(message_id=message_id)
            self.sent_ids.append(message_id)
            self.deliver(row, self.now, by_worker=True, pending=pending, message_id=message_id)
        self.smtp_seen = len(log)

    def deliver(
        self, row: FollowUp, at: datetime, *, by_worker: bool, pending: list[str],
        message_id: str = "",
    ) -> None:  # fmt: skip
        item = Delivered(
            row.pk, row.kind, at, by_worker, row.interview_id, row.subject, row.body,
            list(row.dismissed_findings), message_id,
        )  # fmt: skip
        self.note(f"DELIVERED #{row.pk} {row.kind} {'by the worker' if by_worker else 'by hand'}")
        self.delivered.append(item)
        self.check_delivery(item, pending)

    def received(self) -> list[Delivered]:
        """What the recruiter got: a message that bounced never reached them (and may be sent
        again once the candidate has settled it)."""
        return [d for d in self.delivered if not d.message_id or d.message_id not in self.bounced]

    def said(self, until: datetime) -> list[Reply]:
        return list(Reply.objects.filter(application=self.app, at__lte=until).order_by("at", "pk"))

    def check_delivery(self, item: Delivered, pending: list[str]) -> None:
        what = f"#{item.followup_id} {item.kind} at {local(item.at):%a %d/%m %H:%M}"
        # The worker sends only in the e-mail window, on a sendable day.
        if item.by_worker and not in_email_window(item.at):
            self.fail(f"{what}: sent outside 09:30-11:30 Paris on a sendable day")
        # Never with a placeholder or an undismissed golden-rule finding.
        if PLACEHOLDER.search(item.subject) or PLACEHOLDER.search(item.body):
            self.fail(f"{what}: sent with a [À COMPLÉTER …] placeholder")
        found = golden_findings(item.subject, "free", item.dismissed) + golden_findings(
            item.body, TONE_KINDS.get(item.kind, "free"), item.dismissed
        )
        # "I sent it myself" records a fact: issue 9 blocks the tone at approval, not there,
        # so a text never approved as it went (edited since, say) is checked only when
        # Relance itself sent it.
        approved_as_sent = self.approved_texts.get(item.followup_id) == (item.subject, item.body)
        if found and (item.by_worker or approved_as_sent):
            self.fail(f"{what}: sent with an undismissed golden-rule finding {found}")
        # Never while a reply waits for the candidate's word: those the system knew of, and,
        # for the worker (which searches the mailbox before sending), those in the mailbox.
        if pending:
            self.fail(f"{what}: sent while possible replies were pending: {pending}")
        if item.by_worker:
            # A message the candidate has written to the recruiter after (by hand, say) is
            # answered: what waits is what came since the candidate's last word to them.
            # What the recruiter wrote before the first interview (the invitation, say) is no
            # answer to wait on: the worker reads the mailbox from that interview on. A message
            # dated the very moment of one of ours is read as before it, as the poller does.
            said_since = [d.at for d in self.delivered if d is not item]
            first = Interview.objects.filter(application=self.app).order_by("at").first()
            opened = first.at if first is not None else item.at
            waiting = [
                m for m, (at, seen) in self.mail_replies.items()
                if opened <= at <= item.at and not seen and not any(d >= at for d in said_since)
            ]  # fmt: skip
            if waiting:
                self.fail(f"{what}: sent while the recruiter's messages {waiting} were unread")
        interview = (
            Interview.objects.filter(application=self.app, at__lte=item.at).order_by("-at").first()
        )
        if interview is None:
            if item.kind in FOLLOWUP_KINDS | OPENING_KINDS:
                self.fail(f"{what}: sent before any interview took place")
            return
        replies = [r for r in self.said(item.at) if r.at >= interview.at]
        if item.kind in OPENING_KINDS:
            same = [
                d for d in self.received()
                if d.kind in OPENING_KINDS and d.interview_id == item.interview_id
            ]  # fmt: skip
            if len(same) > 1:
                self.fail(f"{what}: a second catch-up/thank-you for interview {interview.pk}")
        if item.kind not in FOLLOWUP_KINDS:
            return
        # At most one follow-up per silence period (ended by each recorded reply).
        period_start = replies[-1].at if replies else interview.at
        same_period = [
            d for d in self.received() if d.kind in FOLLOWUP_KINDS and d.at >= period_start
        ]
        if len(same_period) > 1:
            self.fail(
                f"{what}: a second follow-up in the silence period since "
                f"{local(period_start):%a %d/%m %H:%M} "
                f"(#{', #'.join(str(d.followup_id) for d in same_period)})"
            )
        # Not before the recruiter's date.
        agreement = Agreement(
            interview.agreement_obtained, interview.decision_date, interview.callback_date,
            interview.no_news_means_no_by,
        )  # fmt: skip
        away = [
            m.proposed_date
            for m in IncomingMessage.objects.filter(application=self.app, kind="out_of_office")
            if m.proposed_date is not None and m.received_at <= item.at
        ]
        earliest, why = recruiter_earliest(
            interview.at,
            agreement,
            [SaidReply(r.at, r.new_date) for r in replies],
            max(away, default=None),
        )
        day = local(item.at).date()
        if earliest is None:
            self.fail(f"{what}: a follow-up although {why}")
        elif day < earliest:
            self.fail(f"{what}: before the recruiter's date ({why}: not before {earliest})")
