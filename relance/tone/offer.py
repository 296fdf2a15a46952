"""An offer in hand: the logistics of a job the recruiter has offered presume nothing.

"When do I start?", « la prise de poste le 6 janvier », "before I start", "I'll sign the
contract once it arrives" take the job for granted in an e-mail sent after an interview
(`*.demand.presumptive` and its kin). Once the recruiter has offered it, they are what the
candidate must settle: the e-mail that thanks for the offer or accepts it asks them plainly
(writer X's clean e-mails, session 38: an offer accepted, a start date confirmed, childcare
arranged "before I start"). The offer is read in the candidate's own words, thanked for or
accepted — never merely hoped for ("I'd be glad to receive your offer").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from relance.tone.model import Hit

OFFER_IN_HAND = {
    "fr": re.compile(
        r"\b(?:merci|remercie\w*|remerciements?)\s+(?:\w+\s+){0,3}(?:pour|de)\s+"
        r"(?:votre|cette|la|l'|l’)\s*(?:offre|proposition|promesse)\b|"
        r"\b(?:heureu\w*|ravi\w*|plaisir|honneur|joie)\s+(?:de\s+|d['’])(?:l['’])?accepter\b|"
        r"\bj['’]accepte\s+(?:avec\s+(?:\w+\s+){1,2})?(?:votre|cette|la|l['’]|le|ce)\s*"
        r"(?:offre|proposition|poste)\b|"
        r"\b(?:reçu|réception\s+de)\s+(?:votre|la|cette)\s+(?:offre|proposition|promesse)\b|"
        r"\b(?:offre|proposition)\s*,?\s+que\s+j['’]accepte\b|"
        r"\bdécliner\s+(?:votre|cette|la|l['’])\s*(?:offre|proposition)\b|"
        # « je vous confirme mon accord pour le contrat saisonnier » (writer AR, session 51)
        # « je vous confirme mon acceptation de la proposition », « la promesse d'embauche
        # signée » returned (writer AX, session 53)
        r"\bmon\s+acceptation\s+de\s+(?:votre|la|cette|l['’])\s*(?:offre|proposition)\b|"
        r"\bpromesse\s+d['’]embauche\s+signée\b|"
        r"\bconfirme\s+mon\s+accord\s+pour\s+(?:le|la|ce|cette|votre)\s+"
        r"(?:contrat|poste|proposition|offre|mission)\b|"
        # the offer sent over (writer AL, session 47): « vous m'avez transmis hier l'offre du
        # cabinet », « avant de l'accepter »
        r"\b(?:transmis|envoyé|adressé|fait\s+parvenir)\s+(?:\w+\s+){0,2}(?:l['’]|votre|une|cette)"
        r"\s*(?:offre|proposition)\b|\bavant\s+de\s+l['’]accepter\b|"
        # the start date the recruiter proposed, accepted: « la date de démarrage du 6 mai me
        # convient » (writer J, session 41)
        r"\bdate\s+de\s+(?:démarrage|début|prise\s+de\s+poste)\s+(?:\S+\s+){0,4}me\s+"
        r"(?:convient|va)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bthank(?:s|\s+you)\s+(?:\w+\s+){0,2}for\s+(?:the|your|this)\s+(?:\w+\s+){0,2}"
        r"(?:offer|job\s+offer)\b|"
        r"\bthank(?:s|\s+you)\s+(?:\w+\s+){0,2}for\s+offering\s+me\b|"
        r"\b(?:delighted|pleased|happy|glad|thrilled|honoured|honored)\s+to\s+(?:formally\s+)?"
        r"accept\b|"
        r"\bi\s+(?:formally\s+|gladly\s+|happily\s+)?accept\s+(?:the|your|this)\s+"
        r"(?:\w+\s+){0,2}(?:offer|position|role)\b|"
        r"\b(?:received|receiving)\s+(?:the|your)\s+(?:\w+\s+){0,2}offer\b|"
        r"\bthank(?:s|\s+you)\s+for\s+sending\s+(?:over\s+|through\s+)?(?:the|your|this)\s+"
        r"(?:\w+\s+){0,2}offer\b|"
        # an offer declined was made: "I regret that I must decline the offer, as the package
        # is below what I can accept given my relocation costs" (writer D)
        r"\bdecline\s+(?:the|your|this)\s+(?:\w+\s+){0,2}offer\b|"
        r"\b(?:the|your)\s+(?:proposed\s+)?start\s+date\s+(?:\S+\s+){0,4}"
        r"(?:suits\s+me|works\s+for\s+me)\b",
        re.IGNORECASE,
    ),
}
# An acceptance without its object, in a text that names the offer: « Je vous remercie pour
# cette offre de poste. J'accepte avec plaisir. » (writer M, session 40)
BARE_ACCEPTANCE = {
    "fr": re.compile(
        r"\b(?:j['’]|je\s+l['’])accepte\s+"
        r"(?:avec\s+(?:grand\s+|un\s+grand\s+)?(?:plaisir|joie|enthousiasme)|volontiers)"
        r"\s*[.!]",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bi\s+(?:gladly\s+|happily\s+)?accept(?:\s+with\s+(?:great\s+)?pleasure)?\s*[.!]",
        re.IGNORECASE,
    ),
}
OFFER_NAMED = {
    "fr": re.compile(r"\b(?:offre|proposition|promesse)\b", re.IGNORECASE),
    "en": re.compile(r"\boffer\b", re.IGNORECASE),
}
# The rules that read a job taken for granted (the family `*.demand.presumptive` names),
# and a visit or a call announced: once the job is accepted, « Je passerai samedi matin
# déposer ma copie du BPJEPS » is the newcomer's paperwork, not pressure (writer AF).
PRESUMING = frozenset(
    {
        "fr.demand.appel_annonce",
        "fr.demand.appel_annonce_bis",
        "fr.demand.visite_annoncee",
        "fr.demand.passage_et_planning",
        "en.demand.announced_call",
        "en.demand.announced_visit",
        "en.demand.announced_ring",
        "fr.demand.poste_acquis",
        "fr.demand.poste_tenu_pour_acquis",
        "fr.demand.echeance_et_acquis",
        "fr.demand.arrivee_acquise",
        "en.demand.presumptive",
        "en.demand.already_hired",
        # "I should let you know that I am expecting my first child in September … so that we
        # can plan my induction and leave together", after "I am very happy to accept" (AV)
        "en.demand.settled_in",
    }
)


def in_hand(text: str, lang: str) -> bool:
    """Does the candidate thank for an offer, or accept one, in this text?"""
    pattern = OFFER_IN_HAND.get(lang)
    if pattern is None:
        return False
    if pattern.search(text):
        return True
    return bool(BARE_ACCEPTANCE[lang].search(text) and OFFER_NAMED[lang].search(text))


# Paperwork the recruiter asked for, sent with the e-mail that says so (writers AK and AL,
# session 47): « Comme demandé lors de l'entretien, vous trouverez ci-joint : (…) - mon RIB
# pour le service paie », "as agreed on the phone, (…) my availability for the induction
# days". The document named is no job taken for granted; a question on the start still is.
PAPERS_ASKED = {
    "fr": re.compile(
        r"\bcomme\s+(?:demandé|convenu)|\bà\s+votre\s+demande\b|"
        r"\bvous\s+m['’]a(?:vez|viez)\s+demandé|\bque\s+vous\s+m['’]a(?:vez|viez)\s+demandés?\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bas\s+(?:requested|agreed|asked)\b|\byou\s+(?:asked|requested)\s+(?:me\s+)?for\b|"
        r"\bat\s+your\s+request\b",
        re.IGNORECASE,
    ),
}
PAPERWORK = {
    "fr": re.compile(
        r"^(?:(?:mon|ma|un|une|le|la)\s+)?(?:rib|relevé\s+d['’]identité\s+bancaire|carte\s+vitale|"
        r"numéro\s+de\s+sécu\w*(?:\s+sociale)?|attestation\w*|visite\s+médicale\w*)$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(?:(?:my|the|your)\s+)?(?:bank\s+details|p45|p60|national\s+insurance(?:\s+number)?|"
        r"dbs(?:\s+\w+)?|induction(?:\s+days?|\s+session)?|right\s+to\s+work(?:\s+check)?)$",
        re.IGNORECASE,
    ),
}


def settled(hits: Sequence[Hit], text: str, lang: str) -> list[Hit]:
    """`hits` without the presumption findings, when the text has an offer in hand, or
    without those that name paperwork the recruiter asked for."""
    if not any(hit.rule_id in PRESUMING for hit in hits):
        return list(hits)
    if in_hand(text, lang):
        return [hit for hit in hits if hit.rule_id not in PRESUMING]
    asked = PAPERS_ASKED.get(lang)
    if asked is None or not asked.search(text):
        return list(hits)
    paperwork = PAPERWORK[lang]
    return [
        hit
        for hit in hits
        if hit.rule_id not in PRESUMING or not paperwork.match(text[hit.start : hit.end])
    ]
