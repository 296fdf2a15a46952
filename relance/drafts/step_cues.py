"""How notes say what comes around the next stage of a recruitment: the answer ("réponse",
"he'll text"), a deadline ("d'ici", "by"), a condition ("si ok"), a span ("dans deux
semaines"), a call that sets the day, the candidate's own answer or call ("je la rappelle
lundi") and a step that follows another ("puis", "then"). `next_steps` reads the notes with
them; kept apart from the names of the stages (`stage_names`) so either table can grow
without the other.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from datetime import date

from relance.core import names
from relance.drafts import typed_days
from relance.drafts.context import DraftContext
from relance.drafts.stage_names import EN_WEEKDAYS

ANSWER = {
    "fr": re.compile(
        r"\b(?:réponse|reponse|retour|décision|decision|nouvelles|rappel|rappelle|résultats?|"
        r"affectation|recontacte|rappeler|contacte|informe|rappellent|recontactent)\b|"
        # "mission confirmée par téléphone demain avant midi" (writer T's t23)
        r"\bconfirmée?\s+par\s+(?:téléphone|tel|tél|mail|sms|e-mail|courriel)\b|\btient\s+au\s+courant\b|\bme\s+(?:dit|dira|répond|confirme)\b|\bm'appellen?t?\b|"
        # « elle me revient d'ici vendredi » (Québec: she gets back to me; writer AF's af17)
        r"\bme\s+revien(?:t|nent|dra|dront)\b|\b(?:il|elle|ils|elles)\s+(?:va\s+|vont\s+)?appel\w*\b",
        re.I,
    ),
    "en": re.compile(
        # "they'll decide by 11 dec, he'll ring" (writer O's o40)
        # "she will revert by Monday" (Indian English, writer T's t38)
        # "video call with the manager on monday 30" is a stage, no answer (writer AA's aa32)
        r"\b(?:answer|decision|decides?|response|outcome|feedback|hear back|call back|email|"
        # "call with the hiring manager Monday 6th 10am" is a stage (writer BW's bw27)
        r"(?<!video )(?<!phone )(?<!zoom )(?<!teams )(?<!screening )call(?!\s+with\b)|ring|"
        r"revert|inform|notify|"
        r"let me know|"
        r"results?|text|get back|be in touch|offers?|update|whatsapp|contact)\b",
        re.I,
    ),
}


DEADLINE = re.compile(r"\b(?:d'ici|avant|by|before)\b", re.I)
# "by fri 16th", "before the 19th": the deadline's day typed right after it ("link by mail
# on mon 19" is on that day, not by it)
BY_DAY = re.compile(rf"\b(?:by|before)\s+(?:the\s+)?(?:(?:{EN_WEEKDAYS})\b|\d)", re.I)
# "si ok, essai samedi", "if yes induction fri": a stage that hangs on the answer is not
# the next step; the answer is.
CONDITIONAL = {
    "fr": re.compile(r"\b(?:si|s'il|si c'est)\s+(?:ok|oui|bon|retenu|retenue|concluant)\b", re.I),
    # "if placed on panel: garda vetting + medical forms": any condition but the candidate's.
    "en": re.compile(r"\bif\b(?!\s+(?:keen|interested|i\s+want|happy)\b)", re.I),
}


# Papers asked only once the answer is yes: « si ok ils m'envoient le dossier à renvoyer avant
# le 22 », "references will be asked only if successful" (writer AK's ak06, ak35): no promise.
ON_OUTCOME = {
    "fr": re.compile(
        r"\b(?:si|s'il|si c'est|seulement si|uniquement si)\s+(?:ok|oui|bon|retenue?|concluant|"
        r"positif|favorable|je\s+suis\s+(?:retenue?|prise?|sélectionnée?)|ça\s+marche)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:if|once|only\s+if)\s+(?:successful|ok|offered|selected|all\s+good|it\s+goes\s+"
        r"ahead|i\s+(?:get\s+(?:it|the\s+job)|am\s+(?:offered|selected|successful))|"
        r"i'm\s+(?:offered|selected|successful))\b",
        re.I,
    ),
}


# "elle appelle si le client valide", "come Monday unless it rains": a return or a day that
# hangs on something first is no promise to the candidate.
IF_ONLY = {
    "fr": re.compile(r"\bsi\s+(?!besoin\b)|\bs'(?:il|ils)\b|\bsauf\b", re.I),
    "en": re.compile(r"\bif\b|\bunless\b|\bonly\s+once\b", re.I),
}


# "réponse dans deux semaines" (as `dates.redated` leaves a duration): a span, not a date.
# « retour sous huitaine » (writer BW's bw02): said « dans un délai de huit jours »
NOTICE_DAYS = {"huitaine": "huit jours", "quinzaine": "quinze jours"}
WITHIN = {
    "fr": re.compile(
        r"\b(?:d'ici|dans|sous)\s+((?:environ\s+)?[\w-]+\s+(?:jours?|semaines?|mois)"
        r"(?:\s+ouvr(?:és|ables))?|huitaine|quinzaine)\b",
        re.I,
    ),
    # "results within 10 working days" (writer AK's ak30)
    "en": re.compile(
        # "they email results in 2-3 weeks" (a range, said "two to three")
        r"\b(?:in|within)\s+((?:about\s+)?\w+(?:\s*[-–]\s*\w+|\s+(?:to|or)\s+\w+)?\s+"
        r"(?:(?:working|business)\s+)?"
        r"(?:days?|weeks?|months?))\b",
        re.I,
    ),
}


def first_day(
    item: str, cue: re.Pattern[str], lang: str, ctx: DraftContext, *, latest: bool = False
) -> date | None:
    """The first day written after the cue ("2e entretien", "réponse"), or None: a date
    ("jeudi 3 dec", "tues 1st dec"), a weekday and its number ("mercredi 2"), or a weekday
    alone, the first one after the interview ("il me rappelle samedi")."""
    found = cue.search(item)
    if found is None:
        return None
    return typed_days.first_day(item, lang, ctx.interview_day, found.end(), latest=latest)


# "elle me rappelle pour caler une journée d'immersion": the call that sets the stage is next.
TO_ARRANGE = {
    "fr": re.compile(r"\bpour\s+(?:caler|fixer|convenir|organiser|planifier|programmer)\b", re.I),
    "en": re.compile(r"\bto\s+(?:set\s+up|arrange|book|schedule|organi[sz]e)\b", re.I),
}


HEDGE = re.compile(
    r"\b(?:maybe|possibly|perhaps|prob|probably|likely|peut-être|éventuellement|sans\s+doute|"
    r"probable|probablement)\b",
    re.I,
)
# "visite de l'étage la semaine prochaine, elle appelle pour la date": the call sets its day.
DATE_BY_CALL = {
    "fr": re.compile(
        # « son assistante m'appelle la semaine prochaine pour fixer la date » (writer BH's
        # bh05): the day typed between is the call's; « date fixée par RH »
        r"\b(?:appelle|rappelle|recontacte|confirme)\w*\s+(?:[^,;.]{0,30}?\s+)?pour\s+"
        r"(?:fixer\s+|caler\s+|convenir\s+de\s+)?la\s+date\b|\bdate\s+(?:(?:fixée|calée)\s+par|à\s+fixer|à\s+caler)\b"
        # « 2e entretien … après le pont, elle me rappelle lundi 31 pour fixer » (writer CA's
        # ca06: once « Je vous remercie d'avoir organisé le second entretien de ce jour »)
        r"|\b(?:appelle|rappelle|recontacte)\w*\s+(?:[^,;.]{0,30}?\s+)?pour\s+(?:le\s+|la\s+)?"
        r"(?:fixer|caler|convenir|programmer|planifier)\s*(?:$|[,;.])",
        re.I,
    ),
    "en": re.compile(r"\b(?:call|ring|email|confirm)\w*\s+(?:me\s+)?(?:with|to\s+set|for)\s+"
                     r"(?:a|the)\s+date\b", re.I),
}  # fmt: skip


# The candidate has until a day to answer an offer: the answer is the candidate's promise.
MY_ANSWER_BY = re.compile(
    # "réponse de ma part pour le vendredi 4 décembre" (writer R's r20): the answer is mine
    r"\b(?:réponse|reponse|décision|decision)\s+de\s+ma\s+part\b|"
    # "elle me laisse jusqu'au lundi 30 novembre 18h pour répondre" (writer U's u09)
    r"\b(?:j'ai|me\s+laisse(?:nt)?|m'accorde(?:nt)?|me\s+donne(?:nt)?)\s+jusqu['’]\s*"
    r"(?:à|a|au)\b(?=.*\bpour\s+(?:dire\s+oui|répondre|repondre|réfléchir|reflechir|"
    r"donner\s+ma\s+réponse|me\s+décider|me\s+decider))|"
    # "je dois confirmer par tel demain mercredi avant midi" (writer Z's z12)
    r"\bje\s+dois\s+(?:(?:lui|leur|vous)\s+)?(?:confirmer|donner\s+ma\s+réponse|répondre)\b|"
    # « réponse à donner avant mercredi 5 mars » after an offer (writer BL's bl15): to give
    r"\b(?:réponse|reponse|décision|decision)\s+(?:à|a)\s+(?:donner|rendre|apporter)\b",
    re.IGNORECASE,
)
# The same in English: "need to give my answer by fri 4 dec 5pm" (writer U's u30), "they gave
# me until monday to decide".
MY_ANSWER_BY_EN = re.compile(
    r"\b(?:(?:give|send)\s+(?:them\s+|him\s+|her\s+)?my\s+(?:answer|decision)|"
    r"my\s+(?:answer|decision)\s+(?:is\s+)?due|"
    r"(?:have|(?<=\w)['’]ve|got|gave\s+me|give\s+me|gives\s+me)\s+(?:until|till|til)\b"
    # "I've got till next Wednesday to say yes" (writer AV's av32)
    r"(?=.*\bto\s+(?:decide|answer|respond|reply|accept|think|say\s+yes|confirm|let\s+\w+\s+know))|"
    r"(?:need|have)\s+to\s+(?:decide|answer|respond|reply|accept)\s+by|"
    r"\boffer\s+to\s+(?:answer|accept|decide\s+on)\s+by\b|"  # writer AX's ax38
    # "revert by friday with my availability" (writer AD's ad25): a note that opens on the
    # reply, with no one named, is the candidate's own to-do
    r"^\s*(?:i\s+(?:need\s+to|must|have\s+to|will|should)\s+|i'll\s+)?"
    r"(?:revert|reply|respond|get\s+back)\b(?=.*\bby\b)|"
    # "I have to fill and revert within 3 days" (writer AN's an34): the candidate's reply
    r"\bi\s+(?:need\s+to|must|have\s+to|will|should)\s+(?:\w+\s+(?:and|&)\s+)?"
    r"(?:revert|reply|respond|get\s+back)\b)",
    re.IGNORECASE,
)
# What the candidate sends with that reply: "… with my availability" -> "my availability".
MY_REPLY_WITH_EN = re.compile(r"\bwith\s+(my\s+[a-z]+(?:\s+[a-z]+)?)\s*$", re.IGNORECASE)
# Two days typed as a range: "du lundi 19 au mercredi 21".
FROM_TO = re.compile(r"\bdu\s+(?:[a-z]+\s+)?\d{1,2}\b.{0,20}?\bau\s+(?:[a-z]+\s+)?\d{1,2}\b", re.I)
# A step that follows a condition ("si oui : visite médicale + signature mardi 20", "si je
# suis pris, formation lundi"): not agreed yet, never confirmed as the next step.
IF_SO = re.compile(r"^\s*(?:si|s'il|s'ils|si jamais)\b", re.IGNORECASE)
# A step that comes once the offer is signed ("visite médicale + badge après signature", "DBS
# once I've signed"): after an answer not given yet, never the next step.
AFTER_SIGNING = re.compile(
    r"\b(?:après|apres)\s+(?:la\s+|ma\s+)?(?:signature|acceptation|embauche)\b|"
    r"\bune\s+fois\s+(?:(?:le\s+contrat|l'offre|la\s+promesse)\s+)?(?:signée?|acceptée?)\b|"
    r"\b(?:after|once)\s+(?:i(?:'ve|\s+have)?\s+)?(?:sign(?:ed|ing)?|accept(?:ed|ing)?)\b|"
    r"\b(?:after|once)\s+(?:the\s+)?(?:contract|offer)\s+(?:is\s+)?(?:signed|accepted)\b",
    re.IGNORECASE,
)
# The candidate agreed to call the recruiter ("l'appeler jeudi 15 le matin", "je la rappelle
# lundi"): said as the candidate's promise, never as an answer the recruiter will give.
FR_CALL_DAYS = "|".join((*names.FR_DAYS, "demain", r"le\s+\d{1,2}"))
CANDIDATE_CALLS = {
    # "je dois les rappeler moi-même jeudi" (a debrief of the session-21 reading): the plural
    "fr": re.compile(
        r"(?:^|\b)(?:je\s+(?:la|le|les|l['’])\s*(?:r?appelle|recontacte)|(?:la|le|les|l['’]|lui|"
        r"leur)\s*(?:r?appeler|recontacter|téléphoner)"
        # "je dois appeler M. Kouassi lundi 30" (writer Y's y17): the interviewer named
        r"|je\s+(?:dois|vais|devrai)\s+(?:r?appeler|recontacter|téléphoner\s+à)"
        r"(?=\s+(?:M\.|Mme|Monsieur|Madame)\s+[A-Z])"
        # "je dois rappeler lundi après 14h", "je rappelle jeudi" (writer AA's aa24): no
        # object, a day next: the candidate calls, no answer is promised
        rf"|je\s+(?:(?:dois|vais|devrai)\s+(?:r?appeler|recontacter)|r?appelle|recontacte)"
        rf"(?=\s+(?:{FR_CALL_DAYS})\b)"
        # "il dit rappeler lui lundi 14" (writer AE's ae08): the pronoun after the verb
        r"|r?appeler\s+(?:lui|leur)\b(?!-))\b",
        re.IGNORECASE,
    ),
    # "I have to call them back thurs", "i'll ring her on monday"
    "en": re.compile(
        r"\bI(?:'ll|\s+will|\s+have\s+to|\s+need\s+to|\s+must|\s+should|'m\s+to|\s+am\s+to)?"
        r"\s+(?:call|ring|phone)\s+(?:them|him|her)\b(?:\s+back)?"
        # "told me to call him back monday 19th": the recruiter asked the candidate to call
        r"|\b(?:told|asked)\s+me\s+to\s+(?:call|ring|phone)\s+(?:them|him|her)\b",
        re.IGNORECASE,
    ),
}


def call_part(item: str, lang: str = "fr") -> str:
    """' dans la matinée' for "le matin", ' dans l'après-midi' for "aprem"; else ""."""
    if lang == "en":
        # "am" after a number only: "I am to call him" says no time of day
        morning = re.search(r"\bmorning\b|\d\s*am\b", item, re.IGNORECASE)
        afternoon = re.search(r"\bafternoon\b|\d\s*pm\b", item, re.IGNORECASE)
        return " in the morning" if morning else " in the afternoon" if afternoon else ""
    after = re.search(r"\b(?:après|apres)\s+(\d{1,2})\s*h\s*(\d{2})?\b", item, re.IGNORECASE)
    if after:  # "jeudi 26 après 14h" (writer V's v19)
        return f" après {after[1]}\u00a0h" + (f"\u00a0{after[2]}" if after[2] else "")
    if re.search(r"\b(?:le\s+)?mat(?:in|inée)\b", item, re.IGNORECASE):
        return " dans la matinée"
    if re.search(r"\b(?:aprem|après-midi|apres-midi|aprèm)\b", item, re.IGNORECASE):
        return " dans l'après-midi"
    return ""


# "written … test at DPS then ride along next Monday": two steps in one note.
THEN = re.compile(r"\s*,?\s+then\s+", re.I)
# "test … en ligne à faire sous 48h → puis entretien DA vendredi 27 14h" (writer O's o06):
# the day after "puis" is the later stage's, not the test's; an arrow alone may announce the
# day itself ("2e entretien …, J+2 → jeudi 26 à 15h", o12)
THEN_IN = {"en": THEN, "fr": re.compile(r"\s*(?:(?:→|->|=>)\s*|,?\s+)puis\s+", re.I)}
# A weekday typed in full or cut ("thurs", "wed"): two in one step's note are a correction
# or a choice, no day to confirm.
WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")


# A note that says it comes after another: "ensuite visite médicale", "then trial shift"
LATER_STEP = re.compile(r"^\s*(?:ensuite|puis|après|apres|then|after\s+that|afterwards)\b", re.I)
IF_CHOSEN = re.compile(
    r"\b(?:si|if)\s+(?:je\s+suis\s+|i'?m\s+|i\s+am\s+)?(?:retenue?s?|s[ée]lectionn[ée]e?s?|"
    r"selected|successful|shortlisted)\b",
    re.I,
)
