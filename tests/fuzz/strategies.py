"""Hypothesis strategies for hostile and clumsy input: any year, any character, any size."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import strategies as st

# Every code point, surrogates and controls included (the JSON and form paths can carry
# them), with the troublesome ones drawn more often than chance would.
NASTY = st.sampled_from(["\x00", "\r", "\n", "\t", "\x1b", "\x85", "\u2028", "\u2029", "\ud800"])
CHARACTER = st.one_of(NASTY, st.characters(codec=None), st.characters(codec="utf-8"))
TEXT = st.one_of(
    st.text(CHARACTER, max_size=40),
    st.text(st.characters(codec="utf-8", categories=["L", "N", "Zs"]), min_size=1, max_size=40),
    st.builds(lambda c, n: c * n, st.sampled_from(["x", "é", " "]), st.integers(0, 20_000)),
)
MOMENT = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)).map(
    lambda d: d.replace(tzinfo=UTC)
)
ZONE = st.one_of(
    st.sampled_from(["Europe/Paris", "America/Montreal", "UTC", "localtime", "Mars/Olympus"]),
    st.sampled_from(["../../etc/passwd", "", "Europe/Paris\x00", "EUROPE/PARIS"]),
    st.text(max_size=20),
)
TYPED_MOMENT = st.one_of(
    MOMENT.map(lambda d: d.strftime("%Y-%m-%d %H:%M")),
    MOMENT.map(lambda d: d.isoformat()),
    st.sampled_from(["0026-03-10 09:00", "9999-12-31 23:59", "0001-01-01 00:00", "demain"]),
    st.text(max_size=30),
)
URL = st.one_of(
    st.sampled_from(["", "https://ex.org/job/1", "javascript:alert(1)", "ftp://x", "http://"]),
    st.text(max_size=60),
)
