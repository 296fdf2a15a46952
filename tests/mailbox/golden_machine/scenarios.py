"""Compound steps: the paths where the golden rules are easiest to break, reached on purpose.

Random single steps seldom line up "approved for the mailbox, then the recruiter speaks or the
facts change, then the worker sends": a machine that never walks those paths would pass with
the worker's last checks gone. Each step here approves a follow-up for sending from the
mailbox, makes something happen before it is due, then lets the worker act at the due moment,
often without polling first (the worker polls every few minutes; a reply may land in between,
and the check just before sending is all that stands in its way). The oracle then judges what
reached the recruiter, as for every other step.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import rule

from relance.mailbox.models import IncomingMessage
from relance.mailbox.services import approve_followup, dismiss_incoming
from relance.tracker.models import FollowUp
from relance.tracker.services import followups
from relance.tracker.services.interviews import save_agreement
from relance.tracker.services.replies import record_reply
from tests.fixtures.golden_oracle import in_email_window, local

from .candidate import CALM, CandidateSteps
from .clock import ClockSteps
from .recruiter import RecruiterSteps
from .world import STATS

EMAIL_ROWS = ("catchup", "thankyou", "followup_email", "feedback_request")
WRITES: dict[str, Any] = {
    "data": st.data(),
    "kind": st.sampled_from(["reply", "reply", "bulk_reply", "colleague", "out_of_office"]),
    "away_days": st.integers(1, 12),
    "lands": st.sampled_from(["after_approval", "at_due"]),
    "minutes": st.sampled_from([0, 1, 20]),
    "polls": st.sampled_from([False, False, False, True]),
}
FACTS: dict[str, Any] = {
    "data": st.data(),
    "change": st.sampled_from(["agreement", "phone", "away", "late", "late"]),
    "days": st.integers(1, 12),
    "late": st.integers(0, 39),
    "minutes": st.sampled_from([0, 1, 20]),
    "polls": st.booleans(),
}


class Scenarios(CandidateSteps, RecruiterSteps, ClockSteps):
    """Approve, something happens, the worker acts at the due moment."""

    def approve_for_mailbox(self, data: st.DataObject) -> FollowUp | None:
        """A calm text approved for sending from the mailbox (None: nothing to approve)."""
        rows = [r for r in self.rows("planned", "drafted") if r.kind in EMAIL_ROWS]
        if not rows:
            return None
        row = data.draw(st.sampled_from(rows), label="row")
        self.dismiss_pending()  # what an earlier scenario left waiting would block approval
        if not self.attempt(
            f"draft #{row.pk} {row.kind} calm",
            lambda: followups.save_draft(
                row, subject="Suite à notre entretien", body=CALM, now=self.now
            ),
        ):
            return None
        row.refresh_from_db()
        pending = self.system_pending()
        if not self.attempt(
            f"approve #{row.pk} {row.kind} by mailbox",
            lambda: approve_followup(row, now=self.now, send_by="mailbox") or True,
        ):
            return None
        self.approved(row)
        STATS["scenario: approved for the mailbox"] += 1
        if pending:
            self.fail(f"#{row.pk} approved while possible replies were pending: {pending}")
        row.refresh_from_db()
        return row

    def dismiss_pending(self) -> None:
        """The candidate reads the messages waiting for their word: nothing to act on."""
        for incoming in IncomingMessage.objects.filter(
            application=self.app, status="pending", kind__in=["reply", "possible_reply"]
        ):
            done = self.attempt(
                f"dismiss {incoming.message_id}", lambda m=incoming: dismiss_incoming(m)
            )
            if done and incoming.message_id in self.mail_replies:
                self.mail_replies[incoming.message_id][1] = True

    def worker_at_due(self, row: FollowUp, minutes: int, polls: bool) -> None:
        """The clock to the row's due moment (plus some minutes), then one worker pass."""
        row.refresh_from_db()
        if row.due_at is not None:
            self.now = max(self.now, row.due_at + timedelta(minutes=minutes))
            self.note(f"clock to #{row.pk}'s due moment +{minutes} min")
        self.worker_pass(poll_first=polls)

    def approve_then_recruiter_writes(
        self,
        data: st.DataObject,
        kind: str,
        away_days: int,
        lands: str,
        minutes: int,
        polls: bool,
    ) -> None:
        """Approved for the mailbox; the recruiter answers (threaded or not), a colleague
        writes, or an absence notice arrives, before the worker's pass at the due moment."""
        row = self.approve_for_mailbox(data)
        if row is None:
            return
        if lands == "after_approval":
            self.recruiter_writes(kind, away_days)
            self.worker_at_due(row, minutes, polls)
            return
        row.refresh_from_db()
        if row.due_at is not None:
            self.now = max(self.now, row.due_at + timedelta(minutes=minutes))
        self.recruiter_writes(kind, away_days)
        self.worker_pass(poll_first=polls)

    def approve_then_facts_change(
        self,
        data: st.DataObject,
        change: str,
        days: int,
        late: int,
        minutes: int,
        polls: bool,
    ) -> None:
        """Approved for the mailbox, then a new recruiter date (the agreement changed, a phone
        call postponed the decision, an absence notice), or the worker comes late (outside the
        e-mail window, still inside the row's window of days); then the worker acts."""
        row = self.approve_for_mailbox(data)
        if row is None:
            return
        day = local(self.now).date() + timedelta(days=days)
        if change == "agreement":
            interview = self.held_interview()
            if interview is not None:
                self.attempt(
                    f"agreement decision {day}",
                    lambda: save_agreement(
                        interview, self.now, agreement_obtained=True, decision_date=day,
                        callback_date=None, no_news_means_no_by=None,
                    ),
                )  # fmt: skip
        elif change == "phone":
            self.attempt(
                f"reply by phone postponed {day}",
                lambda: record_reply(
                    self.app, at=self.now, channel="phone", outcome="postponed", new_date=day,
                    now=self.now,
                ),
            )  # fmt: skip
        elif change == "away":
            self.recruiter_writes("out_of_office", days)
        else:
            row.refresh_from_db()
            late_at = self.late_moment(row, late)
            if late_at is not None:
                self.now = max(self.now, late_at)
                self.note("the worker comes late, outside the e-mail window")
            self.worker_pass(poll_first=polls)
            return
        self.worker_at_due(row, minutes, polls)

    @staticmethod
    def late_moment(row: FollowUp, pick: int) -> datetime | None:
        """A moment after the row is due, inside its window of days but outside the e-mail
        window (a worker that was down, a retry after a backoff): the rules must make it wait.
        """
        if row.due_at is None:
            return None
        moments = []
        at = row.due_at + timedelta(minutes=30)
        while at <= row.latest_at and len(moments) < 40:
            if not in_email_window(at):
                moments.append(at)
            at += timedelta(minutes=45)
        return moments[pick % len(moments)] if moments else None

    # Each registered twice: hypothesis draws among the rules evenly, and these are the paths
    # single steps seldom reach (most examples should walk them, and more than once).
    reply_lands_before_the_send = rule(**WRITES)(approve_then_recruiter_writes)
    reply_lands_before_the_send_too = rule(**WRITES)(approve_then_recruiter_writes)
    facts_change_before_the_send = rule(**FACTS)(approve_then_facts_change)
    facts_change_before_the_send_too = rule(**FACTS)(approve_then_facts_change)
