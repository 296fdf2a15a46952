"""The candidate's own answer and its day: "j'ai jusqu'à lundi 19 pour dire oui ou non", "need
to give my answer by fri 4 dec", or the answer awaited once an offer is sent (« la DRH envoie
la proposition écrite lundi / réponse attendue au plus tard vendredi 26 »): the closing says
"Comme convenu, je vous donnerai ma réponse d'ici …", never that the recruiter will answer.
"""

from __future__ import annotations

import re

from relance.drafts import dates, hours, typed_days
from relance.drafts.context import DraftContext
from relance.drafts.notes import fragments
from relance.drafts.step_cues import MY_ANSWER_BY, MY_ANSWER_BY_EN, MY_REPLY_WITH_EN


def mine(item: str, lang: str) -> re.Match[str] | None:
    """Where the note says the answer is the candidate's to give ("j'ai jusqu'à lundi 19 pour
    dire oui ou non", "need to give my answer by fri 4 dec"), or None."""
    return (MY_ANSWER_BY if lang == "fr" else MY_ANSWER_BY_EN).search(item)


def what_i_send(items: list[str], lang: str) -> str:
    """What the candidate's own reply carries ("my availability"), or ""."""
    for item in items:
        found = MY_REPLY_WITH_EN.search(item) if lang == "en" and mine(item, lang) else None
        if found:
            return found[1].lower()
    return ""


# An offer sent to the candidate, then "réponse attendue au plus tard vendredi 26" (writer AL's
# al20): the answer awaited is the candidate's, never the recruiter's.
# An offer made on the spot is the same (writer AT's at16 « il m'a fait l'offre a l'oral …
# reponse a donner avant vendredi 16 juin », at40 "verbal offer at the end … answer by Wed 14
# June": "you would give me an answer" said the reverse).
OFFER_SENT = {
    "fr": re.compile(
        r"\b(?:envoi\w*|transmet\w*|adresse\w*|reçois|recevoir|recevrai)\b.{0,30}?"
        r"\b(?:proposition|offre|promesse)\b|"
        r"\b(?:fait|faite|propos[ée]e?)\s+(?:l'|une\s+|son\s+)?(?:offre|proposition)\b|"
        r"\b(?:offre|proposition)\s+(?:(?:à|a)\s+l'oral|orale|verbale|faite|ferme)\b|"
        # « il me propose le contrat du 1er mai au 30 septembre » (writer BB's bb15)
        r"\b(?:me|m')\s*propos\w*\s+(?:le|un|mon|son)\s+(?:contrat|poste|cdd|cdi)\b|"
        # « offre écrite envoyée demain, réponse à donner avant vendredi 12 » (writer BD's bd10)
        r"\b(?:offre|proposition|promesse)\s+(?:\w+\s+)?(?:envoyée|transmise|adressée)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:send\w*|sent|email\w*|receiv\w*|get|getting)\b.{0,30}?\b(?:offer|contract)\b|"
        r"\b(?:verbal|oral|job)\s+offer\b|\boffered\s+me\b|\bmade\s+(?:me\s+)?an\s+offer\b|"
        r"\boffer\s+(?:made|on\s+the\s+spot)\b",
        re.I,
    ),
}
AWAITED_ANSWER = {
    "fr": re.compile(
        r"\b(?:réponse|reponse)\s+(?:attendue|à\s+donner|a\s+donner|à\s+rendre|avant|"
        r"d'ici|au\s+plus\s+tard)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:answer|response|decision)\s+(?:expected|needed|required|due)\b|"
        r"^\s*(?:answer|reply|respond)\s+by\b",
        re.I,
    ),
}


def my_answer(items: list[str], ctx: DraftContext) -> str:
    """The day, and its hour when typed, by which the candidate answers, as a sentence writes
    it ("le lundi 30 novembre à 18 h"), or "" when no such day is still ahead."""
    # read as typed too: the note of the offer names its pay, which the privacy lists keep out
    typed = fragments(ctx.process, ctx.lang)
    offer_sent = any(OFFER_SENT[ctx.lang].search(item) for item in [*items, *typed])
    for item in items:
        found = mine(item, ctx.lang) or (
            AWAITED_ANSWER[ctx.lang].search(item) if offer_sent else None
        )
        if found is None:
            continue
        day = typed_days.first_day(item, ctx.lang, ctx.interview_day, found.start())
        if day is None or day <= ctx.send_on:
            return ""
        written = dates.future_day(day, ctx.send_on, ctx.lang)
        hour = hours.first_hour(item, found.start())
        return written + (" " + hours.written(hour, ctx.lang) if hour else "")
    return ""
