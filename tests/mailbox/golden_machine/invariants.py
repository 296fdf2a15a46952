"""What must hold after every step of the machine."""

from __future__ import annotations

from hypothesis.stateful import invariant

from relance.mailbox import sending
from relance.tracker.models import FollowUp, TimelineEvent

from .world import GoldenWorld


class Invariants(GoldenWorld):
    """Checked by hypothesis after every step."""

    @invariant()
    def nothing_lost(self) -> None:
        """After a worker pass, no approved e-mail is stuck past its window or mid-send."""
        if self.last_pass is None or self.last_pass != self.now:
            return
        stale = self.now - sending.IN_FLIGHT_TIMEOUT
        for row in self.rows("approved", "sending"):
            if row.state == "sending" and row.updated_at <= stale:
                self.fail(f"#{row.pk} stuck sending since {row.updated_at}")
            if (
                row.state == "approved"
                and row.send_by == "mailbox"
                and row.latest_at < self.now
                and row.due_at is not None
                and row.due_at <= self.now
            ):
                self.fail(f"#{row.pk} still approved after its window closed ({row.latest_at})")

    @invariant()
    def every_end_is_visible(self) -> None:
        """An approved follow-up that did not go says why, where the candidate sees it."""
        if not hasattr(self, "app"):
            return
        for row in FollowUp.objects.filter(pk__in=self.ever_approved):
            if row.state in ("failed", "unknown") and not row.last_error:
                self.fail(f"#{row.pk} is {row.state} with no cause shown")
            if row.state in ("cancelled", "lapsed"):
                events = TimelineEvent.objects.filter(
                    application=self.app, kind=f"followup.{row.state}"
                )
                if not any(e.data.get("followup") == row.pk for e in events):
                    self.fail(f"#{row.pk} is {row.state} with no event saying why")
