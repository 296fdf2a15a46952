"""A part of a month typed as the day of an answer: "réponse fin novembre", "il me rappelle
d'ici mi-décembre", "retour d'ici la fin du mois"; in English "by the end of the month",
"decision mid-April" (writer AM's am40: "they'll email by the end of the month"
was acknowledged as "the next steps" with no day).

No day is typed, so `typed_days` finds none, and the catch-up acknowledged the steps vaguely
("J'ai bien pris note des prochaines étapes…", writer L's l04). The period is said as typed,
with its article: « d'ici la mi-décembre », « d'ici la fin novembre ». Only the middle and
the end of a month are read ("d'ici début décembre" says no deadline a sentence can keep);
a period already over on the sending day is no step.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from relance.core.names import EN_MONTHS, FR_MONTHS
from relance.drafts.accents import fold

FARTHEST_MONTHS = 6
MONTH = {fold(name): index + 1 for index, name in enumerate(FR_MONTHS)}
EN_MONTH = {name.lower()[:3]: index + 1 for index, name in enumerate(EN_MONTHS)}
# « courant avril », « dans le courant du mois » (writer BH's bh11): by the month's end
PERIOD = re.compile(
    r"\b(?:la\s+|le\s+)?(mi|fin|courant)(?:\s*-\s*|\s+(?:de\s+|d')?)(du\s+mois|[a-zéèûô]+)\b",
    re.IGNORECASE,
)


EN_PERIOD = re.compile(
    r"\b(?:the\s+)?(mid|end)(?:\s*-\s*|\s+(?:of\s+)?(?:the\s+)?)(month|[a-z]+)\b", re.IGNORECASE
)


def period(item: str, start: int, interview_day: date, send_on: date, lang: str) -> str:
    """The first part of a month typed after `start`, as a sentence says it: « la
    mi-décembre », « la fin novembre », "mid-April", "the end of March"; or ""."""
    found = (PERIOD if lang == "fr" else EN_PERIOD).search(item, start)
    if not found:
        return ""
    part, typed = found.group(1).lower(), found.group(2).lower()
    middle = part in ("mi", "mid")
    month = _ahead(_month(typed, lang, interview_day), middle, interview_day, send_on)
    if not month:
        return ""
    if lang == "fr":
        name = FR_MONTHS[month - 1]
        return f"la mi-{name}" if middle else f"la fin {name}"
    name = EN_MONTHS[month - 1]
    return f"mid-{name}" if middle else f"the end of {name}"


def _month(typed: str, lang: str, interview_day: date) -> int:
    """The month a period names (« du mois », "month": the interview's), or 0."""
    if typed.startswith("du") or typed == "month":
        return interview_day.month
    if lang == "fr":
        return MONTH.get(fold(typed), 0)
    # "end of march", "mid april"; never "end of shift", "mid morning"
    month = EN_MONTH.get(typed[:3], 0) if len(typed) >= 3 else 0
    return month if month and EN_MONTHS[month - 1].lower().startswith(typed) else 0


def _ahead(month: int, middle: bool, interview_day: date, send_on: date) -> int:
    """The month, if its middle or its end is still ahead on the sending day, else 0."""
    if not month:
        return 0  # "fin de contrat", "mi-temps": no month
    if (month - interview_day.month) % 12 > FARTHEST_MONTHS:
        return 0  # "fin octobre" after a November interview: gone, not next year's
    year = interview_day.year + (month < interview_day.month)
    last = calendar.monthrange(year, month)[1]
    return 0 if date(year, month, 15 if middle else last) < send_on else month
