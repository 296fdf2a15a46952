"""An online test the candidate takes before a day: promised in the catch-up.

"assessment en ligne (anglais + logique) a faire avant mardi 1/12", "online assessment to
complete by Friday": nothing is sent back by hand (`deliverables` reads the work handed in),
but the recruiter waits for it, and "J'ai bien pris note des prochaines étapes" left it out
(writer V's v24). The catch-up says it will be done, by its day while that is ahead: "Je
passerai le test en ligne d'ici le mardi 1er décembre." / "I will complete the online
assessment by Tuesday 1 December."

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from datetime import date

from relance.drafts import dates, typed_days
from relance.drafts.templates import phrase

ONLINE_TEST = {
    "fr": re.compile(
        r"\b(?:tests?|assessments?|évaluations?|evaluations?|questionnaires?)\b[^.;\n]{0,40}?"
        r"\ben\s+ligne\b[^.;\n]{0,40}?\b(?:à|a)\s+(?:faire|passer|compléter|completer|remplir)\b",
        re.I,
    ),
    "en": re.compile(
        r"\bonline\s+(?:tests?|assessments?)\b[^.;\n]{0,40}?\b(?:to\s+(?:do|take|complete)|"
        r"due)\b|\b(?:do|take|complete)\s+(?:the|an|my)\s+online\s+(?:tests?|assessments?)\b",
        re.I,
    ),
}
BEFORE = {
    "fr": re.compile(r"\b(?:avant|d'ici|pour)\b", re.I),
    "en": re.compile(r"\b(?:by|before|due)\b", re.I),
}


def sentence(items: list[str], lang: str, interview_day: date, send_on: date) -> tuple[str, str]:
    """The sentence promising the test, and the note it came from; ("", "") when none, or
    when its day is not typed, or is past on the sending day."""
    for item in items:
        found = ONLINE_TEST[lang].search(item)
        if found is None:
            continue
        deadline = BEFORE[lang].search(item, found.start())
        if deadline is None:
            continue
        day = typed_days.first_day(item, lang, interview_day, deadline.start())
        when = dates.by_day(day, send_on, lang) if day else ""
        if when:
            return phrase(lang, "online_test", when=when), item
    return "", ""
