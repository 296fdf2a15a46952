"""Settings read from the environment, refusing values they cannot understand.

A mistyped yes/no must stop the start-up: read as "no", `RELANCE_PRODUCTION=true` would
quietly leave HSTS and secure cookies off on a server that believes it has them.
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

YES = frozenset({"1", "true", "yes", "on"})
NO = frozenset({"0", "false", "no", "off"})


def flag(name: str, default: bool) -> bool:
    """A yes/no variable: 1/true/yes/on or 0/false/no/off (any case); unset or empty is
    the default; anything else is refused with the variable's name."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in YES:
        return True
    if value in NO:
        return False
    raise ImproperlyConfigured(
        f"{name}={os.environ[name]!r} is not understood: use 1, true, yes or 0, false, no"
    )


def whole_number(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} must be a whole number") from None


def text(name: str, default: str = "") -> str:
    return os.environ.get(name, "").strip() or default


def comma_list(name: str, default: str = "") -> list[str]:
    """A comma-separated list, blanks and empty items left out."""
    return [item.strip() for item in text(name, default).split(",") if item.strip()]
