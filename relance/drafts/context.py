"""What a draft is written from: the candidate, the recruiter, the interview and the debrief.

The Django layer builds a `DraftContext` from its models; the drafts package reads nothing
else. Every text field is what the candidate typed (often on a phone), so nothing here is
trusted: the writers clean it before use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from relance.drafts.service_firms import staffs_its_clients

# The debrief parts a draft may need; a missing one becomes a visible placeholder unless the
# candidate removed it from the draft.
STRONG_POINTS = "strong_points"
RECRUITER_NEEDS = "recruiter_needs"
ROLE_UNDERSTOOD = "role_understood"
EXPECTATIONS = "expectations"
MOTIVATION = "motivation"
DEBRIEF_PARTS = (STRONG_POINTS, RECRUITER_NEEDS, ROLE_UNDERSTOOD, EXPECTATIONS, MOTIVATION)


@dataclass(frozen=True)
class DraftContext:
    lang: str  # "fr" or "en"
    candidate_name: str
    company: str
    position: str
    interview_at: datetime  # aware
    send_on: date  # the day the message goes out: relative wording must be true that day
    interview_timezone: str = "Europe/Paris"  # the place of work's
    candidate_email: str = ""
    candidate_phone: str = ""
    signature: str = ""  # free text; empty means the candidate's name
    contact_civility: str = ""  # "madame", "monsieur" or ""
    contact_first_name: str = ""
    contact_last_name: str = ""
    contact_email: str = ""
    strong_points: str = ""
    recruiter_needs: str = ""
    role_understood: str = ""
    expectations: str = ""
    motivation: str = ""
    decision_date: date | None = None  # the recruiter's announced decision date
    process: str = ""  # how the process goes on, as the recruiter described it
    new_date: date | None = None  # the new date given when the decision was postponed
    removed_parts: frozenset[str] = field(default_factory=frozenset)
    # "f", "m" or "" (unknown): picks "factrice" or "facteur" in "Facteur / Factrice".
    candidate_gender: str = ""
    notes: str = ""  # the debrief's free notes: used for facts, under the privacy filter
    # When `company` is an interim agency: the client company where the work is done. The
    # role is the client's; the agency is named as the intermediary, never as the employer.
    agency_client: str = ""

    @property
    def placed_by_agency(self) -> bool:
        """Is the work the client's, the company a staffing agency? Not when the company is a
        contractor whose own staff work at the client's site (`service_firms`)."""
        return bool(self.agency_client.strip()) and not staffs_its_clients(self.company)

    @property
    def interview_day(self) -> date:
        """The interview's calendar date at the place of work."""
        return self.interview_at.astimezone(ZoneInfo(self.interview_timezone)).date()

    def note(self, part: str) -> str:
        value = getattr(self, part)
        assert isinstance(value, str)
        return value
