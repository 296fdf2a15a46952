"""The shapes the API reads and writes: the OpenAPI document is generated from these.

Dates and times in request bodies are text, read by the same parser as the web app and the
command line (`2026-03-10 14:30` is local to the place of work, an offset is kept), so that
a refused value gets the same translated 400 everywhere."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from ninja import Field, Schema

from relance.tracker.models.choices import (
    CallOutcome,
    Channel,
    Civility,
    InterviewFormat,
    Kind,
    Language,
    ReplyOutcome,
    SendBy,
    State,
    Status,
)

MOMENT = "Date and time: `2026-03-10 14:30` (local to the place of work) or ISO 8601 with offset."
DAY = "A day, `2026-03-20`."


class Page(Schema):
    next: str | None = Field(
        None, description="Pass as `cursor` for the next page; null on the last page."
    )


# Applications -------------------------------------------------------------------------------


class ApplicationOut(Schema):
    id: int
    company: str
    position: str
    status: Status
    next_due_at: datetime | None
    next_kind: str | None


class ApplicationPage(Page):
    items: list[ApplicationOut]


class ApplicationIn(Schema):
    company: str = Field(..., max_length=200)
    position: str = Field(..., max_length=200)
    job_url: str = ""
    source: str = ""
    agency_client: str = Field(
        "",
        max_length=200,
        description="When the company is an interim agency: the client company of the job.",
    )


class ApplicationCreated(ApplicationOut):
    duplicates: list[int] = Field(description="Your applications for the same job, if any.")


class StatusIn(Schema):
    status: Status


class PlaceIn(Schema):
    country: str = Field("", description="FR, BE, CH… Blank everywhere: your profile's place.")
    subdivision: str = Field("", description="Region or département (57, 974…).")
    timezone: str = Field("", description="e.g. Indian/Reunion")


class LanguageIn(Schema):
    language: Language | None = Field(None, description="null: from the place of work.")


class ApplicationPlace(ApplicationOut):
    place_country: str
    place_subdivision: str
    place_timezone: str
    language: str = Field(description="The language its messages are written in.")


class PhoneOut(Schema):
    number: str
    is_direct_line: bool


class ContactIn(Schema):
    last_name: str
    first_name: str = ""
    civility: Civility = Civility.NONE
    role: str = ""
    email: str = ""
    direct_lines: list[str] = Field(default_factory=list, max_length=20)
    switchboards: list[str] = Field(default_factory=list, max_length=20)
    is_decision_maker: bool = False
    preferred_channel: Channel | None = None
    timezone: str = Field("", description="If not the place of work's.")


class ContactOut(Schema):
    id: int
    application: int
    first_name: str
    last_name: str
    civility: str
    role: str
    email: str
    email_doubtful: bool
    is_decision_maker: bool
    preferred_channel: str
    timezone: str
    phones: list[PhoneOut]


class InterviewBrief(Schema):
    id: int
    round: int
    at: datetime
    format: str
    interviewers: str


class FollowUpOut(Schema):
    id: int
    application: int
    kind: Kind
    channel: Channel
    state: State
    earliest: datetime
    latest: datetime
    due_at: datetime | None
    send_by: SendBy | None
    done_at: datetime | None
    cause: str | None = Field(description="The worker's last word on it, stored.")
    dismissed_findings: list[Any]


class FollowUpDetail(FollowUpOut):
    cause_text: str | None = Field(description="Why it failed or waits, in your language.")


class FollowUpPage(Page):
    items: list[FollowUpOut]


class PlannedAction(Schema):
    kind: str
    earliest: datetime
    latest: datetime
    followup: int | None


class EventOut(Schema):
    at: datetime
    kind: str
    data: dict[str, Any]


class ApplicationDetail(ApplicationPlace):
    job_url: str
    source: str
    agency_client: str
    contacts: list[ContactOut]
    interviews: list[InterviewBrief]
    followups: list[FollowUpOut]
    plan: list[PlannedAction]
    timeline: list[EventOut]


# Interviews ---------------------------------------------------------------------------------


class InterviewIn(Schema):
    at: str = Field(..., description=MOMENT, examples=["2026-03-10 14:30"])
    round: int | None = Field(None, ge=1, le=20, description="Default: the next round.")
    format: InterviewFormat = InterviewFormat.ONSITE
    interviewers: str = ""


class InterviewPatch(Schema):
    at: str | None = Field(None, description=MOMENT)
    format: InterviewFormat | None = None
    interviewers: str | None = None


class InterviewCreated(Schema):
    id: int
    round: int


class AgreementIn(Schema):
    obtained: bool = Field(True, description="false: you could not get the next steps.")
    decision_date: str | None = Field(None, description=DAY, examples=["2026-03-20"])
    process: str = ""
    callback_date: str | None = Field(None, description=DAY)
    channel: Channel | None = None
    no_news_means_no_by: str | None = Field(None, description=DAY)


class DebriefIn(Schema):
    strong_points: str | None = None
    recruiter_needs: str | None = None
    role_understood: str | None = None
    expectations: str | None = None
    motivation: str | None = None
    notes: str | None = None


class DebriefSaved(Schema):
    saved: list[str]


# Follow-ups, replies --------------------------------------------------------------------------


class ApproveIn(Schema):
    at: str | None = Field(None, description=MOMENT + " Default: as soon as allowed.")
    send_by: SendBy | None = Field(None, description="Default: mailbox when one works.")


class SentIn(Schema):
    at: str | None = Field(None, description=MOMENT + " Default: now.")


class CallIn(Schema):
    outcome: CallOutcome
    notes: str = ""
    new_date: str | None = Field(None, description=DAY)
    at: str | None = Field(None, description=MOMENT + " Default: now.")


class RetryIn(Schema):
    send_by: SendBy | None = None


class DismissFindingIn(Schema):
    rule_id: str = Field(..., examples=["fr.impatience.urgence"])


class DraftIn(Schema):
    subject: str | None = Field(None, description="Omit both to store the generated draft.")
    body: str | None = None


class DraftNote(Schema):
    part: str = Field(examples=["strong_points"])
    text: str
    reason: str = Field(examples=["employer"])


class DraftOut(Schema):
    kind: str
    lang: str
    text: str
    subject: str | None = None
    html: str | None = None
    mailto: str | None = None
    opener: str | None = None
    answers: dict[str, Any] | None = None
    reply_labels: dict[str, Any] | None = None
    placeholders: list[str]
    approvable: bool
    left_out: list[DraftNote] = Field(
        default_factory=list,
        description="Notes kept out of the message, the recruiter must not read them; why.",
    )
    review: list[DraftNote] = Field(
        default_factory=list, description="Fragments of the notes kept as typed: to re-read."
    )
    saved_subject: str = Field(description="The text stored on the follow-up (blank: none).")
    saved_body: str


class ReplyIn(Schema):
    outcome: ReplyOutcome
    new_date: str | None = Field(None, description=DAY)
    channel: Channel = Channel.EMAIL
    at: str | None = Field(None, description=MOMENT + " Default: now.")
    notes: str = ""


class Created(Schema):
    id: int


class PossibleReplyOut(Schema):
    id: int
    kind: str
    application: int | None
    company: str
    position: str
    from_address: str = Field(alias="from")
    received_at: datetime
    subject: str
    excerpt: str
    proposed_outcome: str | None
    proposed_date: date | None
    evidence: str


class PossibleReplyPage(Page):
    items: list[PossibleReplyOut]


class ConfirmIn(Schema):
    outcome: ReplyOutcome | None = Field(None, description="Default: the one understood.")
    new_date: str | None = Field(
        None, description=DAY + " Omit: the date understood; `none`: no date."
    )


class ConfirmedOut(Schema):
    reply: int
    application: int
    outcome: ReplyOutcome


class DismissedOut(Schema):
    id: int
    dismissed: bool


# Agenda, tone check ---------------------------------------------------------------------------


class AgendaApplication(Schema):
    id: int
    company: str
    position: str


class LocalWindow(Schema):
    timezone: str
    earliest: str
    latest: str


class AgendaItemOut(Schema):
    application: AgendaApplication
    kind: str
    label: str
    channel: Channel | None
    earliest: datetime
    latest: datetime
    candidate_window: LocalWindow
    recruiter_window: LocalWindow
    late: bool
    optional: bool
    followup: int | None
    rules: list[str]
    reasons: list[str]
    warnings: list[str]


class AgendaPage(Page):
    items: list[AgendaItemOut]


class CheckIn(Schema):
    text: str = Field(..., max_length=100_000)
    lang: Literal["auto", "fr", "en"] = "auto"
    kind: Literal[
        "catchup", "followup", "thankyou", "feedback_request", "call", "voicemail", "free"
    ] = "free"  # relance.tone.KINDS: a test holds them equal


class FindingOut(Schema):
    category: str
    rule_id: str
    severity: str
    start: int
    end: int
    message: str
    suggestion: str | None
    explanation_fr: str
    explanation_en: str
    excerpt: str


class CheckOut(Schema):
    lang: str
    word_count: int
    clean: bool
    has_errors: bool
    findings: list[FindingOut]
