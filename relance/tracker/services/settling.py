"""A follow-up that failed, or whose sending is in doubt, is never a dead end.

Three ways out, on every interface: "I sent it myself" (followups.mark_sent), "it did not go"
(back to a draft, to edit and approve again) and "retry" once the cause is gone (approved
again through the same checks as any approval).
"""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from relance.tracker import lifecycle as lc
from relance.tracker.models import FollowUp
from relance.tracker.models.choices import SendBy
from relance.tracker.services.followups import approve
from relance.tracker.services.planning import refresh_plan
from relance.tracker.services.transitions import transition


def back_to_draft(followup: FollowUp, *, now: datetime) -> None:
    """It did not go: the text comes back as a draft, in the window the plan gives it now."""
    with transaction.atomic():
        if not transition(
            followup, lc.BACK_TO_DRAFT, now=now, due_at=None, send_by="",
            last_error="", claim=None, event={"settled_by": "candidate"},
        ):  # fmt: skip
            raise _not_settleable(followup)
        refresh_plan(followup.application, now)


def retry(
    followup: FollowUp,
    *,
    now: datetime,
    send_by: str = SendBy.MAILBOX,
    due_at: datetime | None = None,
) -> None:
    """The cause is gone (the mailbox connected, the address corrected): approve it again.

    All or nothing: if the approval is refused (a rule, the tone, the window), the row stays
    as it was, with its cause.
    """
    with transaction.atomic():
        back_to_draft(followup, now=now)
        followup.refresh_from_db()
        approve(followup, now=now, due_at=due_at, send_by=send_by)


def _not_settleable(followup: FollowUp) -> ValidationError:
    followup.refresh_from_db(fields=["state"])
    return ValidationError(
        _("Only a failed follow-up or one in doubt can be settled (this one is %(state)s)."),
        code="state",
        params={"state": followup.get_state_display()},
    )
