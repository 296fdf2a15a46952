"""The recruiter's word first: a reply to confirm holds everything, the latest date given wins,
an absence moves the follow-up, an interview still to come opens nothing yet."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from relance.core import rule_ids as R
from relance.core.errors import RuleViolation
from relance.core.facts import (
    Agreement,
    Channel,
    FollowUpFacts,
    FollowUpState,
    Kind,
    ReplyFacts,
    ReplyOutcome,
)
from relance.core.rules import check_followup, plan, stale_followups
from tests.core.builders import application, at, interview, kinds, local, only, planned, sent

TUESDAY = date(2026, 3, 3)
PROMISED = Agreement(obtained=True, decision_date=date(2026, 3, 6))
POSTPONED_TO_24 = ReplyFacts(at(date(2026, 3, 5), 15), ReplyOutcome.POSTPONED, date(2026, 3, 24))
NO_DATE_ON_12 = ReplyFacts(at(date(2026, 3, 12), 15), ReplyOutcome.OTHER)


def test_it_keeps_the_recruiters_new_date_after_a_later_reply_without_one() -> None:
    app = application(interview(TUESDAY, PROMISED), replies=(POSTPONED_TO_24, NO_DATE_ON_12))
    action = only(plan(app, at(date(2026, 3, 12), 16)), Kind.FOLLOWUP_EMAIL)
    # Two working days after the 24th, not five after the reply (the 19th).
    assert local(action.earliest).date() == date(2026, 3, 26)
    assert R.REPLY_NEW_DATE in action.rule_ids


def test_it_does_not_suggest_closing_before_the_new_date() -> None:
    said_no_news = Agreement(obtained=True, no_news_means_no_by=date(2026, 3, 13))
    app = application(interview(TUESDAY, said_no_news), replies=(POSTPONED_TO_24, NO_DATE_ON_12))
    actions = plan(app, at(date(2026, 3, 16), 9))
    assert Kind.SUGGEST_CLOSE_REJECTED not in kinds(actions)
    assert local(only(actions, Kind.FOLLOWUP_EMAIL).earliest).date() == date(2026, 3, 26)


def test_it_takes_a_later_silence_over_an_older_date() -> None:
    late_reply = ReplyFacts(at(date(2026, 3, 25), 15), ReplyOutcome.OTHER)
    app = application(interview(TUESDAY, PROMISED), replies=(POSTPONED_TO_24, late_reply))
    action = only(plan(app, at(date(2026, 3, 25), 16)), Kind.FOLLOWUP_EMAIL)
    assert local(action.earliest).date() == date(2026, 4, 1)  # five working days after the 25th


def test_it_holds_everything_while_a_possible_reply_waits() -> None:
    row = planned(Kind.FOLLOWUP_EMAIL, at(date(2026, 3, 10), 10))
    app = replace(
        application(interview(TUESDAY, PROMISED), followups=(row,)),
        pending_replies=(at(date(2026, 3, 9), 18),),
    )
    now = at(date(2026, 3, 10), 9)
    assert kinds(plan(app, now)) == [Kind.CONFIRM_REPLY]
    assert stale_followups(app, now) == []  # held, not cancelled: the reading decides
    with pytest.raises(RuleViolation) as caught:
        check_followup(app, Kind.FOLLOWUP_EMAIL, Channel.EMAIL, at(date(2026, 3, 10), 10))
    assert caught.value.rule_id == R.REPLY_PENDING


def test_it_holds_the_catchup_too_while_a_possible_reply_waits() -> None:
    app = replace(application(interview(TUESDAY)), pending_replies=(at(TUESDAY, 16),))
    with pytest.raises(RuleViolation) as caught:
        check_followup(app, Kind.CATCHUP, Channel.EMAIL, at(date(2026, 3, 4), 10))
    assert caught.value.rule_id == R.REPLY_PENDING


def test_it_waits_for_the_recruiters_return_from_an_absence() -> None:
    catchup = sent(Kind.CATCHUP, at(date(2026, 3, 4), 10))
    app = replace(
        application(interview(TUESDAY), followups=(catchup,)), away_until=date(2026, 3, 20)
    )
    action = only(plan(app, at(date(2026, 3, 6), 9)), Kind.FOLLOWUP_EMAIL)
    assert local(action.earliest) == local(at(date(2026, 3, 23), 11))  # Monday, from 11:00
    assert R.RECRUITER_AWAY in action.rule_ids
    with pytest.raises(RuleViolation) as caught:
        check_followup(app, Kind.FOLLOWUP_EMAIL, Channel.EMAIL, at(date(2026, 3, 17), 10))
    assert caught.value.rule_id == R.RECRUITER_AWAY


def test_it_ignores_an_absence_that_ended_before_the_date() -> None:
    app = replace(application(interview(TUESDAY, PROMISED)), away_until=date(2026, 3, 4))
    action = only(plan(app, at(TUESDAY, 16)), Kind.FOLLOWUP_EMAIL)
    assert local(action.earliest).date() == date(2026, 3, 10)
    assert R.RECRUITER_AWAY not in action.rule_ids


def test_it_plans_only_the_preparation_before_an_interview() -> None:
    app = application(interview(date(2026, 3, 12)))
    actions = plan(app, at(TUESDAY, 9))
    assert kinds(actions) == [Kind.PREPARE_INTERVIEW]
    assert local(actions[0].earliest) == local(at(date(2026, 3, 11), 0))
    with pytest.raises(RuleViolation) as caught:
        check_followup(app, Kind.CATCHUP, Channel.EMAIL, at(date(2026, 3, 5), 10))
    assert caught.value.rule_id == R.UPCOMING_INTERVIEW


def test_it_opens_the_catchup_once_the_interview_took_place() -> None:
    app = application(interview(date(2026, 3, 12)))
    assert Kind.CATCHUP in kinds(plan(app, at(date(2026, 3, 12), 15)))


def test_it_retires_the_last_rounds_followup_when_the_next_round_is_set() -> None:
    row = planned(Kind.FOLLOWUP_EMAIL, at(date(2026, 3, 10), 10))
    app = application(
        interview(TUESDAY, PROMISED),
        interview(date(2026, 3, 17), id=11, round=2),
        followups=(row,),
    )
    now = at(date(2026, 3, 9), 9)
    assert kinds(plan(app, now)) == [Kind.PREPARE_INTERVIEW]
    assert [(s.followup_id, s.rule_id) for s in stale_followups(app, now)] == [
        (row.id, R.UPCOMING_INTERVIEW)
    ]


def test_it_keeps_a_failed_catchup_as_the_one_to_settle() -> None:
    failed = FollowUpFacts(
        300, Kind.CATCHUP, Channel.EMAIL, FollowUpState.FAILED, 10, due_at=at(date(2026, 3, 4), 10)
    )
    app = application(interview(TUESDAY), followups=(failed,))
    action = only(plan(app, at(date(2026, 3, 4), 10) + timedelta(minutes=5)), Kind.CATCHUP)
    assert action.followup_id == failed.id  # not a second catch-up beside it
