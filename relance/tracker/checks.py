"""System checks: refuse a configuration that would corrupt the schedule."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, register


@register()
def check_server_time_is_utc(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    errors = []
    if settings.TIME_ZONE != "UTC":
        errors.append(
            Error(
                "TIME_ZONE must be 'UTC': Relance stores UTC and computes schedules "
                "in each recruiter's local time.",
                id="relance.E001",
            )
        )
    if not settings.USE_TZ:
        errors.append(Error("USE_TZ must be True.", id="relance.E002"))
    return errors
