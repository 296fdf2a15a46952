"""What a part of a document request says beside the document's name.

"envoyer par courriel copie du DEP" (how it is sent), "…, en mettant le projet en avant" (a
gerund: how to write it), "will send the link" (what the recruiter sends), "transmettre aux
jeunes" (no object: nothing handed over), "ASP construction la première journée" (an
article after the name begins a day). `documents` reads each part with these first, so that
only a document's name is ever promised ("ma planif" is no French noun: a marked place).

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts import gender
from relance.drafts.privacy import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# How it is sent says nothing of what: "envoyer par courriel copie du DEP".
HOW_SENT = {
    "fr": re.compile(
        r"\b(?:par|en)\s+(?:e-?mail|mail|courriel|sms|courrier|pi[eè]ce jointe)\b", re.I
    ),
    "en": re.compile(r"\b(?:by|via|over)\s+(?:e-?mail|mail|text|post)\b", re.I),
}
# When it is due says nothing of what: "envoyer par mail avant vendredi 16 : carte pro…",
# "send … by fri 16th", "pour le 20/10".
_DAY = (
    r"(?:(?:le|the)\s+)?(?:(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|"
    r"demain|tomorrow|\d{1,2}(?:er|st|nd|rd|th|e)?(?:[/.]\d{1,2}(?:[/.]\d{2,4})?)?)"
)
_DAY_MORE = (
    r"(?:\s+(?:\d{1,2}(?:er|st|nd|rd|th)?(?:[/.]\d{1,2})?|(?:janv|f[ée]v|mars|avr|mai|juin|"
    r"juil|ao[uû]t|sept?|oct|nov|d[ée]c|jan|feb|mar|apr|may|jun|jul|aug)[a-zéû]*\.?|"
    r"(?:à|a|at)\s+\d{1,2}\s*(?:h\d*|am|pm)|\d{1,2}\s*(?:h\d*|am|pm))\b)*"
)
DUE = {
    "fr": re.compile(rf"\b(?:avant|d'ici|pour|au plus tard|jusqu'au)\s+{_DAY}{_DAY_MORE}", re.I),
    "en": re.compile(rf"\b(?:by|before|no later than|until)\s+{_DAY}{_DAY_MORE}", re.I),
}
# A part that says only how it goes: "courriel : envoyer mes relevés" names no "courriel".
MEANS_ONLY = re.compile(r"^\s*(?:par\s+|by\s+)?(?:courriel|e-?mail|mail|sms|texto|text)\s*$", re.I)
# The candidate doubts the request: "relevés de notes AMF?? pas sure — demander".
UNSURE = re.compile(
    # « dernier avis d'imposition? (a verifier) » typed without its accents (writer BW's bw03)
    r"\?\?|\bpas\s+s[uû]re?s?\b|\bnot\s+sure\b|\bunsure\b|(?<!\w)[àa]\s+(?:v[ée]rifier|confirmer)\b|"
    r"\btbc\b|"
    # The candidate's own question, not the recruiter's request: "j'ai oublié de demander
    # pour l'attestation, c'est lui qui la fait ?", "ask her if I need my passport".
    # "apporter pass vaccinal ? + tenue fournie" (writer AH's ah16): the doubt before the
    # list goes on
    r"\?\s*(?:$|[+,;/&])|\b(?:oubli\w* de|penser à|faut|dois|lui|leur)\s+(?:lui\s+)?demander\b|"
    r"\bdemander\s+(?:si|s'|pour)\b|"
    # The candidate guessing what will be asked: "ils vont le demander", "they'll ask for it".
    r"\b(?:va|vont|risquent?\s+de)\s+(?:(?:le|la|les|l'|me|m')\s*){0,2}demander\b|"
    r"\b(?:will|'ll|might|may)\s+(?:probably\s+)?ask\s+(?:for\s+)?(?:it|them|one)\b|"
    r"\b(?:forgot to |to )?ask\s+(?!for\b)\w+\s+(?:if|whether|about)\b",
    re.I,
)
# A doubt typed as an aside of its own: "(pas sûr qu'ils l'aient demandée)".
UNSURE_NEXT = re.compile(
    r"^\s*\(?\s*(?:pas\s+s[uû]re?s?|not\s+sure|unsure|[àa]\s+v[ée]rifier|tbc)\b", re.I
)
# A list's part that is a gerund ends the documents: what follows says how to write them.
GERUND = {
    "fr": re.compile(r"(?:en|tout en)\s+\w+ant\b", re.I),
    "en": re.compile(r"(?:by\s+)?(?!bring\b)\w{3,}ing\s+(?:the|my|it|them|on|in|up|out)\b", re.I),
}
# A part whose verb is another's future or present: "will send the link", "elle envoie".
OTHERS_DO = {
    "fr": re.compile(
        r"(?:(?:il|elle|ils|elles|on)\s+)?(?:va|vont|enverra|enverront|envoie|envoient)\b", re.I
    ),
    "en": re.compile(
        r"(?:(?:she|he|they|it)\s+)?(?:will|'ll|sends|is sending|are sending)\b", re.I
    ),
}
# Words no document's name begins with: "transmettre aux jeunes" hands nothing over.
FR_NOT_FIRST = _words("a à au aux en par pour sur avec chez dans sans vers que qui ou où si")
EN_NOT_FIRST = _words("to at in on by for with from into about than that which who if")


def fr_head_known(words: list[str]) -> bool:
    """The document's head is a French noun or an acronym: "ma planif" is neither."""
    for word in words:
        bare = word.strip('.,;:!?"')
        if bare.lower() in FR_DETERMINERS or bare.lower() in ("copie", "copies", "de", "d'"):
            continue
        head = bare.split("'")[-1]
        return any(ch.isupper() or ch.isdigit() for ch in head) or gender.is_noun(head)
    return False


FR_DETERMINERS = _words("le la les l un une des du mon ma mes son sa ses votre vos leur leurs")
FRAME_LINKS = _words("de d du des à a au aux pour sur par avec en et ou")


# Given back, with "the": the employer's own thing (the van, the keys), no document of the
# candidate's ("ramener le camion propre", "return the van fuelled"): a document the table
# knows, given with "the" ("ramener le RIB"), is still acknowledged.
RETURNED = {
    "fr": re.compile(r"\b(?:ramener|rapporter|rendre|ramene|rapporte|rend)\s+(?:le|la|les|l')\b"),
    "en": re.compile(r"\b(?:return|returns|bring back|brings back)\s+the\b|\bbring the \w+ back\b"),
}


# "(passeport ou CNI)": one of the two, not both.
EITHER = {"fr": re.compile(r"\sou\s"), "en": re.compile(r"\sor\s")}
COPY_OF = {"fr": "la copie de ", "en": "a copy of "}


def either(first: str, second: str, lang: str) -> str:
    copy = COPY_OF[lang]
    if first.startswith(copy) and second.startswith(copy):
        link = " ou de " if lang == "fr" else " or "
        return copy + first[len(copy) :] + link + second[len(copy) :]
    return first + (" ou " if lang == "fr" else " or ") + second


# A request typed after another note of the same item: "visite de l'unité + une matinée en
# doublure mardi, apporter certificat…": what precedes the verb is no object of it.
LATER_REQUEST = {
    "fr": re.compile(
        r"[,;+.]\s*(?:(?:il\s+)?(?:faut|faudra)\s+|je\s+dois\s+)?(?:lui\s+|leur\s+)?"
        r"(?:envoyer|renvoyer|transmettre|faire parvenir|apporter|amener|ramener)\b",
        re.I,
    ),
    "en": re.compile(
        r"[,;+.]\s*(?:(?:i\s+)?(?:need|have|must)\s+to\s+)?(?:send|resend|email|forward|upload|"
        r"bring)\b",
        re.I,
    ),
}


def from_request(text: str, lang: str) -> str:
    """The item from its request on, when the request follows another note."""
    found = LATER_REQUEST[lang].search(text) if lang in LATER_REQUEST else None
    return text[found.start() + 1 :] if found else text


def outside_brackets(pattern: re.Pattern[str], text: str) -> list[str]:
    """The text split at the pattern, but not inside brackets: "mes références (nice + cannes)"
    is one part, its aside the places the references come from."""
    masked, depth = [], 0
    for char in text:
        depth += char == "("
        masked.append("\x00" if depth and char != "(" and char != ")" else char)
        depth -= char == ")" and depth > 0
    parts, start = [], 0
    for found in pattern.finditer("".join(masked)):
        if found.start() == found.end():
            continue
        parts.append(text[start : found.start()])
        start = found.end()
    parts.append(text[start:])
    return parts


# Words that name no document: what they stand for is for the candidate to write.
VAGUE = _words(
    "ce ca tout tous truc trucs chose choses qu que qui quoi quelle quelles quel quels "
    "thing things stuff what whatever everything it that this which who originaux originals"
)
# Sent, but no document: "envoyer un mail de remerciement", "send a thank you note".
MESSAGES = re.compile(
    r"\b(?:un|une|le|des|mon|petit|a|an|the|my|quick)\s+(?:thank[- ]you\s+)?"
    r"(?:mail|mails|e-mail|email|message|sms|texto|mot|text|note)\b|\bremerci|\bthank|"
    # "lui envoyer mail demain matin": a message, typed without its article
    r"\b(?:envoyer|renvoyer|send|drop)\s+(?:(?:lui|leur|her|him|them)\s+)?"
    r"(?:mail|e-?mail|message|sms|texto|text)\b"
)


def not_document(text: str) -> bool:
    """'un mail de remerciement', 'lui envoyer mail': a message sent, no document."""
    return bool(MESSAGES.search(fold(text)))


# A licence the job requires is no licence asked for: "permis B obligatoire, camion fourni",
# "need a driver w/ own car, full licence", "class 3 licence needed", "relevé de points du
# permis à demander" (the candidate is to request it). Only a verb of handing it over, or the
# recruiter asking for it, makes a promise ("envoyer copie du permis", "she asked for my
# licence", "licence both sides").
LICENCE = re.compile(r"\b(?:permis|licen[cs]es?|licencia)\b")
HANDED = {
    "fr": re.compile(
        r"\b(?:envoi|envoy|renvoi|renvoy|transmet|transmis|faire parvenir|joindre|scan|copie|"
        r"apport|amen|ramen|fournir\b|donner|present(?:er|ez)\b|venir avec|depos|upload|mailer|"
        r"par mail|recto|vienne avec|passer (?:a|au|aux|en|chez) [^,;]*\bavec\b|"
        r"(?:il|elle|ils|on)\s+(?:me\s+|m')?(?:demande|veu[tl]|voudrai))"
    ),
    "en": re.compile(
        r"\b(?:send|resend|sent|email|e-mail|forward|provide|bring|upload|share|cop(?:y|ies)|"
        r"scan|with me|on the day|have\b[^,;]{0,40}\bwith me|both sides|"
        r"(?:asked|asks|wants?|needs?)\s+(?:for\s+)?"
        r"(?:my|a copy|copies))"
    ),
}


def licence_required(item: str, lang: str) -> bool:
    """The item names a licence without anyone handing it over: a requirement, no promise."""
    folded = fold(item)
    return bool(LICENCE.search(folded)) and not HANDED[lang].search(folded)
