"""An answer promised after a meeting on a given day: « retour après le comité de sélection
du 8 décembre », "they'll decide after the panel on the 8th".

The day typed is the meeting's, not the answer's: "une réponse d'ici le mardi 8 décembre"
promised what the recruiter never said (writer Y's y12, y18). The closing says the answer
comes after the meeting, named as typed, with its day while it is still ahead.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from datetime import date

from relance.drafts import dates, typed_days

EVENT = {
    "fr": re.compile(
        r"\baprès\s+(?P<article>le|la|l')\s*(?P<event>(?:comité|jury|commission|conseil|"
        r"réunion|délibération)(?:\s+(?:de|d')\s*[a-zéèê-]+)?)\s+(?:du|le)\s+(?=\S*\d)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bafter\s+(?P<article>the)\s+(?P<event>(?:(?:selection|hiring|interview)\s+)?"
        r"(?:panel|committee|board|meeting))\s+"
        # "decision after the board meets thursday 21st" (writer BO's bo28)
        r"(?:(?P<verb>meets|sits|convenes)\s+)?(?:on\s+)?(?:the\s+)?(?=(?:[a-z]+day\s+)?\S*\d)",
        re.IGNORECASE,
    ),
}


# An answer after a day typed alone: « réponse après le 11 » is no answer by the 11th (writer
# BT's bt08, where the 11th is a public holiday), "decision after Friday 12th"
DAY = {
    "fr": re.compile(r"\baprès\s+(?:le\s+)?(?=(?:[a-zé]+di\s+)?\d{1,2}(?:er)?\b)", re.I),
    "en": re.compile(
        r"\bafter\s+(?:the\s+)?(?=(?:[a-z]+day\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b)", re.I
    ),
}


def after_event(item: str, lang: str, interview_day: date, send_on: date, start: int = 0) -> str:
    """'le comité de sélection du mardi 8 décembre' when the item promises an answer after a
    meeting whose day is typed and still ahead on the sending day, 'le jeudi 11 novembre'
    after a day typed alone, else ""."""
    found = EVENT[lang].search(item, start)
    if found is None:
        return _after_day(item, lang, interview_day, send_on, start)
    day = typed_days.first_day(item, lang, interview_day, found.start())
    if day is None or day <= send_on:
        return ""
    when = dates.future_day(day, send_on, lang)
    event = found["event"].lower()
    if lang == "en":
        meeting = " meeting" if found["verb"] and not event.endswith("meeting") else ""
        return f"the {event}{meeting} on {when}"
    article = "l'" if found["article"].lower() == "l'" else found["article"].lower() + " "
    return f"{article}{event} du {re.sub(r'^le ', '', when)}"


def _after_day(item: str, lang: str, interview_day: date, send_on: date, start: int) -> str:
    found = DAY[lang].search(item, start)
    if found is None:
        return ""
    day = typed_days.first_day(item, lang, interview_day, found.start())
    if day is None or day <= send_on:
        return ""
    return dates.future_day(day, send_on, lang)
