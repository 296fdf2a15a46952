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
from dataclasses import dataclass, replace
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
        r"\b(?:offre|proposition|promesse)\s+(?:d'embauche|ferme|orale|verbale|informelle|"
        r"de\s+poste)\b|"
        # "offre faite à la fin" (writer U's u09), "elle m'a proposé le poste"
        r"\b(?:offre|proposition)\s+(?:faite|reçue|donnée)\b|"
        r"\bm'a\s+(?:fait\s+une\s+(?:offre|proposition)|proposé\s+le\s+poste)\b|"
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
# The paper that gives the job: the contract, a promise of hire, an offer letter.
PAPER = {
    "fr": r"(?:contrat|promesse\s+d'embauche|lettre\s+d'offre)",
    "en": r"(?:contract|offer\s+letter|letter\s+of\s+offer)",
}
# The paper sent or signed: the job is given.
CONTRACT = {
    "fr": re.compile(
        rf"\b(?:envoie|envoyer|envoi|signer|signature|signe|recevoir|reçois)\b[^.;]*?"
        rf"\b{PAPER['fr']}\b|"
        rf"\b{PAPER['fr']}\b[^.;]*?\b(?:à\s+signer|envoyée?|par\s+mail|par\s+courriel)\b",
        re.I,
    ),
    "en": re.compile(
        rf"\b(?:send|sends|sending|sign|signing|email|emails)\b[^.;]*?\b{PAPER['en']}\b|"
        rf"\b{PAPER['en']}\b[^.;]*?\b(?:to\s+sign|by\s+email|in\s+the\s+post)\b",
        re.I,
    ),
}
# An offer already made: "job offer sent by email today", "offre reçue": its "by" is no future.
MADE = {
    "fr": re.compile(
        r"\b(?:offre|proposition)\b[^,;.]*?\b(?:envoyée|reçue|faite|donnée|aujourd'hui)\b", re.I
    ),
    "en": re.compile(r"\boffer\b[^,;.]*?\b(?:sent|made|given|received|emailed|today)\b", re.I),
}
# The offer to sign by a day: "sign by Friday", "need to sign the offer on the app".
SIGN_OFFER = {
    "fr": re.compile(r"\bsigner\s+(?:l'offre|la\s+proposition)\b|\boffre\b[^,;.]*\bà\s+signer\b",
                     re.I),
    "en": re.compile(r"\bsign\s+(?:the\s+offer\b|it\b|by\b)", re.I),
}  # fmt: skip
OFFERED = re.compile(r"\b(?:offer|offre|proposition)\b", re.I)
# A start typed this far from the interview is a misreading, or a year the notes do not say.
FARTHEST_START = timedelta(days=240)
SIGNED = re.compile(r"\b(?:signer|signature|signe|sign|signing)\b", re.I)
SENT_BACK = {
    "fr": re.compile(r"\b(?:renvoyer|retourner|renvoyé|retourné|renvoi|retour)s?\b", re.I),
    "en": re.compile(r"\b(?:send\s+(?:it\s+)?back|return)\b", re.I),
}
START = {
    "fr": re.compile(r"\b(?:début|démarrage|prise\s+de\s+poste|commencer?|démarrer?)\b", re.I),
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
        r"\b(?:likely|expected|will|by|should|may|might|or\s+not|hopefully|maybe|perhaps|"
        r"possibly|probably)\b|'ll\b",
        re.I,
    ),
}
CONDITION = re.compile(r"\b(?:if|si)\b", re.I)
# What starts on a day, said of an event the candidate may join, not of their job: "training
# starts 30 Nov" (writer I, i38), "induction course starts Monday", "la formation commence…".
EVENT_STARTS = {
    "fr": re.compile(
        r"\b(formation|session|promo(?:tion)?|stage|cursus|saison)\s+(?:\w+\s+)?"
        r"(?:commence|démarre|début)\w*\s*$",
        re.I,
    ),
    "en": re.compile(
        r"\b(training|induction|course|cohort|intake|programme|program|academy|class|"
        r"season)\s+(?:\w+\s+)?(?:start|starts|starting)\s*$",
        re.I,
    ),
}
# The event named after its start: « début saison le 14 juin » (writer CA's ca10, once « J'ai
# bien noté mon arrivée le lundi 14 juin » after thanks for a confidence never shown), "start
# of the season on Monday".
EVENT_AFTER = {
    "fr": re.compile(
        r"\s*(?:de\s+(?:la\s+|l')?|du\s+)?(saison|formation|session|promo(?:tion)?|stage|"
        r"cursus|festival)\b",
        re.I,
    ),
    "en": re.compile(
        r"\s*(?:of\s+(?:the\s+)?)?(training|induction|course|cohort|intake|programme|program|"
        r"season|festival)\b",
        re.I,
    ),
}
FR_EVENT_ARTICLE = {"stage": "le", "cursus": "le", "festival": "le"}  # the others: « la »
# An answer still awaited: no start date or contract was given yet.
AWAITED = {
    "fr": re.compile(r"\b(?:réponse|décision|résultats?|retour\s+(?:de|d'ici|sous))\b", re.I),
    "en": re.compile(
        r"\b(?:answer|decision|outcome|results?|feedback|hear\s+back|offers?\s+go\s+out)\b", re.I
    ),
}

# The job said to come only once chosen: "they'll email an offer by Friday if successful"
# (writer BV's bv32 thanked "for your confidence in me" and noted the contract's signing).
IF_CHOSEN = {
    "fr": re.compile(
        r"\bsi\s+(?:je\s+suis\s+|c'est\s+)?(?:retenue?|sélectionnée?|choisie?|prise?)\b", re.I
    ),
    "en": re.compile(
        r"\bif\s+(?:i'?m\s+|i\s+am\s+|i\s+get\s+)?(?:successful|selected|chosen|shortlisted|"
        r"hired|through)\b",
        re.I,
    ),
}


# A line saying nothing was agreed: "didnt get to ask, they ran out of time".
NOTHING = {
    "fr": re.compile(
        r"\b(?:pas|rien)\s+(?:eu\s+le\s+temps\s+de\s+)?demandé|\boublié\s+de\s+demander\b|"
        r"\bpas\s+(?:de\s+date|d'info\w*|abordée?|parlé|été\s+dit)\b|"
        r"\brien\s+(?:de\s+)?(?:dit|prévu|convenu)\b|\brien\s+sur\s+la\s+suite\b|"
        r"\bje\s+(?:ne\s+)?sais\s+pas\b|\baucune?\s+(?:date|délai|calendrier|échéance)\b|"
        r"\bpas\s+de\s+délai\b|"
        # "rien de fixé", "rien de calé": a step may be talked of, none was set
        r"\brien\s+(?:de\s+)?(?:fixé|calé|défini|arrêté|précis|concret)\b|"
        # "c'est resté flou", "très vague sur la suite" (writer AH): nothing to confirm
        r"\b(?:flou|floue|pas\s+clair)\b|\b(?:resté|restée|très|assez|un\s+peu)\s+vague\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:didn'?t|did\s+not|forgot\s+to|never)\s+(?:get\s+to\s+)?ask|\bran\s+out\s+of\s+time\b|"
        r"\bno\s+(?:idea|info|date|next\s+steps?)\b|\bnot\s+(?:discussed|mentioned|said)\b|"
        r"\bnothing\s+(?:said|agreed)\b|\bdon'?t\s+know\b|"
        r"\bno\s+(?:time\s?line|time\s?frame|time\s+scale|dates?\s+given)\b|"
        # "she'll circle back w/ hiring mgr, nothing set" (writer R's r28): a step talked of,
        # no step set, so the e-mail asks
        r"\bnothing\s+(?:(?:is|was)\s+)?(?:set|fixed|booked|scheduled|planned|firm|concrete|"
        r"definite|confirmed)\b|"
        # "not sure, they were vague" (writer AH's ah35): nothing to confirm, so it asks
        r"^\s*not\s+sure\b|\b(?:were|was|very|quite|a\s+bit|bit)\s+vague\b|\bunclear\b",
        re.I,
    ),
}


# "nothing more precise" typed after a part of a month given (writer BH's bh11: « réponse
# "courant avril" par courrier, rien de précis »): the period stands, only no day was set.
NO_DAY_AFTER_PERIOD = {
    "fr": re.compile(
        r"(?<=\w)\W*\s*(?:mais\s+)?(?:rien\s+de\s+(?:plus\s+)?(?:précis|concret)|"
        r"pas\s+plus\s+précis)\b.*$",
        re.I,
    ),
    "en": re.compile(
        r"(?<=\w)\W*\s*(?:but\s+)?nothing\s+(?:more\s+)?(?:precise|definite)\b.*$", re.I
    ),
}
PERIOD_TYPED = re.compile(r"\b(?:mi|fin|courant|mid|end)\b", re.I)


def agreed_items(items: list[str], lang: str) -> list[str]:
    """The process notes (already screened for privacy) that say something was agreed."""
    return [
        item
        for item in items
        if item.strip()
        and not REMINDER[lang].search(item.strip())
        and not NOTHING[lang].search(_without_no_day(item, lang))
    ]


def _without_no_day(item: str, lang: str) -> str:
    if lang not in NO_DAY_AFTER_PERIOD or not PERIOD_TYPED.search(item):
        return item
    return NO_DAY_AFTER_PERIOD[lang].sub("", item)


@dataclass(frozen=True)
class Outcome:
    """An outcome the notes give, and its steps read for sure (a start day, the paper)."""

    start: date | None = None
    contract: str = ""  # "sent", "signed", "returned" (French: signed and sent back) or ""
    contract_day: date | None = None
    contract_week: date | None = None
    paper: str = ""  # what is sent or signed, as typed: "contrat", "promesse d'embauche"
    # An offer or the paper that gives the job: the notes say the job is given. A start day
    # alone ("training starts 30 Nov") may be the cohort's date, not the candidate's offer.
    offered: bool = False
    event: str = ""  # what starts, when it is no job: "training", "induction"
    # a signing set for a day ("signature contrat lundi 30 à 9h"), not a deadline to sign by
    appointment: bool = False


# A day typed as a deadline: "à signer d'ici vendredi", "sign by Friday".
DEADLINE = re.compile(
    r"\b(?:d'ici|avant|sous|au plus tard|à signer|by|before|within|no later|to sign)\b", re.I
)


def _offer_given(item: str, lang: str) -> bool:
    """An offer the notes say is made: "offre verbale", "job offer sent by email today"."""
    offer = OFFER[lang].search(item)
    if not offer or CONDITION.search(item[: offer.start()]):
        return False  # "if yes, job offer": only on a condition
    return bool(MADE[lang].search(item)) or not FUTURE[lang].search(item)


# a visit set to sign: « passer à l'agence vendredi 28 avant 12h signer le contrat » (writer
# CA's ca03), "come into the branch Friday to sign"
MEETING = re.compile(
    r"\b(?:rdv|rendez-vous|appointment|meeting|passer\s+(?:à|a)\s+l'agence|come\s+in(?:to)?)\b",
    re.I,
)


# A trial on a day, typed before the paper (« essai mardi 30 à 6 h » then « le CFA lui envoie
# le contrat d'apprentissage à signer », writer AM's am01): the contract comes after the
# trial, no job given yet; the closing confirms the trial.
TRIAL = {
    "fr": re.compile(r"\b(?:essai|immersion)\b(?<!période d'essai)", re.I),
    "en": re.compile(r"\b(?:trial|shadow)\s+(?:day|shift|run)?|\btrial\b", re.I),
}


def _tried_first(items: list[str], item: str, lang: str, interview_day: date) -> bool:
    before = items[: items.index(item)] if item in items else []
    return any(
        TRIAL[lang].search(line) and typed_days.first_day(line, lang, interview_day) is not None
        for line in before
    )


def _paper(item: str, lang: str, interview_day: date) -> Outcome | None:
    """The paper the item says is sent or signed, and when, or None."""
    signed = CONTRACT[lang].search(item)
    if signed:
        kind = "signed" if SIGNED.search(signed.group(0)) else "sent"
        if kind == "sent" and SIGNED.search(item, signed.end()):
            # "elle envoie le contrat par mail à signer et renvoyer avant jeudi": the day is
            # the candidate's, to sign it (writer L's l13 read "l'envoi du contrat d'ici jeudi")
            kind = "returned" if SENT_BACK[lang].search(item, signed.end()) else "signed"
        paper = re.search(PAPER[lang], signed.group(0), re.I)
        named = paper.group(0).lower() if paper else ""
        at = signed.start()
    else:
        signed = SIGN_OFFER[lang].search(item)
        if not signed or not OFFERED.search(item):
            return None
        kind, named, at = "signed", "offre" if lang == "fr" else "offer", signed.start()
    week = typed_days.first_week(item, lang, interview_day, at)
    if week is None and typed_days.THIS_WEEK.search(item, at):  # the interview's week, its Monday
        week = interview_day - timedelta(days=interview_day.weekday())
    day = None if week else typed_days.first_day(item, lang, interview_day, signed.end())
    meeting = MEETING.search(item, 0, at)
    if day is None and week is None and meeting:
        # « rdv lundi 11 à 8h30 à l'agence pour signer contrat » (writer AK's ak13); the day
        # after the visit, never « après le 1er : passer à l'agence » (writer BX's bx09)
        day = typed_days.first_day(item, lang, interview_day, meeting.start())
    appointment = kind == "signed" and day is not None and not DEADLINE.search(item)
    return Outcome(None, kind, day, week, named, appointment=appointment)


def outcome(items: list[str], lang: str, interview_day: date) -> Outcome | None:
    """The outcome already given in the notes, or None: an offer, the paper that gives the job
    sent or signed, or a start on a day (when no answer is still awaited)."""
    found = offered = False
    what = ""
    start: date | None = None
    paper: Outcome | None = None
    awaited = any(AWAITED[lang].search(item) for item in items)
    if any(IF_CHOSEN[lang].search(item) for item in items):
        return None  # the offer and all that follows it hang on the answer
    for item in items:
        if _offer_given(item, lang):
            found = offered = True  # "formal offer subject to DBS": the informal one is given
        if UNSURE[lang].search(item):
            continue  # "offre verbale, début le 2 juin si…": the offer only
        tried_first = _tried_first(items, item, lang, interview_day)
        if paper is None and not tried_first and (paper := _paper(item, lang, interview_day)):
            found = True
            continue
        begins = START[lang].search(item)
        if begins and start is None:
            day = typed_days.first_day(item, lang, interview_day, begins.end())
            if day and day - interview_day > FARTHEST_START:
                day = None  # "début le 2 septembre" read a year on: no date to confirm
            if day is not None and not awaited:
                found, start = True, day
                # "training starts 30 Nov": a cohort's start, not the candidate's job given
                event = EVENT_STARTS[lang].search(item[: begins.end()]) or EVENT_AFTER[lang].match(
                    item, begins.end()
                )
                offered = offered or not event
                what = event.group(1).lower() if event else ""
    if not found:
        return None
    if paper is None:
        return Outcome(start, offered=offered, event=what)
    return replace(paper, start=start, offered=True)


# How each paper is said: its "de" form in French, its English name.
PAPER_OF = {
    "contrat": "du contrat",
    "promesse d'embauche": "de la promesse d'embauche",
    "lettre d'offre": "de la lettre d'offre",
    "offre": "de l'offre",
}
PAPER_EN = {"offer letter": "the offer letter", "letter of offer": "the offer letter"}


def outcome_steps(given: Outcome, lang: str, send_on: date) -> list[str]:
    """The outcome's steps that can be said for sure on the sending day, none already past."""
    said: list[str] = []
    if given.contract_day and given.contract_day < send_on:
        # the signing at the agency on Friday, the e-mail sent on Monday: done, never "J'ai
        # bien noté la signature du contrat" (writer CA's ca03)
        given = replace(given, contract="", contract_day=None)
    when = dates.by_day(given.contract_day, send_on, lang) if given.contract_day else ""
    if not when and given.contract_week and given.contract_week + timedelta(days=6) >= send_on:
        if given.contract_week <= send_on:  # "cette semaine", true on the sending day
            when = " cette semaine" if lang == "fr" else " this week"
        else:
            week = dates.format_date(given.contract_week, lang, weekday=False, today=send_on)
            when = f" la semaine du {week}" if lang == "fr" else f" in the week of {week}"
    paper = given.paper or ("contrat" if lang == "fr" else "contract")
    of = PAPER_OF.get(re.sub(r"\s+", " ", paper), "du contrat")
    if given.contract == "returned" and lang == "en":
        # "contract by email, sign + send back before Friday 18th" (writer BC's bc30, once
        # « I have noted the contract by Friday 18 July »)
        named = PAPER_EN.get(re.sub(r"\s+", " ", paper), "the contract")
        said.append(f"the return of the signed {named.removeprefix('the ')}{when}")
    elif given.contract == "returned" and of == "du contrat":
        said.append(f"le retour du contrat signé{when}")
    elif given.contract in ("signed", "returned"):
        if given.appointment and given.contract_day and given.contract_day > send_on:
            # a signing happens on its day, never "by" it (writer AA's aa17)
            on = dates.future_day(given.contract_day, send_on, lang)
            when = f" {on}" if lang == "fr" else f" on {on}"
        if lang == "fr":
            said.append(f"la signature {of}{when}")
        elif paper == "offer":
            said.append(f"the signing of the offer{when}")
        else:
            said.append(f"the contract signing{when}")
    elif given.contract == "sent":
        named = PAPER_EN.get(re.sub(r"\s+", " ", paper), "the contract")
        said.append(f"l'envoi {of}{when}" if lang == "fr" else f"the sending of {named}{when}")
    if given.start and given.start > send_on:
        day = dates.future_day(given.start, send_on, lang)
        # "mon arrivée": "une prise de poste" reads as a demand to the tone guard
        if given.event and lang == "fr":  # « que la saison commence le lundi 14 juin »
            article = FR_EVENT_ARTICLE.get(given.event, "la")
            said.append(f"que {article} {given.event} commence {day}")
        elif given.event:  # "that the training starts on Monday 30 November"
            said.append(f"that the {given.event} starts on {day}")
        else:
            said.append(f"mon arrivée {day}" if lang == "fr" else f"a start on {day}")
    return said
