"""E-mail or phone: the recruiter's preference, the article's direct-line condition,
and calls that reached nobody."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from relance.core import rule_ids as R
from relance.core.cycle import Cycle, callable_contact, email_contact, recruiter_preference
from relance.core.facts import Channel, ContactFacts
from relance.core.i18n import N_
from relance.core.policy import Policy


@dataclass(frozen=True, slots=True)
class ChannelChoice:
    channel: Channel
    contact: ContactFacts | None
    rule_ids: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    params: dict[str, str | int] = field(default_factory=dict)
    failed_attempts: tuple[datetime, ...] = ()


def pick_channel(cycle: Cycle, wanted: Channel | None, policy: Policy) -> ChannelChoice:
    app = cycle.app
    # A stated preference wins; `wanted` (a call-back implies a call) only fills the gap.
    preference = recruiter_preference(cycle) or wanted
    # No address at all, but the decision-maker's direct line: the call is the only way.
    phone_only = (
        preference is None
        and not any(c.has_email for c in app.contacts)
        and callable_contact(app) is not None
    )
    if phone_only:
        preference = Channel.PHONE
    if preference is not Channel.PHONE:
        reason = (
            N_("The recruiter prefers e-mail.")
            if preference is Channel.EMAIL
            else N_("No channel was agreed: by e-mail.")
        )
        return ChannelChoice(Channel.EMAIL, email_contact(app), (R.RECRUITER_CHANNEL,), (reason,))
    phone_contact = callable_contact(app)
    if phone_contact is None:
        return ChannelChoice(
            Channel.EMAIL,
            email_contact(app),
            (R.PHONE_DIRECT_LINE,),
            (N_("No direct line of a decision-maker is known: by e-mail, not by phone."),),
        )
    attempts = tuple(cycle.failed_call_attempts())
    params: dict[str, str | int] = {"attempts": len(attempts)}
    if len(attempts) > policy.extra_call_attempts:
        return ChannelChoice(
            Channel.EMAIL,
            email_contact(app),
            (R.CALL_ATTEMPTS,),
            (
                N_("1 call reached nobody: the follow-up goes by e-mail.")
                if len(attempts) == 1  # with extra_call_attempts = 0 in the policy
                else N_("%(attempts)d calls reached nobody: the follow-up goes by e-mail."),
            ),
            params,
        )
    rule_ids: tuple[str, ...] = (R.RECRUITER_CHANNEL, R.PHONE_DIRECT_LINE)
    reasons: tuple[str, ...] = (
        N_("No e-mail address is known, but you have the decision-maker's direct line: by phone.")
        if phone_only
        else N_("The recruiter welcomes a call and you have the decision-maker's direct line."),
    )
    if attempts:
        rule_ids += (R.CALL_ATTEMPTS,)
        # A singular msgid for one call: French and English both read "1 call", "2 calls".
        reasons += (
            N_("1 call reached nobody: try again on another working day.")
            if len(attempts) == 1
            else N_("%(attempts)d calls reached nobody: try again on another working day."),
        )
    return ChannelChoice(Channel.PHONE, phone_contact, rule_ids, reasons, params, attempts)
