"""The shapes of the coaching operations: the coach's dashboard, a candidate's shared data,
nudges and draft reviews, and the candidate's consent, audit log and answers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from ninja import Field, Schema

from relance.api.schemas import Page
from relance.coaching.models import NudgeTemplate, ReviewState, Role, Sharing, Viewed
from relance.tracker.models.choices import Kind, State, Status


class ApplicationRef(Schema):
    id: int
    company: str
    position: str


class LineOut(Schema):
    reason: str = Field(description="Why this candidate needs attention: `debrief`, `reply`…")
    rule: str = Field(description="The rule behind it (a golden rule or a `coach.*` one).")
    label: str
    explanation: str
    nudge: NudgeTemplate | None = Field(description="The nudge to send; null: open the review.")
    application: ApplicationRef | None
    review: int | None


class CandidateRow(Schema):
    membership: int = Field(description="The id of /coaching/candidates/{pk}/.")
    name: str
    organisation: str
    sharing: Sharing
    lines: list[LineOut]


class DashboardOut(Schema):
    items: list[CandidateRow]
    page: int
    pages: int
    total: int  # candidates needing attention, on every page


class SharedInterview(Schema):
    round: int
    at: datetime
    agreement_obtained: bool
    decision_date: date | None
    debrief: dict[str, str] | None = Field(description="Only when the candidate shares texts.")


class SharedFollowUp(Schema):
    kind: Kind
    state: State
    earliest: datetime
    latest: datetime
    subject: str | None = Field(description="Only when the candidate shares texts.")
    body: str | None = Field(description="Only when the candidate shares texts.")


class SharedApplication(Schema):
    id: int
    company: str
    position: str
    status: Status
    next_due_at: datetime | None
    next_kind: str | None
    interviews: list[SharedInterview]
    followups: list[SharedFollowUp]


class CandidateOut(Schema):
    membership: int
    name: str
    organisation: str
    sharing: Sharing
    shared: bool = Field(description="False: the candidate shares nothing now; no data below.")
    texts: bool = Field(description="Whether debriefs and message texts are shared.")
    lines: list[LineOut]
    applications: list[SharedApplication]


class NudgeIn(Schema):
    template: NudgeTemplate
    note: str = Field("", max_length=280, description="A word of yours, on one line.")


class NudgeOut(Schema):
    id: int
    template: NudgeTemplate
    text: str = Field(description="The template, in the reader's language.")
    note: str
    coach: str
    created_at: datetime
    read_at: datetime | None


class NudgePage(Page):
    items: list[NudgeOut]


class DiffPiece(Schema):
    op: Literal["same", "ins", "del"]
    text: str


class ReviewOut(Schema):
    id: int
    state: ReviewState
    followup: int
    kind: Kind
    application: ApplicationRef
    candidate: str
    coach: str
    original_subject: str
    original_body: str
    comment: str
    proposed_subject: str
    proposed_body: str
    diff: list[DiffPiece] = Field(description="Word by word, from the original to the proposal.")
    created_at: datetime
    answered_at: datetime | None


class ReviewPage(Page):
    items: list[ReviewOut]


class ProposalIn(Schema):
    comment: str = Field("", max_length=50_000)
    subject: str = Field("", max_length=300)
    body: str = Field(..., min_length=1, max_length=50_000)


class MembershipOut(Schema):
    id: int
    organisation: str
    role: Role
    coach: str | None
    sharing: Sharing
    joined_at: datetime


class MembershipPage(Page):
    items: list[MembershipOut]


class SharingIn(Schema):
    sharing: Sharing


class AuditOut(Schema):
    id: int
    coach: str
    what: Viewed
    what_text: str
    object_id: int | None
    at: datetime


class AuditPage(Page):
    items: list[AuditOut]


class ReadOut(Schema):
    id: int
    read: bool
