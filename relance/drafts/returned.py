"""A form the recruiter sends the candidate, to be returned: acknowledged in the future.

"le rectorat m'envoie le dossier de recrutement par mail, à retourner complété (rib, diplome,
casier, attestation secu) avant jeudi 15", "he emails the apprenticeship registration + union
forms, fill and send back": the form has not arrived, so nothing is attached now ("Comme
convenu, je vous transmets l'attestation demandée" was wrong); the catch-up says it will come
back, with the deadline while it is still ahead: "Je vous retournerai le dossier de recrutement
complété, avec les pièces demandées, d'ici le jeudi 15 octobre." / "I will complete and return
the apprenticeship registration and union forms." A document the candidate sends on their own
is the documents sentence (`documents.py`); a form the recruiter fills is no return ("il envoie
le contrat au CFA"); a test to hand back is a deliverable (`deliverables.py`).

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from relance.drafts import dates, deliverables, documents, elision, gender, typed_days
from relance.drafts.step_cues import ON_OUTCOME
from relance.drafts.templates import phrase

# The recruiter sends it to the candidate: "m'envoie", "va m'envoyer", "he emails", "HR will email".
SENT_TO_ME = {
    "fr": re.compile(
        r"\b(?:m'|me\s+)(?:envoi\w*|envoy\w*|transmet\w*|fai[rt]e?\s+parvenir|mail\w*)\s+"
        # « elle m'envoie par courriel la demande … à renvoyer signée » (writer AB's ab07)
        r"(?:par\s+(?:mail|courriel|e-?mail|sms|texto)\s+)?"
        # "il envoie par mail le plan de commission … à renvoyer signé" (n03, n08): to the
        # candidate, since it comes back; a return is still required below
        r"|\b(?:il|elle|ils|elles|on)\s+(?:va\s+|vont\s+)?(?:envoie|envoient|envoyer|enverra|"
        r"enverront)\s+(?:par\s+(?:mail|courriel)\s+)?"
        r"(?=(?:le|la|les|un|une|des)\s)",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:she|he|they|hr|recruiter|it)(?:'ll|'s|\s+will|\s+is\s+going\s+to|\s+is)?\s+"
        r"(?:send|sends|sending|email|emails|emailing|e-mail|e-mails|forward|forwards|"
        r"post|posts|posting|mail|mails|mailing)"
        r"(?:\s+(?:out|over|across|through))?"  # "posting out the PVG form" (writer AP's ap27)
        r"(?:\s+me)?\s+"
        # any sender, "me" typed: "adecco send me right to work form on email" (writer AB)
        r"|\b(?:send|sends|sending|email|emails|emailing|forward|forwards)\s+me\s+",
        re.I,
    ),
}
# The form named before the recruiter sends it: "sign the NDA he's sending and send it back".
AND_NEXT = re.compile(r"\s*(?:and|&|\+)\s", re.I)
NAMED_BEFORE = {
    "en": re.compile(
        r"(?P<name>\b(?:the|my|an?)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:that\s+|which\s+)?$", re.I
    ),
}
# Returned by the candidate: "à retourner", "je dois la retourner", "fill and send back".
RETURN = {
    "fr": re.compile(r"\b(?:retourner|renvoyer|ramener|rendre|renvoie|retourne)\b", re.I),
    "en": re.compile(r"\b(?:send\s+(?:it\s+|them\s+)?back|return)\b", re.I),
}
# Where the form's name ends: how it comes, when, what is done with it.
NAME_END = {
    "fr": re.compile(
        # an arrow ends the name too: "la charte → à renvoyer signées" (writer R's r16)
        r"\s*(?:\(|,|;|\s[-–—]\s|→|->|=>|\bpar\s+(?:mail|courriel|e-?mail|courrier|la poste)\b|"
        # how it comes is no word of its name: « … déclaration d'intérêts envoyées par mail »
        # (writer BW's bw03)
        r"\b(?:envoy|transmis|re[çc]u)\w*\s+(?:par|à|a|au|ce|demain|cette)\b|"
        r"\b(?:à|a)\s+(?:retourner|renvoyer|remplir|relire|compl[ée]ter|signer|faire|rendre)\b|"
        r"\b(?:qu[ei]\s+je\s+dois|ce soir|demain|cette semaine|lundi|mardi|mercredi|jeudi|"
        # when it is sent: « le contrat sous huitaine a renvoyer signé » (bt06)
        r"vendredi|sous\s+(?:huitaine|quinzaine|\d+\s*jours?)|dans\s+la\s+semaine)\b)",
        re.I,
    ),
    "en": re.compile(
        r"\s*(?:\(|,|;|\s[-–—]\s|→|->|=>|\bby\s+(?:e-?mail|post)\b|\bto\s+(?:fill|sign|complete|return)\b|"
        # a relative clause says what is done with it: "reference forms which I must return
        # completed by Wednesday" (writer BD's bd39)
        r"\b(?:which|that|i\s+must|i\s+need\s+to|i\s+have\s+to)\b|"
        r"\b(?:tonight|tomorrow|tmrw|today|this week|next week|by|before|on|"
        # a day typed after the form is when it comes, never its name ("the form Thursday")
        r"mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|"
        r"sat|saturday|sun|sunday)\b)",
        re.I,
    ),
}
# What the candidate does to the form before returning it.
FILLED = {
    "fr": (
        (re.compile(r"\bsign", re.I), "signé"),
        (re.compile(r"\b(?:compl[ée]t|rempli)", re.I), "complété"),
    ),
    "en": (
        (re.compile(r"\bsign", re.I), "sign"),
        # the candidate's own verb: "GP fills it" is someone else's (writer H, h38)
        (re.compile(r"\b(?:fill|filled|complete|completed)\b", re.I), "complete"),
    ),
}
# What goes back with it: "avec ma carte ASP", "(rib, diplome, casier)" after the return.
WITH = {
    "fr": re.compile(r"\bavec\s+(.+?)(?=\s+(?:avant|d'ici|pour le|,|;|début)\b|$)", re.I),
    "en": re.compile(r"\bwith\s+(.+?)(?=\s+(?:by|before|asap|,|;)\b|$)", re.I),
}
# Where the deadline is said, after the return: "avant jeudi 15", "by Friday"; "début prévu le 3"
# later in the note is the start, no deadline.
DEADLINE = {
    "fr": re.compile(r"\b(?:avant|d'ici|au plus tard|pour)\b[^,;]*", re.I),
    "en": re.compile(r"\b(?:by|before|no later than)\b[^,;]*", re.I),
}
ASAP = {
    "fr": re.compile(r"\b(?:asap|d[èe]s que possible|rapidement|au plus vite)\b", re.I),
    "en": re.compile(r"\b(?:asap|as soon as possible|a\.s\.a\.p)\b", re.I),
}
BRACKET = re.compile(r"\(([^()]+)\)")
AND = {"fr": re.compile(r"\s*(?:\+|&|\bpis\b)\s*", re.I), "en": re.compile(r"\s*[+&]\s*")}
FR_ARTICLE = re.compile(r"^(?:le|la|les|l'|un|une|des|mon|ma|mes)\b", re.I)
INDEFINITE = re.compile(r"^(?:un|une|des)\s+(?=\w)", re.I)
EN_ARTICLE = re.compile(r"^(?:the|a|an|my|some)\b", re.I)
# "she'll email it Thursday", "he's sending them over": a pronoun names no form (writer N's
# n40 read "I will return the it Thursday"); the form is named elsewhere or not at all.
EN_PRONOUN = re.compile(r"^(?:it|them|this|that|these|those|one|some|me|us|over|across)\b", re.I)
NAMED_PIECES = 2  # more documents than this go back as "the documents requested"


# Who signs a minor's form ("à faire signer par mes parents", "signed by my mum"): the
# parents are named as signers, which says nothing of the candidate's family life.
SIGNER = {
    "fr": re.compile(
        r"(\bsign\w*)\s+par\s+(?:mes|mon|ma)\s+(?:parents|père|mère|tuteur|tutrice|"
        r"représentants légaux)\b",
        re.I,
    ),
    "en": re.compile(
        r"(\bsign\w*)\s+by\s+(?:my\s+)?(?:parents|mum|mom|dad|guardian)\b"
        # "mum has to sign it since im 16": the signer first, and the age that says why
        r"|\b(?:my\s+)?(?:parents|mum|mom|dad|guardian)\s+(?:has|have|needs?|must)\s+to\s+"
        r"(sign)(?:\s+it)?(?:\s+(?:since|as|because)\s+i'?m\s+\d+)?",
        re.I,
    ),
}


def without_signer(item: str, lang: str) -> str:
    """The note without who signs the form, for the privacy screen: the sentence quotes only
    the form's name, and "signer par mes parents" is no family detail (a minor's form)."""
    return SIGNER[lang].sub(lambda found: found.group(1) or found.group(2), item)


@dataclass(frozen=True)
class Returned:
    name: str  # "le dossier de recrutement", "the onboarding packet"
    filled: str = ""  # "complété", "signé" / "complete", "sign"
    pieces: str = ""  # what goes back with it, as the sentence says it
    day: date | None = None
    soon: bool = False  # "sign & return asap"


# A form named first, to fill and return, with no sender named ("formulaire d'habilitation à
# remplir et renvoyer sous 8 jours"): the recruiter handed it over or sends it, the candidate
# returns it all the same. French only: no English note of the bench names one so.
FORM_FIRST = {
    "fr": re.compile(
        r"^(?:(?:le|la|les|un|une|mon|ma|mes)\s+)?(?:formulaire|dossier|fiche|cerfa)s?\b"
        r"(?=[^,;]*\b(?:à|a)\s+(?:remplir|compl[ée]ter|signer)\b)",
        re.I,
    ),
}


FORM_THEN_IT = re.compile(
    r"^(?P<name>(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,3}?(?:forms?|application|questionnaire|"
    r"contract|paperwork))\s+(?:she|he|they|hr)\b",
    re.I,
)


def read(item: str, lang: str, interview_day: date) -> Returned | None:
    """The form this note says the recruiter sends for the candidate to return, or None."""
    if deliverables.handed_in(item, lang):
        return None
    sent = SENT_TO_ME[lang].search(item)
    form_first = FORM_FIRST.get(lang)
    if sent is None and form_first is not None and form_first.match(item.strip()):
        # the form's name begins the note: read it from the start
        return _read_from(item.strip(), 0, lang, interview_day)
    back = RETURN[lang].search(item, sent.end()) if sent is not None else None
    before = NAMED_BEFORE.get(lang)
    if sent is not None and back is not None and before and AND_NEXT.match(item, sent.end()):
        # "sign the NDA he's sending and send it back" (writer AB's ab38): named before
        found = before.search(item[: sent.start()])
        name = _name(found.group("name"), lang) if found else ""
        return _returned(item, name, item[back.start() :], lang, interview_day) if name else None
    if sent is not None and back is not None and lang == "en":
        # "garda vetting form they post it to me to sign and send back" (writer BO's bo28):
        # the form named first, then "it"
        first = FORM_THEN_IT.match(item)
        if first and EN_PRONOUN.match(item[sent.end() :]):
            name = _name(first["name"], lang)
            return (
                _returned(item, name, item[back.start() :], lang, interview_day) if name else None
            )
    if sent is None or back is None or _own_after(item, sent.end(), lang):
        # "he's emailing the offer and I need to fill in the health form": the candidate
        # returns the form named with their own verb, not what the recruiter sends
        return _own(item, lang, interview_day)
    return _read_from(item, sent.end(), lang, interview_day, back)


def _read_from(
    item: str, start: int, lang: str, interview_day: date, back: re.Match[str] | None = None
) -> Returned | None:
    """The form named from `start` on, returned after it (`back`, if already found), or None."""
    back = back or RETURN[lang].search(item, start)
    if back is None:
        return None
    name = _name(item[start:], lang)
    if not name:
        return None
    return _returned(item, name, item[back.start() :], lang, interview_day)


# A form the candidate must fill, with no sender named (session 13): "need to fill out
# availability form + background check link", "registration + union forms, fill and send
# back". The name ends on a form's noun, so what is listed after it is never taken along.
FORM = r"(?:[\w&-]+\s+){0,4}?(?:forms?|packet|paperwork|questionnaire|declaration)"
LISTED_FORM = r"(?:[\w-]+(?:\s*[+&]\s*|\s+)){0,4}?(?:forms?|packet|paperwork|questionnaire)"
OWN_FORM = {
    "en": re.compile(
        # "need to do the online drug & alcohol form they email" (writer V's v35)
        r"\b(?:need\s+to|have\s+to|must|to)\s+(?:fill\s+(?:out|in)|complete|sign|do)\s+"
        rf"(?:and\s+(?:return|send\s+back)\s+)?(?P<name>(?:(?:the|my|an?)\s+)?{FORM})\b"
        rf"|^(?P<first>(?:(?:the|my)\s+)?{LISTED_FORM})\s*,?\s*(?:to\s+)?"
        r"(?:fill(?:\s+(?:out|in))?|complete|sign)\s+(?:and|&|\+)\s+"
        r"(?:return|send\s+(?:it\s+|them\s+)?back)\b"
        # "Occupational health form to be returned beforehand." (writer V's v39)
        rf"|^(?P<passive>(?:(?:the|my|an?)\s+)?{FORM})\s+to\s+be\s+"
        r"(?:returned|sent\s+back|completed\s+and\s+returned)\b",
        re.I,
    ),
}


def _own_after(item: str, start: int, lang: str) -> bool:
    return lang in OWN_FORM and OWN_FORM[lang].search(item, start) is not None


def _own(item: str, lang: str, interview_day: date) -> Returned | None:
    """The form the candidate is to fill and return, no sender named, or None."""
    found = OWN_FORM[lang].search(item) if lang in OWN_FORM else None
    if found is None:
        return None
    name = _name(found.group("name") or found.group("first") or found.group("passive"), lang)
    return _returned(item, name, item[found.end() :], lang, interview_day) if name else None


def _returned(item: str, name: str, after: str, lang: str, interview_day: date) -> Returned:
    filled = next((said for pattern, said in FILLED[lang] if pattern.search(item)), "")
    deadline = DEADLINE[lang].search(after)
    day = typed_days.first_day(deadline.group(), lang, interview_day) if deadline else None
    return Returned(name, filled, _pieces(after, lang), day, bool(ASAP[lang].search(after)))


# What follows "sends me" when the thing sent was named before it: the means or the time.
NO_NAME = re.compile(r"^(?:par|via|sur|ce|cet|cette|demain|by|on|tonight|tomorrow|today)\b", re.I)


# A link is sent for the form it opens: "I will complete and return the link" is no English
LINK = re.compile(r"^(?:the\s+|a\s+|le\s+|un\s+)?(?:link|url|lien)s?$", re.IGNORECASE)
ONLINE_FORM = {"fr": "le formulaire en ligne", "en": "the online form"}


def _name(rest: str, lang: str) -> str:
    end = NAME_END[lang].search(rest)
    typed = rest[: end.start()] if end else rest
    if lang == "fr":
        name = AND[lang].sub(" et ", typed)
    else:  # "the DBS form, health questionnaire and references form": one "and", at the end
        parts = [part for part in AND[lang].split(typed) if part.strip()]
        name = " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
    name = " ".join(name.split())
    if lang == "en" and EN_PRONOUN.match(name):
        return ""
    if NO_NAME.match(name):
        return ""  # « qu'elle m'envoie par wetransfer ce soir » (bn21): how, not what
    if LINK.match(name):  # "she emails the link" (writer BO's bo27): the form it opens
        return ONLINE_FORM[lang]
    # two forms named in full ("le plan de commission et la fiche de poste"): the "et"
    # joining them is no word of their names
    if not name or len([word for word in name.split() if word not in ("et", "and")]) > 8:
        return ""
    if lang == "fr":
        parts = [_fr_determined(part) for part in name.split(" et ")]
        # "le contrat, la fiche mutuelle et la fiche de liaison": one "et", at the end
        return " et ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
    return name if EN_ARTICLE.match(name) else "the " + name


def _fr_determined(name: str) -> str:
    """Each form listed with its own article, agreed with its head ("la fiche de
    renseignements et le formulaire TD1", never "le fiche … et formulaire TD1"); a head
    followed by bare nouns typed in a row ("formulaire extrait casier B2") is said as its
    head alone: the recruiter who sends it knows which."""
    # The form is the recruiter's, sent for the candidate to return: the one both know, "le
    # questionnaire", never "un questionnaire" as the note typed it (writer I's reader).
    name = INDEFINITE.sub("", name)
    if FR_ARTICLE.match(name):
        return name
    words = name.split()
    head = words[0].lower()
    if len(words) > 2 and all(_bare_noun(word) for word in words[1:3]):
        words = words[:1]  # "formulaire extrait casier B2"; "attestation employeur" stays
    elif len(words) == 2 and head in LINKED_HEADS and _bare_noun(words[1]):
        # « formulaire habilitation » (writer BW's bw12): « le formulaire d'habilitation »
        words = [words[0], ("d'" if elision.elides(words[1]) else "de ") + words[1]]
    plural = head.endswith(("s", "x")) and gender.is_noun(head) and head[:-1] in gender.dictionary()
    if plural:
        article = "les "
    elif elision.elides(head):
        article = "l'"
    else:
        article = "la " if gender.noun_gender(head) == gender.FEM else "le "
    return article + " ".join(words)


# Heads that take their complement with « de »: « dossier de candidature », « fiche de poste »
LINKED_HEADS = frozenset({"formulaire", "questionnaire", "dossier", "fiche", "demande"})


def _bare_noun(word: str) -> bool:
    return word.islower() and word.isalpha() and gender.is_noun(word)


def _pieces(after: str, lang: str) -> str:
    """What goes back with the form: named when the notes name one or two known documents,
    else "the documents requested", never a list pasted from the notes."""
    bracketed = BRACKET.search(after)
    found = bracketed or WITH[lang].search(after)
    if found is None:
        return ""
    typed = AND[lang].sub(", ", found.group(1))
    work = next((name for pattern, name in deliverables.KINDS[lang] if pattern.search(typed)), "")
    if work:  # « à signer et retourner avec le test » (writer BA's ba14): the work handed in
        return work
    verb = "envoyer" if lang == "fr" else "send"
    names = [name for name in documents.named(f"{verb} {typed}", lang) if "[" not in name]
    if 0 < len(names) <= NAMED_PIECES and len(names) == len(typed.split(",")):
        return " et ".join(names) if lang == "fr" else " and ".join(names)
    # an aside that names no document is no piece: « (ça prend 3 semaines) » (writer BC's bc28)
    return phrase(lang, "returned_pieces") if names or not bracketed else ""


def _fr_state(name: str, filled: str) -> str:
    """'complété' agreed with the form: 'la fiche complétée', 'le contrat et la fiche signés'."""
    plural = name.startswith(("les ", "des ", "mes ")) or " et " in name
    # feminine when every form listed is ("les fiches de paie complétées", "l'attestation …")
    heads = [FR_ARTICLE.sub("", part).strip(" '") for part in name.split(" et ")]
    feminine = all(gender.phrase_gender(head) == gender.FEM for head in heads)
    return filled + ("e" if feminine else "") + ("s" if plural else "")


def sentence(items: list[str], lang: str, interview_day: date, send_on: date) -> tuple[str, str]:
    """The sentence promising the form back, and the note it came from; ("", "") when none."""
    for item in items:
        form = None if ON_OUTCOME[lang].search(item) else read(item, lang, interview_day)
        if form is None:
            continue  # « si ok ils m'envoient le dossier… »: sent once hired, if ever
        when = dates.by_day(form.day, send_on, lang) if form.day else ""
        if not when and form.soon:
            when = " " + phrase(lang, "returned_soon")
        if lang == "fr":
            what = form.name + (" " + _fr_state(form.name, form.filled) if form.filled else "")
            pieces = f", avec {form.pieces}," if form.pieces and when else ""
            pieces = pieces or (f" avec {form.pieces}" if form.pieces else "")
        else:
            what = form.name
            pieces = f" with {form.pieces}" if form.pieces else ""
        key = "returned_filled" if lang == "en" and form.filled else "returned"
        if lang == "en" and re.search(r"\bonline\b", form.name, re.I):
            key = "returned_online"  # a form filled on a site is sent by completing it
        said = phrase(lang, key, what=what, pieces=pieces, when=when, filled=form.filled)
        return said, item
    return "", ""
