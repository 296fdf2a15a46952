"""What works after an interview: response rates, delays, the funnel (no Django here).

Plain data in, plain figures out. One `Row` is one interview round: the follow-up sent
after it (if any), the date the recruiter gave, the recruiter's first answer and the
decision. `tally` turns one person's rows into counts; tallies of several people add up
(`merge`), and a tally is plain JSON (`to_json`/`from_json`), so an organisation can keep
the counts of a candidate who left without keeping anything about them.

Every cell also counts the people behind it: `figures(..., min_people=5)` hides a cell
drawn from fewer than five people, so a small group is never revealed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

CHANNELS = ("email", "phone")
# Working days between the recruiter's date and the follow-up (Monday to Friday).
DELAYS = ("before", "0-2", "3-5", "later", "no_date")
FUNNEL = ("interviews", "followed_up", "replied", "decided", "offers")
DECIDED = frozenset({"offer", "rejection"})
NO_TRADE = ""


@dataclass(frozen=True)
class Row:
    channel: str | None  # the follow-up's channel; None when none was sent
    sent_at: datetime | None
    recruiter_date: date | None  # decision or call-back date given at the interview
    replied_at: datetime | None  # the recruiter's first answer after the interview
    outcome: str | None  # "offer", "rejection", another reply outcome, or None
    trade: str = NO_TRADE
    # The window the method allowed for the follow-up, when there was one.
    window: tuple[datetime, datetime] | None = None


@dataclass
class Cell:
    n: int = 0  # how many follow-ups (or interviews, in the funnel)
    hits: int = 0  # how many of them got an answer (or were inside the window)
    people: int = 0  # how many people these come from

    def add(self, other: Cell) -> None:
        self.n += other.n
        self.hits += other.hits
        self.people += other.people


@dataclass
class Tally:
    cells: dict[str, Cell] = field(default_factory=dict)
    # Whole days from a follow-up to its answer -> how many answers took that long.
    answer_days: Counter[int] = field(default_factory=Counter)
    answer_people: int = 0

    def cell(self, key: str) -> Cell:
        return self.cells.setdefault(key, Cell())

    def to_json(self) -> dict[str, Any]:
        return {
            "cells": {k: [c.n, c.hits, c.people] for k, c in sorted(self.cells.items())},
            "answer_days": {str(d): n for d, n in sorted(self.answer_days.items())},
            "answer_people": self.answer_people,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tally:
        return cls(
            cells={k: Cell(*v) for k, v in data.get("cells", {}).items()},
            answer_days=Counter({int(d): n for d, n in data.get("answer_days", {}).items()}),
            answer_people=data.get("answer_people", 0),
        )


def working_days_after(start: date, end: date) -> int:
    """Monday-to-Friday days in (start, end]; 0 when end is not after start."""
    days = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days += 1
    return days


def delay_bucket(recruiter_date: date | None, sent: date) -> str:
    if recruiter_date is None:
        return "no_date"
    if sent < recruiter_date:
        return "before"
    days = working_days_after(recruiter_date, sent)
    return "0-2" if days <= 2 else "3-5" if days <= 5 else "later"


def tally(rows: list[Row]) -> Tally:
    """The counts of one person's rows (people = 1 in every cell they fill)."""
    result = Tally()
    for row in rows:
        result.cell("funnel:interviews").n += 1
        if row.sent_at is None:
            continue
        answered = row.replied_at is not None and row.replied_at >= row.sent_at
        result.cell("funnel:followed_up").n += 1
        keys = [
            f"channel:{row.channel}",
            f"delay:{delay_bucket(row.recruiter_date, row.sent_at.date())}",
            f"trade:{row.trade.strip()}",
        ]
        for key in keys:
            cell = result.cell(key)
            cell.n += 1
            cell.hits += answered
        if row.window is not None:
            cell = result.cell("window")
            cell.n += 1
            cell.hits += row.window[0] <= row.sent_at <= row.window[1]
        if answered:
            assert row.replied_at is not None
            result.cell("funnel:replied").n += 1
            result.answer_days[(row.replied_at - row.sent_at).days] += 1
            if row.outcome in DECIDED:
                result.cell("funnel:decided").n += 1
            if row.outcome == "offer":
                result.cell("funnel:offers").n += 1
    for cell in result.cells.values():
        cell.people = 1 if cell.n else 0
    result.answer_people = 1 if result.answer_days else 0
    return result


def merge(tallies: list[Tally]) -> Tally:
    total = Tally()
    for one in tallies:
        for key, cell in one.cells.items():
            total.cell(key).add(cell)
        total.answer_days.update(one.answer_days)
        total.answer_people += one.answer_people
    return total


@dataclass(frozen=True)
class Rate:
    key: str
    n: int
    hits: int
    people: int
    hidden: bool  # drawn from too few people to be shown

    @property
    def percent(self) -> int | None:
        if self.hidden or not self.n:
            return None
        return round(100 * self.hits / self.n)


@dataclass(frozen=True)
class Figures:
    by_channel: list[Rate]
    by_delay: list[Rate]
    by_trade: list[Rate]
    window: Rate
    funnel: list[Rate]  # n of each stage, in FUNNEL order
    median_answer_days: float | None
    min_people: int

    @property
    def any_hidden(self) -> bool:
        rates = [*self.by_channel, *self.by_delay, *self.by_trade, *self.funnel, self.window]
        return any(r.hidden and r.n for r in rates) or (
            self.median_answer_days is None and sum(self.answer_counts) > 0
        )

    answer_counts: tuple[int, ...] = ()


def median_of(histogram: Counter[int]) -> float | None:
    total = sum(histogram.values())
    if not total:
        return None
    ordered = sorted(histogram.items())

    def nth(index: int) -> int:
        seen = 0
        for value, count in ordered:
            seen += count
            if index < seen:
                return value
        raise IndexError(index)  # pragma: no cover

    middle = total // 2
    if total % 2:
        return float(nth(middle))
    return (nth(middle - 1) + nth(middle)) / 2


def complement(rates: list[Rate]) -> list[Rate]:
    """Secondary suppression: the cells of one chart add up to a total shown elsewhere (the
    funnel), so one hidden cell could be worked out by subtraction. When a cell is hidden,
    the smallest shown cell is hidden too: what is hidden then comes from at least as many
    people as a shown cell needs."""
    if not any(r.hidden and r.n for r in rates):
        return rates
    shown = [r for r in rates if r.n and not r.hidden]
    if not shown:
        return rates
    smallest = min(shown, key=lambda r: (r.n, r.people))
    return [replace(r, hidden=True) if r is smallest else r for r in rates]


def figures(data: Tally, min_people: int = 1) -> Figures:
    """The rates and the funnel; a cell from fewer than `min_people` people is hidden."""

    def rate(key: str, name: str) -> Rate:
        cell = data.cells.get(key, Cell())
        return Rate(name, cell.n, cell.hits, cell.people, cell.people < min_people)

    trades = sorted(
        (k.removeprefix("trade:") for k in data.cells if k.startswith("trade:")),
        key=lambda t: (-data.cells["trade:" + t].n, t),
    )
    hide_median = data.answer_people < min_people
    return Figures(
        by_channel=complement([rate(f"channel:{c}", c) for c in CHANNELS]),
        by_delay=complement([rate(f"delay:{d}", d) for d in DELAYS]),
        by_trade=complement([rate(f"trade:{t}", t) for t in trades]),
        window=rate("window", "window"),
        funnel=[rate(f"funnel:{s}", s) for s in FUNNEL],
        median_answer_days=None if hide_median else median_of(data.answer_days),
        min_people=min_people,
        answer_counts=tuple(data.answer_days.values()),
    )
