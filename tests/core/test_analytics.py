"""The analytics arithmetic, on rows written by hand (expectations computed by hand)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from relance.core.analytics import (
    Row,
    Tally,
    delay_bucket,
    figures,
    median_of,
    merge,
    tally,
    working_days_after,
)

# Thursday 5 March 2026 is the recruiter's date in most rows.
PROMISED = date(2026, 3, 5)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def row(**kwargs: object) -> Row:
    values: dict[str, object] = {
        "channel": "email",
        "sent_at": at(9),
        "recruiter_date": PROMISED,
        "replied_at": None,
        "outcome": None,
        "trade": "Restauration",
    }
    values.update(kwargs)
    return Row(**values)  # type: ignore[arg-type]


ROWS = [
    # E-mail on Monday 9th (2 working days after Thursday 5th), answered 3 days later: offer.
    row(replied_at=at(12), outcome="offer", window=(at(9, 8), at(9, 12))),
    # E-mail on Friday 13th (6 working days after): no answer; sent after its window.
    row(sent_at=at(13), window=(at(9, 8), at(10, 12))),
    # Call on Wednesday 11th (4 working days after), answered the same day: rejection.
    row(channel="phone", sent_at=at(11), replied_at=at(11, 15), outcome="rejection", trade="BTP"),
    # Call on Tuesday 3rd, before the date: answered 1 day later, decision postponed.
    row(channel="phone", sent_at=at(3), replied_at=at(4, 11), outcome="postponed", trade="BTP"),
    # An interview with no follow-up (the recruiter answered first).
    row(channel=None, sent_at=None, replied_at=at(6), outcome="offer"),
]


def test_it_counts_working_days_monday_to_friday() -> None:
    assert working_days_after(PROMISED, PROMISED) == 0
    assert working_days_after(PROMISED, date(2026, 3, 9)) == 2  # Fri 6, Mon 9
    assert working_days_after(PROMISED, date(2026, 3, 13)) == 6


def test_it_puts_each_follow_up_in_its_delay_bucket() -> None:
    assert delay_bucket(PROMISED, date(2026, 3, 4)) == "before"
    assert delay_bucket(PROMISED, PROMISED) == "0-2"
    assert delay_bucket(PROMISED, date(2026, 3, 9)) == "0-2"
    assert delay_bucket(PROMISED, date(2026, 3, 10)) == "3-5"
    assert delay_bucket(PROMISED, date(2026, 3, 12)) == "3-5"
    assert delay_bucket(PROMISED, date(2026, 3, 13)) == "later"
    assert delay_bucket(None, date(2026, 3, 13)) == "no_date"


def test_it_computes_response_rates_by_channel_delay_and_trade() -> None:
    result = figures(tally(ROWS))
    channel = {r.key: (r.n, r.hits, r.percent) for r in result.by_channel}
    assert channel == {"email": (2, 1, 50), "phone": (2, 2, 100)}
    delay = {r.key: (r.n, r.hits) for r in result.by_delay}
    assert delay == {
        "before": (1, 1),
        "0-2": (1, 1),
        "3-5": (1, 1),
        "later": (1, 0),
        "no_date": (0, 0),
    }
    trade = [(r.key, r.n, r.hits) for r in result.by_trade]
    # Most follow-ups first, then by name.
    assert trade == [("BTP", 2, 2), ("Restauration", 2, 1)]


def test_it_computes_the_window_share_median_and_funnel() -> None:
    result = figures(tally(ROWS))
    assert (result.window.n, result.window.hits, result.window.percent) == (2, 1, 50)
    # Answers took 3 days, 5 hours (0 whole days) and 25 hours (1 day).
    assert sorted(tally(ROWS).answer_days.elements()) == [0, 1, 3]
    assert result.median_answer_days == 1.0
    funnel = {r.key: r.n for r in result.funnel}
    assert funnel == {"interviews": 5, "followed_up": 4, "replied": 3, "decided": 2, "offers": 1}


def test_it_ignores_an_answer_that_came_before_the_follow_up() -> None:
    result = figures(tally([row(replied_at=at(8), outcome="offer")]))
    assert [(r.n, r.hits) for r in result.by_channel] == [(1, 0), (0, 0)]
    assert {r.key: r.n for r in result.funnel}["replied"] == 0


def test_it_takes_the_median_of_an_even_count_as_the_mean_of_the_middle_two() -> None:
    assert median_of(tally([]).answer_days) is None
    from collections import Counter

    assert median_of(Counter({1: 1, 4: 1})) == 2.5
    assert median_of(Counter({2: 3, 9: 1})) == 2.0


def test_it_adds_tallies_and_counts_people_per_cell() -> None:
    alice = tally(ROWS)
    bob = tally([row(sent_at=at(9) + timedelta(hours=1), replied_at=at(10), outcome="rejection")])
    total = merge([alice, bob])
    assert (total.cells["channel:email"].n, total.cells["channel:email"].people) == (3, 2)
    assert (total.cells["channel:phone"].n, total.cells["channel:phone"].people) == (2, 1)
    assert total.answer_people == 2


def test_it_round_trips_through_json() -> None:
    original = tally(ROWS)
    again = Tally.from_json(original.to_json())
    assert figures(again) == figures(original)


def test_it_hides_cells_drawn_from_too_few_people() -> None:
    five = [tally([row(replied_at=at(10))]) for _ in range(5)]
    four_calls = [tally([row(channel="phone")]) for _ in range(4)]
    result = figures(merge(five + four_calls), min_people=5)
    email, phone = result.by_channel
    assert (phone.hidden, phone.percent) == (True, None)
    # The funnel shows 9 follow-ups: e-mail shown would give the calls away (9 - 5).
    assert (email.hidden, email.percent, email.n) == (True, None, 5)
    assert {r.key: r.hidden for r in result.funnel}["followed_up"] is False
    assert result.any_hidden
    assert result.median_answer_days == 1.0


def test_it_hides_the_smallest_shown_cell_beside_a_hidden_one() -> None:
    people = [tally([row(trade="BTP")]) for _ in range(6)]
    people += [tally([row(trade="Vente")]) for _ in range(5)]
    people += [tally([row(trade="Aide à domicile")])]
    result = figures(merge(people), min_people=5)
    shown = {r.key: r.hidden for r in result.by_trade}
    assert shown == {"BTP": False, "Vente": True, "Aide à domicile": True}
    # Nothing hidden, nothing more hidden.
    assert not any(r.hidden for r in figures(merge(people[:11]), min_people=5).by_trade)


def test_it_hides_the_median_when_too_few_people_were_answered() -> None:
    result = figures(merge([tally([row(replied_at=at(10))]) for _ in range(4)]), min_people=5)
    assert result.median_answer_days is None
    assert result.any_hidden
