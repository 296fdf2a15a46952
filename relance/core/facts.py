"""The plain data the rules engine reasons about.

These types are the contract between the Django models (which build them) and the
framework-free engine (which reads them). All datetimes are timezone-aware UTC;
all dates are calendar dates in the place of work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"


class Kind(StrEnum):
    """What a follow-up is. The first five are messages or calls; the others are suggestions."""

    CATCHUP = "catchup"  # e-mail de rattrapage, the day after, when next steps were not obtained
    THANKYOU = "thankyou"  # optional, when next steps were agreed; asks nothing
    FOLLOWUP_EMAIL = "followup_email"  # the one relance by e-mail
    FOLLOWUP_CALL = "followup_call"  # the one relance by phone
    FEEDBACK_REQUEST = "feedback_request"  # optional, after a refusal; asks only brief feedback
    SUGGEST_CLOSE_REJECTED = "suggest_close_rejected"  # "no news by X means no" has passed
    SUGGEST_CLOSE_NO_ANSWER = "suggest_close_no_answer"  # the single follow-up went unanswered
    CONFIRM_REPLY = "confirm_reply"  # a possible reply waits for the candidate's word
    PREPARE_INTERVIEW = "prepare_interview"  # the day before an interview: the four questions


# What the worker may send from the candidate's mailbox; with the call, what is planned as a row.
EMAIL_KINDS = frozenset({Kind.CATCHUP, Kind.THANKYOU, Kind.FOLLOWUP_EMAIL, Kind.FEEDBACK_REQUEST})
MESSAGE_KINDS = EMAIL_KINDS | {Kind.FOLLOWUP_CALL}


class FollowUpState(StrEnum):
    PLANNED = "planned"
    DRAFTED = "drafted"
    APPROVED = "approved"
    SENDING = "sending"
    COMMITTING = "committing"  # written durably just before SMTP DATA
    SENT = "sent"
    DONE = "done"  # a call made, or an e-mail the candidate sent from their own mail program
    CANCELLED = "cancelled"
    LAPSED = "lapsed"
    FAILED = "failed"
    UNKNOWN = "unknown"  # the server may or may not have accepted it: never resent by itself


# States in which a follow-up counts as having reached the recruiter (or may have).
DELIVERED_STATES = frozenset({FollowUpState.SENT, FollowUpState.DONE, FollowUpState.UNKNOWN})
# States in which a follow-up is still on its way.
PENDING_STATES = frozenset(
    {
        FollowUpState.PLANNED,
        FollowUpState.DRAFTED,
        FollowUpState.APPROVED,
        FollowUpState.SENDING,
        FollowUpState.COMMITTING,
    }
)


class CallOutcome(StrEnum):
    REACHED = "reached"
    VOICEMAIL = "voicemail"  # a message left counts as the follow-up
    NO_ANSWER = "no_answer"  # nobody, no message: does not count


class ReplyOutcome(StrEnum):
    POSTPONED = "postponed"  # decision postponed, usually with a new date
    NEXT_ROUND = "next_round"
    OFFER = "offer"
    REJECTION = "rejection"
    OTHER = "other"


class ApplicationStatus(StrEnum):
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    WAITING = "waiting"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CLOSED_NO_ANSWER = "closed_no_answer"


CLOSED_STATUSES = frozenset(
    {
        ApplicationStatus.OFFER,
        ApplicationStatus.REJECTED,
        ApplicationStatus.WITHDRAWN,
        ApplicationStatus.CLOSED_NO_ANSWER,
    }
)


@dataclass(frozen=True)
class Place:
    """Where the job is: decides public holidays and the recruiter's clock."""

    country: str = "FR"
    subdivision: str | None = None  # e.g. "57", "6AE", "67" (mapped to 6AE), "974"
    timezone: str = "Europe/Paris"


def own_place(default: Place, country: str, subdivision: str, timezone: str) -> Place:
    """A job's own place of work where any part is set, else `default` (the candidate's)."""
    if not (country or subdivision or timezone):
        return default
    return Place(country or default.country, subdivision or None, timezone or default.timezone)


@dataclass(frozen=True)
class Agreement:
    """The closing agreement: the article's four end-of-interview questions.

    `obtained` is False when the candidate could not get the next steps; then the
    other fields are usually empty and a catch-up e-mail is due.
    """

    obtained: bool = False
    decision_date: date | None = None  # "dans quels délais pensez-vous me dire…"
    process: str = ""  # "comment se déroule la suite ?"
    callback_date: date | None = None  # "à quel moment puis-je vous rappeler…"
    preferred_channel: Channel | None = None  # "par mail ou puis-je vous appeler ?"
    no_news_means_no_by: date | None = None  # "sans nouvelles de notre part d'ici X…"


@dataclass(frozen=True)
class InterviewFacts:
    id: int
    round: int
    at: datetime  # UTC
    agreement: Agreement = field(default_factory=Agreement)


@dataclass(frozen=True)
class ContactFacts:
    id: int
    is_decision_maker: bool = False
    has_direct_line: bool = False
    has_email: bool = True
    preferred_channel: Channel | None = None
    timezone: str | None = None  # None: the place of work's

    @property
    def callable(self) -> bool:
        """The article: phone only with the decision-maker's direct line."""
        return self.is_decision_maker and self.has_direct_line


@dataclass(frozen=True)
class FollowUpFacts:
    id: int
    kind: Kind
    channel: Channel
    state: FollowUpState
    interview_id: int | None = None
    due_at: datetime | None = None  # UTC, when scheduled
    done_at: datetime | None = None  # UTC, when sent or called
    call_outcome: CallOutcome | None = None
    # Calls that reached nobody and left no message: each attempt is recorded.
    failed_call_attempts: tuple[datetime, ...] = ()


@dataclass(frozen=True)
class ReplyFacts:
    at: datetime  # UTC
    outcome: ReplyOutcome
    new_date: date | None = None


@dataclass(frozen=True)
class ApplicationFacts:
    id: int
    status: ApplicationStatus
    place: Place
    candidate_timezone: str = "Europe/Paris"
    interviews: tuple[InterviewFacts, ...] = ()
    contacts: tuple[ContactFacts, ...] = ()
    followups: tuple[FollowUpFacts, ...] = ()
    replies: tuple[ReplyFacts, ...] = ()
    # When the mailbox found a message that may be the recruiter's answer, not yet confirmed
    # or dismissed by the candidate: until then nothing goes to the recruiter.
    pending_replies: tuple[datetime, ...] = ()
    # The return date an out-of-office reply gave (place of work): no follow-up before it.
    away_until: date | None = None
