"""A follow-up (catch-up, thank-you, follow-up e-mail or call, feedback request) and its
attempts."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from relance.tracker import lifecycle as lc
from relance.tracker.models.application import Application, Contact
from relance.tracker.models.choices import CallOutcome, Channel, Kind, SendBy, State
from relance.tracker.models.interview import Interview


class FollowUp(models.Model):
    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    application = models.ForeignKey(Application, models.CASCADE, related_name="followups")
    interview = models.ForeignKey(
        Interview, models.SET_NULL, null=True, blank=True, related_name="followups"
    )
    contact = models.ForeignKey(
        Contact, models.SET_NULL, null=True, blank=True, related_name="followups"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.PLANNED
    )
    # The window the rules engine allowed, in UTC.
    earliest_at = models.DateTimeField(_("not before"))
    latest_at = models.DateTimeField(_("not after"))
    # When the worker should send it: set on approval, inside the window.
    due_at = models.DateTimeField(_("scheduled for"), null=True, blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    body = models.TextField(_("message"), blank=True)
    message_id = models.CharField(max_length=250, blank=True)
    # Set when a worker claims the row: its later transitions match it, so a worker that
    # stalled past the in-flight timeout cannot move a row another worker now holds.
    claim = models.UUIDField(null=True, blank=True, editable=False)
    # The sending day the draft's relative wording ("hier", "mardi") was written for.
    written_for = models.DateField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    # Who sends an approved e-mail: the worker from the candidate's mailbox, or the candidate.
    send_by = models.CharField(_("sent by"), max_length=8, choices=SendBy.choices, blank=True)
    # Tone findings the candidate judged fine here: [{"rule_id", "excerpt", "at"}].
    dismissed_findings = models.JSONField(default=list, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    call_outcome = models.CharField(max_length=12, choices=CallOutcome.choices, blank=True)
    outcome_notes = models.TextField(_("what was said"), blank=True)
    last_error = models.TextField(blank=True)
    retry_count = models.PositiveSmallIntegerField(default=0)
    # Set from the caller's clock (not auto_now_add), so plans made "as of" a moment
    # compare correctly with the replies of that moment.
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["earliest_at"]
        indexes = [
            # Matches the worker's claim query exactly, so a pass costs the due rows only.
            models.Index(
                fields=["due_at"],
                name="followup_mailbox_due",
                condition=models.Q(state=State.APPROVED, send_by="mailbox"),
            ),
            # What may need a coach's attention (to draft, approved, failed, in doubt): the
            # dashboard reads these rows, never the follow-ups long sent.
            models.Index(
                fields=["application"],
                name="followup_open",
                condition=models.Q(
                    state__in=[
                        State.PLANNED,
                        State.DRAFTED,
                        State.APPROVED,
                        State.FAILED,
                        State.UNKNOWN,
                    ]
                ),
            ),
            # The two rarest of those, which the dashboard asks for on their own: failed or
            # in doubt, and approved past its window. Scanning the open ones to find them
            # cost a read of every follow-up waiting to be drafted.
            models.Index(
                fields=["application"],
                name="followup_settleable",
                condition=models.Q(state__in=[State.FAILED, State.UNKNOWN]),
            ),
            models.Index(
                fields=["latest_at"],
                name="followup_approved_latest",
                condition=models.Q(state=State.APPROVED),
            ),
            models.Index(
                fields=["updated_at"],
                name="followup_in_flight",
                condition=models.Q(state__in=[State.SENDING, State.COMMITTING]),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.application}"

    # The states the templates ask about, named here so that no template spells a state.
    @property
    def is_approved(self) -> bool:
        """Approved: waits for its time (sent by the mailbox or by the candidate)."""
        return self.state == lc.APPROVED

    @property
    def is_unknown(self) -> bool:
        """Whether it went is in doubt: only the candidate can say."""
        return self.state == lc.UNKNOWN


class SendAttempt(models.Model):
    """Written before each try to send, so a crash leaves a trace to settle."""

    followup = models.ForeignKey(FollowUp, models.CASCADE, related_name="send_attempts")
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    result = models.CharField(max_length=20, blank=True)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ["started_at"]

    def __str__(self) -> str:
        return f"{self.started_at:%Y-%m-%d %H:%M} {self.result or '…'}"


class CallAttempt(models.Model):
    followup = models.ForeignKey(FollowUp, models.CASCADE, related_name="call_attempts")
    at = models.DateTimeField()
    outcome = models.CharField(max_length=12, choices=CallOutcome.choices)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["at"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.outcome}"
