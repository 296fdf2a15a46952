"""Timing from the application, not from the words: a polite follow-up sent two days before
the date the recruiter gave is still impatient, and so is a third message without an answer.

The keys come from check(context=...): "days_before_recruiter_date" (days left before the
recruiter's date; 0 or less means the date has passed) and "messages_already_sent" (the
candidate's messages since the interview that got no answer).
"""

from __future__ import annotations

from collections.abc import Mapping

# The article: a follow-up happens once. A thank-you then one follow-up is the most.
MAX_MESSAGES_BEFORE_THIS_ONE = 1


def _count(context: Mapping[str, object], key: str) -> int | None:
    value = context.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def findings(context: Mapping[str, object] | None) -> list[tuple[str, dict[str, object]]]:
    """(builtin rule id, its parameters) for each timing fault the context shows."""
    if not context:
        return []
    found: list[tuple[str, dict[str, object]]] = []
    days = _count(context, "days_before_recruiter_date")
    if days is not None and days >= 1:
        found.append(("timing.too_early", {"days": days}))
    sent = _count(context, "messages_already_sent")
    if sent is not None and sent > MAX_MESSAGES_BEFORE_THIS_ONE:
        found.append(("timing.too_many", {"count": sent}))
    return found
