"""The write guard: refuse a scheduled follow-up that would break a rule, naming it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from relance.core import rule_ids as R
from relance.core.actions import SUGGESTION_KINDS
from relance.core.cycle import (
    FOLLOWUP_KINDS,
    IN_FLIGHT_STATES,
    OPENING_KINDS,
    Cycle,
    callable_contact,
    cycle_of,
    email_contact,
    is_active,
    recruiter_preference,
    recruiter_zone,
)
from relance.core.errors import RuleViolation
from relance.core.facts import ApplicationFacts, Channel, Kind
from relance.core.i18n import N_
from relance.core.policy import DEFAULT_POLICY, Policy
from relance.core.rules_anchor import followup_anchor
from relance.core.rules_feedback import check_feedback
from relance.core.rules_opening import delivered_catchup_day, opening_days
from relance.core.windows import window_containing

# Every reply on record counts, whatever the moment checked.
_END_OF_TIME = datetime.max.replace(tzinfo=UTC)

_STOP_MESSAGES = {
    R.CLOSED: N_("This application is closed: nothing more to send."),
    R.DECISION_ENDS: N_("The recruiter gave a decision: nothing more to send."),
    R.NEXT_ROUND: N_("A next round was announced: record the next interview first."),
    R.AFTER_INTERVIEW: N_("There is no interview yet: follow-ups come after one."),
    R.UPCOMING_INTERVIEW: N_(
        "The next interview has not taken place yet: nothing to send before it."
    ),
}


def check_followup(
    app: ApplicationFacts,
    kind: Kind,
    channel: Channel,
    at: datetime,
    policy: Policy = DEFAULT_POLICY,
    *,
    followup_id: int | None = None,
) -> None:
    """Raise RuleViolation when scheduling `kind` by `channel` at `at` breaks a rule.

    `followup_id` is the row being (re)scheduled, so it does not count as a second one.
    Recording what already happened (sent from the candidate's own mailbox, a call made)
    is a fact, not a plan: don't check it.
    """
    if at.tzinfo is None:
        raise ValueError("check_followup() needs a timezone-aware moment (UTC)")
    if kind in SUGGESTION_KINDS:
        raise ValueError(f"{kind} is a suggestion to the candidate, not something to schedule")
    if (kind is Kind.FOLLOWUP_CALL) != (channel is Channel.PHONE):
        raise ValueError(f"{kind} cannot go by {channel}")
    cycle = cycle_of(app, _END_OF_TIME, held_at=at)
    if cycle.pending_reply is not None:
        raise RuleViolation(
            R.REPLY_PENDING,
            N_(
                "A message that may be the recruiter's answer is waiting for your word: confirm "
                "or dismiss it first."
            ),
        )
    # After a decision only a refusal's feedback request may go, and only that.
    if cycle.stop_rule is not None and not (kind is Kind.FEEDBACK_REQUEST and cycle.refusal):
        raise RuleViolation(cycle.stop_rule, _STOP_MESSAGES[cycle.stop_rule])
    _check_channel(cycle, channel, at, policy)
    contact = callable_contact(app) if channel is Channel.PHONE else email_contact(app)
    tz = recruiter_zone(cycle, contact)
    day = at.astimezone(tz).date()
    # The golden rules first: "too early" says more than "outside the window".
    first_day = min(day, cycle.local_day(at))
    last_day = max(day, cycle.local_day(at))
    if kind in OPENING_KINDS:
        _check_opening(cycle, policy, first_day, last_day)
    elif kind is Kind.FEEDBACK_REQUEST:
        check_feedback(cycle, policy, first_day, last_day, followup_id)
    elif kind in FOLLOWUP_KINDS:
        _check_followup_timing(cycle, policy, first_day, followup_id)
    _check_day_and_window(cycle, channel, at, day)


def _check_channel(cycle: Cycle, channel: Channel, at: datetime, policy: Policy) -> None:
    if channel is not Channel.PHONE:
        return
    if callable_contact(cycle.app) is None:
        raise RuleViolation(
            R.PHONE_DIRECT_LINE,
            N_("No decision-maker's direct line is known: follow up by e-mail, not by phone."),
        )
    if recruiter_preference(cycle) is Channel.EMAIL:
        raise RuleViolation(R.RECRUITER_CHANNEL, N_("The recruiter prefers e-mail: do not call."))
    attempts = cycle.failed_call_attempts()
    if len(attempts) > policy.extra_call_attempts:
        raise RuleViolation(
            R.CALL_ATTEMPTS,
            N_("1 call reached nobody: the follow-up now goes by e-mail.")
            if len(attempts) == 1  # with extra_call_attempts = 0 in the policy
            else N_("%(attempts)d calls reached nobody: the follow-up now goes by e-mail."),
            {"attempts": len(attempts)},
        )
    tz = recruiter_zone(cycle, callable_contact(cycle.app))
    if attempts and attempts[-1].astimezone(tz).date() >= at.astimezone(tz).date():
        raise RuleViolation(
            R.CALL_ATTEMPTS,
            N_("A call already reached nobody that day: try again on a later working day."),
        )


def _check_day_and_window(cycle: Cycle, channel: Channel, at: datetime, day: date) -> None:
    calendar = cycle.calendar
    params = {"date": day.isoformat()}
    if not calendar.is_working_day(day):
        raise RuleViolation(
            R.SENDABLE_DAY, N_("%(date)s is a weekend day or a public holiday."), params
        )
    if calendar.is_bridge_day(day):
        raise RuleViolation(
            R.SENDABLE_DAY, N_("%(date)s is a likely bridge day (pont): choose another."), params
        )
    contact = callable_contact(cycle.app) if channel is Channel.PHONE else email_contact(cycle.app)
    if window_containing(calendar, recruiter_zone(cycle, contact), channel, at) is None:
        message = (
            N_(
                "Outside the call windows: 10:00–12:00 or 14:30–17:30 in the recruiter's time, "
                "not Monday before 11:00 nor Friday after 14:00."
            )
            if channel is Channel.PHONE
            else N_(
                "Outside the e-mail window: 09:30–11:30 in the recruiter's time, "
                "not Monday before 11:00."
            )
        )
        raise RuleViolation(R.TIME_WINDOW, message)


def _check_opening(cycle: Cycle, policy: Policy, first_day: date, last_day: date) -> None:
    if cycle.delivered_opening() is not None:
        raise RuleViolation(R.ONCE, N_("The e-mail after this interview has already gone."))
    days = opening_days(cycle, policy)
    params = {"due_date": days.due.isoformat(), "last_date": days.last.isoformat()}
    if first_day < days.due:
        raise RuleViolation(
            R.CATCHUP_NEXT_DAY, N_("Not before the day after the interview, %(due_date)s."), params
        )
    if last_day > days.last:
        raise RuleViolation(
            R.CATCHUP_GRACE,
            N_("Too late: the e-mail after the interview lapsed after %(last_date)s."),
            params,
        )


def _check_followup_timing(
    cycle: Cycle, policy: Policy, first_day: date, followup_id: int | None
) -> None:
    if cycle.delivered_followup() is not None:
        raise RuleViolation(
            R.ONCE,
            N_("A follow-up already went out since the recruiter's last message: not a second."),
        )
    anchor = followup_anchor(cycle, policy, delivered_catchup_day(cycle))
    for row in cycle.rows:
        if row.id == followup_id or row.kind not in FOLLOWUP_KINDS or not is_active(row):
            continue
        if not cycle.in_period(row):
            continue
        if (
            row.state in IN_FLIGHT_STATES
            or cycle.last_reply is None
            or row.due_at is None
            or cycle.local_day(row.due_at) >= anchor.day
        ):
            raise RuleViolation(
                R.ONCE,
                N_("Another follow-up (#%(other_id)s) is already planned: change that one."),
                {"other_id": row.id},
            )
    if anchor.suggest_rejected:
        raise RuleViolation(
            R.NO_NEWS_MEANS_NO,
            N_("The recruiter said no news by %(no_news_date)s means no: no follow-up."),
            anchor.params,
        )
    if first_day < anchor.day:
        raise RuleViolation(
            anchor.deadline_rule,
            N_("Too early: not before %(due_date)s."),
            {**anchor.params, "due_date": anchor.day.isoformat()},
        )
