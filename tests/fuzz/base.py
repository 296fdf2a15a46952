"""Running one hypothesis example in a savepoint rolled back at its end."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

from django.contrib.auth.models import User
from django.db import transaction
from hypothesis import HealthCheck, settings

from relance.tracker.models import Profile

T = TypeVar("T")
# The `db` fixture is function-scoped; each example rolls its own savepoint back instead.
# RELANCE_FUZZ_EXAMPLES sets a longer hunt (default 40 examples a test).
FUZZ = settings(
    max_examples=int(os.environ.get("RELANCE_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


class _Rollback(Exception):
    pass


def isolated(example: Callable[[], T]) -> None:
    """Run `example` and undo everything it wrote, so that examples never mix."""
    try:
        with transaction.atomic():
            example()
            raise _Rollback
    except _Rollback:
        pass


def make_user(username: str) -> User:
    user = User.objects.create_user(username, f"{username}@example.org", "correct horse battery")
    Profile.objects.create(user=user, name=username.title(), email=f"{username}@example.org")
    return user
