"""`relance agenda`: what to do, when, and why."""

from __future__ import annotations

from datetime import timedelta

import click
from django.utils.translation import ngettext

from relance.cli.common import (
    _,
    current_user,
    json_option,
    local,
    now,
    parse_moment,
    print_json,
    profile_of,
)
from relance.tracker.services.agenda import agenda_items


@click.command(help=_("What to do now and in the coming days, with windows and reasons."))
@click.option("--as-of", help=_("Pretend it is this moment (2026-03-10 09:00, local time)."))
@click.option(
    "--days",
    default=7,
    show_default=True,
    type=click.IntRange(0, 366),
    help=_("How many days ahead to look."),
)
@json_option
@click.pass_context
def agenda(ctx: click.Context, as_of: str | None, days: int, as_json: bool) -> None:
    user = current_user(ctx)
    profile = profile_of(user)
    moment = parse_moment(as_of, profile.timezone) if as_of else now()
    items = agenda_items(user, moment, moment + timedelta(days=days))
    if as_json:
        print_json([item.as_json() for item in items])
        return
    if not items:
        click.echo(
            ngettext(
                "Nothing to do in the next %(n)d day.",
                "Nothing to do in the next %(n)d days.",
                days,
            )
            % {"n": days}
        )
        return
    for item in items:
        a = item.action
        marker = _("NOW") if item.is_due(moment) else _("later")
        flags = " ".join(
            flag for flag, on in ((_("(late)"), a.late), (_("(optional)"), a.optional)) if on
        )
        click.echo(
            f"[{marker}] {local(a.earliest, profile.timezone)} → "
            f"{local(a.latest, profile.timezone)}  {item.label} {flags}".rstrip()
        )
        followup = f"  #{a.followup_id}" if a.followup_id else ""
        click.echo(
            f"    {item.application.company} — {item.application.position} "
            f"(app #{item.application.pk}){followup}"
        )
        for reason in item.reasons:
            click.echo(f"    · {reason}")
        for warning in item.warnings:
            click.echo(f"    ! {warning}")
