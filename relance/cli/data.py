"""`relance export` and `relance import`: all your data in one JSON file."""

from __future__ import annotations

import json
import sys

import click

from relance.cli.common import _, current_user, now, print_json
from relance.cli.errors import as_click_error
from relance.tracker.exchange import ImportRefused, export_user, import_summary, import_user
from relance.tracker.exchange.reader import MAX_IMPORT_BYTES, read_export


@click.command(help=_("Write all your data as JSON (the format of docs/export-format.md)."))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help=_("File to write (default: standard output)."),
)
@click.pass_context
def export(ctx: click.Context, output: str | None) -> None:
    document = export_user(current_user(ctx), now())
    if output:
        with open(output, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
    else:
        print_json(document)


@click.command(
    name="import", help=_("Add the data of an export file to your account, all or nothing.")
)
@click.argument("file", type=click.File("rb"))
@click.pass_context
def import_(ctx: click.Context, file: click.File) -> None:
    # One byte past the limit is enough to know the file is too large.
    raw = file.read(MAX_IMPORT_BYTES + 1)  # type: ignore[attr-defined]
    try:
        counts = import_user(current_user(ctx), read_export(raw), now())
    except ImportRefused as error:  # a malformed file is bad input: exit status 2
        raise as_click_error(error) from error
    click.echo(import_summary(counts))
    if sys.stdout.isatty():
        click.echo(_("Run `relance agenda` to see what to do next."))
