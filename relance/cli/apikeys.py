"""`relance apikey …`: keys for the JSON API (docs/api.md)."""

from __future__ import annotations

from datetime import timedelta

import click
from django.utils import timezone

from relance.api.models import ApiKey, Scope
from relance.cli.common import _, current_user, fail


@click.group(help=_("Keys for the JSON API."))
def apikey() -> None:
    pass


@apikey.command(name="create", help=_("Create a key; it is shown once."))
@click.argument("name")
@click.option(
    "--scope",
    type=click.Choice(Scope.values),
    default=Scope.WRITE,
    show_default=True,
    help=_("read: it can only read; write: it can read and write."),
)
@click.option(
    "--expires-in-days",
    type=click.IntRange(1, 3650),
    default=None,
    help=_("The key stops working after this many days (default: until revoked)."),
)
@click.pass_context
def apikey_create(ctx: click.Context, name: str, scope: str, expires_in_days: int | None) -> None:
    expires_in = timedelta(days=expires_in_days) if expires_in_days else None
    _key, clear = ApiKey.issue(current_user(ctx), name, scope=scope, expires_in=expires_in)
    click.echo(clear)


@apikey.command(name="list", help=_("List your keys."))
@click.pass_context
def apikey_list(ctx: click.Context) -> None:
    moment = timezone.now()
    for key in ApiKey.objects.filter(user=current_user(ctx)).order_by("created_at"):
        used = key.last_used_at.isoformat() if key.last_used_at else "—"
        if key.expires_at is None:
            until = _("no expiry")
        elif key.expired(moment):
            until = _("expired")
        else:
            until = _("until %(d)s") % {"d": key.expires_at.date().isoformat()}
        click.echo(f"{key.prefix}…  {key.name}  {key.scope}  {until}  {used}")


@apikey.command(name="revoke", help=_("Revoke a key by its first characters."))
@click.argument("prefix")
@click.pass_context
def apikey_revoke(ctx: click.Context, prefix: str) -> None:
    deleted, _rows = ApiKey.objects.filter(user=current_user(ctx), prefix=prefix[:8]).delete()
    if not deleted:
        fail(_("No key starts with “%(p)s”.") % {"p": prefix})
    click.echo(_("Revoked."))
