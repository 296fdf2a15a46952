"""One pass of background work, in the healthchecks style: each step is a
`handle_one_*() -> bool` that claims one item with a compare-and-swap update and
says whether it found work. The loop lives in `relance worker`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

logger = logging.getLogger(__name__)


def steps() -> list[Callable[[], bool]]:
    from django.apps import apps

    found: list[Callable[[], bool]] = []
    if apps.is_installed("relance.mailbox"):
        from relance.mailbox import worker as mail_worker

        found.extend(mail_worker.STEPS)
    return found


def run_pass(limit: int = 100) -> bool:
    """Run every step until each is idle or `limit` items were handled. True if any work."""
    worked = False
    for step in steps():
        for _ in range(limit):
            try:
                if not step():
                    break
            except Exception:  # one bad item must not stop the worker
                logger.exception("worker step %s failed", getattr(step, "__name__", step))
                break
            worked = True
    return worked
