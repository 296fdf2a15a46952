"""One pass of background work, in the healthchecks style: each step is a
`handle_one_*() -> bool` that claims one item with a compare-and-swap update and
says whether it found work. The loop lives in `relance worker`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from relance.coaching.services.attention_rank import handle_one_refresh
from relance.coaching.services.nudge_mail import handle_one_nudge_mail, settle_nudge_mails
from relance.coaching.services.retention import handle_one_retention
from relance.coaching.services.tally_cache import handle_one_recount
from relance.mailbox.polling import handle_one_poll
from relance.mailbox.sending import handle_one_send, settle_in_flight

logger = logging.getLogger(__name__)


def settle_after_crash() -> bool:
    """Follow-ups left in `sending`/`committing` by a crash: settled from the mailbox copy."""
    return settle_in_flight() + settle_nudge_mails() > 0


# Settling comes first: a row a crashed worker left in flight must be looked up in the
# candidate's mailbox, never sent again. Coaches' nudges by e-mail go after the follow-ups.
# Retention (GDPR) comes last: one organisation a day, never ahead of a due follow-up; then
# the analytics' kept counts of candidates whose history changed (so the organisation's
# page has few to recount itself), and likewise the dashboards' stored attention ranks.
STEPS: tuple[Callable[[], bool], ...] = (
    settle_after_crash,
    handle_one_send,
    handle_one_nudge_mail,
    handle_one_poll,
    handle_one_retention,
    handle_one_recount,
    handle_one_refresh,
)


def make_polls_due() -> int:
    """Every mailbox due for polling at once (`relance worker --poll-now`)."""
    from django.utils import timezone

    from relance.mailbox.models import MailboxSettings

    return MailboxSettings.objects.filter(enabled=True).update(next_poll_at=timezone.now())


def run_pass(limit: int = 100) -> bool:
    """Run every step until each is idle or `limit` items were handled. True if any work."""
    worked = False
    for step in STEPS:
        for _ in range(limit):
            try:
                if not step():
                    break
            except Exception:  # one bad item must not stop the worker
                logger.exception("worker step %s failed", step.__name__)
                break
            worked = True
            if step is settle_after_crash:
                break
    return worked


def wait(interval: float) -> None:
    """Between passes: IMAP IDLE on a lone mailbox (a personal install), else a sleep.

    IDLE is only a hint: when it reports new mail, the mailbox is made due for polling
    at once, and the next pass polls it by UID as usual.
    """
    import time

    from django.utils import timezone

    from relance.mailbox.models import MailboxSettings
    from relance.mailbox.polling import wait_for_mail

    boxes = list(MailboxSettings.objects.filter(enabled=True)[:2])
    if len(boxes) != 1:
        time.sleep(interval)
        return
    try:
        if wait_for_mail(boxes[0], interval):
            MailboxSettings.objects.filter(pk=boxes[0].pk).update(next_poll_at=timezone.now())
    except Exception:  # a broken connection: the next pass reports it; don't spin
        logger.warning("IDLE failed for mailbox %s", boxes[0].pk, exc_info=True)
        time.sleep(interval)
