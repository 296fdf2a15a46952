""" "He told me to come for Monday 14 at 6am at the packhouse": expected on a day, no stage named.

A trial, a first day or a visit: the notes often do not say which, only that the candidate is
to come on a day, at an hour. The closing says that and no more ("Vous m'avez indiqué que vous
m'attendiez le lundi 14 décembre à 6 h"), true whichever it is, rather than "J'ai bien pris
note des prochaines étapes" (writer AG's ag28, "the agreed start dropped"). A day already past
on the sending day is no step ahead.
"""

from __future__ import annotations

import re
from datetime import date

from relance.drafts import dates, hours, typed_days
from relance.drafts.step_cues import IF_ONLY
from relance.drafts.templates import phrase

COME = {
    "fr": re.compile(
        # « ramener carte pro + RIB lundi 14h à l'agence » (writer AK's ak02): come with them
        r"\b(?:venir|viens|reviens|revenir|passer|me\s+présenter|être\s+là|etre\s+la|"
        r"ramener|amener|apporter|rapporter|"
        # « reprise le mardi 6 avril 7h » (writer AM's am03): a seasonal job taken up again
        r"reprise)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:come|turn\s+up|be\s+there|report|show\s+up|pop\s+in|bring|drop\s+off)\b", re.I
    ),
}


BY_HOUR = re.compile(r"\b(?:avant|before|by)\s+(?:\d|midi|noon)", re.I)


def sentence(items: list[str], lang: str, interview_day: date, send_on: date) -> str:
    """The closing for a day the candidate is expected on, or "" when no note gives one."""
    for item in items:
        come = COME[lang].search(item)
        if come is None or IF_ONLY[lang].search(item):
            continue
        day = typed_days.first_day(item, lang, interview_day, come.end())
        if day is None or day <= send_on:
            continue
        written = dates.future_day(day, send_on, lang)
        hour = hours.first_hour(item, come.end())
        if hour is not None and BY_HOUR.search(item, come.end()):
            hour = None  # « le rapporter lundi 9 avant 12h »: by noon, not at noon (i14)
        if hour is not None:
            written += " " + hours.written(hour, lang)
        return phrase(lang, "next_steps_expected", when=written)
    return ""
