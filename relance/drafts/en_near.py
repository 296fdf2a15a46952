"""A reason for wanting the job typed as how near it is (session 19, English): "closer to
home", "near home", "20 min from home", "15 min drive", "10 min on the tram", "shorter
commute". Each is a sentence of its own after the motivation's frame ("It is also close to
home."), said with the note's own figure and means of travel, nothing added; a place named
("close to home in Mavis Bank"), a comparison ("better than the 45 min drive") or any other
wording is left to the other rules or handed back.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts.templates import phrase

HOME = r"(?:home|my (?:home|place|flat|house))"
CLOSER = re.compile(rf"^(?:closer|nearer)\s+(?:to\s+)?{HOME}$", re.IGNORECASE)
CLOSE = re.compile(rf"^(?:close to|near(?: to)?)\s+{HOME}$", re.IGNORECASE)
MINUTES = re.compile(
    rf"^(\d{{1,2}})\s*(?:min|mins|minutes)\s*(drive|walk|by (?:bus|tram|train|car|bike)|"
    rf"on the (?:bus|tram|train))?\s*(from {HOME})?$",
    re.IGNORECASE,
)
COMMUTE = re.compile(r"^(?:a\s+)?shorter\s+commute$", re.IGNORECASE)


def en_near(text: str) -> str:
    """The sentence saying how near the job is, or "" if the piece says something else."""
    text = text.strip()
    if CLOSER.match(text):
        return phrase("en", "motivation_closer")
    if CLOSE.match(text):
        return phrase("en", "motivation_close")
    if COMMUTE.match(text):
        return phrase("en", "motivation_commute")
    found = MINUTES.match(text)
    if not found:
        return ""
    number, means, home = found.groups()
    means = (means or "").lower()
    if means in ("drive", "walk"):
        trip, by = f"a {number}-minute {means}", ""  # "a 15-minute drive"
    else:
        trip, by = f"{number} minutes", f" {means}" if means else ""  # "… away by bus"
    if home:
        return phrase("en", "motivation_from_home", trip=trip, means=by)
    return phrase("en", "motivation_away", trip=trip, means=by) if means else ""
