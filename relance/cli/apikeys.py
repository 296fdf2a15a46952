"""`relance apikey …`: keys for the JSON API (docs/api.md)."""

from __future__ import annotations

import click

from relance.api.models import ApiKey
from relance.cli.common import _, current_user, fail


@click.group(help=_("Keys for the JSON API."))
def apikey() -> None:
    pass


@apikey.command(name="create", help=_("Create a key; it is shown once."))
@click.argument("name")
@click.pass_context
def apikey_create(ctx: click.Context, name: str) -> None:
    _key, clear = ApiKey.issue(current_user(ctx), name)
    click.echo(clear)


@apikey.command(name="list", help=_("List your keys."))
@click.pass_context
def apikey_list(ctx: click.Context) -> None:
    for key in ApiKey.objects.filter(user=current_user(ctx)).order_by("created_at"):
        used = key.last_used_at.isoformat() if key.last_used_at else "—"
        click.echo(f"{key.prefix}…  {key.name}  {used}")


@apikey.command(name="revoke", help=_("Revoke a key by its first characters."))
@click.argument("prefix")
@click.pass_context
def apikey_revoke(ctx: click.Context, prefix: str) -> None:
    deleted, _rows = ApiKey.objects.filter(user=current_user(ctx), prefix=prefix[:8]).delete()
    if not deleted:
        fail(_("No key starts with “%(p)s”.") % {"p": prefix})
    click.echo(_("Revoked."))
