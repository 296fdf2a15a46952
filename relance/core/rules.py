"""The rules engine: from an application's facts and a moment, the actions to take.

Pure functions, no framework. `plan` proposes; `check_followup` (re-exported here)
guards every write path with the same rules, so what the plan proposes the guard
accepts.
"""

from __future__ import annotations

from datetime import datetime

from relance.core import rule_ids as R
from relance.core.actions import Action, StaleFollowUp
from relance.core.cycle import (
    CANCELLABLE_STATES,
    FOLLOWUP_KINDS,
    OPENING_KINDS,
    Cycle,
    cycle_of,
)
from relance.core.facts import ApplicationFacts, FollowUpState, Kind
from relance.core.policy import DEFAULT_POLICY, Policy
from relance.core.rules_check import check_followup
from relance.core.rules_feedback import delivered_feedback, feedback_action
from relance.core.rules_followup import followup_actions
from relance.core.rules_hold import confirm_reply_action, prepare_action
from relance.core.rules_opening import delivered_catchup_day, opening_action

__all__ = ["Action", "StaleFollowUp", "check_followup", "next_due", "plan", "stale_followups"]


_FINAL = frozenset({R.DECISION_ENDS, R.CLOSED})


def plan(app: ApplicationFacts, now: datetime, policy: Policy = DEFAULT_POLICY) -> list[Action]:
    """The actions to take from `now` on, earliest first. `now` must be timezone-aware."""
    if now.tzinfo is None:
        raise ValueError("plan() needs a timezone-aware `now` (UTC)")
    cycle = cycle_of(app, now)
    # A decision or a closed application cancels whatever interview was still to come.
    preparing = prepare_action(app, now) if cycle.stop_rule not in _FINAL else []
    if cycle.pending_reply is not None:
        # The recruiter may have answered: nothing more until the candidate says so.
        return [confirm_reply_action(cycle, now), *preparing]
    if cycle.stop_rule is not None:
        # After a decision, at most the optional feedback request a refusal allows.
        feedback = feedback_action(cycle, now, policy)
        return [feedback, *preparing] if feedback is not None else preparing
    actions: list[Action] = [*preparing]
    opening = opening_action(cycle, now, policy)
    catchup_day = delivered_catchup_day(cycle)
    if opening is not None:
        actions.append(opening)
        if opening.kind is Kind.CATCHUP and catchup_day is None:
            catchup_day = cycle.local_day(opening.earliest)
    actions.extend(followup_actions(cycle, now, policy, catchup_day))
    actions.sort(key=lambda a: a.earliest)
    return actions


def next_due(
    app: ApplicationFacts, now: datetime, policy: Policy = DEFAULT_POLICY
) -> datetime | None:
    """The earliest moment something is to be done (the indexed next-due column)."""
    actions = plan(app, now, policy)
    return actions[0].earliest if actions else None


def stale_followups(
    app: ApplicationFacts, now: datetime, policy: Policy = DEFAULT_POLICY
) -> list[StaleFollowUp]:
    """Pending rows the plan no longer wants: to cancel (or mark lapsed), never to send.

    Rows already being sent (SENDING, COMMITTING) are left alone: they may have gone out.
    """
    actions = plan(app, now, policy)
    kept = {a.followup_id for a in actions if a.followup_id is not None}
    cycle = cycle_of(app, now)
    if cycle.pending_reply is not None and cycle.stop_rule is None:
        return []  # on hold: the confirmed reply (or its dismissal) decides what is stale
    current = {row.id for row in cycle.rows}
    stale = []
    for row in app.followups:
        if row.state not in CANCELLABLE_STATES or row.id in kept:
            continue
        if row.kind is Kind.FEEDBACK_REQUEST and cycle.refusal and row.id in current:
            stale.append(_stale_feedback(cycle, row.id, actions))
        elif cycle.stop_rule is not None:
            stale.append(StaleFollowUp(row.id, FollowUpState.CANCELLED, cycle.stop_rule))
        elif row.id not in current:
            stale.append(StaleFollowUp(row.id, FollowUpState.CANCELLED, R.NEXT_ROUND))
        elif row.kind in OPENING_KINDS and (replaced_by := _opening_replaced(cycle, row.kind)):
            stale.append(StaleFollowUp(row.id, FollowUpState.CANCELLED, replaced_by))
        elif row.kind in OPENING_KINDS:
            lapsed = cycle.last_reply is None and cycle.delivered_opening() is None
            state = FollowUpState.LAPSED if lapsed else FollowUpState.CANCELLED
            rule = R.CATCHUP_GRACE if lapsed else (R.REPLY_REOPENS if cycle.last_reply else R.ONCE)
            stale.append(StaleFollowUp(row.id, state, rule))
        elif row.kind in FOLLOWUP_KINDS:
            stale.append(StaleFollowUp(row.id, FollowUpState.CANCELLED, _followup_rule(actions)))
        elif row.kind is Kind.FEEDBACK_REQUEST:
            # The recruiter wrote again after the refusal: the request no longer fits.
            stale.append(StaleFollowUp(row.id, FollowUpState.CANCELLED, R.REPLY_REOPENS))
    return stale


def _opening_replaced(cycle: Cycle, kind: Kind) -> str | None:
    """The rule that replaced a pending catch-up or thank-you, if one did (not a lapse).

    The agreement changed (the catch-up gives way to a thank-you, or back), or the
    follow-up already went out, so the opening message no longer fits.
    """
    if cycle.interview is not None:
        obtained = cycle.interview.agreement.obtained
        if (kind is Kind.THANKYOU) != obtained:
            return R.THANKYOU if obtained else R.CATCHUP_NEXT_DAY
    if cycle.delivered_followup() is not None:
        return R.ONCE
    return None


def _stale_feedback(cycle: Cycle, row_id: int, actions: list[Action]) -> StaleFollowUp:
    """A second feedback request is cancelled; the only one, past its days, has lapsed."""
    if delivered_feedback(cycle) or any(a.kind is Kind.FEEDBACK_REQUEST for a in actions):
        return StaleFollowUp(row_id, FollowUpState.CANCELLED, R.ONCE)
    return StaleFollowUp(row_id, FollowUpState.LAPSED, R.FEEDBACK_REQUEST)


def _followup_rule(actions: list[Action]) -> str:
    for action in actions:
        if action.kind in FOLLOWUP_KINDS:
            # Replaced: the channel changed or the date moved; name the leading rule.
            return action.rule_ids[0]
        if action.kind is Kind.SUGGEST_CLOSE_REJECTED:
            return R.NO_NEWS_MEANS_NO
    return R.ONCE
