"""The golden rules, applied to an imported history before anything is written.

An import is a write path like any other: a file holding two follow-ups in one
silence period, or an approved follow-up scheduled before the recruiter's date,
is refused whole.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from relance.core import facts as f
from relance.core.errors import RuleViolation
from relance.core.policy import POLICY_FIELDS, Policy
from relance.core.rules import check_followup
from relance.tracker.exchange.schema import refuse
from relance.tracker.services.errors import explain

COUNTING_KINDS = (f.Kind.FOLLOWUP_EMAIL.value, f.Kind.FOLLOWUP_CALL.value)


def _counts(fu: dict[str, Any]) -> bool:
    """Whether a follow-up in the file reached (or may have reached) the recruiter."""
    return (
        fu["kind"] in COUNTING_KINDS
        and fu["state"] in {s.value for s in f.DELIVERED_STATES}
        and fu["call_outcome"] != f.CallOutcome.NO_ANSWER.value
    )


def check_application(app: dict[str, Any], profile: dict[str, Any], path: str) -> None:
    _check_once_per_silence(app, path)
    facts = _facts(app, profile)
    policy = Policy(**{p.name: profile[p.name] for p in POLICY_FIELDS})
    for n, fu in enumerate(app["followups"]):
        if fu["state"] != f.FollowUpState.APPROVED.value or fu["due_at"] is None:
            continue
        try:
            check_followup(
                facts, f.Kind(fu["kind"]), f.Channel(fu["channel"]), fu["due_at"], policy
            )
        except RuleViolation as violation:
            raise refuse(f"{path}.followups[{n}]", explain(violation)) from violation


def _check_once_per_silence(app: dict[str, Any], path: str) -> None:
    """At most one delivered follow-up between two messages of the recruiter.

    A silence period starts at a reply or at an interview (a new round is a new cycle),
    as the rules engine counts it. A row that may have gone out (`unknown`) counts too,
    dated by its planned moment when it has no sending date.
    """
    boundaries = sorted([r["at"] for r in app["replies"]] + [i["at"] for i in app["interviews"]])
    seen: dict[int, int] = {}
    for n, fu in enumerate(app["followups"]):
        moment = fu["done_at"] or fu["due_at"] or fu["earliest_at"]
        if not _counts(fu) or moment is None:
            continue
        period = sum(1 for b in boundaries if b <= moment)
        if period in seen:
            raise refuse(
                f"{path}.followups[{n}]",
                _("a second follow-up in the same silence period (never follow up more than once)"),
            )
        seen[period] = n


def _place(app: dict[str, Any], profile: dict[str, Any]) -> f.Place:
    """The application's own place of work when set, else the profile's (as the tracker reads)."""
    default = f.Place(profile["country"], profile["subdivision"] or None, profile["timezone"])
    return f.own_place(
        default, app["place_country"], app["place_subdivision"], app["place_timezone"]
    )


def _facts(app: dict[str, Any], profile: dict[str, Any]) -> f.ApplicationFacts:
    keys = {i["key"]: n for n, i in enumerate(app["interviews"], 1)}
    return f.ApplicationFacts(
        id=0,
        status=f.ApplicationStatus(app["status"]),
        place=_place(app, profile),
        candidate_timezone=profile["timezone"],
        interviews=tuple(
            f.InterviewFacts(
                id=keys[i["key"]],
                round=i["round"],
                at=i["at"],
                agreement=f.Agreement(
                    obtained=i["agreement_obtained"],
                    decision_date=i["decision_date"],
                    process=i["process"],
                    callback_date=i["callback_date"],
                    preferred_channel=f.Channel(i["preferred_channel"])
                    if i["preferred_channel"]
                    else None,
                    no_news_means_no_by=i["no_news_means_no_by"],
                ),
            )
            for i in app["interviews"]
        ),
        contacts=tuple(
            f.ContactFacts(
                id=n,
                is_decision_maker=c["is_decision_maker"],
                has_direct_line=any(p["is_direct_line"] for p in c["phones"]),
                has_email=bool(c["email"]) and not c["email_doubtful"],
                preferred_channel=f.Channel(c["preferred_channel"])
                if c["preferred_channel"]
                else None,
                timezone=c["timezone"] or None,
            )
            for n, c in enumerate(app["contacts"], 1)
        ),
        followups=tuple(
            f.FollowUpFacts(
                id=n,
                kind=f.Kind(fu["kind"]),
                channel=f.Channel(fu["channel"]),
                state=f.FollowUpState(fu["state"]),
                interview_id=keys.get(fu["interview"]) if fu["interview"] else None,
                due_at=fu["due_at"],
                done_at=fu["done_at"],
                call_outcome=f.CallOutcome(fu["call_outcome"]) if fu["call_outcome"] else None,
                failed_call_attempts=tuple(
                    a["at"]
                    for a in fu["call_attempts"]
                    if a["outcome"] == f.CallOutcome.NO_ANSWER.value
                ),
            )
            for n, fu in enumerate(app["followups"], 1)
            if fu["state"] != f.FollowUpState.APPROVED.value
        ),
        replies=tuple(
            f.ReplyFacts(at=r["at"], outcome=f.ReplyOutcome(r["outcome"]), new_date=r["new_date"])
            for r in app["replies"]
        ),
    )
