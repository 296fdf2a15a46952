"""The working times a role's notes list among its duties, said as work: « le poste comprend
les samedis » reads as if Saturdays were a task (writer AN's an26, and eleven bench
catch-ups); « le travail le samedi » says what is meant. In English, "the role covers
weekends" (quoted by readers five times) is "working weekends".

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

DAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
WORKING_TIME = re.compile(
    rf"^(?:les?\s+)({DAYS}s?|week-?ends?|nuits?|soirs?|soirées?)"
    rf"(?:\s+et\s+(?:les?\s+)?({DAYS}s?|week-?ends?|jours\s+fériés))?$|^la\s+(nuit)$",
    re.IGNORECASE,
)
SAID = {"nuit": "de nuit", "soir": "le soir", "soirée": "le soir", "week-end": "le week-end"}
SAID["weekend"] = SAID["week-end"]  # « les weekends » (writer AO's ao15)


def fr_working_time(thing: str) -> str:
    """« le travail le samedi » for « les samedis », « le travail de nuit et le week-end » for
    « les nuits et les week-ends »; "" for any other duty."""
    found = WORKING_TIME.match(thing.strip())
    if not found:
        return ""
    times = [_said(time) for time in found.groups() if time]
    return "le travail " + " et ".join(times)


def _said(time: str) -> str:
    time = time.lower()
    if time == "jours fériés":
        return "les jours fériés"
    single = time[:-1] if time.endswith("s") and time != "jours fériés" else time
    return SAID.get(single, f"le {single}")


_EN_TIME = r"(?:weekends?|nights?|evenings?|early\s+mornings?|bank\s+holidays|saturdays|sundays)"
EN_WORKING_TIMES = re.compile(
    rf"^(?:(?:some|occasional|alternate|most)\s+)?{_EN_TIME}(?:(?:\s*,\s*|\s+and\s+){_EN_TIME})*$",
    re.IGNORECASE,
)


def en_working_time(thing: str) -> str:
    """ "working weekends" for "weekends", "working nights and weekends"; "" for any other duty."""
    return "working " + thing.lower() if EN_WORKING_TIMES.match(thing) else ""
