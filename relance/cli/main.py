"""The `relance` command: everything a script or a power user needs.

Django is set up and the user's language (from LANG / LC_ALL / LC_MESSAGES)
activated before the sub-commands are imported, so their help is translated.
"""

from __future__ import annotations

import os

import click
import django
from django.utils import translation


def _locale_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relance.settings")
django.setup()
translation.activate(_locale_language())

from relance.cli import (  # noqa: E402
    agenda,
    apikeys,
    applications,
    data,
    followups,
    interviews,
    server,
    settle,  # noqa: F401  (adds its sub-commands to `relance followup`)
)
from relance.cli.common import _  # noqa: E402
from relance.cli.errors import RelanceGroup  # noqa: E402


@click.group(
    cls=RelanceGroup,
    help=_("Relance: follow up with a recruiter after an interview, the right way."),
)
@click.version_option(package_name="relance")
@click.option(
    "--user",
    envvar="RELANCE_USER",
    help=_("Account to act for (default: the only account). Also RELANCE_USER."),
)
@click.option(
    "--debug",
    is_flag=True,
    envvar="RELANCE_DEBUG",
    help=_("Show the full traceback of an error (for a bug report). Also RELANCE_DEBUG=1."),
)
@click.pass_context
def cli(ctx: click.Context, user: str | None, debug: bool) -> None:
    ctx.ensure_object(dict)
    ctx.obj["username"] = user
    ctx.obj["debug"] = debug
    translation.activate(_locale_language())


for command in (
    server.init,
    server.serve,
    server.worker,
    agenda.agenda,
    data.export,
    data.import_,
    applications.app,
    applications.contact,
    interviews.interview,
    interviews.debrief,
    interviews.agreement,
    followups.followup,
    followups.reply,
    followups.draft,
    apikeys.apikey,
):
    cli.add_command(command)


def _optional_commands() -> None:
    """Commands of packages that may be absent from a trimmed install."""
    try:
        from relance.cli.check import check
    except ImportError:  # pragma: no cover
        return
    cli.add_command(check)
    try:
        from relance.cli.mailbox import mailbox
    except ImportError:  # pragma: no cover
        return
    cli.add_command(mailbox)


_optional_commands()

if __name__ == "__main__":
    cli()
