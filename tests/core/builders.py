"""Short builders for the engine's facts, so scenario tests read like the table in docs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from relance.core.facts import (
    Agreement,
    ApplicationFacts,
    ApplicationStatus,
    CallOutcome,
    Channel,
    ContactFacts,
    FollowUpFacts,
    FollowUpState,
    InterviewFacts,
    Kind,
    Place,
    ReplyFacts,
)
from relance.core.rules import Action

PARIS = ZoneInfo("Europe/Paris")
INTERVIEW_ID = 10
BOSS = ContactFacts(1, is_decision_maker=True, has_direct_line=True)
HR = ContactFacts(2, is_decision_maker=False, has_direct_line=True)


def at(day: date, hour: int = 10, minute: int = 0, tz: str | ZoneInfo = PARIS) -> datetime:
    """A local wall-clock moment, in UTC."""
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)


def local(moment: datetime, tz: str | ZoneInfo = PARIS) -> datetime:
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    return moment.astimezone(zone).replace(tzinfo=None)


def interview(
    day: date, agreement: Agreement | None = None, *, id: int = INTERVIEW_ID, round: int = 1
) -> InterviewFacts:
    return InterviewFacts(id, round, at(day, 10), agreement or Agreement())


def application(
    *interviews: InterviewFacts,
    place: Place | None = None,
    contacts: tuple[ContactFacts, ...] = (BOSS,),
    followups: tuple[FollowUpFacts, ...] = (),
    replies: tuple[ReplyFacts, ...] = (),
    status: ApplicationStatus = ApplicationStatus.WAITING,
) -> ApplicationFacts:
    return ApplicationFacts(
        1,
        status,
        place or Place(),
        interviews=interviews,
        contacts=contacts,
        followups=followups,
        replies=replies,
    )


def sent(
    kind: Kind,
    when: datetime,
    *,
    id: int = 100,
    interview_id: int = INTERVIEW_ID,
    outcome: CallOutcome | None = None,
    state: FollowUpState = FollowUpState.SENT,
) -> FollowUpFacts:
    channel = Channel.PHONE if kind is Kind.FOLLOWUP_CALL else Channel.EMAIL
    return FollowUpFacts(
        id, kind, channel, state, interview_id, due_at=when, done_at=when, call_outcome=outcome
    )


def planned(kind: Kind, due: datetime | None, *, id: int = 200) -> FollowUpFacts:
    channel = Channel.PHONE if kind is Kind.FOLLOWUP_CALL else Channel.EMAIL
    return FollowUpFacts(id, kind, channel, FollowUpState.PLANNED, INTERVIEW_ID, due_at=due)


def only(actions: list[Action], kind: Kind) -> Action:
    found = [a for a in actions if a.kind is kind]
    assert len(found) == 1, f"expected one {kind}, got {[a.kind for a in actions]}"
    return found[0]


def kinds(actions: list[Action]) -> list[Kind]:
    return [a.kind for a in actions]
