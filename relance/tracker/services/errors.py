"""How the services refuse a write, and how a refusal reaches a user, in their language.

A service refuses with Django's ValidationError (a value, or a state that no longer allows
it) or with the core's RuleViolation (a golden rule or a default, with its rule id). The core
is framework-free, so the two share no base class: every interface catches `REFUSALS` in one
place (the web's `refusals_back` decorator, the API's `api_view`, the CLI's `RelanceGroup`).
"""

from __future__ import annotations

from typing import Final

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext

from relance.core.errors import RuleViolation
from relance.tracker.services.spoken import spoken_params

REFUSALS: Final = (ValidationError, RuleViolation)
Refusal = ValidationError | RuleViolation


def explain(violation: RuleViolation) -> str:
    """The rule's sentence, its dates said in the user's language ("lundi 6 janvier"), not ISO."""
    message = gettext(violation.message)
    return capfirst(message % spoken_params(violation.params) if violation.params else message)


def refusal_texts(refusal: Refusal) -> list[str]:
    """The user-facing sentences of a refusal, in the active language."""
    if isinstance(refusal, RuleViolation):
        return [explain(refusal)]
    return [str(message) for message in refusal.messages]


__all__ = ["REFUSALS", "Refusal", "RuleViolation", "explain", "refusal_texts"]
