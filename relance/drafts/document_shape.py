"""Whether a part typed after "send"/"bring" names a document, before it is promised.

A part the document table does not know used to be promised as typed ("mon revient vers moi
fin de semaine prochaine", "ma visite de l'unité", "mes cannes qu'il a demandées"): writer S's
blind reader quoted each one. A part is now said as typed only when it is a noun phrase whose
words name a kind of document (a form, a certificate, a copy, slides, a card…) or an acronym
("BS7858", "RIB"), with no clause after it ("… they asked for", "… qu'il a demandées": the
clause is cut, then the rest must still name a document).

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts.accents import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Kinds of document, folded, singular and plural: the head of what may be promised.
HEADS = {
    "fr": _words(
        "document documents attestation attestations certificat certificats formulaire "
        "formulaires copie copies scan scans reference references carte cartes diplome "
        "diplomes releve releves bulletin bulletins justificatif justificatifs fiche fiches "
        "piece pieces papier papiers permis passeport passeports contrat contrats photo "
        "photos extrait extraits casier cv lettre lettres dossier dossiers diapos diaporama "
        "slides portfolio carnet carnets titre visa avis autorisation autorisations "
        "habilitation habilitations licence licences coordonnees preuve preuves declaration "
        "recepisse convention conventions certification certifications carte rib iban "
        "justificatifs releve attestations book"
    ),
    "en": _words(
        "document documents form forms certificate certificates cert certs copy copies scan "
        "scans reference references referee referees card cards slides deck licence licences "
        "license licenses passport passports id cv resume letter letters record records "
        "transcript transcripts statement statements slip slips payslip payslips proof permit "
        "permits visa clearance certification certifications portfolio details abstract "
        "authorisation authorization report reports diploma diplomas photo photos code pin "
        "p45 p60 paperwork papers check study studies sample samples presentation"
    ),
}
# Where a clause begins after the document's name: "… they asked for", "… qu'il a demandées".
CLAUSE = {
    "fr": re.compile(r"\s+(?:qu'|que\b|qui\b|dont\b|il\b|elle\b|ils\b|elles\b|on\b|je\b|j')", re.I),
    "en": re.compile(r"\s+(?:that|which|who|they|he|she|i|we|you)\b", re.I),
}
# A word a document's name never holds: the spoken frame of a request or of a next step.
NOT_IN_NAME = {
    "fr": _words("revient reviens rappelle prevue prevu prevues reponse visite svp stp merci"),
    "en": _words("kindly please pls plz asked wants needs revert back tonight"),
}
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]+$|^[A-Z]+\d+[A-Z0-9]*$")
# A time or a day typed after the document, split from it by a comma ("… for the Sunday show
# day 29 Nov, 12-4", writer N's n34; "…, 10:30", "…, 9am-1pm", "…, sat"): when, never what.
WHEN_WORD = re.compile(
    r"^(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h)?(?:[-–]\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h)?)?|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|am|pm|midi|noon)$",
    re.I,
)
DETERMINERS = _words("my the a an mon ma mes le la les l un une des")


def without_clause(typed: str, lang: str) -> str:
    """'my guild talk slides they asked' -> 'my guild talk slides'."""
    return CLAUSE[lang].split(typed, maxsplit=1)[0]


def names_document(typed: str, lang: str, brought: bool = False) -> bool:
    """The part, as it will be written, names a document: its words hold a kind of document
    or an acronym (or, brought, any thing: "ma tenue de travail"), and nothing a request or a
    next step says."""
    if lang not in HEADS:
        return False
    bare = [word.strip(".,;:!?()[]\"'") for word in typed.split()]
    folded = {fold(word).lower() for word in bare}
    if folded & NOT_IN_NAME[lang]:
        return False
    content = [word for word in bare if word and fold(word).lower() not in DETERMINERS]
    if content and all(WHEN_WORD.match(word) for word in content):
        return False  # "my 12-4": a time, even brought
    return brought or bool(folded & HEADS[lang]) or any(ACRONYM.match(word) for word in bare[1:])


def mentions_document(item: str, lang: str) -> bool:
    """The note names a kind of document somewhere ("copie de …", "… form"): documents were
    asked, even when which ones cannot be said."""
    words = {fold(word.strip(".,;:!?()[]\"'")).lower() for word in item.split()}
    return lang in HEADS and bool(words & HEADS[lang])


# A portfolio managed, never handed over (writer BF's bf34: "they need credit card portfolio
# analytics" was "As agreed, I will send you my portfolio"): the book of clients or loans is
# the job's matter.
PORTFOLIO_AS_WORK = {
    "fr": re.compile(
        r"\bportefeuilles?\s+(?:de\s+\d+\s+)?(?:clients?|dossiers?|mandats?|"
        r"pme|tpe|entreprises|lots|biens)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:client|customer|credit(?:\s+card)?|loan|lending|mortgage|property|investment|"
        r"insurance|sales|account|product|project)\s+portfolios?\b|"
        r"\bportfolios?\s+(?:analytics|analysis|management|manager|managers|reviews?|risk|"
        r"growth|of\s+(?:\d+\s+)?(?:clients|accounts|loans|properties|projects))\b",
        re.IGNORECASE,
    ),
}
# The CV named as where something is (writer AW's aw24: « elle m'a demandé le trou sur le CV »
# was « Comme convenu, je vous transmets mon CV à jour »).
CV_AS_PLACE = {
    "fr": re.compile(r"\b(?:sur|dans)\s+(?:le|mon|son)\s+cv\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:on|in)\s+(?:the|my|her|his)\s+cv\b", re.IGNORECASE),
}


# A test named by its subject (writer AW's aw40: "technical test on AD/M365 to send back" was
# "I will send you my M365"): what it is on is no document.
_DAY = r"(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mon|tue|wed|thu|fri|sat|sun|\d))"
TEST_ON = {
    "fr": re.compile(r"\btests?\s+(?:technique\s+)?sur\s+" + _DAY, re.IGNORECASE),
    "en": re.compile(r"\btests?\s+(?:on|about|covering)\s+" + _DAY, re.IGNORECASE),
}
