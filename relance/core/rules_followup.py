"""The one follow-up of a silence period, and the suggestions to close."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from relance.core import rule_ids as R
from relance.core.actions import Action
from relance.core.cycle import Cycle, recruiter_zone, row_moment
from relance.core.facts import Channel, Kind
from relance.core.i18n import N_
from relance.core.policy import Policy
from relance.core.rules_anchor import followup_anchor
from relance.core.rules_channel import pick_channel
from relance.core.rules_slots import (
    SLOW_PERIOD_WARNING,
    day_floor,
    honour_row_time,
    ideal_and_actual,
    matching_row,
    moved,
    slow_period_params,
    suggestion,
    timing_rules,
)
from relance.core.windows import start_of_day

_ONE_DAY = timedelta(days=1)


def followup_actions(
    cycle: Cycle, now: datetime, policy: Policy, catchup_day: date | None
) -> list[Action]:
    delivered = cycle.delivered_followup()
    if delivered is not None:
        moment = row_moment(delivered) or cycle.period_start
        assert moment is not None
        sent_day = cycle.local_day(moment)
        day = cycle.calendar.add_working_days(sent_day, policy.close_no_answer_days)
        return [
            suggestion(
                cycle,
                Kind.SUGGEST_CLOSE_NO_ANSWER,
                day,
                now,
                (R.ONCE, R.CLOSE_NO_ANSWER),
                (
                    N_(
                        "Your follow-up of %(followup_date)s is the only one allowed until the "
                        "recruiter writes; after %(days)d working days without an answer, "
                        "suggest closing as no answer. A reply would reopen it."
                    ),
                ),
                {"followup_date": sent_day.isoformat(), "days": policy.close_no_answer_days},
            )
        ]
    anchor = followup_anchor(cycle, policy, catchup_day)
    if anchor.suggest_rejected:
        return [
            suggestion(
                cycle,
                Kind.SUGGEST_CLOSE_REJECTED,
                anchor.day,
                now,
                anchor.rule_ids,
                anchor.reasons,
                anchor.params,
            )
        ]
    choice = pick_channel(cycle, anchor.wanted, policy)
    kind = Kind.FOLLOWUP_CALL if choice.channel is Channel.PHONE else Kind.FOLLOWUP_EMAIL
    tz = recruiter_zone(cycle, choice.contact)
    assert cycle.interview is not None
    # A call-back agreed for the interview's own day still comes after the interview.
    floor = max(day_floor(cycle, tz, anchor.day), cycle.interview.at)
    if choice.failed_attempts:
        # Another attempt goes on another day than the last one that reached nobody.
        last_attempt_day = choice.failed_attempts[-1].astimezone(tz).date()
        floor = max(floor, start_of_day(last_attempt_day + _ONE_DAY, tz))
    ideal, window = ideal_and_actual(cycle, tz, choice.channel, floor, now)
    row = matching_row(cycle, frozenset({kind}), floor)
    window = honour_row_time(cycle, tz, choice.channel, row, window)
    timing_ids, timing_reasons = timing_rules(moved(cycle, tz, window, anchor.day))
    params = {
        **anchor.params,
        **choice.params,
        "due_date": anchor.day.isoformat(),
        **slow_period_params(cycle, tz, window),
    }
    assert cycle.interview is not None
    return [
        Action(
            kind=kind,
            channel=choice.channel,
            interview_id=cycle.interview.id,
            earliest=window.start,
            latest=window.end,
            late=window.start > ideal.start,
            rule_ids=(*anchor.rule_ids, R.ONCE, *choice.rule_ids, *timing_ids),
            reasons=(*anchor.reasons, *choice.reasons, *timing_reasons),
            warnings=(SLOW_PERIOD_WARNING,) if "window_date" in params else (),
            followup_id=row.id if row is not None else None,
            contact_id=choice.contact.id if choice.contact else None,
            params=params,
        )
    ]
