"""One error handler for the `relance` command: a translated one-line message, never a traceback.

The commands are written for success only: a refusal of the services (tracker/services/errors.py)
reaches `RelanceGroup`, which names the golden rule it breaks or the value it refuses.

Exit status 2 means bad input (a value the services refuse, a malformed file), 1 means
refused or failed (a golden rule, a missing file or folder, a busy port). `--debug` (or
RELANCE_DEBUG=1) lets the exception through with its traceback, for a bug report.
"""

from __future__ import annotations

from typing import Any

import click
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from relance.core.errors import RuleViolation
from relance.tracker.exchange import ImportRefused
from relance.tracker.services.errors import REFUSALS, explain

BAD_INPUT, REFUSED = 2, 1


class BadInput(click.ClickException):
    """A value the services refuse: the same status as a malformed option."""

    exit_code = BAD_INPUT


def as_click_error(error: BaseException) -> click.ClickException:
    """The one-line message a person reads for `error`, in their language."""
    if isinstance(error, ValidationError):
        return BadInput(" ".join(error.messages))
    if isinstance(error, ImportRefused):
        return BadInput(_("Import refused, nothing was changed: %(why)s") % {"why": error})
    if isinstance(error, RuleViolation):
        return click.ClickException(f"{explain(error)} [{error.rule_id}]")
    if isinstance(error, OSError):
        where = error.filename or ""
        why = error.strerror or str(error)
        message = f"{where}: {why}" if where else why
        return click.ClickException(_("System error: %(why)s") % {"why": message})
    return click.ClickException(
        _("Unexpected error (%(kind)s): %(why)s. Run again with --debug for the details.")
        % {"kind": type(error).__name__, "why": str(error)[:200]}
    )


class RelanceGroup(click.Group):
    """Turns whatever a sub-command raises into a clean message and exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except REFUSALS as refusal:  # an answer, not a bug: no traceback even with --debug
            raise as_click_error(refusal) from refusal
        except Exception as error:
            if (ctx.obj or {}).get("debug"):
                raise
            raise as_click_error(error) from error
