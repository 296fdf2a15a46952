"""The candidate's availability typed as a strong point, said as a fact the interview
settled: « dispo immédiatement » is « Je vous ai aussi confirmé être disponible
immédiatement. », "available from Monday" is "I also confirmed that I am available from
Monday." (writer Y's y03: « dispo immédiatement » was handed back, since no noun frame
holds an adjective and « mettre en avant ma disponible » is no French).

Only a short, known time is said (« immédiatement », « dès lundi », « à partir du 4
janvier », "straight away"); anything longer stays with the other notes."""

from __future__ import annotations

import re

from relance.core import names
from relance.drafts.templates import phrase

FR_DAYS = "|".join((*names.FR_DAYS, "demain"))
FR_MONTHS = "|".join(names.FR_MONTHS)
FR_WHEN = (
    rf"immédiatement|tout de suite|de suite|rapidement|sous (?:huit jours|quinze jours|\d+ jours)|"
    rf"(?:dès|à partir d[eu]|à partir de|dès le|à partir du)\s+"
    rf"(?:(?:le\s+)?(?:{FR_DAYS})(?:\s+\d{{1,2}}(?:er)?)?|(?:le\s+)?\d{{1,2}}(?:er)?\s+(?:{FR_MONTHS})|"
    rf"(?:début\s+|mi-|fin\s+)?(?:{FR_MONTHS})|maintenant)"
)
EN_DAYS = "|".join((*names.EN_DAYS, "tomorrow"))
EN_MONTHS = "|".join(names.EN_MONTHS)
EN_WHEN = (
    rf"immediately|straight away|right away|now|at short notice|"
    rf"(?:from|as of)\s+(?:{EN_DAYS}|"
    rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{EN_MONTHS})|"
    rf"(?:{EN_MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|(?:early|mid|late)[- ](?:{EN_MONTHS}))"
)
AVAILABLE = {
    "fr": re.compile(rf"^(?:je suis\s+)?disponibles?\s+(?P<when>{FR_WHEN})$", re.IGNORECASE),
    "en": re.compile(
        rf"^(?:i'?m\s+|i am\s+)?(?:available|free to start|can start)\s+(?P<when>{EN_WHEN})$",
        re.IGNORECASE,
    ),
}
FR_SAME = {"tout de suite": "immédiatement", "de suite": "immédiatement"}


def availability(item: str, lang: str) -> str:
    """When the candidate can start, if the note says only that, else ""."""
    found = AVAILABLE[lang].match(item.strip())
    if found is None:
        return ""
    when = found["when"]
    return FR_SAME.get(when.lower(), when) if lang == "fr" else when


def said(when: str, lang: str, first: bool) -> str:
    return phrase(lang, "strong_available_first" if first else "strong_available", when=when)
