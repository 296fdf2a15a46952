"""What the debrief's `process` field says was agreed: whether anything was, and an outcome.

The form defines `process` as what was said about the next steps. A line of it that is
neither private nor a reminder to self ("keep references ready", "penser à demander…") means
something was agreed, so the catch-up acknowledges it and never asks how the process goes
on (the article asks ONE question only when nothing was agreed). An outcome already given
(an offer, a contract to sign, a start date) is thanked for and confirmed, never presumed:
a start "si ok", "if offered", "souhaitée", or an answer still awaited is no outcome.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from relance.drafts import dates, typed_days

# A note the candidate typed for themselves: what to prepare, ask or remember.
REMINDER = {
    "fr": re.compile(
        r"^\W*(?:penser\s+à|pense\s+à|ne\s+pas\s+oublier|(?:re)?demander|revoir|réviser|"
        r"préparer|prévoir|relire|vérifier\s+si|voir\s+si|à\s+voir|garder)\b|\?\s*$",
        re.I,
    ),
    "en": re.compile(
        r"^\W*(?:remember|don'?t\s+forget|ask|prepare|prep|revise|review|practi[cs]e|keep|"
        r"look\s+up|check\s+if|read\s+up|need\s+to\s+ask)\b|\?\s*$",
        re.I,
    ),
}
# An outcome given: an offer (informal or firm), or the candidate told they have the job.
OFFER = {
    "fr": re.compile(
        r"\b(?:offre|proposition|promesse)\s+(?:d'embauche|ferme|orale|informelle|de\s+poste)\b|"
        r"\b(?:je\s+suis|c'est)\s+(?:pris|prise|retenu|retenue|embauché|embauchée)\b|"
        r"\b(?:accord|ok)\s+(?:de\s+principe|oral|informel)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:informal|verbal|conditional|job)\s+(?:ok|offer|yes)\b|\boffered\s+(?:me\s+)?the\s+"
        r"(?:job|role|position)\b|\bgot\s+the\s+(?:job|role)\b|\bformal\s+offer\s+subject\b",
        re.I,
    ),
}
# The contract sent or signed: the job is given.
CONTRACT = {
    "fr": re.compile(
        r"\b(?:envoie|envoyer|envoi|signer|signature|signe|recevoir|reçois)\b[^.;]*?\bcontrat\b|"
        r"\bcontrat\b[^.;]*?\b(?:à\s+signer|envoyé|par\s+mail|par\s+courriel)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:send|sends|sending|sign|signing|email|emails)\b[^.;]*?\bcontract\b|"
        r"\bcontract\b[^.;]*?\b(?:to\s+sign|by\s+email|in\s+the\s+post)\b",
        re.I,
    ),
}
SIGNED = re.compile(r"\b(?:signer|signature|signe|sign|signing)\b", re.I)
START = {
    "fr": re.compile(r"\b(?:début|démarrage|prise\s+de\s+poste|commence|démarre)\b", re.I),
    "en": re.compile(r"\b(?:start|starts|starting|start\s+date)\b", re.I),
}
# What makes a line no outcome: a condition on the recruiter's side, a wish, a maybe.
UNSURE = {
    "fr": re.compile(
        r"\b(?:si|s'il|sauf)\b(?!\s+(?:intéressée?|partante?|d'accord|ça\s+me\s+va|je\s+veux)\b)|"
        r"\b(?:souhaitée?|possible|peut-être|prévue?\s+si|éventuel\w*|ou\s+(?:pas|non))\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:if|unless|subject\s+to)\b(?!\s+(?:keen|interested|i\s+want|happy)\b)|"
        r"\b(?:maybe|possibly|possible|ideally|hopefully|or\s+not|tbc|tbd)\b",
        re.I,
    ),
}
# An offer to come is no offer given: "conditional offer likely by end of next week".
FUTURE = {
    "fr": re.compile(
        r"\b(?:d'ici|avant|prévue?|attendue?|enverra|va|vont|sans\s+doute|peut-être|"
        r"ou\s+(?:pas|non))\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:likely|expected|will|by|should|may|might|or\s+not|hopefully)\b|'ll\b", re.I
    ),
}
CONDITION = re.compile(r"\b(?:if|si)\b", re.I)
# An answer still awaited: no start date or contract was given yet.
AWAITED = {
    "fr": re.compile(r"\b(?:réponse|décision|résultats?|retour\s+(?:de|d'ici|sous))\b", re.I),
    "en": re.compile(
        r"\b(?:answer|decision|outcome|results?|feedback|hear\s+back|offers?\s+go\s+out)\b", re.I
    ),
}


# A line saying nothing was agreed: "didnt get to ask, they ran out of time".
NOTHING = {
    "fr": re.compile(
        r"\b(?:pas|rien)\s+(?:eu\s+le\s+temps\s+de\s+)?demandé|\boublié\s+de\s+demander\b|"
        r"\bpas\s+(?:de\s+date|d'info\w*|abordée?|parlé|été\s+dit)\b|"
        r"\brien\s+(?:dit|de\s+prévu|convenu|sur\s+la\s+suite)\b|\bje\s+(?:ne\s+)?sais\s+pas\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:didn'?t|did\s+not|forgot\s+to|never)\s+(?:get\s+to\s+)?ask|\bran\s+out\s+of\s+time\b|"
        r"\bno\s+(?:idea|info|date|next\s+steps?)\b|\bnot\s+(?:discussed|mentioned|said)\b|"
        r"\bnothing\s+(?:said|agreed)\b|\bdon'?t\s+know\b",
        re.I,
    ),
}


def agreed_items(items: list[str], lang: str) -> list[str]:
    """The process notes (already screened for privacy) that say something was agreed."""
    return [
        item
        for item in items
        if item.strip()
        and not REMINDER[lang].search(item.strip())
        and not NOTHING[lang].search(item)
    ]


@dataclass(frozen=True)
class Outcome:
    """An outcome the notes give, and its steps read for sure (a start day, the contract)."""

    start: date | None = None
    contract: str = ""  # "sent", "signed" or ""
    contract_day: date | None = None
    contract_week: date | None = None


def outcome(items: list[str], lang: str, interview_day: date) -> Outcome | None:
    """The outcome already given in the notes, or None: an offer, the contract to be sent or
    signed, or a start on a day (when no answer is still awaited)."""
    found = False
    start: date | None = None
    contract, contract_day, contract_week = "", None, None
    awaited = any(AWAITED[lang].search(item) for item in items)
    for item in items:
        offer = OFFER[lang].search(item)
        if offer and not FUTURE[lang].search(item) and not CONDITION.search(item[: offer.start()]):
            found = True  # "formal offer subject to DBS": the informal one is given
            continue
        if UNSURE[lang].search(item):
            continue
        signed = CONTRACT[lang].search(item)
        if signed and not contract:
            found = True
            contract = "signed" if SIGNED.search(signed.group(0)) else "sent"
            contract_week = typed_days.first_week(item, lang, interview_day, signed.start())
            if contract_week is None:
                contract_day = typed_days.first_day(item, lang, interview_day, signed.end())
            continue
        begins = START[lang].search(item)
        if begins and start is None:
            day = typed_days.first_day(item, lang, interview_day, begins.end())
            if day is not None and not awaited:
                found, start = True, day
    if not found:
        return None
    return Outcome(start, contract, contract_day, contract_week)


def outcome_steps(given: Outcome, lang: str, send_on: date) -> list[str]:
    """The outcome's steps that can be said for sure on the sending day, none already past."""
    said: list[str] = []
    when = ""
    if given.contract_day and given.contract_day > send_on:
        when = dates.future_day(given.contract_day, send_on, lang)
        when = f" d'ici {when}" if lang == "fr" else f" by {when}"
    elif given.contract_week and given.contract_week + timedelta(days=6) >= send_on:
        week = dates.format_date(given.contract_week, lang, weekday=False, today=send_on)
        when = f" la semaine du {week}" if lang == "fr" else f" in the week of {week}"
    if given.contract == "signed":
        said.append(
            f"la signature du contrat{when}" if lang == "fr" else f"the contract signing{when}"
        )
    elif given.contract == "sent":
        said.append(f"l'envoi du contrat{when}" if lang == "fr" else f"the contract{when}")
    if given.start and given.start > send_on:
        day = dates.future_day(given.start, send_on, lang)
        # "mon arrivée": "une prise de poste" reads as a demand to the tone guard
        said.append(f"mon arrivée {day}" if lang == "fr" else f"a start on {day}")
    return said
