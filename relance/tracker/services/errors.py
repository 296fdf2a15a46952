"""How a refusal of the rules engine reaches a user, in their language."""

from __future__ import annotations

from django.utils.translation import gettext

from relance.core.errors import RuleViolation


def explain(violation: RuleViolation) -> str:
    message = gettext(violation.message)
    return message % violation.params if violation.params else message


__all__ = ["RuleViolation", "explain"]
