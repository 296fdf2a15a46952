"""What the candidate does, through the same services the web, the CLI and the API call."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import rule

from relance.mailbox.models import IncomingMessage
from relance.mailbox.services import (
    approve_followup,
    confirm_incoming,
    dismiss_incoming,
    mark_unknown_failed,
    mark_unknown_sent,
)
from relance.tracker import lifecycle as lc
from relance.tracker.models import Interview
from relance.tracker.services import followups, settling, tone_gate
from relance.tracker.services.interviews import add_interview, save_agreement
from relance.tracker.services.replies import record_reply
from tests.fixtures.golden_oracle import local

from .worker import WorkerSteps

CALM = (
    "Madame Durand,\n\nJe me permets de revenir vers vous au sujet du poste de chef de rang "
    "pour lequel nous nous sommes rencontrés. Je reste très intéressée par ce poste.\n\n"
    "Bien cordialement,\nAlice Martin"
)
TEXTS = {
    "calm": ("Suite à notre entretien", CALM),
    "impatient": (
        "Suite à notre entretien",
        CALM.replace(
            "Bien cordialement", "J'attends votre réponse au plus vite !\n\nBien cordialement"
        ),
    ),
    "placeholder": (
        "Suite à notre entretien",
        CALM.replace("ce poste.", "ce poste, [À COMPLÉTER : ce que vous avez retenu]."),
    ),
}


class CandidateSteps(WorkerSteps):
    """The candidate's steps (approving may let the worker run for a while)."""

    @rule(hours=st.sampled_from([-3, 2, 50]), really=st.integers(0, 2))
    def record_interview(self, hours: int, really: int) -> None:
        if really or Interview.objects.filter(application=self.app).count() >= 3:
            return
        at = self.now + timedelta(hours=hours)
        self.attempt(
            f"interview at {at:%d %H:%M}Z", lambda: add_interview(self.app, at=at, now=self.now)
        )

    @rule(
        kind=st.sampled_from(["decision", "callback", "no_news", "not_obtained"]),
        days=st.integers(0, 12),
        really=st.integers(0, 1),
    )
    def save_agreement(self, kind: str, days: int, really: int) -> None:
        interview = self.held_interview()
        if interview is None or really:
            return
        day = local(interview.at).date() + timedelta(days=days)
        fields: dict[str, Any] = {
            "agreement_obtained": kind != "not_obtained",
            "decision_date": day if kind == "decision" else None,
            "callback_date": day if kind == "callback" else None,
            "no_news_means_no_by": day if kind == "no_news" else None,
        }
        self.attempt(
            f"agreement {kind} {day}", lambda: save_agreement(interview, self.now, **fields)
        )

    @rule(data=st.data(), text=st.sampled_from(sorted(TEXTS)))
    def save_draft(self, data: st.DataObject, text: str) -> None:
        row = self.pick(data, "planned", "drafted")
        if row is None:
            return
        subject, body = TEXTS[text]
        self.attempt(
            f"draft #{row.pk} {row.kind} {text}",
            lambda: followups.save_draft(row, subject=subject, body=body, now=self.now),
        )

    @rule(
        data=st.data(),
        text=st.sampled_from([*sorted(TEXTS), "calm", "keep"]),
        dismiss=st.booleans(),
        send_by=st.sampled_from(["mailbox", "mailbox", "self", None]),
        then_worker=st.sampled_from([0, 0, 3, 24, 72]),
    )
    def prepare_and_approve(
        self,
        data: st.DataObject,
        text: str,
        dismiss: bool,
        send_by: str | None,
        then_worker: int,
    ) -> None:
        """The usual path in one sitting: write (or generate) the text, heed the tone guard or
        dismiss its finding ("this is fine here"), approve."""
        row = self.pick(data, "planned", "drafted")
        if row is None:
            return
        if text != "keep":
            subject, body = TEXTS[text]
            saved = self.attempt(
                f"draft #{row.pk} {row.kind} {text}",
                lambda: followups.save_draft(row, subject=subject, body=body, now=self.now),
            )
            if saved is None:
                return
        row.refresh_from_db()
        found = tone_gate.blocking_findings(row, row.subject, row.body)
        if dismiss and found:
            rule_id = found[0].finding.rule_id
            self.attempt(
                f"dismiss {rule_id} on #{row.pk}",
                lambda: tone_gate.dismiss_finding(row, rule_id, now=self.now),
            )
            row.refresh_from_db()
        pending = self.system_pending()
        if self.attempt(
            f"approve #{row.pk} {row.kind} by {send_by}",
            lambda: approve_followup(row, now=self.now, send_by=send_by) or True,
        ):
            self.approved(row)
            if pending:  # issue 9: "nothing is planned, approved or sent" until it is settled
                self.fail(f"#{row.pk} approved while possible replies were pending: {pending}")
            if then_worker:
                self.worker_runs(then_worker, polls=True)

    @rule(data=st.data(), minutes_ago=st.sampled_from([0, 30]))
    def mark_sent(self, data: st.DataObject, minutes_ago: int) -> None:
        row = self.pick(data, *lc.SENDABLE_BY_HAND)
        if row is None or row.kind == "followup_call":
            return
        at = self.now - timedelta(minutes=minutes_ago)
        pending = self.system_pending()
        if self.attempt(
            f"mark #{row.pk} {row.kind} sent by hand",
            lambda: followups.mark_sent(row, at=at, now=self.now),
        ):
            row.refresh_from_db()
            self.deliver(row, at, by_worker=False, pending=pending)

    @rule(data=st.data(), how=st.sampled_from(["back", "retry", "unknown_sent", "unknown_failed"]))
    def settle(self, data: st.DataObject, how: str) -> None:
        row = self.pick(data, "failed", "unknown")
        if row is None:
            return
        calls = {
            "back": lambda: settling.back_to_draft(row, now=self.now),
            "retry": lambda: settling.retry(row, now=self.now, send_by="mailbox"),
            "unknown_sent": lambda: mark_unknown_sent(row, now=self.now),
            "unknown_failed": lambda: mark_unknown_failed(row, now=self.now),
        }
        if self.attempt(f"settle #{row.pk} ({row.state}) {how}", calls[how]) and how == "retry":
            self.approved(row)

    @rule(data=st.data(), really=st.integers(0, 3))
    def cancel(self, data: st.DataObject, really: int) -> None:
        row = self.pick(data, "planned", "drafted", "approved")
        if row is not None and really == 0:
            self.attempt(f"cancel #{row.pk}", lambda: followups.cancel(row, now=self.now))

    @rule(
        outcome=st.sampled_from(["postponed", "other", "rejection", "next_round"]),
        days=st.integers(1, 15),
        really=st.integers(0, 1),
    )
    def record_reply(self, outcome: str, days: int, really: int) -> None:
        if really:
            return
        new_date = local(self.now).date() + timedelta(days=days) if outcome == "postponed" else None
        self.attempt(
            f"reply by phone {outcome} {new_date}",
            lambda: record_reply(
                self.app, at=self.now, channel="phone", outcome=outcome, new_date=new_date,
                now=self.now,
            ),
        )  # fmt: skip

    @rule(
        data=st.data(),
        outcome=st.sampled_from(["postponed", "other", "rejection", "dismiss"]),
        days=st.integers(1, 15),
        really=st.integers(0, 1),
    )
    def candidate_reads_mail(
        self, data: st.DataObject, outcome: str, days: int, really: int
    ) -> None:
        if really:
            return
        pending = list(
            IncomingMessage.objects.filter(
                application=self.app, status="pending", kind__in=["reply", "possible_reply"]
            ).order_by("pk")
        )
        if not pending:
            return
        incoming = data.draw(st.sampled_from(pending), label="incoming")
        if outcome == "dismiss":
            done = self.attempt(
                f"dismiss {incoming.message_id}", lambda: dismiss_incoming(incoming)
            )
        else:
            new_date = (
                local(self.now).date() + timedelta(days=days) if outcome == "postponed" else None
            )
            done = self.attempt(
                f"confirm {incoming.message_id} as {outcome} {new_date}",
                lambda: confirm_incoming(
                    incoming, outcome=outcome, new_date=new_date, now=self.now
                ) or True,
            )  # fmt: skip
        if done and incoming.message_id in self.mail_replies:
            self.mail_replies[incoming.message_id][1] = True
