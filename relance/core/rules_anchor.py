"""When the follow-up of the current silence period may happen, and why.

The anchor is the first day a follow-up may take place; the plan and the write
guard both read it, so what the plan proposes the guard accepts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from relance.core import rule_ids as R
from relance.core.cycle import Cycle
from relance.core.facts import Channel, ReplyFacts
from relance.core.i18n import N_
from relance.core.policy import Policy


@dataclass(frozen=True, slots=True)
class Anchor:
    day: date  # no follow-up before this day (place of work)
    deadline_rule: str  # the rule a write before `day` breaks
    suggest_rejected: bool = False  # "no news by X means no": suggest closing at `day` instead
    wanted: Channel | None = None  # implied when no channel was stated (a call-back: a call)
    rule_ids: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    params: dict[str, str | int] = field(default_factory=dict)


def followup_anchor(cycle: Cycle, policy: Policy, catchup_day: date | None) -> Anchor:
    return _after_away(cycle, _recruiter_anchor(cycle, policy, catchup_day))


def _recruiter_anchor(cycle: Cycle, policy: Policy, catchup_day: date | None) -> Anchor:
    """The latest date the recruiter gave wins, whatever replies without one came after it."""
    reply = cycle.last_reply
    dated = cycle.dated_reply
    if reply is None:
        return _agreement_anchor(cycle, policy, catchup_day)
    if reply is dated:
        return _dated_anchor(cycle, policy, reply)
    reply_day = cycle.local_day(reply.at)
    params: dict[str, str | int] = {"reply_date": reply_day.isoformat()}
    reopened = N_("The recruiter wrote on %(reply_date)s: a new silence period starts.")
    if dated is not None:
        base = _dated_anchor(cycle, policy, dated)
    else:
        base = _agreement_anchor(cycle, policy, catchup_day)
    params["days"] = policy.no_date_followup_days
    silence = cycle.calendar.add_working_days(reply_day, policy.no_date_followup_days)
    if base.day > silence:
        # The dates already given still stand, later than the reply's own silence period.
        return replace(
            base,
            rule_ids=(*base.rule_ids, R.REPLY_REOPENS),
            reasons=(reopened, *base.reasons),
            params={**base.params, **params},
        )
    return Anchor(
        silence,
        R.NO_DATE_DELAY,
        rule_ids=(R.REPLY_REOPENS, R.NO_DATE_DELAY),
        reasons=(
            reopened,
            N_("No new date was given: follow up %(days)d working days after the reply."),
        ),
        params=params,
    )


def _dated_anchor(cycle: Cycle, policy: Policy, reply: ReplyFacts) -> Anchor:
    assert reply.new_date is not None
    params: dict[str, str | int] = {
        "reply_date": cycle.local_day(reply.at).isoformat(),
        "new_date": reply.new_date.isoformat(),
        "days": policy.decision_followup_days,
    }
    return Anchor(
        cycle.calendar.add_working_days(reply.new_date, policy.decision_followup_days),
        R.RESPECT_DEADLINES,
        rule_ids=(R.RESPECT_DEADLINES, R.REPLY_NEW_DATE),
        reasons=(
            N_(
                "On %(reply_date)s the recruiter postponed the decision to %(new_date)s: "
                "one new follow-up %(days)d working day after it, not before."
            )
            if policy.decision_followup_days == 1  # a singular msgid: "1 working day"
            else N_(
                "On %(reply_date)s the recruiter postponed the decision to %(new_date)s: "
                "one new follow-up %(days)d working days after it, not before."
            ),
        ),
        params=params,
    )


def _after_away(cycle: Cycle, anchor: Anchor) -> Anchor:
    """An out-of-office return date: not before the first working day after it."""
    away = cycle.app.away_until
    if away is None or anchor.suggest_rejected or anchor.day > away:
        return anchor
    return replace(
        anchor,
        day=cycle.calendar.next_working_day(away),
        deadline_rule=R.RECRUITER_AWAY,
        rule_ids=(*anchor.rule_ids, R.RECRUITER_AWAY),
        reasons=(
            *anchor.reasons,
            N_(
                "The recruiter's automatic reply says they are away until %(away_date)s: "
                "the follow-up waits for their return."
            ),
        ),
        params={**anchor.params, "away_date": away.isoformat()},
    )


def _agreement_anchor(cycle: Cycle, policy: Policy, catchup_day: date | None) -> Anchor:
    assert cycle.interview is not None and cycle.interview_day is not None
    agreement = cycle.interview.agreement
    calendar = cycle.calendar
    params: dict[str, str | int] = {"interview_date": cycle.interview_day.isoformat()}
    if agreement.no_news_means_no_by is not None:
        params["no_news_date"] = agreement.no_news_means_no_by.isoformat()
        return Anchor(
            calendar.add_working_days(agreement.no_news_means_no_by, 1),
            R.NO_NEWS_MEANS_NO,
            suggest_rejected=True,
            rule_ids=(R.NO_NEWS_MEANS_NO,),
            reasons=(
                N_(
                    "The recruiter said no news by %(no_news_date)s means no: no follow-up; "
                    "without news the day after, suggest closing as not retained."
                ),
            ),
            params=params,
        )
    if agreement.callback_date is not None:
        params["callback_date"] = agreement.callback_date.isoformat()
        return Anchor(
            agreement.callback_date,
            R.RESPECT_DEADLINES,
            wanted=Channel.PHONE,
            rule_ids=(R.RESPECT_DEADLINES, R.CALLBACK_DATE),
            reasons=(
                N_("The recruiter agreed to hear from you on %(callback_date)s: on that date."),
            ),
            params=params,
        )
    if agreement.decision_date is not None:
        params.update(
            decision_date=agreement.decision_date.isoformat(),
            days=policy.decision_followup_days,
        )
        return Anchor(
            calendar.add_working_days(agreement.decision_date, policy.decision_followup_days),
            R.RESPECT_DEADLINES,
            rule_ids=(R.RESPECT_DEADLINES, R.DECISION_DELAY),
            reasons=(
                N_(
                    "The recruiter promised a decision by %(decision_date)s: follow up "
                    "%(days)d working day after it, never before."
                )
                if policy.decision_followup_days == 1
                else N_(
                    "The recruiter promised a decision by %(decision_date)s: follow up "
                    "%(days)d working days after it, never before."
                ),
            ),
            params=params,
        )
    params["days"] = policy.no_date_followup_days
    day = calendar.add_working_days(cycle.interview_day, policy.no_date_followup_days)
    anchor = Anchor(
        day,
        R.NO_DATE_DELAY,
        rule_ids=(R.NO_DATE_DELAY,),
        reasons=(
            N_(
                "No date was given at the interview of %(interview_date)s: follow up "
                "%(days)d working days after it."
            ),
        ),
        params=params,
    )
    if catchup_day is not None:
        after = calendar.add_working_days(catchup_day, policy.after_catchup_min_days)
        if after > day:
            params.update(catchup_date=catchup_day.isoformat(), gap=policy.after_catchup_min_days)
            anchor = replace(
                anchor,
                day=after,
                deadline_rule=R.AFTER_CATCHUP_DELAY,
                rule_ids=(R.NO_DATE_DELAY, R.AFTER_CATCHUP_DELAY),
                reasons=(
                    *anchor.reasons,
                    N_(
                        "The catch-up e-mail is dated %(catchup_date)s: leave at least %(gap)d "
                        "working day after it."
                    )
                    if policy.after_catchup_min_days == 1
                    else N_(
                        "The catch-up e-mail is dated %(catchup_date)s: leave at least %(gap)d "
                        "working days after it."
                    ),
                ),
            )
    return anchor
