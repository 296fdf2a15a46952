"""Where an e-mail follow-up stands on its way out, and what a possible reply says, as the
candidate sees them (the web, the CLI and the API show the same)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils.translation import gettext as _

from relance.core.facts import EMAIL_KINDS
from relance.mailbox.explain import advice, category, stored_error
from relance.mailbox.models import IncomingMessage
from relance.tracker import lifecycle as lc
from relance.tracker.models import FollowUp


@dataclass(frozen=True)
class SendState:
    state: str  # approved (being retried), sending, committing, sent, failed, unknown
    tone: str  # info, ok, warning, error: how the box is drawn
    title: str
    reason: str = ""  # what the server or Relance said, translated when known
    category: str = ""  # what failed: DNS, TLS, authentication, recipient address…
    advice: str = ""  # what to do now
    when: datetime | None = None
    doubtful_address: str = ""  # the contact's address, marked doubtful after a bounce

    @property
    def asks_candidate(self) -> bool:
        """A failed or unknown follow-up waits for the candidate: it offers the ways out."""
        return self.state in lc.SETTLEABLE

    @property
    def is_failed(self) -> bool:
        return self.state == lc.FAILED

    @property
    def is_unknown(self) -> bool:
        return self.state == lc.UNKNOWN


def send_state(followup: FollowUp) -> SendState | None:
    """None when there is nothing to say about sending (a draft, a call, a hand-sent e-mail)."""
    if followup.kind not in EMAIL_KINDS or followup.state not in lc.SEND_PANEL_STATES:
        return None
    code, reason = stored_error(followup.last_error)
    state = followup.state
    if state == lc.APPROVED:
        if not followup.retry_count or not reason:
            return None  # plainly scheduled: the editor and the plan already say when
        return SendState(
            state, "warning", _("Not sent yet: the server had a passing problem"), reason,
            category(code), _("Relance tries again by itself at the time shown."),
            followup.due_at,
        )  # fmt: skip
    if state == lc.SENDING:
        return SendState(state, "info", _("Sending now…"), when=followup.updated_at)
    if state == lc.COMMITTING:
        return SendState(
            state, "info", _("Being handed to the mail server"),
            advice=_("If this lasts, Relance looks for the copy in your mailbox and tells you."),
            when=followup.updated_at,
        )  # fmt: skip
    if state == lc.SENT:
        return SendState(state, "ok", _("Sent from your mailbox"), when=followup.done_at)
    if state == lc.UNKNOWN:
        return SendState(
            state, "warning", _("We could not confirm whether the server accepted it"),
            advice=_(
                "Look in your Sent folder, or for the copy sent to your own address in your "
                "inbox. Then tell Relance: it never sends again by itself."
            ),
            when=followup.updated_at,
        )  # fmt: skip
    return _failed(followup, code, reason)


def _failed(followup: FollowUp, code: str, reason: str) -> SendState:
    contact = followup.contact
    doubtful = contact.email if contact is not None and contact.email_doubtful else ""
    what_to_do = advice(code)
    return SendState(
        lc.FAILED.value, "error", _("Not sent"), reason or _("The mail server refused it."),
        category(code), what_to_do,
        followup.updated_at, doubtful,
    )  # fmt: skip


def incoming_summary(incoming: IncomingMessage) -> dict[str, Any]:
    """A possible reply waiting for the candidate's word: who, about what, what Relance read."""
    app = incoming.application
    return {
        "id": incoming.pk,
        "kind": incoming.kind,
        "application": app.pk if app else None,
        "company": app.company if app else "",
        "position": app.position if app else "",
        "from": incoming.from_address,
        "received_at": incoming.received_at,
        "subject": incoming.subject,
        "excerpt": incoming.excerpt[:400],
        "proposed_outcome": incoming.proposed_outcome or None,
        "proposed_date": incoming.proposed_date,
        "evidence": incoming.evidence,
    }
