"""Which debrief items ask the candidate for a paper, and how each promise is said.

`documents.py` knows the papers' names; this module reads a field's items as requests: a
doubted line (« pas sûre ») is no promise, nor a qualification the job needs, nor a paper
asked only once hired; a request typed as a label (« références : 2 contacts ») is read; a
form the recruiter sends is said once (by `returned`); the employer's papers come back signed;
a paper not held yet is promised on receipt; one due by the sending day goes with the e-mail.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import date

from relance.drafts import deliverables, handover
from relance.drafts import document_parts as parts
from relance.drafts.document_typed import COPY
from relance.drafts.documents import (
    HANDED,
    QUALIFICATIONS,
    REQUEST,
    SEND,
    named_parts,
    spaced_words,
    word_set,
)
from relance.drafts.due_by import due_later
from relance.drafts.handover import Asked
from relance.drafts.privacy import fold
from relance.drafts.step_cues import ON_OUTCOME


def doubted(item: str) -> bool:
    """'envoyer mes relevés AMF?? pas sûre': the candidate is to ask, not to send."""
    return bool(parts.UNSURE.search(item))


def doubted_next(item: str) -> bool:
    """The note after a request doubts it ("pas sûre — demander")."""
    return bool(parts.UNSURE_NEXT.search(item))


# A document the candidate does not hold yet (writer Z: "envoyer copie de la carte pro CNAPS
# des que je la recois"): promised on receipt, never said as sent now.
PENDING = {
    "fr": re.compile(
        r"\b(?:d[èe]s|quand|lorsque|une fois)\s+(?:que\s+|qu')?(?:je\s+|j')?"
        # "dès que je l'ai" (writer Y's y02): the recycling not done yet
        r"(?:l'|la\s+|le\s+|les\s+)?(?:re[çc]oi[st]?|re[çc]ue?s?|aurai|ai|obtiens|obtenue?s?|"
        r"r[ée]ception)\b|\bpas encore (?:re[çc]ue?s?|obtenue?s?)\b|"
        # « extrait casier judiciaire à demander » (writer AD's ad06): not held yet
        r"\b[àa]\s+demander\b(?!\s+(?:à|a|au|aux)\s+(?:la|le|l'|mon|ma)?\s*(?:recruteu|rh\b))|"
        # « A FAIRE : demander extrait casier judiciaire sur le site » (writer BL's bl02)
        r"^(?:a\s+faire\s*:\s*|à\s+faire\s*:\s*)?demander\s+(?:un\s+|l['’]\s*|mon\s+|le\s+|mes\s+)?"
        r"(?:extrait|bulletin|casier|attestation|certificat|relevé|releve)",
        re.I,
    ),
    # "PVG scheme membership – I need to apply" (writer I, i28), "DBS once I get it": a
    # document still to obtain is never offered as held.
    "en": re.compile(
        r"\b(?:need|have|got)\s+to\s+(?:apply|get|obtain|renew)\b|\bnot\s+yet\s+"
        r"(?:got|received|issued|applied)\b|\b(?:once|when)\s+(?:i\s+)?(?:get|receive|have)\s+"
        r"(?:it|them|one)\b|\b(?:applied|applying)\s+for\s+(?:it|one)\b",
        re.I,
    ),
}


# "book ENG1 medical and send copy" (writer AP's ap39): the copy is of what the item names
# first, never "my copy" alone.
EN_COPY_OF = re.compile(
    r"\b(?:book|get|renew|redo|do|take|pass|sit)\s+(?:my\s+|the\s+|an?\s+)?"
    r"(?P<what>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:and|&|\+)\s+send\s+(?:a\s+|the\s+)?cop(?:y|ies)\b",
    re.IGNORECASE,
)
BARE_COPY = {"copy", "a copy", "my copy", "the copy", "copies"}


def _copy_of(name: str, item: str, lang: str) -> str:
    if lang != "en" or name.lower() not in BARE_COPY:
        return name
    found = EN_COPY_OF.search(item)
    return f"a copy of my {found.group('what')}" if found else phrase_placeholder(lang)


# Papers the employer sends, which come back signed (writer AR's ar32: "offer letter +
# contract by email tomorrow, sign & send back" was "I will send you my offer letter").
EMPLOYERS_PAPERS = {
    "en": {"offer letter": "the signed offer letter", "contract": "the signed contract"},
    "fr": {
        "contrat": "le contrat signé",
        "promesse d'embauche": "la promesse d'embauche signée",
        "lettre d'offre": "la lettre d'offre signée",
    },
}
SIGN = re.compile(r"\bsign", re.I)  # "sign & send back", « à signer »: both languages


def _signed(name: str, item: str, lang: str) -> str:
    bare = re.sub(r"^(?:my|the|an?|mon|ma|le|la|l'|un|une)\s+", "", name.lower())
    papers = EMPLOYERS_PAPERS.get(lang, {})
    return papers[bare] if bare in papers and SIGN.search(item) else name


# « besoin de caristes CACES R489 cat 1, 3 ET 5 » (writer Y's y16), "il veut aussi CACES
# nacelle" (AS's as05): the job's requirement; « il veut une copie du CACES », "she wants my
# DBS" hand it over.
OWN = re.compile(r"\b(?:mon|ma|mes|my)\b")


def _qualification(item: str) -> bool:
    """Does the item name a qualification (a diploma, a licence, a CACES), which a job needs,
    not a paper asked for ("need ID + police clearance" is offered, `handover.agreed`)?"""
    return bool(QUALIFICATIONS & set(spaced_words(item).split()))


def _handed_over(item: str, lang: str) -> bool:
    folded = fold(item)
    return any(
        pattern.get(lang, handover.NEVER).search(folded) for pattern in (HANDED, REQUEST, SEND)
    ) or bool(OWN.search(folded) or COPY & set(spaced_words(item).split()))


def phrase_placeholder(lang: str) -> str:
    from relance.drafts.templates import phrase

    return phrase(lang, "placeholder", label=phrase(lang, "label_document"))


PAPER_WORDS = word_set(
    "the my a an and le la les de des du mon ma mes et copie copy form forms formulaire "
    "formulaires request demande"
)


def _same_paper(name: str, form: str) -> bool:
    """Does a document named in the item stand for the form itself ("DBS certificate" for
    "the DBS forms", "references' contact details" for "reference request")?"""

    def stems(text: str) -> set[str]:
        words = re.findall(r"[^\W\d_]+", fold(text))
        return {word[:5] for word in words if len(word) > 2 and word not in PAPER_WORDS}

    return bool(form) and bool(stems(name) & stems(form))


def split(
    items: list[str],
    lang: str,
    unsure: Collection[str] = (),
    needs: bool = False,
    forms: Mapping[str, str] | None = None,
    days: tuple[date, date] | None = None,
) -> tuple[list[str], list[Asked]]:
    """The items that are notes, and the documents the others ask the candidate to send or to
    bring (to the stage the item, or else its field, names: `handover.stage`). `unsure`: the
    items whose line the candidate doubted, never a promise. `needs`: the items say what the
    job needs, where a qualification named is asked for only with a word handing it over.
    `forms`: the name of the form an item says the recruiter sends to be returned
    (`returned.read`, which reads this module's names: the caller asks it). `days`: the
    interview's day and the sending day, when known: a document due by the sending day is
    sent with the e-mail, never promised for later."""
    notes: list[str] = []
    documents: list[Asked] = []
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else ""
        doubt = item in unsure or doubted(item) or bool(doubted_next(following))
        doubt = doubt or (needs and _qualification(item) and not _handed_over(item, lang))
        doubt = doubt or bool(ON_OUTCOME[lang].search(item))  # asked only once hired
        parts = [] if doubt else named_parts(item, lang)
        if not parts and not doubt and (labelled := _labelled(item, lang)):
            item, parts = labelled, named_parts(labelled, lang)
        # "she's sending DBS forms + reference request, fill in and return asap" (writer BD's
        # bd36): forms the recruiter sends are said once, by `returned`, never also "I will
        # send you my DBS certificate"; what goes with them is still sent (t13's « + copie
        # livret de famille + diplômes »)
        form = (forms or {}).get(item, "")
        parts = [(name, part) for name, part in parts if not _same_paper(name, form)]
        # « cas HACCP à renvoyer sous huit jours » (writer BH's bh24): work handed in
        # (`deliverables`), never « je vous transmets mon cas HACCP »
        if deliverables.handed_in(item, lang):
            parts = [
                (name, part) for name, part in parts if not deliverables.names_work(part, lang)
            ]
        if not parts:
            notes.append(item)
            continue
        bring = handover.brought(item, lang)
        when = handover.stage(item, items, lang) if bring else ""
        due_by = not bring and due_later(item, lang, days)
        for name, part in parts:
            name = _signed(_copy_of(name, item, lang), item, lang)
            said = handover.as_brought(name, part, lang) if bring else name
            # "attestation (dès reçue) + …": that part only is sent on receipt
            pending = PENDING.get(lang, handover.NEVER)
            # "PVG scheme membership – I need to apply": the item's one document is pending
            later = bool(pending.search(part) or (len(parts) == 1 and pending.search(item)))
            document = Asked(
                said, bring, when, handover.agreed(item, lang), later, due_by and not later
            )
            if document not in documents:
                documents.append(document)
    return notes, documents


def sends(item: str, lang: str) -> bool:
    """Does the note say a paper is sent ("envoyer", "send", "upload")?"""
    return lang in SEND and bool(SEND[lang].search(fold(item)))


# A document typed as the label of its request (writer BH: « 1) références : envoyer 2
# contacts d'anciens managers d'ici mardi 11 », "references: 2, one must be my practice
# assessor"): the request is for the document the label names.
LABELLED = {
    "fr": re.compile(
        r"^(?P<label>[^,]{3,30}),\s+(?:(?P<verb>envoyer|transmettre|fournir)\s+)?(?P<rest>\d.*)$"
    ),
    "en": re.compile(
        r"^(?P<label>[^,]{3,30}),\s+(?:(?P<verb>send|email|provide)\s+)?(?P<rest>\d.*)$"
    ),
}
SEND_WORD = {"fr": "envoyer", "en": "send"}
# referees counted after their label ask for them without a verb: "references: 2"
REFERENCES = re.compile(r"^(?:\d\)\s*)?(?:références|references|refs|referees)$", re.I)


def _labelled(item: str, lang: str) -> str:
    """The request said with its label first (« envoyer références, 2 contacts … »), or ""
    when the label names no document."""
    found = LABELLED[lang].match(item) if lang in LABELLED else None
    if found is None or not (found["verb"] or REFERENCES.match(found["label"].strip())):
        return ""  # « CACES, 3 et 5 », « salaire, 2000 net »: no request
    rewritten = f"{SEND_WORD[lang]} {found['label']}, {found['rest']}"
    return rewritten if named_parts(f"{SEND_WORD[lang]} {found['label']}", lang) else ""
