"""What the rules engine returns: actions to take and pending rows to retire."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from relance.core.facts import Channel, FollowUpState, Kind

SUGGESTION_KINDS = frozenset(
    {
        Kind.SUGGEST_CLOSE_REJECTED,
        Kind.SUGGEST_CLOSE_NO_ANSWER,
        Kind.CONFIRM_REPLY,
        Kind.PREPARE_INTERVIEW,
    }
)


@dataclass(frozen=True, slots=True)
class Action:
    """One thing to do, with its window and the reasons (N_ msgids filled from params)."""

    kind: Kind
    channel: Channel | None  # None for suggestions
    interview_id: int | None
    earliest: datetime  # UTC, the window start
    latest: datetime  # UTC, the window end; for a catch-up, the end of its grace period
    late: bool = False
    optional: bool = False
    rule_ids: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    followup_id: int | None = None  # the existing pending row this action is
    contact_id: int | None = None  # whom to write to or call
    params: dict[str, str | int] = field(default_factory=dict, hash=False)

    @property
    def is_suggestion(self) -> bool:
        return self.kind in SUGGESTION_KINDS

    def messages(self) -> tuple[str, ...]:
        """Reasons then warnings, in English, placeholders filled (for logs and the CLI)."""
        return tuple(m % self.params for m in self.reasons + self.warnings)


@dataclass(frozen=True, slots=True)
class StaleFollowUp:
    """A pending row the plan no longer wants: move it to `state` (cancelled or lapsed)."""

    followup_id: int
    state: FollowUpState
    rule_id: str
