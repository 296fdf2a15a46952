"""The service layer's plausibility checks, applied to an imported application.

The import writes rows directly (it restores states and dates no service would
set), so it asks the same questions the services ask of a typed value: a job URL
is http(s), an interview lies within a few years of today, a promised date is not
decades away.
"""

from __future__ import annotations

import zoneinfo
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from relance.tracker.exchange.schema import refuse
from relance.tracker.services.bounds import (
    check_interview_moment,
    check_promised_day,
    check_web_url,
)

PROMISED_DATES = ("decision_date", "callback_date", "no_news_means_no_by")


def check_plausible(app: dict[str, Any], tz: str, path: str, now: datetime | None) -> None:
    zone = zoneinfo.ZoneInfo(tz)
    _check(lambda: check_web_url(app["job_url"], _("The job posting URL")), f"{path}.job_url")
    for n, interview in enumerate(app["interviews"]):
        ipath = f"{path}.interviews[{n}]"
        if now is not None:
            _check(lambda i=interview: check_interview_moment(i["at"], now), f"{ipath}.at")
        day = interview["at"].astimezone(zone).date()
        for name in PROMISED_DATES:
            _check(
                lambda i=interview, name=name, day=day: check_promised_day(
                    i[name], day, _("The date")
                ),
                f"{ipath}.{name}",
            )
    for n, reply in enumerate(app["replies"]):
        day = reply["at"].astimezone(zone).date()
        _check(
            lambda r=reply, day=day: check_promised_day(r["new_date"], day, _("The new date")),
            f"{path}.replies[{n}].new_date",
        )


def _check(test: Any, path: str) -> None:
    try:
        test()
    except ValidationError as exc:
        raise refuse(path, " ".join(exc.messages)) from None
