"""An application's history and plan, as points and windows on one time axis.

The page draws it twice from the same data: an inline SVG strip to read at a glance
and a list below it that carries the words (and is what screen readers read).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from relance.tracker.lifecycle import DELIVERED, PENDING
from relance.tracker.models import Application, Profile
from relance.tracker.services.agenda import kind_label

WIDTH = 1000


@dataclass
class Mark:
    start: datetime
    end: datetime | None  # a window when set
    label: str
    css: str  # interview, reply, sent, window, date, closed
    x: float = 0.0
    width: float = 0.0
    lane: int = 0

    @property
    def x_pct(self) -> float:
        return self.x / WIDTH * 100

    @property
    def width_pct(self) -> float:
        return self.width / WIDTH * 100

    @property
    def is_window(self) -> bool:
        return self.end is not None


@dataclass
class Tick:
    x_pct: float
    label: str  # "28 nov." / "28 Nov": a date axis readable at 360 px


@dataclass
class Timeline:
    marks: list[Mark]
    today_x: float | None
    first: datetime
    last: datetime
    ticks: list[Tick]

    @property
    def today_pct(self) -> float | None:
        return None if self.today_x is None else self.today_x / WIDTH * 100


def _day_start(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=tz)


def build_timeline(app: Application, profile: Profile, now: datetime) -> Timeline | None:
    tz = profile.place_zone
    marks: list[Mark] = []
    for interview in app.interviews.all():
        marks.append(
            Mark(interview.at, None, _("Interview #%(n)d") % {"n": interview.round}, "interview")
        )
        agreed = (
            (interview.decision_date, _("Decision promised by this date")),
            (interview.callback_date, _("Call back on this date")),
            (interview.no_news_means_no_by, _("No news by this date means no")),
        )
        for day, label in agreed:
            if day:
                marks.append(Mark(_day_start(day, tz), None, label, "date"))
    for followup in app.followups.all():
        label = kind_label(followup.kind)
        if followup.state in DELIVERED and followup.done_at:
            marks.append(Mark(followup.done_at, None, _("%(kind)s sent") % {"kind": label}, "sent"))
        elif followup.state in PENDING:
            marks.append(
                Mark(
                    followup.earliest_at,
                    followup.latest_at,
                    _("%(kind)s: window") % {"kind": label},
                    "window",
                )
            )
    for reply in app.replies.all():
        marks.append(
            Mark(
                reply.at,
                None,
                _("Reply: %(outcome)s") % {"outcome": reply.get_outcome_display()},
                "reply",
            )
        )
        if reply.new_date:
            marks.append(
                Mark(_day_start(reply.new_date, tz), None, _("New date from the recruiter"), "date")
            )
    if not marks:
        return None
    marks.sort(key=lambda m: m.start)
    first = min(m.start for m in marks)
    last = max([*(m.end or m.start for m in marks), now])
    first = min(first, now)
    span = max((last - first).total_seconds(), 86400.0)
    first -= timedelta(seconds=span * 0.04)
    span *= 1.08
    for mark in marks:
        mark.x = (mark.start - first).total_seconds() / span * WIDTH
        if mark.end:
            mark.width = max((mark.end - mark.start).total_seconds() / span * WIDTH, 15.0)
        mark.lane = {"window": 0, "interview": 1, "sent": 1, "reply": 2, "date": 3}.get(mark.css, 1)
    today_x = (now - first).total_seconds() / span * WIDTH
    ticks = _ticks(first, span, tz)
    return Timeline(
        marks, today_x, timezone.localtime(first, tz), timezone.localtime(last, tz), ticks
    )


TICKS = 4


def _ticks(first: datetime, span: float, tz: ZoneInfo) -> list[Tick]:
    """Four dates spread along the axis, at the days' noon, inside the drawn span."""
    ticks = []
    for n in range(TICKS):
        moment = first + timedelta(seconds=span * (0.1 + 0.8 * n / (TICKS - 1)))
        noon = datetime.combine(timezone.localtime(moment, tz).date(), time(12, 0), tzinfo=tz)
        x = (noon - first).total_seconds() / span * 100
        # "29 nov" in French (lower case, as French writes months), "29 Nov" in English.
        pattern = "j b" if (get_language() or "").startswith("fr") else "j M"
        ticks.append(Tick(x, date_format(noon.date(), pattern)))
    return ticks
