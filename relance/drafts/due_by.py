"""A paper the recruiter asked for by a day: sent later (« je vous enverrai ») when the day is
still ahead on the sending day, with the e-mail (« je vous transmets ») when it is not.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from datetime import date

# « dossier administratif à renvoyer signé avant le 11 » (writer AD's ad19): sent by a day to
# come, so never « je vous transmets » as if attached to this e-mail
DUE_BY = {
    "fr": re.compile(
        r"\b(?:avant|d'ici|au plus tard|pour)\s+(?:le\s+|lundi|mardi|mercredi|"
        r"jeudi|vendredi|samedi|dimanche|\d)",
        re.I,
    )
}


def due_later(item: str, lang: str, days: tuple[date, date] | None = None) -> bool:
    """Is the paper of this note due by a day to come? `days`: the interview's day and the
    sending day, when known (without them, any day typed is to come)."""
    if lang not in DUE_BY or not DUE_BY[lang].search(item):
        return False
    return days is None or not _due_by_sending(item, lang, *days)


def _due_by_sending(item: str, lang: str, interview_day: date, send_on: date) -> bool:
    """« envoyer les diplômes par courriel avant lundi 17 », the e-mail sent on Monday 17
    (writer BG's bg07): due by the sending day, so sent with it (« je vous transmets »)."""
    from relance.drafts import typed_days  # lazily: it reads the calendar's words

    day = typed_days.first_day(item, lang, interview_day)
    return day is not None and day <= send_on
