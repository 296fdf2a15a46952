"""Scenario tests of plan(): each one is a row of docs/scenarios.md."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from relance.core import rule_ids as R
from relance.core.facts import (
    Agreement,
    ApplicationStatus,
    CallOutcome,
    Channel,
    ContactFacts,
    FollowUpState,
    Kind,
    Place,
    ReplyFacts,
    ReplyOutcome,
)
from relance.core.policy import Policy
from relance.core.rules import next_due, plan, stale_followups
from tests.core.builders import (
    BOSS,
    HR,
    application,
    at,
    interview,
    kinds,
    local,
    only,
    planned,
    sent,
)

OBTAINED = Agreement(obtained=True)


def test_it_plans_a_friday_interviews_catchup_on_monday_at_11() -> None:
    app = application(interview(date(2025, 3, 14)))
    actions = plan(app, at(date(2025, 3, 14), 18))
    catchup = only(actions, Kind.CATCHUP)
    assert catchup.earliest == at(date(2025, 3, 17), 11)
    assert catchup.latest == at(date(2025, 3, 19), 11, 30)  # grace: two more working days
    assert not catchup.late and not catchup.optional
    assert R.CATCHUP_NEXT_DAY in catchup.rule_ids


def test_it_plans_the_no_date_followup_five_working_days_later() -> None:
    app = application(interview(date(2025, 3, 14)))
    followup = only(plan(app, at(date(2025, 3, 14), 18)), Kind.FOLLOWUP_EMAIL)
    assert followup.earliest == at(date(2025, 3, 21), 9, 30)
    assert followup.latest == at(date(2025, 3, 21), 11, 30)
    assert followup.rule_ids[0] == R.NO_DATE_DELAY


def test_it_marks_a_catchup_late_after_a_weekend_then_lets_it_lapse() -> None:
    app = application(interview(date(2025, 3, 13)))
    late = only(plan(app, at(date(2025, 3, 17), 12)), Kind.CATCHUP)
    assert late.late
    assert late.earliest == at(date(2025, 3, 18), 9, 30)
    assert Kind.CATCHUP not in kinds(plan(app, at(date(2025, 3, 18), 12)))


def test_it_waits_three_working_days_after_a_late_catchup() -> None:
    catchup = sent(Kind.CATCHUP, at(date(2025, 3, 18), 9, 45))
    app = application(interview(date(2025, 3, 13)), followups=(catchup,))
    followup = only(plan(app, at(date(2025, 3, 18), 12)), Kind.FOLLOWUP_EMAIL)
    assert followup.earliest == at(date(2025, 3, 21), 9, 30)
    assert R.AFTER_CATCHUP_DELAY in followup.rule_ids


def test_it_offers_an_optional_thankyou_when_next_steps_were_agreed() -> None:
    app = application(interview(date(2025, 3, 11), OBTAINED))
    thanks = only(plan(app, at(date(2025, 3, 11), 18)), Kind.THANKYOU)
    assert thanks.optional
    assert thanks.earliest == at(date(2025, 3, 12), 9, 30)
    assert Kind.CATCHUP not in kinds(plan(app, at(date(2025, 3, 11), 18)))


def test_it_warns_about_the_christmas_slow_period() -> None:
    app = application(interview(date(2025, 12, 23)))
    actions = plan(app, at(date(2025, 12, 23), 18))
    catchup = only(actions, Kind.CATCHUP)
    assert catchup.earliest == at(date(2025, 12, 24), 9, 30)
    assert catchup.warnings
    followup = only(actions, Kind.FOLLOWUP_EMAIL)
    assert local(followup.earliest) == local(at(date(2025, 12, 31), 9, 30))
    assert followup.warnings


@pytest.mark.parametrize(
    ("subdivision", "expected"),
    [(None, date(2025, 12, 29)), ("57", date(2025, 12, 30)), ("67", date(2025, 12, 30))],
)
def test_it_counts_26_december_only_in_alsace_moselle(
    subdivision: str | None, expected: date
) -> None:
    agreement = Agreement(obtained=True, decision_date=date(2025, 12, 24))
    app = application(
        interview(date(2025, 12, 22), agreement), place=Place(subdivision=subdivision)
    )
    followup = only(plan(app, at(date(2025, 12, 24), 12)), Kind.FOLLOWUP_EMAIL)
    assert local(followup.earliest).date() == expected


@pytest.mark.parametrize(
    ("subdivision", "expected"),
    [(None, date(2025, 4, 22)), ("57", date(2025, 4, 23)), ("68", date(2025, 4, 23))],
)
def test_it_skips_easter_and_good_friday_in_alsace_moselle(
    subdivision: str | None, expected: date
) -> None:
    agreement = Agreement(obtained=True, decision_date=date(2025, 4, 17))
    app = application(interview(date(2025, 4, 14), agreement), place=Place(subdivision=subdivision))
    followup = only(plan(app, at(date(2025, 4, 15), 12)), Kind.FOLLOWUP_EMAIL)
    assert followup.earliest == at(expected, 9, 30)


def test_it_never_sends_on_the_ascension_bridge() -> None:
    app = application(interview(date(2025, 5, 28)))
    catchup = only(plan(app, at(date(2025, 5, 28), 18)), Kind.CATCHUP)
    assert catchup.earliest == at(date(2025, 6, 2), 11)


def test_it_moves_a_callback_on_a_bridge_day_to_the_next_slot() -> None:
    agreement = Agreement(obtained=True, callback_date=date(2025, 5, 30))
    app = application(interview(date(2025, 5, 20), agreement))
    call = only(plan(app, at(date(2025, 5, 21), 12)), Kind.FOLLOWUP_CALL)
    assert call.earliest == at(date(2025, 6, 2), 11)
    assert R.SENDABLE_DAY in call.rule_ids


def test_it_skips_whit_monday() -> None:
    agreement = Agreement(obtained=True, decision_date=date(2025, 6, 6))
    app = application(interview(date(2025, 6, 2), agreement))
    followup = only(plan(app, at(date(2025, 6, 3), 12)), Kind.FOLLOWUP_EMAIL)
    assert followup.earliest == at(date(2025, 6, 11), 9, 30)


def test_it_keeps_monday_11_paris_across_the_spring_dst_change() -> None:
    app = application(interview(date(2025, 3, 28)))
    catchup = only(plan(app, at(date(2025, 3, 28), 18)), Kind.CATCHUP)
    assert catchup.earliest.hour == 9  # 11:00 CEST, the first day of summer time
    assert local(catchup.earliest).hour == 11


def test_it_keeps_monday_11_paris_across_the_autumn_dst_change() -> None:
    app = application(interview(date(2025, 10, 24)))
    catchup = only(plan(app, at(date(2025, 10, 24), 18)), Kind.CATCHUP)
    assert catchup.earliest.hour == 10  # 11:00 CET
    assert local(catchup.earliest).hour == 11


def test_it_uses_a_montreal_recruiters_clock() -> None:
    montreal = ContactFacts(3, is_decision_maker=True, timezone="America/Montreal")
    agreement = Agreement(obtained=True, decision_date=date(2025, 3, 7))
    app = application(interview(date(2025, 3, 3), agreement), contacts=(montreal,))
    followup = only(plan(app, at(date(2025, 3, 4), 12)), Kind.FOLLOWUP_EMAIL)
    # Tuesday 11 March 09:30 in Montreal (already on summer time) is 13:30 UTC.
    assert followup.earliest == at(date(2025, 3, 11), 9, 30, tz="America/Montreal")
    assert followup.earliest.hour == 13
    assert followup.contact_id == 3


def test_it_follows_up_two_working_days_after_a_promised_decision() -> None:
    agreement = Agreement(obtained=True, decision_date=date(2025, 3, 12))
    app = application(interview(date(2025, 3, 5), agreement))
    followup = only(plan(app, at(date(2025, 3, 6), 12)), Kind.FOLLOWUP_EMAIL)
    assert followup.earliest == at(date(2025, 3, 14), 9, 30)
    assert followup.rule_ids[:2] == (R.RESPECT_DEADLINES, R.DECISION_DELAY)


def test_it_says_one_working_day_when_the_policy_says_one() -> None:
    agreement = Agreement(obtained=True, decision_date=date(2025, 3, 12))
    app = application(interview(date(2025, 3, 5), agreement))
    one_day = Policy(decision_followup_days=1)
    followup = only(plan(app, at(date(2025, 3, 6), 12), one_day), Kind.FOLLOWUP_EMAIL)
    assert "follow up 1 working day after it, never before." in followup.messages()[0]
    followup = only(plan(app, at(date(2025, 3, 6), 12)), Kind.FOLLOWUP_EMAIL)
    assert "follow up 2 working days after it, never before." in followup.messages()[0]


def test_it_calls_on_the_agreed_callback_date_with_a_direct_line() -> None:
    agreement = Agreement(
        obtained=True, callback_date=date(2025, 3, 19), preferred_channel=Channel.PHONE
    )
    app = application(interview(date(2025, 3, 11), agreement))
    call = only(plan(app, at(date(2025, 3, 12), 12)), Kind.FOLLOWUP_CALL)
    assert (call.earliest, call.latest) == (at(date(2025, 3, 19), 10), at(date(2025, 3, 19), 12))
    assert call.channel is Channel.PHONE and call.contact_id == BOSS.id


def test_it_writes_instead_of_calling_without_a_decision_makers_direct_line() -> None:
    agreement = Agreement(
        obtained=True, callback_date=date(2025, 3, 19), preferred_channel=Channel.PHONE
    )
    app = application(interview(date(2025, 3, 11), agreement), contacts=(HR,))
    followup = only(plan(app, at(date(2025, 3, 12), 12)), Kind.FOLLOWUP_EMAIL)
    assert followup.earliest == at(date(2025, 3, 19), 9, 30)
    assert R.PHONE_DIRECT_LINE in followup.rule_ids


def test_it_calls_only_in_the_friday_morning() -> None:
    agreement = Agreement(obtained=True, callback_date=date(2025, 3, 21))
    app = application(interview(date(2025, 3, 11), agreement))
    call = only(plan(app, at(date(2025, 3, 21), 12, 30)), Kind.FOLLOWUP_CALL)
    assert call.earliest == at(date(2025, 3, 24), 11)  # next Monday, not Friday 14:30
    assert call.late


def test_it_tries_a_failed_call_again_another_day_then_writes() -> None:
    agreement = Agreement(obtained=True, callback_date=date(2025, 3, 17))
    attempt = sent(
        Kind.FOLLOWUP_CALL,
        at(date(2025, 3, 17), 11, 15),
        outcome=CallOutcome.NO_ANSWER,
        state=FollowUpState.DONE,
    )
    app = application(interview(date(2025, 3, 11), agreement), followups=(attempt,))
    retry = only(plan(app, at(date(2025, 3, 17), 11, 20)), Kind.FOLLOWUP_CALL)
    assert retry.earliest == at(date(2025, 3, 18), 10)
    assert R.CALL_ATTEMPTS in retry.rule_ids
    assert "1 call reached nobody: try again on another working day." in retry.messages()
    attempts = tuple(at(date(2025, 3, d), 11) for d in (17, 18, 19))
    row = replace(planned(Kind.FOLLOWUP_CALL, None), failed_call_attempts=attempts)
    exhausted = application(interview(date(2025, 3, 11), agreement), followups=(row,))
    email = only(plan(exhausted, at(date(2025, 3, 19), 12)), Kind.FOLLOWUP_EMAIL)
    assert email.earliest == at(date(2025, 3, 20), 9, 30)
    assert R.CALL_ATTEMPTS in email.rule_ids


def test_it_counts_a_voicemail_as_the_followup() -> None:
    agreement = Agreement(obtained=True, callback_date=date(2025, 3, 17))
    voicemail = sent(Kind.FOLLOWUP_CALL, at(date(2025, 3, 17), 11), outcome=CallOutcome.VOICEMAIL)
    app = application(interview(date(2025, 3, 11), agreement), followups=(voicemail,))
    assert kinds(plan(app, at(date(2025, 3, 17), 12))) == [Kind.SUGGEST_CLOSE_NO_ANSWER]


def test_it_suggests_closing_when_no_news_means_no() -> None:
    agreement = Agreement(obtained=True, no_news_means_no_by=date(2025, 3, 21))
    app = application(interview(date(2025, 3, 11), agreement))
    actions = plan(app, at(date(2025, 3, 12), 12))
    assert kinds(actions) == [Kind.THANKYOU, Kind.SUGGEST_CLOSE_REJECTED]
    suggestion = actions[1]
    assert suggestion.channel is None
    assert suggestion.earliest == at(date(2025, 3, 24), 0)


def test_it_suggests_closing_ten_working_days_after_an_unanswered_followup() -> None:
    followup = sent(Kind.FOLLOWUP_EMAIL, at(date(2025, 3, 17), 10))
    app = application(interview(date(2025, 3, 7)), followups=(followup,))
    actions = plan(app, at(date(2025, 3, 18), 12))
    assert kinds(actions) == [Kind.SUGGEST_CLOSE_NO_ANSWER]
    assert actions[0].earliest == at(date(2025, 3, 31), 0)


def test_it_plans_one_new_followup_after_a_postponed_decision() -> None:
    followup = sent(Kind.FOLLOWUP_EMAIL, at(date(2025, 3, 17), 10))
    reply = ReplyFacts(at(date(2025, 3, 18), 15), ReplyOutcome.POSTPONED, date(2025, 3, 28))
    app = application(interview(date(2025, 3, 7)), followups=(followup,), replies=(reply,))
    new = only(plan(app, at(date(2025, 3, 18), 16)), Kind.FOLLOWUP_EMAIL)
    assert new.earliest == at(date(2025, 4, 1), 9, 30)
    assert R.REPLY_NEW_DATE in new.rule_ids


def test_it_cancels_a_pending_followup_planned_before_the_new_date() -> None:
    agreement = Agreement(obtained=True, decision_date=date(2025, 3, 12))
    pending = planned(Kind.FOLLOWUP_EMAIL, at(date(2025, 3, 14), 9, 30))
    reply = ReplyFacts(at(date(2025, 3, 13), 15), ReplyOutcome.POSTPONED, date(2025, 3, 28))
    app = application(
        interview(date(2025, 3, 5), agreement), followups=(pending,), replies=(reply,)
    )
    new = only(plan(app, at(date(2025, 3, 13), 16)), Kind.FOLLOWUP_EMAIL)
    assert new.followup_id is None
    [stale] = stale_followups(app, at(date(2025, 3, 13), 16))
    assert (stale.followup_id, stale.state) == (pending.id, FollowUpState.CANCELLED)


def test_it_reflects_a_pending_row_instead_of_duplicating_it() -> None:
    pending = planned(Kind.FOLLOWUP_EMAIL, at(date(2025, 3, 21), 9, 30))
    app = application(interview(date(2025, 3, 14)), followups=(pending,))
    followup = only(plan(app, at(date(2025, 3, 18), 12)), Kind.FOLLOWUP_EMAIL)
    assert followup.followup_id == pending.id
    assert stale_followups(app, at(date(2025, 3, 18), 12)) == []


def test_it_marks_a_lapsed_catchup_row_lapsed() -> None:
    pending = planned(Kind.CATCHUP, at(date(2025, 3, 14), 9, 30))
    app = application(interview(date(2025, 3, 13)), followups=(pending,))
    [stale] = stale_followups(app, at(date(2025, 3, 19), 12))
    assert stale.state is FollowUpState.LAPSED and stale.rule_id == R.CATCHUP_GRACE


@pytest.mark.parametrize("outcome", [ReplyOutcome.OFFER, ReplyOutcome.REJECTION])
def test_it_stops_after_a_decision(outcome: ReplyOutcome) -> None:
    reply = ReplyFacts(at(date(2025, 3, 12), 15), outcome)
    app = application(interview(date(2025, 3, 11)), replies=(reply,))
    # A refusal leaves only the optional feedback request: no catch-up, no follow-up.
    expected = [Kind.FEEDBACK_REQUEST] if outcome is ReplyOutcome.REJECTION else []
    assert kinds(plan(app, at(date(2025, 3, 12), 16))) == expected


REFUSAL = ReplyFacts(at(date(2025, 3, 12), 15), ReplyOutcome.REJECTION)


@pytest.mark.parametrize("status", [ApplicationStatus.WAITING, ApplicationStatus.REJECTED])
def test_it_offers_an_optional_feedback_request_after_a_refusal(
    status: ApplicationStatus,
) -> None:
    app = application(interview(date(2025, 3, 11)), replies=(REFUSAL,), status=status)
    [feedback] = plan(app, at(date(2025, 3, 12), 16))
    assert feedback.kind is Kind.FEEDBACK_REQUEST and feedback.optional
    assert feedback.channel is Channel.EMAIL and feedback.contact_id == BOSS.id
    assert feedback.earliest == at(date(2025, 3, 13), 9, 30)
    assert feedback.latest == at(date(2025, 3, 17), 11, 30)  # the catch-up's grace: 2 more days
    assert feedback.rule_ids[0] == R.FEEDBACK_REQUEST
    assert all("%(" not in message for message in feedback.messages())


def test_it_lets_an_unsent_feedback_request_lapse() -> None:
    pending = planned(Kind.FEEDBACK_REQUEST, None)
    app = application(
        interview(date(2025, 3, 11)),
        replies=(REFUSAL,),
        followups=(pending,),
        status=ApplicationStatus.REJECTED,
    )
    late = only(plan(app, at(date(2025, 3, 14), 12)), Kind.FEEDBACK_REQUEST)
    assert late.late and late.followup_id == pending.id
    assert late.earliest == at(date(2025, 3, 17), 11)  # Monday, not before 11:00
    assert plan(app, at(date(2025, 3, 17), 12)) == []
    [stale] = stale_followups(app, at(date(2025, 3, 17), 12))
    assert (stale.state, stale.rule_id) == (FollowUpState.LAPSED, R.FEEDBACK_REQUEST)


def test_it_never_asks_for_feedback_twice() -> None:
    second = ReplyFacts(at(date(2025, 3, 13), 15), ReplyOutcome.REJECTION)
    pending = planned(Kind.FEEDBACK_REQUEST, None)
    app = application(interview(date(2025, 3, 11)), replies=(REFUSAL, second), followups=(pending,))
    # A second refusal keeps the one pending request and its days.
    again = only(plan(app, at(date(2025, 3, 13), 16)), Kind.FEEDBACK_REQUEST)
    assert again.followup_id == pending.id
    assert again.latest == at(date(2025, 3, 17), 11, 30)  # still counted from the first
    done = sent(Kind.FEEDBACK_REQUEST, at(date(2025, 3, 13), 10))
    asked = application(interview(date(2025, 3, 11)), replies=(REFUSAL, second), followups=(done,))
    assert plan(asked, at(date(2025, 3, 13), 16)) == []


@pytest.mark.parametrize(
    ("status", "replies"),
    [
        (ApplicationStatus.OFFER, (ReplyFacts(at(date(2025, 3, 12), 15), ReplyOutcome.OFFER),)),
        (ApplicationStatus.WITHDRAWN, (REFUSAL,)),
        (
            ApplicationStatus.REJECTED,
            (REFUSAL, ReplyFacts(at(date(2025, 3, 12), 17), ReplyOutcome.OTHER)),
        ),
        (ApplicationStatus.REJECTED, ()),
    ],
    ids=["offer", "withdrawn", "recruiter-wrote-again", "closed-by-hand"],
)
def test_it_asks_for_feedback_only_right_after_a_refusal(
    status: ApplicationStatus, replies: tuple[ReplyFacts, ...]
) -> None:
    app = application(interview(date(2025, 3, 11)), replies=replies, status=status)
    assert plan(app, at(date(2025, 3, 12), 18)) == []


def test_it_waits_for_the_next_round_then_starts_a_new_cycle() -> None:
    first = interview(date(2025, 3, 3), id=10)
    followup = sent(Kind.FOLLOWUP_EMAIL, at(date(2025, 3, 10), 10), interview_id=10)
    reply = ReplyFacts(at(date(2025, 3, 11), 15), ReplyOutcome.NEXT_ROUND)
    waiting = application(first, followups=(followup,), replies=(reply,))
    assert plan(waiting, at(date(2025, 3, 12), 12)) == []
    second = interview(date(2025, 3, 20), id=11, round=2)
    new_cycle = application(first, second, followups=(followup,), replies=(reply,))
    actions = plan(new_cycle, at(date(2025, 3, 20), 18))
    assert kinds(actions) == [Kind.CATCHUP, Kind.FOLLOWUP_EMAIL]
    assert {a.interview_id for a in actions} == {11}
    assert actions[0].earliest == at(date(2025, 3, 21), 9, 30)


def test_it_counts_a_followup_of_the_round_before_sent_after_the_new_interview() -> None:
    # the golden machine's path: the interview recorded late, the worker sent the previous
    # round's follow-up meanwhile; the recruiter read it in the new round
    first = interview(date(2025, 3, 3), id=10)
    second = interview(date(2025, 3, 20), id=11, round=2)
    late = sent(Kind.FOLLOWUP_EMAIL, at(date(2025, 3, 20), 15), interview_id=10)
    app = application(first, second, followups=(late,))
    assert Kind.FOLLOWUP_EMAIL not in kinds(plan(app, at(date(2025, 3, 20), 18)))
    before = sent(Kind.FOLLOWUP_EMAIL, at(date(2025, 3, 19), 15), interview_id=10)
    app = application(first, second, followups=(before,))
    assert Kind.FOLLOWUP_EMAIL in kinds(plan(app, at(date(2025, 3, 20), 18)))


def test_it_uses_the_abolition_day_of_la_reunion() -> None:
    place = Place(subdivision="974", timezone="Indian/Reunion")
    agreement = Agreement(obtained=True, decision_date=date(2024, 12, 18))
    app = application(interview(date(2024, 12, 16), agreement), place=place)
    followup = only(plan(app, at(date(2024, 12, 17), 12)), Kind.FOLLOWUP_EMAIL)
    assert followup.earliest == at(date(2024, 12, 23), 11, tz="Indian/Reunion")


@pytest.mark.parametrize("status", [ApplicationStatus.WITHDRAWN, ApplicationStatus.OFFER])
def test_it_plans_nothing_for_closed_applications(status: ApplicationStatus) -> None:
    app = application(interview(date(2025, 3, 11)), status=status)
    assert plan(app, at(date(2025, 3, 11), 18)) == []
    assert next_due(app, at(date(2025, 3, 11), 18)) is None


def test_it_gives_the_earliest_action_as_next_due() -> None:
    app = application(interview(date(2025, 3, 14)))
    assert next_due(app, at(date(2025, 3, 14), 18)) == at(date(2025, 3, 17), 11)


def test_it_refuses_a_naive_now() -> None:
    app = application(interview(date(2025, 3, 14)))
    with pytest.raises(ValueError, match="timezone-aware"):
        plan(app, at(date(2025, 3, 14)).replace(tzinfo=None))


def test_it_explains_every_action_with_registered_rules() -> None:
    app = application(interview(date(2025, 12, 23)))
    for action in plan(app, at(date(2025, 12, 23), 18)) + plan(app, at(date(2026, 1, 20))):
        assert action.rule_ids and all(rule in R.RULES for rule in action.rule_ids)
        assert all("%(" not in message for message in action.messages())


def test_it_keeps_a_reply_without_date_from_moving_a_later_promise() -> None:
    agreement = Agreement(obtained=True, decision_date=date(2025, 3, 28))
    reply = ReplyFacts(at(date(2025, 3, 14), 15), ReplyOutcome.OTHER)
    app = application(interview(date(2025, 3, 11), agreement), replies=(reply,))
    followup = only(plan(app, at(date(2025, 3, 14), 16)), Kind.FOLLOWUP_EMAIL)
    assert followup.earliest == at(date(2025, 4, 1), 9, 30)
    assert R.REPLY_REOPENS in followup.rule_ids
    later = application(
        interview(date(2025, 3, 11)),
        replies=(ReplyFacts(at(date(2025, 3, 25), 15), ReplyOutcome.OTHER),),
    )
    followup = only(plan(later, at(date(2025, 3, 25), 16)), Kind.FOLLOWUP_EMAIL)
    assert followup.earliest == at(date(2025, 4, 1), 9, 30)


def test_it_calls_when_no_email_is_known_but_a_direct_line_is() -> None:
    phone_only = ContactFacts(1, is_decision_maker=True, has_direct_line=True, has_email=False)
    app = application(interview(date(2025, 3, 14)), contacts=(phone_only,))
    actions = plan(app, at(date(2025, 3, 14), 18))
    call = only(actions, Kind.FOLLOWUP_CALL)
    assert call.channel is Channel.PHONE
    assert R.PHONE_DIRECT_LINE in call.rule_ids
    assert Kind.FOLLOWUP_EMAIL not in kinds(actions)


def test_it_still_writes_when_neither_an_email_nor_a_direct_line_is_known() -> None:
    nothing = ContactFacts(1, is_decision_maker=True, has_direct_line=False, has_email=False)
    app = application(interview(date(2025, 3, 14)), contacts=(nothing,))
    actions = plan(app, at(date(2025, 3, 14), 18))
    assert only(actions, Kind.FOLLOWUP_EMAIL).channel is Channel.EMAIL


def test_it_stops_calling_a_phone_only_contact_after_the_attempts() -> None:
    phone_only = ContactFacts(1, is_decision_maker=True, has_direct_line=True, has_email=False)
    tries = tuple(
        sent(Kind.FOLLOWUP_CALL, at(date(2025, 3, day), 10), id=100 + day,
             outcome=CallOutcome.NO_ANSWER)
        for day in (21, 24, 25)
    )  # fmt: skip
    app = application(interview(date(2025, 3, 14)), contacts=(phone_only,), followups=tries)
    actions = plan(app, at(date(2025, 3, 26), 8))
    assert Kind.FOLLOWUP_CALL not in kinds(actions)
    assert only(actions, Kind.FOLLOWUP_EMAIL).channel is Channel.EMAIL


def test_it_cancels_rather_than_lapses_a_catchup_replaced_by_a_thankyou() -> None:
    catchup = planned(Kind.CATCHUP, at(date(2025, 3, 17), 11))
    app = application(interview(date(2025, 3, 14), Agreement(obtained=True)), followups=(catchup,))
    (stale,) = stale_followups(app, at(date(2025, 3, 14), 18))
    assert (stale.followup_id, stale.state, stale.rule_id) == (
        catchup.id,
        FollowUpState.CANCELLED,
        R.THANKYOU,
    )
