"""Property tests over random timelines: the golden rules hold whatever happens."""

from __future__ import annotations

import functools
import os
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relance.core.facts import (
    CLOSED_STATUSES,
    DELIVERED_STATES,
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
    ReplyOutcome,
)
from relance.core.policy import Policy
from relance.core.rules import Action, check_followup, plan, stale_followups

FOLLOWUPS = {Kind.FOLLOWUP_EMAIL, Kind.FOLLOWUP_CALL}
SENT_OR_SENDING = DELIVERED_STATES | {FollowUpState.SENDING, FollowUpState.COMMITTING}
PLACES = (
    Place(),
    Place(subdivision="57"),
    Place(subdivision="67"),
    Place(subdivision="974", timezone="Indian/Reunion"),
    Place(country="CA", subdivision="QC", timezone="America/Montreal"),
)
ZONES = (None, "Europe/Paris", "America/Montreal", "Asia/Tokyo", "Pacific/Auckland")
SLOTS = {
    Channel.EMAIL: ((time(9, 30), time(11, 30)),),
    Channel.PHONE: ((time(10), time(12)), (time(14, 30), time(17, 30))),
}

hours = st.integers(min_value=0, max_value=60 * 24)


@st.composite
def timelines(draw: st.DrawFn) -> tuple[ApplicationFacts, datetime]:
    place = draw(st.sampled_from(PLACES))
    tz = ZoneInfo(place.timezone)
    first_day = draw(st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 11, 30)))
    rounds = draw(st.integers(min_value=1, max_value=2))
    interviews = []
    day = first_day
    for number in range(1, rounds + 1):
        moment = datetime.combine(day, time(draw(st.integers(8, 18))), tzinfo=tz).astimezone(UTC)
        interviews.append(InterviewFacts(number, number, moment, draw(agreements(day))))
        day += timedelta(days=draw(st.integers(3, 30)))
    contacts = tuple(
        ContactFacts(
            i,
            is_decision_maker=draw(st.booleans()),
            has_direct_line=draw(st.booleans()),
            preferred_channel=draw(st.sampled_from((None, Channel.EMAIL, Channel.PHONE))),
            timezone=draw(st.sampled_from(ZONES)),
        )
        for i in range(draw(st.integers(0, 3)))
    )
    start = interviews[0].at
    followups = tuple(
        draw(followup_rows(i, start, [iv.id for iv in interviews]))
        for i in range(draw(st.integers(0, 4)))
    )
    replies = tuple(
        ReplyFacts(
            start + timedelta(hours=draw(hours)),
            draw(st.sampled_from(tuple(ReplyOutcome))),
            draw(st.none() | st.dates(first_day, first_day + timedelta(days=70))),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    status = draw(st.sampled_from(tuple(ApplicationStatus)))
    app = ApplicationFacts(
        1, status, place, "Europe/Paris", tuple(interviews), contacts, followups, replies
    )
    now = start + timedelta(hours=draw(st.integers(-48, 80 * 24)), minutes=draw(st.integers(0, 59)))
    return app, now


@st.composite
def refused_timelines(draw: st.DrawFn) -> tuple[ApplicationFacts, datetime]:
    """A timeline whose recruiter refused a few days ago at most: the feedback request's time."""
    app, now = draw(timelines())
    refusal = ReplyFacts(
        now - timedelta(hours=draw(st.integers(0, 6 * 24))), ReplyOutcome.REJECTION
    )
    status = draw(st.sampled_from((ApplicationStatus.REJECTED, ApplicationStatus.WAITING)))
    return replace(app, status=status, replies=(*app.replies, refusal)), now


@st.composite
def agreements(draw: st.DrawFn, day: date) -> Agreement:
    later = st.none() | st.dates(day, day + timedelta(days=30))
    return Agreement(
        obtained=draw(st.booleans()),
        decision_date=draw(later),
        callback_date=draw(later),
        preferred_channel=draw(st.sampled_from((None, Channel.EMAIL, Channel.PHONE))),
        no_news_means_no_by=draw(st.none() | later) if draw(st.booleans()) else None,
    )


@st.composite
def followup_rows(draw: st.DrawFn, row_id: int, start: datetime, interview_ids: list[int]):
    kind = draw(st.sampled_from((Kind.CATCHUP, Kind.THANKYOU, *FOLLOWUPS, Kind.FEEDBACK_REQUEST)))
    moment = start + timedelta(hours=draw(hours))
    attempts: tuple[datetime, ...] = ()
    if kind is Kind.FOLLOWUP_CALL:
        attempts = tuple(moment - timedelta(days=d) for d in range(draw(st.integers(0, 3))))
    return FollowUpFacts(
        row_id,
        kind,
        Channel.PHONE if kind is Kind.FOLLOWUP_CALL else Channel.EMAIL,
        draw(st.sampled_from(tuple(FollowUpState))),
        draw(st.sampled_from([*interview_ids, None])),
        due_at=moment,
        done_at=moment if draw(st.booleans()) else None,
        call_outcome=draw(st.none() | st.sampled_from(tuple(CallOutcome))),
        failed_call_attempts=attempts,
    )


# --- expectations from docs/policy.md, computed without the engine or its calendar ---------

# docs/policy.md: "départements 67 and 68 are mapped to [6AE]"; other codes go to `holidays` as is.
DOCUMENTED_SUBDIVISIONS = {"67": "6AE", "68": "6AE"}


@functools.cache
def public_holidays(place: Place, year: int) -> frozenset[date]:
    subdivision = DOCUMENTED_SUBDIVISIONS.get(place.subdivision or "", place.subdivision)
    table = holidays.country_holidays(place.country, subdiv=subdivision, years=year)
    return frozenset(table)


def is_working_day(place: Place, day: date) -> bool:
    """Monday to Friday, minus the public holidays of the place of work."""
    return day.weekday() < 5 and day not in public_holidays(place, day.year)


def working_days_after(place: Place, day: date, count: int) -> date:
    """Walk forward one calendar day at a time, counting only working days."""
    while count:
        day += timedelta(days=1)
        count -= is_working_day(place, day)
    return day


def is_sendable_day(place: Place, day: date) -> bool:
    """A working day, and not a likely bridge day (Friday after a Thursday holiday, Monday
    before a Tuesday holiday)."""
    one = timedelta(days=1)
    bridge = (day.weekday() == 4 and day - one in public_holidays(place, (day - one).year)) or (
        day.weekday() == 0 and day + one in public_holidays(place, (day + one).year)
    )
    return is_working_day(place, day) and not bridge


def latest_interview(app: ApplicationFacts) -> InterviewFacts:
    """The timelines hold interviews on distinct days: the latest one is unambiguous."""
    return max(app.interviews, key=lambda iv: iv.at)


def recruiter_words(app: ApplicationFacts, now: datetime) -> list[ReplyFacts]:
    """The recruiter's replies since the latest interview, up to now."""
    start = latest_interview(app).at
    return [r for r in app.replies if start <= r.at <= now]


def latest_words(app: ApplicationFacts, now: datetime) -> list[ReplyFacts]:
    """The recruiter's latest replies (several when recorded at the same moment)."""
    words = recruiter_words(app, now)
    latest = max((r.at for r in words), default=None)
    return [r for r in words if r.at == latest]


def silence_start(app: ApplicationFacts, now: datetime) -> datetime:
    """A silence period starts with the interview or with the recruiter's latest reply."""
    return max([latest_interview(app).at, *(r.at for r in recruiter_words(app, now))])


def local_days(app: ApplicationFacts, action: Action) -> set[date]:
    """The action's day for the recruiter and at the place of work."""
    zones = (recruiter_tz(app, action), ZoneInfo(app.place.timezone))
    return {action.earliest.astimezone(tz).date() for tz in zones}


def recruiter_tz(app: ApplicationFacts, action: Action) -> ZoneInfo:
    contact = next((c for c in app.contacts if c.id == action.contact_id), None)
    return ZoneInfo(contact.timezone if contact and contact.timezone else app.place.timezone)


def messages(actions: list[Action]) -> list[tuple[Action, Channel]]:
    return [(a, a.channel) for a in actions if a.channel is not None]


# RELANCE_PROPERTY_EXAMPLES=5000 for a longer hunt.
EXAMPLES = int(os.environ.get("RELANCE_PROPERTY_EXAMPLES", "300"))
PROPERTY = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY
@given(timelines())
def test_it_never_follows_up_before_a_promised_date(timeline) -> None:
    app, now = timeline
    delay = Policy().decision_followup_days
    agreement = latest_interview(app).agreement
    latest = latest_words(app, now)
    for action in plan(app, now):
        if action.kind not in FOLLOWUPS:
            continue
        day = min(local_days(app, action))
        if len(latest) == 1 and latest[0].outcome is ReplyOutcome.POSTPONED and latest[0].new_date:
            assert day >= working_days_after(app.place, latest[0].new_date, delay)
        elif not latest:
            assert agreement.no_news_means_no_by is None, "no news by a date means no"
            if agreement.callback_date:
                assert day >= agreement.callback_date
            elif agreement.decision_date:
                assert day >= working_days_after(app.place, agreement.decision_date, delay)


@PROPERTY
@given(timelines())
def test_it_waits_the_no_date_delay_after_the_interview(timeline) -> None:
    app, now = timeline
    interview = latest_interview(app)
    agreement = interview.agreement
    if recruiter_words(app, now) or agreement.decision_date or agreement.callback_date:
        return
    interview_day = interview.at.astimezone(ZoneInfo(app.place.timezone)).date()
    earliest = working_days_after(app.place, interview_day, Policy().no_date_followup_days)
    for action in plan(app, now):
        if action.kind in FOLLOWUPS:
            assert min(local_days(app, action)) >= earliest


@PROPERTY
@given(timelines())
def test_it_never_plans_two_followups_in_one_silence_period(timeline) -> None:
    app, now = timeline
    actions = plan(app, now)
    assert sum(a.kind in FOLLOWUPS for a in actions) <= 1
    interview = latest_interview(app)
    start = silence_start(app, now)
    delivered = [
        row
        for row in app.followups
        if row.kind in FOLLOWUPS
        and row.state in DELIVERED_STATES
        # docs/policy.md: a call that reaches nobody, leaving no message, does not count.
        and not (row.kind is Kind.FOLLOWUP_CALL and row.call_outcome is CallOutcome.NO_ANSWER)
        and row.interview_id == interview.id
        and start <= (row.done_at or row.due_at) <= now
    ]
    if delivered:
        assert not any(a.kind in FOLLOWUPS for a in actions)


@PROPERTY
@given(timelines())
def test_it_never_plans_on_a_day_off_or_outside_a_window(timeline) -> None:
    app, now = timeline
    for action, channel in messages(plan(app, now)):
        tz = recruiter_tz(app, action)
        start = action.earliest.astimezone(tz)
        assert is_sendable_day(app.place, start.date())
        assert action.latest > now and action.earliest < action.latest
        end = (action.latest if action.kind in FOLLOWUPS else action.earliest).astimezone(tz)
        if action.kind not in FOLLOWUPS:
            end = start
        assert end.date() == start.date()
        assert any(s <= start.time() and end.time() <= e for s, e in SLOTS[channel])
        if start.weekday() == 0:
            assert start.time() >= time(11)
        if start.weekday() == 4:
            assert end.time() <= time(14)


@PROPERTY
@given(timelines())
def test_it_never_calls_without_a_decision_makers_direct_line(timeline) -> None:
    app, now = timeline
    for action in plan(app, now):
        if action.channel is Channel.PHONE:
            contact = next(c for c in app.contacts if c.id == action.contact_id)
            assert contact.is_decision_maker and contact.has_direct_line
            assert latest_interview(app).agreement.preferred_channel is not Channel.EMAIL


@PROPERTY
@given(timelines())
def test_it_plans_nothing_for_a_closed_application(timeline) -> None:
    app, now = timeline
    if app.status in CLOSED_STATUSES:
        actions = plan(app, now)
        # Closed as not retained by a refusal: only its optional feedback request remains.
        assert all(a.kind is Kind.FEEDBACK_REQUEST for a in actions)
        assert not actions or app.status is ApplicationStatus.REJECTED


@PROPERTY
@given(timelines() | refused_timelines())
def test_it_asks_for_feedback_once_and_only_after_a_refusal(timeline) -> None:
    app, now = timeline
    actions = plan(app, now)
    if not any(a.kind is Kind.FEEDBACK_REQUEST for a in actions):
        return
    assert len(actions) == 1 and actions[0].optional
    assert any(reply.outcome is ReplyOutcome.REJECTION for reply in latest_words(app, now))
    interview = latest_interview(app)
    asked = [
        row
        for row in app.followups
        if row.kind is Kind.FEEDBACK_REQUEST
        and row.state in SENT_OR_SENDING
        and (
            row.interview_id == interview.id
            or (row.interview_id is None and (row.done_at or row.due_at) >= interview.at)
        )
    ]
    assert not asked


@PROPERTY
@given(timelines() | refused_timelines())
def test_it_lets_through_the_guard_whatever_it_plans(timeline) -> None:
    app, now = timeline
    if any(reply.at > now for reply in app.replies):
        return  # the guard counts every reply on record, the plan only those before now
    retired = {s.followup_id: s.state for s in stale_followups(app, now)}
    rows = tuple(replace(r, state=retired.get(r.id, r.state)) for r in app.followups)
    app = replace(app, followups=rows)
    for action, channel in messages(plan(app, now)):
        check_followup(app, action.kind, channel, action.earliest, followup_id=action.followup_id)
