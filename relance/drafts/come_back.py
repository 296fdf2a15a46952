""" "Elle me recontacte", "they'll be in touch": the recruiter will come back, no day said.

The most common next step of all has no day: the recruiter, the agency's consultant or HR
will call, write or "come back" when they know. Without this reading the closing fell back on
"J'ai bien pris note des prochaines étapes du recrutement", which blind readers of every
writer marked as the agreed step reduced to nothing (119 of 1,138 catch-ups, session 30).
Said plainly instead: "Vous m'avez indiqué que vous reviendriez vers moi dans les prochains
jours ; je reste disponible d'ici là." A return promised only if something happens ("elle
appelle si le client valide", "contract if references ok") is not promised to the candidate:
the closing stays general. The vague time typed with it is kept when it is still true on the
sending day ("dans les prochains jours", "soon", "cette semaine" within the same week).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from relance.drafts import dates, typed_days
from relance.drafts.return_said import COMES_BACK, unsaid
from relance.drafts.step_cues import IF_ONLY
from relance.drafts.templates import phrase

SOON = {
    "fr": (
        (
            re.compile(r"\bdans\s+les\s+(?:prochains|jours\s+qui\s+viennent)|\bsous\s+peu\b", re.I),
            " dans les prochains jours",
        ),
        (
            re.compile(r"\brapidement\b|\btrès\s+vite\b|\bbientôt\b|\bprochainement\b", re.I),
            " prochainement",
        ),
    ),
    "en": (
        (
            re.compile(r"\b(?:in\s+the\s+next|in\s+a)\s+(?:few|couple(?:\s+of)?)\s+days\b", re.I),
            " in the next few days",
        ),
        (re.compile(r"\bsoon\b|\bshortly\b", re.I), " soon"),
    ),
}
THIS_WEEK = {
    "fr": re.compile(r"\bcette\s+semaine\b", re.I),
    "en": re.compile(r"\bthis\s+week\b", re.I),
}
BY = {"fr": re.compile(r"\b(?:d'ici|avant)\b", re.I), "en": re.compile(r"\b(?:by|before)\b", re.I)}
HEDGED = re.compile(
    r"\b(?:maybe|perhaps|probably|prob|might|peut-[êe]tre|probablement|sans\s+doute|"
    r"je\s+crois|i\s+think)\b",
    re.I,
)
BY_SAID = {"fr": " d'ici {}", "en": " by {}"}
THIS_WEEK_SAID = {"fr": " cette semaine", "en": " this week"}
WEEK_OF_SAID = {"fr": " dans le courant de la semaine du {}", "en": " during the week of {}"}


def sentence(items: list[str], lang: str, interview_day: date, send_on: date, agency: bool) -> str:
    """The closing for a return promised with no day, or "" when no note promises one."""
    promised = [
        item
        for item in items
        if COMES_BACK[lang].search(item)
        and not IF_ONLY[lang].search(item)
        and not unsaid(item, lang)
    ]
    if not promised:
        return ""
    when = _when(promised[0], lang, interview_day, send_on, agency)
    return phrase(lang, "next_steps_come_back" + ("_agency" if agency else ""), when=when)


def _when(item: str, lang: str, interview_day: date, send_on: date, agency: bool) -> str:
    for pattern, said in SOON[lang]:
        if pattern.search(item):
            return said
    # "d'ici la fin de la semaine prochaine", redated "d'ici le vendredi 18 décembre"
    # "get back to me, maybe end of week": a day guessed is no day; "I will hear back by…"
    # reads to the guard as a deadline set (x27), and no English agency form says it better
    by = None if HEDGED.search(item) or (agency and lang == "en") else BY[lang].search(item)
    day = typed_days.first_day(item, lang, interview_day, by.end()) if by else None
    if day is not None and day > send_on:
        return BY_SAID[lang].format(dates.future_day(day, send_on, lang))
    # "next week" typed after the interview, redated "the week of 14 December" (`dates`)
    week = typed_days.first_week(item, lang, interview_day)
    if week is not None and week + timedelta(days=4) >= send_on:
        return WEEK_OF_SAID[lang].format(
            dates.format_date(week, lang, weekday=False, today=send_on)
        )
    same_week = interview_day.isocalendar()[:2] == send_on.isocalendar()[:2]
    if same_week and THIS_WEEK[lang].search(item):
        return THIS_WEEK_SAID[lang]
    return ""
