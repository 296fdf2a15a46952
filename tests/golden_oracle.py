"""An oracle for the golden rules, written apart from the rules engine (relance/core).

It reads only the timeline of what reached the recruiter and what the recruiter said, and
computes working days from the `holidays` package itself: it never calls `plan`,
`check_followup` or the engine's calendar, so a bug there cannot hide here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

from relance.tone import check as tone_check

PARIS = ZoneInfo("Europe/Paris")
FOLLOWUP_KINDS = frozenset({"followup_email", "followup_call"})
OPENING_KINDS = frozenset({"catchup", "thankyou"})
GOLDEN_CATEGORIES = frozenset({"impatience", "aggression", "demand", "supplication"})
PLACEHOLDER = re.compile(r"\[(?:À COMPLÉTER|TO FILL IN)", re.IGNORECASE)
TONE_KINDS = {
    "catchup": "catchup",
    "thankyou": "thankyou",
    "followup_email": "followup",
    "followup_call": "call",
    "feedback_request": "feedback_request",
}
EMAIL_START, EMAIL_END, MONDAY_START = time(9, 30), time(11, 30), time(11, 0)


@cache
def french_holidays(year: int) -> frozenset[date]:
    # Whit Monday is a holiday in the policy (docs/policy.md); `holidays` lists it for France.
    return frozenset(holidays.country_holidays("FR", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in french_holidays(day.year)


def is_bridge_day(day: date) -> bool:
    """The Friday after a Thursday holiday, the Monday before a Tuesday one (docs/policy.md)."""
    if day.weekday() == 4:
        return (day - timedelta(days=1)) in french_holidays(day.year)
    if day.weekday() == 0:
        return (day + timedelta(days=1)) in french_holidays(day.year)
    return False


def add_working_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def next_working_day(day: date) -> date:
    return add_working_days(day, 1)


def local(moment: datetime) -> datetime:
    return moment.astimezone(PARIS)


def in_email_window(moment: datetime) -> bool:
    """09:30–11:30 Paris, not Monday before 11:00, on a working day that is no bridge."""
    at = local(moment)
    day = at.date()
    if not is_working_day(day) or is_bridge_day(day):
        return False
    start = MONDAY_START if day.weekday() == 0 else EMAIL_START
    return start <= at.time() < EMAIL_END


def golden_findings(text: str, kind: str, dismissed: list[dict[str, str]]) -> list[str]:
    """Golden-rule tone findings in `text` that the candidate did not dismiss."""
    waived = {(d["rule_id"], " ".join(d["excerpt"].lower().split())) for d in dismissed}
    found = []
    if not text.strip():
        return found
    for finding in tone_check(text, "fr", kind).findings:
        if finding.category not in GOLDEN_CATEGORIES:
            continue
        excerpt = " ".join(text[finding.start : finding.end].lower().split())
        if (finding.rule_id, excerpt) not in waived:
            found.append(f"{finding.rule_id} {excerpt!r}")
    return found


@dataclass(frozen=True)
class Agreement:
    obtained: bool = False
    decision_date: date | None = None
    callback_date: date | None = None
    no_news_means_no_by: date | None = None


@dataclass(frozen=True)
class SaidReply:
    """Something the recruiter said, as recorded (by hand, or confirmed from the mailbox)."""

    at: datetime
    new_date: date | None


@dataclass(frozen=True)
class Delivered:
    """A message that reached the recruiter (the SMTP server's own log, or sent by hand)."""

    followup_id: int
    kind: str
    at: datetime
    by_worker: bool
    interview_id: int | None
    subject: str
    body: str
    dismissed: list[dict[str, str]] = field(default_factory=list)


def recruiter_earliest(
    interview_at: datetime,
    agreement: Agreement,
    replies: list[SaidReply],
    away_until: date | None,
) -> tuple[date | None, str]:
    """The first day a follow-up may reach the recruiter in the silence period of `replies[-1]`
    (or of the interview when there is none), and why; None: no follow-up at all.

    Only the recruiter's own dates are read: a decision date (the agreement's, or the latest a
    reply gave) plus 2 working days; a call-back date; "no news by X means no"; a return date.
    """
    dated = [r for r in replies if r.new_date is not None]
    earliest: date | None
    if dated:
        latest = max(dated, key=lambda r: r.at)
        assert latest.new_date is not None
        earliest, why = add_working_days(latest.new_date, 2), f"reply date {latest.new_date}"
    elif agreement.no_news_means_no_by is not None and not replies:
        return None, f"no news by {agreement.no_news_means_no_by} means no"
    elif agreement.decision_date is not None:
        earliest = add_working_days(agreement.decision_date, 2)
        why = f"decision date {agreement.decision_date}"
    elif agreement.callback_date is not None:
        earliest, why = agreement.callback_date, f"call-back date {agreement.callback_date}"
    else:
        earliest, why = local(interview_at).date() + timedelta(days=1), "interview"
    if away_until is not None and earliest <= away_until:
        earliest, why = next_working_day(away_until), f"away until {away_until}"
    return earliest, why
