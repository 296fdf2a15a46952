"""The clock: across nights, weekends and French public holidays, to the e-mail window, to the
next moment something is due. It is the only thing faked (the services' `now`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st
from hypothesis.stateful import rule

from tests.fixtures.golden_oracle import PARIS, local

from .worker import WorkerSteps


class ClockSteps(WorkerSteps):
    """The clock's steps (jumping to a due moment may let the worker pass)."""

    @rule(
        how=st.sampled_from(["hours", "morning", "next_due"]),
        hours=st.sampled_from([0.25, 1, 3, 20, 24, 48, 72, 24 * 7]),
        days=st.integers(0, 6),
        minute=st.sampled_from([35, 65, 100, 115]),
        offset=st.sampled_from([0, 1, 10, 60, 60 * 24]),
        then_pass=st.booleans(),
    )
    def clock(
        self, how: str, hours: float, days: int, minute: int, offset: int, then_pass: bool
    ) -> None:
        """The clock moves: by some hours (across nights, weekends, holidays), to a morning in
        or around the e-mail window, or to the next moment something is due."""
        if how == "hours":
            self.time_passes(hours)
        elif how == "morning":
            self.to_the_morning(days, minute)
        else:
            self.to_next_due(offset, then_pass)

    def time_passes(self, hours: float) -> None:
        self.now += timedelta(hours=hours)
        self.note(f"clock +{hours}h")

    def to_the_morning(self, days: int, minute: int) -> None:
        """To a morning inside (or just around) the e-mail window, Paris time."""
        day = local(self.now).date() + timedelta(days=days)
        naive = datetime(day.year, day.month, day.day, 9, 0) + timedelta(minutes=minute)
        target = naive.replace(tzinfo=PARIS).astimezone(UTC)
        if target > self.now:
            self.now = target
            self.note(f"clock to {local(self.now):%a %d/%m %H:%M}")

    def to_next_due(self, offset: int, then_pass: bool) -> None:
        """To the next moment something is due (a row's window or due time), then maybe a pass
        of the worker: the real one runs every few minutes."""
        moments = [
            moment
            for row in self.rows("planned", "drafted", "approved", "failed")
            for moment in (row.due_at, row.earliest_at)
            if moment is not None and moment > self.now
        ]
        if not moments:
            return
        self.now = min(moments) + timedelta(minutes=offset)
        self.note(f"clock to the next due moment +{offset} min")
        if then_pass:
            self.worker_pass()
