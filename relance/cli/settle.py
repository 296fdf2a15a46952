"""`relance followup show | not-sent | retry | dismiss-finding`: no follow-up is a dead end."""

from __future__ import annotations

import click

from relance.cli.common import (
    _,
    current_user,
    get_followup,
    json_option,
    local,
    now,
    print_json,
    profile_of,
)
from relance.cli.followups import cause_text, followup
from relance.tracker.lifecycle import SETTLEABLE
from relance.tracker.models.choices import SendBy
from relance.tracker.services.summaries import followup_summary


@followup.command(name="show", help=_("Show one follow-up: its state, when, and why."))
@click.argument("followup_id", type=int)
@json_option
@click.pass_context
def followup_show(ctx: click.Context, followup_id: int, as_json: bool) -> None:
    user = current_user(ctx)
    fu = get_followup(user, followup_id)
    if as_json:
        print_json({**followup_summary(fu), "cause_text": cause_text(fu.last_error) or None})
        return
    tz = profile_of(user).timezone
    click.echo(f"#{fu.pk} {fu.get_kind_display()} — {fu.application}")
    click.echo(_("State: %(state)s") % {"state": fu.get_state_display()})
    click.echo(
        _("Window: %(start)s → %(end)s")
        % {"start": local(fu.earliest_at, tz), "end": local(fu.latest_at, tz)}
    )
    if fu.due_at:
        click.echo(_("Scheduled for: %(at)s") % {"at": local(fu.due_at, tz)})
    if fu.send_by:
        click.echo(_("Sent by: %(who)s") % {"who": fu.get_send_by_display()})
    if fu.last_error:
        click.echo(_("Why: %(cause)s") % {"cause": cause_text(fu.last_error)})
    if fu.state in SETTLEABLE:
        click.echo(
            _(
                "Next: `relance followup sent %(id)s` if you sent it yourself, `relance followup "
                "not-sent %(id)s` to bring it back as a draft, `relance followup retry %(id)s` "
                "once the cause is gone."
            )
            % {"id": fu.pk}
        )


@followup.command(
    name="not-sent", help=_("A failed or doubtful follow-up did not go: back to a draft.")
)
@click.argument("followup_id", type=int)
@click.pass_context
def followup_not_sent(ctx: click.Context, followup_id: int) -> None:
    from relance.tracker.services.settling import back_to_draft

    fu = get_followup(current_user(ctx), followup_id)
    back_to_draft(fu, now=now())
    click.echo(_("Back to draft: edit it if need be, then approve it again."))


@followup.command(name="retry", help=_("Approve a failed follow-up again, once its cause is gone."))
@click.argument("followup_id", type=int)
@click.option("--by", "send_by", type=click.Choice(SendBy.values), help=_("Who sends it."))
@click.pass_context
def followup_retry(ctx: click.Context, followup_id: int, send_by: str | None) -> None:
    from relance.mailbox.services import retry_followup

    user = current_user(ctx)
    fu = get_followup(user, followup_id)
    retry_followup(fu, now=now(), send_by=send_by)
    fu.refresh_from_db()
    click.echo(
        _("Approved again for %(at)s.") % {"at": local(fu.due_at, profile_of(user).timezone)}
    )


@followup.command(
    name="dismiss-finding",
    help=_("The tone check's finding of this rule is fine here: it no longer blocks approval."),
)
@click.argument("followup_id", type=int)
@click.argument("rule_id")
@click.pass_context
def followup_dismiss_finding(ctx: click.Context, followup_id: int, rule_id: str) -> None:
    from relance.tracker.services.tone_gate import dismiss_finding

    fu = get_followup(current_user(ctx), followup_id)
    dismiss_finding(fu, rule_id, now=now())
    click.echo(_("Dismissed: recorded on the timeline."))
