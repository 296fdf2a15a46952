"""The write guard refuses what breaks a rule, naming the rule."""

from __future__ import annotations

from datetime import date

import pytest

from relance.core import rule_ids as R
from relance.core.errors import RuleViolation
from relance.core.facts import (
    Agreement,
    ApplicationStatus,
    Channel,
    ContactFacts,
    Kind,
    ReplyFacts,
    ReplyOutcome,
)
from relance.core.rules import check_followup
from tests.core.builders import HR, application, at, interview, planned, sent

DECISION = Agreement(obtained=True, decision_date=date(2025, 3, 12))  # follow-up from 14 March
EMAIL, PHONE = Channel.EMAIL, Channel.PHONE
MONTREAL = "America/Montreal"


def refused(rule_id: str, app: object, kind: Kind, channel: Channel, when: object) -> RuleViolation:
    with pytest.raises(RuleViolation) as info:
        check_followup(app, kind, channel, when)  # type: ignore[arg-type]
    assert info.value.rule_id == rule_id, info.value
    assert "%(" not in info.value.rendered()
    return info.value


def test_it_accepts_a_followup_in_the_window_after_the_promised_date() -> None:
    app = application(interview(date(2025, 3, 5), DECISION))
    check_followup(app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 14), 10))


def test_it_refuses_a_followup_before_the_recruiters_date() -> None:
    app = application(interview(date(2025, 3, 5), DECISION))
    error = refused(R.RESPECT_DEADLINES, app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 13), 10))
    assert "2025-03-14" in error.rendered()


def test_it_refuses_a_call_before_the_callback_date() -> None:
    agreement = Agreement(obtained=True, callback_date=date(2025, 3, 19))
    app = application(interview(date(2025, 3, 11), agreement))
    refused(R.RESPECT_DEADLINES, app, Kind.FOLLOWUP_CALL, PHONE, at(date(2025, 3, 18), 10))
    check_followup(app, Kind.FOLLOWUP_CALL, PHONE, at(date(2025, 3, 19), 15))


def test_it_refuses_a_second_followup_in_one_silence_period() -> None:
    done = sent(Kind.FOLLOWUP_EMAIL, at(date(2025, 3, 14), 10))
    app = application(interview(date(2025, 3, 5), DECISION), followups=(done,))
    refused(R.ONCE, app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 20), 10))


def test_it_allows_a_new_followup_once_the_recruiter_wrote() -> None:
    done = sent(Kind.FOLLOWUP_EMAIL, at(date(2025, 3, 14), 10))
    reply = ReplyFacts(at(date(2025, 3, 17), 15), ReplyOutcome.POSTPONED, date(2025, 3, 21))
    app = application(interview(date(2025, 3, 5), DECISION), followups=(done,), replies=(reply,))
    refused(R.RESPECT_DEADLINES, app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 24), 10))
    check_followup(app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 25), 10))


def test_it_refuses_a_second_planned_followup_but_not_the_row_itself() -> None:
    row = planned(Kind.FOLLOWUP_EMAIL, at(date(2025, 3, 14), 9, 30))
    app = application(interview(date(2025, 3, 5), DECISION), followups=(row,))
    refused(R.ONCE, app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 17), 11))
    check_followup(app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 17), 11), followup_id=row.id)


def test_it_refuses_a_call_without_a_decision_makers_direct_line() -> None:
    app = application(interview(date(2025, 3, 5), DECISION), contacts=(HR,))
    refused(R.PHONE_DIRECT_LINE, app, Kind.FOLLOWUP_CALL, PHONE, at(date(2025, 3, 14), 10))


def test_it_refuses_a_call_when_the_recruiter_prefers_email() -> None:
    agreement = Agreement(obtained=True, preferred_channel=Channel.EMAIL)
    app = application(interview(date(2025, 3, 5), agreement))
    refused(R.RECRUITER_CHANNEL, app, Kind.FOLLOWUP_CALL, PHONE, at(date(2025, 3, 14), 10))


def test_it_refuses_a_followup_when_no_news_means_no() -> None:
    agreement = Agreement(obtained=True, no_news_means_no_by=date(2025, 3, 21))
    app = application(interview(date(2025, 3, 11), agreement))
    refused(R.NO_NEWS_MEANS_NO, app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 25), 10))


@pytest.mark.parametrize(
    "day",
    [date(2025, 3, 15), date(2025, 4, 21), date(2025, 5, 30)],
    ids=["saturday", "easter-monday", "ascension-bridge"],
)
def test_it_refuses_a_day_that_is_not_sendable(day: date) -> None:
    app = application(interview(date(2025, 3, 5), DECISION))
    refused(R.SENDABLE_DAY, app, Kind.FOLLOWUP_EMAIL, EMAIL, at(day, 10))


@pytest.mark.parametrize(
    ("channel", "kind", "day", "hour"),
    [
        (EMAIL, Kind.FOLLOWUP_EMAIL, date(2025, 3, 17), 10),  # Monday before 11:00
        (EMAIL, Kind.FOLLOWUP_EMAIL, date(2025, 3, 18), 14),
        (PHONE, Kind.FOLLOWUP_CALL, date(2025, 3, 21), 15),  # Friday afternoon
        (PHONE, Kind.FOLLOWUP_CALL, date(2025, 3, 18), 13),
    ],
)
def test_it_refuses_a_moment_outside_the_window(
    channel: Channel, kind: Kind, day: date, hour: int
) -> None:
    app = application(interview(date(2025, 3, 5), DECISION))
    refused(R.TIME_WINDOW, app, kind, channel, at(day, hour))


def test_it_uses_the_recruiters_time_zone_for_the_window() -> None:
    montreal = ContactFacts(3, is_decision_maker=True, timezone=MONTREAL)
    app = application(interview(date(2025, 3, 5), DECISION), contacts=(montreal,))
    check_followup(app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 14), 10, tz=MONTREAL))
    refused(R.TIME_WINDOW, app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 14), 10))


def test_it_refuses_a_lapsed_catchup() -> None:
    app = application(interview(date(2025, 3, 13)))
    check_followup(app, Kind.CATCHUP, EMAIL, at(date(2025, 3, 18), 10))
    refused(R.CATCHUP_GRACE, app, Kind.CATCHUP, EMAIL, at(date(2025, 3, 19), 10))


def test_it_refuses_a_catchup_on_the_interview_day() -> None:
    app = application(interview(date(2025, 3, 13)))
    refused(R.CATCHUP_NEXT_DAY, app, Kind.CATCHUP, EMAIL, at(date(2025, 3, 13), 11))


def test_it_refuses_anything_on_a_closed_application() -> None:
    app = application(interview(date(2025, 3, 5)), status=ApplicationStatus.REJECTED)
    refused(R.CLOSED, app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 14), 10))


def test_it_refuses_a_followup_after_a_decision() -> None:
    reply = ReplyFacts(at(date(2025, 3, 10), 15), ReplyOutcome.REJECTION)
    app = application(interview(date(2025, 3, 5), DECISION), replies=(reply,))
    refused(R.DECISION_ENDS, app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 14), 10))


def test_it_refuses_a_kind_and_channel_mismatch() -> None:
    app = application(interview(date(2025, 3, 5), DECISION))
    with pytest.raises(ValueError, match="cannot go by"):
        check_followup(app, Kind.FOLLOWUP_CALL, EMAIL, at(date(2025, 3, 14), 10))


REFUSAL = ReplyFacts(at(date(2025, 3, 12), 15), ReplyOutcome.REJECTION)


def test_it_accepts_a_feedback_request_only_after_a_refusal() -> None:
    refused_app = application(
        interview(date(2025, 3, 11)), replies=(REFUSAL,), status=ApplicationStatus.REJECTED
    )
    check_followup(refused_app, Kind.FEEDBACK_REQUEST, EMAIL, at(date(2025, 3, 13), 10))
    waiting = application(interview(date(2025, 3, 11)))
    refused(R.FEEDBACK_REQUEST, waiting, Kind.FEEDBACK_REQUEST, EMAIL, at(date(2025, 3, 13), 10))
    offer = ReplyFacts(at(date(2025, 3, 12), 15), ReplyOutcome.OFFER)
    hired = application(interview(date(2025, 3, 11)), replies=(offer,))
    refused(R.DECISION_ENDS, hired, Kind.FEEDBACK_REQUEST, EMAIL, at(date(2025, 3, 13), 10))
    refused(R.DECISION_ENDS, refused_app, Kind.FOLLOWUP_EMAIL, EMAIL, at(date(2025, 3, 13), 10))


def test_it_refuses_a_second_feedback_request() -> None:
    done = sent(Kind.FEEDBACK_REQUEST, at(date(2025, 3, 13), 10))
    app = application(interview(date(2025, 3, 11)), replies=(REFUSAL,), followups=(done,))
    refused(R.ONCE, app, Kind.FEEDBACK_REQUEST, EMAIL, at(date(2025, 3, 14), 10))
    row = planned(Kind.FEEDBACK_REQUEST, at(date(2025, 3, 13), 9, 30))
    app = application(interview(date(2025, 3, 11)), replies=(REFUSAL,), followups=(row,))
    refused(R.ONCE, app, Kind.FEEDBACK_REQUEST, EMAIL, at(date(2025, 3, 14), 10))
    check_followup(app, Kind.FEEDBACK_REQUEST, EMAIL, at(date(2025, 3, 14), 10), followup_id=row.id)


def test_it_refuses_a_feedback_request_outside_its_days() -> None:
    app = application(interview(date(2025, 3, 11)), replies=(REFUSAL,))
    error = refused(
        R.FEEDBACK_REQUEST, app, Kind.FEEDBACK_REQUEST, EMAIL, at(date(2025, 3, 12), 16)
    )
    assert "2025-03-13" in error.rendered()
    check_followup(app, Kind.FEEDBACK_REQUEST, EMAIL, at(date(2025, 3, 17), 11, 15))
    refused(R.FEEDBACK_REQUEST, app, Kind.FEEDBACK_REQUEST, EMAIL, at(date(2025, 3, 18), 10))
    with pytest.raises(ValueError, match="cannot go by"):
        check_followup(app, Kind.FEEDBACK_REQUEST, PHONE, at(date(2025, 3, 13), 10))
