"""Documents the recruiter asked for, acknowledged in the message.

"lui renvoyer copie caces par mail" or "she wants 2 references" is not a note to list: it is
a promise to keep. Such an item leaves the lists and becomes one sentence: "Comme convenu, je
vous transmets la copie de mes CACES." / "As agreed, I will send you my references' contact
details." The documents and how the sentence names them are in
`templates/<lang>/documents.txt`; an item listing several ("NMC PIN + immunisation records",
"passport/share code") is split, and a part the table does not know is said as typed ("my
signed contract form"), so that nothing the recruiter asked for is lost. What the recruiter
sends the candidate, and a qualification the job requires ("a degree"), are not promises.
This module names the papers; which items are requests, and how each promise is said, is
`document_requests`.
"""

from __future__ import annotations

import re
from functools import cache

from relance.drafts import deliverables, document_shape, handover, templates
from relance.drafts import document_parts as parts
from relance.drafts.document_typed import COPY, as_typed, has_noun, names_something
from relance.drafts.privacy import fold
from relance.drafts.privacy import reason as private
from relance.drafts.templates import read

# A document named without a request is a fact ("caces 1 et 3 à jour"), not a promise.
ASKED = {
    "fr": re.compile(
        r"\b(?:envoi|envoy|renvoi|renvoy|transmet|transmis\b|fourni[rs]?\b|apport|amen|demand|"
        r"veu[tx]\b|voul|besoin|faire parvenir|faut|scan|joindre|copie|par mail|mailer|ramen|"
        r"donner|redonner|depos|upload|present(?:er|ez)\b|venir avec|vienne avec|"
        r"passer (?:a|au|aux|en|chez) [^,;]*\bavec\b)",
    ),
    "en": re.compile(
        # "bring up the rota next time": raising a subject, nothing handed over
        r"\b(?:send|resend|sent|email|e-mail|forward|provide|bring(?! up\b)|ask|want|need|upload|"
        r"submit|share|copy|copies|scan|have\b[^,;]{0,40}\bwith me\b|on the day|"
        r"get .* to (?:her|him|them))",
    ),
}

# Words of asking that ask the candidate for nothing: the public's "demandes de CNI" are the
# job's work (writer AI's ai15), a certificate "(they provide)" is the employer's to give.
NOT_ASKING = {
    # « il lui faut quelqu'un avec le CACES 5 » (writer AJ's aj03): a person required, not a
    # document asked for
    "fr": re.compile(
        r"\b(?:les|des|aux|la|une|de|nos|vos|leurs)\s+demandes?\b|"
        r"\b(?:faut|besoin\s+d['’ ]?|cherchent?|recherchent?)\s*quelqu['’ ]?\s*un\b|"
        # « faut que je garde mes bulletins de salaire » (writer BG's bg19): kept, not sent
        r"\b(?:(?:il\s+)?faut\s+que\s+je\s+|je\s+dois\s+)?(?:garde|garder|gardez|conserve|"
        r"conserver|conservez)\s+(?:bien\s+)?(?:mes|mon|ma|les|le|la)\b|"
        # « ramener le délai à 14 jours »: a target, never a paper brought
        r"\bramener\s+(?:[\w'’-]+\s+){1,3}(?:à|a|sous)\s+\d+\s*(?:jours?|semaines?|mois|%)"
    ),
    "en": re.compile(
        r"\b(?:they|we|she|he|the\s+(?:company|employer|hotel|store|trust))\s+(?:will\s+|'ll\s+)?"
        r"(?:provide|pay|fund|cover|arrange)s?\b|\bprovided\b|"
        r"\b(?:need|needs|want|wants|looking\s+for)\s+(?:someone|somebody|a\s+person)\b|"
        r"\b(?:(?:i\s+)?(?:need|have|must)\s+to\s+)?keep\s+(?:hold\s+of\s+)?(?:my|the)\b|"
        # "bring turnaround to 14 days" (writer BK's bk31): a target, never a paper brought
        r"\bbring\s+(?:[\w-]+\s+){1,3}(?:(?:down|up)\s+)?(?:to|under|below)\s+\d+\s*"
        r"(?:days?|weeks?|months?|%|percent|per\s+cent)"
    ),
}


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set to test membership."""
    return frozenset(text.split())


# Verbs that say "send" and nothing else: only with one of them does a part that names no known
# document still count as one ("need someone to run the grill" asks for no document). Not
# "scan": scanning parcels is a warehouse task ("scanner les colis").
SEND = {
    "fr": re.compile(
        r"\b(?:envoi|envoy|renvoi|renvoy|transmet|transmis\b|faire parvenir|joindre|depos|"
        r"upload|copie d)"
    ),
    "en": re.compile(
        r"\b(?:send|resend|forward|upload|submit|cop(?:y|ies) of|e-?mail (?:over|across|through))\b"
    ),
}

# The recruiter sends to the candidate: "send me the rota", "elle va m'envoyer le planning".
TO_ME = {
    "fr": re.compile(
        # "Actual transmet", "la DRH envoie le contrat sous 8 jours" (writer O's o10)
        # « le cfa lui envoie le contrat d'apprentissage » (writer AM's am01): to the employer
        r"^(?!je\b|j')(?:(?:la|le|les)\s+|l')?\w+\s+(?:lui\s+|leur\s+|nous\s+)?"
        r"(?:transmet|transmettent|envoie|envoient)\b|"
        r"\b(?:m'|me |moi )(?:envoi|envoy|renvoy|transmet|faire parvenir|fai[rt]e? suivre|mail)|"
        r"\b(?:il|elle|ils|elles|on|rh)\s+(?:va |vont |doi[tv]e?n?t? |devrai[te]n?t? )?"
        r"(?:nous |me |m')?(?:envoi|envoy|renvoi|transmet)|"
        # what the employer issues, said sent: "contrat envoyé en octobre", "lien envoyé par mail"
        r"\b(?:contrat|convocation|planning|offre|promesse|lien)\b[^,;]*\b(?:envoye|transmis)|"
        r"\b(?:envoient|renvoient|transmettent)\b|"  # "ils font la DPAE et envoient le contrat"
        r"\b(?:envoye|transmis)e?s?\b[^,;]*\b(?:contrat|convocation|planning)\b|"
        # « le formulaire arrive par mail »: it comes to the candidate, who sends nothing yet
        # (« … à remplir et renvoyer » is the candidate's to return)
        r"^(?!.*\b(?:renvo\w*|retourn\w*|rempli\w*|sign\w*)\b).*?"
        r"\b(?:arrive|arrivent|arrivera|arriveront|vient|viendra)\s+par\s+(?:mail|e-mail|courrier)\b"
    ),
    "en": re.compile(
        r"\b(?:send|sends|sent|forward|email|e-mail)(?:ing)? me\b|\bto me\b|"
        r"\b(?:she|he|they|hr|recruiter)(?:'ll| will| would| is going to| should| must)?\s+"
        r"(?:send|sends|forward|forwards|email|emails|post|posts|mail|mails)\b|"
        r"\b(?:contract|offer|rota|invite|invitation)\b[^,;]*\bsent\b|"
        # "then DBS check, form comes by email" (writer AX's ax28): it comes to the candidate,
        # who sends nothing yet ("… fill in and send back" is the candidate's to return)
        r"^(?!.*\b(?:back|return\w*|fill\w*|sign\w*)\b).*?"
        r"\b(?:comes?|coming|arrives?|arriving|will\s+(?:come|arrive))\s+(?:by|via|in)\s+"
        r"(?:e-?mail|post|the\s+post)\b|"
        # "contract copy by email tonight" (writer AX's ax38): what the employer issues, sent
        # to the candidate; "signed contract … back" is the candidate's to return
        r"^(?!.*\b(?:sign\w*|back|return\w*)\b)\W*(?:the\s+)?(?:contract|offer\s+letter|rota)"
        r"(?:\s+copy)?\s+(?:by\s+e-?mail|by\s+post|in\s+the\s+post)\b|"
        # the consultant presents the candidate to the client ("Gillian puts my CV forward to
        # Deloitte today", writer N's n38): the CV goes on, nothing is asked of the candidate
        r"\bput(?:s|ting)?\s+(?:my\s+(?:cv|resume|profile|application|name)|me)\s+forward\b|"
        r"\b(?:puts|forwards|submits|presents|passes)\s+my\s+(?:cv|resume|profile|application)\b"
    ),
}
# What the recruiter said, quoted: no request unless a verb hands something over in it.
REPORTED = {
    "fr": re.compile(r"\b(?:a|ont|avait|m'a)\s+dit\b(?!\s+(?:de|d'|qu))"),
    "en": re.compile(r"\b(?:said|says)\b(?!\s+(?:to|i|we)\b)"),
}
HANDED = {
    "fr": re.compile(r"\b(?:envoi|envoy|renvoi|renvoy|transmet|apport|amen|ramen|fourni|joindre)"),
    "en": re.compile(r"\b(?:send|bring|provide|forward|upload|email)"),
}
# Asked for in so many words: "she asked for my github link + the dashboard sample".
REQUEST = {"fr": re.compile(r"\bdemand"), "en": re.compile(r"\bask")}
SHORT_PART = 3  # words of a list's part that may name a document without its own "send"

# A qualification the job asks for, then whether the candidate holds it: "diplome niveau 5
# demandé => j'ai pas, j'ai le DEAVS" (writer N's n07 read "je vous transmets la copie de mon
# diplôme"), "bts demandé, je l'ai". The participle alone, with no one who asked ("elle m'a
# demandé mon diplôme", "le diplôme qu'elle a demandé" are requests).
HELD_OR_NOT = re.compile(
    r"(?<!\ba )(?<!\bont )(?<!\bavait )\bdemandee?s?\s*(?:=>|->|=|:|,|\()?\s*"
    r"(?:j'ai\b|je l'ai\b|je ne l'ai\b|je n'ai\b|je l'aurai\b|pas\b|que j'ai\b|mais\b)"
)
# Something to obtain, renew or have recognised, not to send: « faut recyclage avant
# démarrage » (ab02, the candidate's BR had expired), « mon diplôme … pas reconnu, faut faire
# évaluer » (ab07), « reconnaissance SEFRI en cours », "need to renew first aid in December",
# "PVG scheme membership – I need to apply", "smart serve certificate → need to get the
# ontario one". A send said in the same note still makes it a request.
TO_OBTAIN = {
    "fr": re.compile(
        r"\bfaut\s+(?:faire\s+(?!parvenir\b)\w+|(?:\w+\s+){0,3}?avant\s+(?:le\s+|la\s+|de\s+)?"
        r"(?:demarrage|debut|commencer|demarrer|prise\s+de\s+poste|embauche))|"
        r"\bpas\s+reconnue?s?\b|\ben\s+cours\b|\breconnaissance\b|\brenouvel\w*|"
        r"\ba\s+(?:renouveler|obtenir|passer|refaire)\b|\brepass\w*|\bexpir\w*|"
        # « il faut le diplôme de porteur, ils forment » (writer AY's ay18): a requirement
        r"\bfaut\s+(?:le|la|les|l'|un|une|avoir)\b|\b(?:ils|elles|on)\s+(?:me\s+|vous\s+)?forme\w*"
    ),
    "en": re.compile(
        r"\b(?:renew\w*|apply|applied|applying|waiting|expir\w*|"
        r"needs?\s+(?:to\s+)?(?:get|updating|update|renew|redo|do)|to\s+get\s+(?:it|one|the|a))\b"
    ),
}
# Knowledge passed on, never a document sent: « transmettre mon savoir avant la retraite »
# (writer AC's ac13: « je vous transmets [à compléter : le nom du document demandé] »).
PASSED_ON = re.compile(
    r"\btransmettre\s+(?:(?:mon|ma|mes|le|la|les|l'|son|sa|ses|un|une|des|du|de)\s*)?"
    r"(?:savoir|passion|experience|connaissance|valeur|gout|metier|envie|amour)"
)
# "bring shrinkage down", "bring costs under control": a phrasal verb of results, no thing
BROUGHT_ABOUT = re.compile(
    r"\bbring(?:s|ing)?\s+(?:\w+\s+){1,3}?(?:down|up|round|around|together|forward|"
    r"under\s+control|in\s+line|back\s+on\s+track)\b"
)
# Brought along, which is handed over whatever is still to obtain: "bring licence + police
# clearance (apply online now)".
BROUGHT = {"fr": re.compile(r"\b(?:amen|apport|ramen)\w*"), "en": re.compile(r"\bbring\b")}
# Where an item lists several documents: "NMC PIN + immunisation records", "passport/share code".
PARTS = {
    "fr": re.compile(r"\s*(?:\+|,|;|/|&|\bet\b|\bainsi que\b|\bplus\b)\s*", re.IGNORECASE),
    "en": re.compile(r"\s*(?:\+|,|;|/|&|\band\b|\bas well as\b|\bplus\b)\s*", re.IGNORECASE),
}

PURPOSE = {"fr": re.compile(r"\s+pour\s+"), "en": re.compile(r"\s+for\s+")}
BRACKETED = re.compile(r"\(([^()]*)\)")

# Words that name a kind of document, not one: said only when nothing more precise is named.
GENERIC = word_set("attestation attestations certificat certificate certificates licence license")
# Named with "a"/"un" and not asked to be sent, these are what the job requires.
QUALIFICATIONS = word_set(
    "degree diploma diplomas diplome diplomes master masters bachelor bachelors bts dut "
    "licence license permis caces qualification qualifications"
)
INDEFINITE = word_set("a an un une")
# Said before a qualification with no article: the job wants it, or the candidate has none.
WANTED = re.compile(
    r" (?:besoin|veut|veulent|exige|exigent|pas|sans|need|needs|wants?|requires?|required|no|"
    r"havent|without)(?: (?:de|d|du|des|le|la|les|aussi|also|a|an|the|any|valid)){0,2} $"
)


@cache
def _documents(lang: str) -> tuple[tuple[str, str], ...]:
    table = [*_table(lang, "documents"), *_table(lang, "kit")]
    # The longest names first: "certificat de travail" before "certificat".
    return tuple(sorted(table, key=lambda entry: -len(entry[0])))


@cache
def _kit(lang: str) -> frozenset[str]:
    """The phrases of the kit a trial asks for (`templates/<lang>/kit.txt`)."""
    return frozenset(phrase for _, phrase in _table(lang, "kit"))


def _table(lang: str, name: str) -> list[tuple[str, str]]:
    """`templates/<lang>/<name>.txt`: one "words = what the sentence says" a line."""
    table = []
    for line in read(f"{lang}/{name}.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            words, _, phrase = line.partition(" = ")
            table.append((words.strip(), phrase.strip()))
    return table


def spaced_words(text: str) -> str:
    """The text folded, its words apart by one space and spaces at both ends (to find " word ")."""
    return " " + re.sub(r"[^\w]+", " ", fold(text)) + " "


def _known(text: str, lang: str, sending: bool) -> tuple[list[str], bool]:
    """The documents of the table the text names, as the sentence names them, and whether the
    text names any document of the table (a requirement does, and is not said)."""
    key = typed = spaced_words(text)
    found: list[tuple[int, str]] = []
    generic: list[tuple[int, str]] = []
    table = False
    ends: dict[int, int] = {}  # where each name found ends, by where it begins
    for words, phrase in _documents(lang):
        if f" {words} " in key:
            table, required = True, not sending and _required(key, words)
            key = key.replace(f" {words} ", " ")
            if not required:
                at = typed.find(f" {words} ")
                ends[at] = at + len(words) + 1
                (generic if words in GENERIC else found).append((at, phrase))
    # "copie diplome BTS MHR": the diploma is the BTS, one document, not two.
    found = [(at, phrase) for at, phrase in found if ends[at] not in ends or len(found) < 2]
    # "attestation rqth": the RQTH says which attestation; a bare "attestation" stands alone.
    # In the order typed: "passeport ou CNI".
    phrases = list(dict.fromkeys(phrase for _, phrase in sorted(found or generic)))
    # "references ok – I have to send 2 referees" (writer O's o39): one document named twice,
    # said once, as first typed.
    kept = [p for i, p in enumerate(phrases) if not set(phrases[:i]) & SAME_DOCUMENT.get(p, set())]
    return kept, table


# Table phrases that name the same document in other words.
_REFEREES = {"my references' contact details", "my referees' contact details"}
SAME_DOCUMENT = {phrase: _REFEREES - {phrase} for phrase in _REFEREES}


def _sending(text: str, lang: str) -> bool:
    return bool(SEND[lang].search(fold(text))) or bool(COPY & set(spaced_words(text).split()))


def _required(key: str, words: str) -> bool:
    """'they want a degree in nursing', 'besoin d'un bts', « besoin CACES 3 pour les palettes »,
    « il veut aussi CACES nacelle », « pas de CACES 3 »: what the job requires (or the candidate
    lacks), not a request (writer AS's as05, as14: « je vous transmets la copie de mes CACES »)."""
    qualification = any(word in QUALIFICATIONS for word in words.split())
    if not qualification:
        return False
    if any(f" {article} {words} " in key for article in INDEFINITE):
        return True
    return bool(WANTED.search(key[: key.find(f" {words} ") + 1]))


def named(item: str, lang: str) -> list[str]:
    """What the item asks the candidate to hand over, as the sentence names it, or []."""
    return [name for name, _ in named_parts(item, lang)]


# A part that says how something is sent, not what: "as PDF", « par mail », « en PDF ».
HOW_ONLY = re.compile(
    r"^(?:(?:my|mes|mon|ma|the|le|la|les)\s+)?(?:as|by|to|via|in|with|on|en|par|sous|au|à)\b",
    re.IGNORECASE,
)


# Words each with a capital and small letters after it: a place's name ("Cobbett House",
# "Tour Montparnasse"), never a document's ("NMC PIN", "CV").
PLACE = re.compile(r"[A-Z][a-zà-ÿ][\w'’-]*(?:\s+[A-Z][a-zà-ÿ][\w'’-]*)+")


# A spot on a site, numbered or lettered: "…to HR, gate 3" (writer BK's bk29), « bâtiment B ».
SPOT = re.compile(
    r"(?:gate|door|dock|bay|desk|room|building|block|floor|porte|quai|bâtiment|batiment|"
    r"bureau|salle|étage|etage|hall)\s+(?:\d+\w?|[A-Z])",
    re.IGNORECASE,
)


# Documents put on the employer's app or portal (writer AF's af15: "documents à uploader
# dans l'appli : carte VTC, kbis, assurance RC pro"): no one is to receive them by e-mail.
IN_APP = re.compile(
    r"\b(?:upload\w*|telecharg\w*|deposer|depose|charger|mettre|put|add)\b[^.;]{0,40}?"
    r"\b(?:dans|sur|on|to|via|in(?:to)?)\s+(?:l'|la|le|the|their|leur|son)?\s*"
    r"(?:appli|application|app|plateforme|platform|portail|portal|espace\s+candidat)\b",
    re.IGNORECASE,
)


# Kit (`templates/<lang>/kit.txt`) is said only when the item says to bring it, never sent
# (« EPI fournis » beside papers to send is no « je vous transmets mes EPI », session 52):
# « apporter », "bring", and for kit « venir avec couteaux », "come with", "wear boots".
KIT_BROUGHT = {
    "fr": re.compile(r"\bvenir\s+avec\b|\bprévoir\b|\bprevoir\b|\bmuni", re.IGNORECASE),
    "en": re.compile(r"\bcome\s+with\b|\bwear\b|\btake\b", re.IGNORECASE),
}


def named_parts(item: str, lang: str) -> list[tuple[str, str]]:
    """What the item asks the candidate to hand over, each with the part that names it; kit
    only when the item says to bring it."""
    found = _named_parts(item, lang)
    if lang in KIT_BROUGHT and not _brings(item, lang):
        return [(name, part) for name, part in found if name not in _kit(lang)]
    return found


def _brings(item: str, lang: str) -> bool:
    return bool(BROUGHT[lang].search(fold(item)) or KIT_BROUGHT[lang].search(item))


def _named_parts(item: str, lang: str) -> list[tuple[str, str]]:
    """What the item asks the candidate to hand over, each with the part that names it.

    Each part of the item ("NMC PIN + immunisation records", "passport/share code") is looked up
    in the table; a part the table does not know is kept as typed ("my HGV medical"), so that
    nothing the recruiter asked for is lost, as long as the item names a known document or says
    "send".
    """
    if lang not in ASKED:
        return []
    # « le trou sur le CV »: the CV is where, not what
    item = document_shape.CV_AS_PLACE[lang].sub(" ", item)
    # "credit card portfolio analytics": the portfolio is managed, not sent
    item = document_shape.PORTFOLIO_AS_WORK[lang].sub(" ", item)
    if document_shape.TEST_ON[lang].search(item):
        return []  # "technical test on AD/M365 to send back": the test (`deliverables`), no paper
    folded = fold(item)
    asking = NOT_ASKING[lang].sub(" ", handover.without_own_wish(folded, lang))
    if not ASKED[lang].search(asking) or TO_ME[lang].search(folded):
        return []
    if IN_APP.search(folded):
        return []  # "documents à uploader dans l'appli : …" (af15): not sent to the recruiter
    if lang == "en" and BROUGHT_ABOUT.search(folded):
        return []  # "bring shrinkage down" (writer BB's bb30): a result to get, no paper
    if lang == "fr" and HELD_OR_NOT.search(folded) and not _sending(item, lang):
        return []  # "diplome niveau 5 demandé => j'ai pas" (n07): required, nothing to send
    obtained = TO_OBTAIN[lang].search(folded) and not BROUGHT[lang].search(folded)
    if (obtained and not _sending(item, lang)) or (lang == "fr" and PASSED_ON.search(folded)):
        return []
    if REPORTED[lang].search(folded) and not HANDED[lang].search(folded):
        return []  # « elle a dit "une des meilleures copies" » (ab18): words, not a request
    done = handover.denied(folded, lang) or handover.done(folded, lang)
    done = done or handover.conditional(folded, lang)
    if done or parts.licence_required(item, lang):  # "permis B obligatoire": not asked
        return []
    found: list[tuple[str, str]] = []
    sure = _sending(item, lang)
    says_send = sure or bool(REQUEST[lang].search(folded))
    leading = bool(LEADING[lang].search(folded))
    # "ramener le camion" (the employer's own), "bring the missus over" (one's life, not sent)
    own_life = not sure and private(item, lang) == "personal"
    returned = bool(parts.RETURNED[lang].search(folded)) or own_life
    plain = parts.DUE[lang].sub(" ", parts.HOW_SENT[lang].sub(" ", item))
    plain = parts.from_request(plain, lang)
    refused: list[str] = []  # the parts said as typed that name no document
    lacked = False
    for part in parts.outside_brackets(PARTS[lang], plain):
        if not part.strip() or parts.MEANS_ONLY.match(part):
            continue  # "courriel : envoyer mes relevés": how it goes, not what
        if parts.GERUND[lang].match(part.strip()):
            break  # "…, en mettant le projet et l'accessibilité en avant": how, not what
        if parts.OTHERS_DO[lang].match(part.strip()):
            continue  # "she needs 2 references + DBS, will send the link": hers to send
        if handover.done(fold(part), lang):
            continue  # "rib déjà envoyé, reste à envoyer le diplôme": the RIB is sent
        if handover.lacking(fold(part), lang):
            lacked = True  # "attestation AFGSU si j'ai (j'ai pas)": nothing to promise
            continue
        # "share code for right to work": the purpose names no second document.
        head, sending = PURPOSE[lang].split(part)[0], _sending(part, lang)
        known, table = _known(head, lang, sending)
        if not table:
            # "… pour le permis de travail" names what the documents are for, not one more;
            # "… pour habilitation (passeport ou CNI)": what the brackets name is asked for.
            aside = " ".join(BRACKETED.findall(part[len(head) :]))
            # (English "asked for a copy" is no purpose: the whole part is read.)
            purpose = head != part and lang == "fr"
            known, table = _known(f"{head} {aside}" if purpose else part, lang, sending)
        sure = sure or bool(known)
        # A part the table does not know is a document only when sending is said of it, or
        # of its short list ("send passport/share code"): "j'adore la mode, … le bts" or
        # "…, entretien client semaine pro" names no document to send.
        short = says_send and len(part.split()) <= SHORT_PART
        if not table and (PLACE.fullmatch(part.strip()) or SPOT.fullmatch(part.strip())):
            continue  # "bring passport to HR Monday 30th 9am, Cobbett House" (Y's y25): where
        # "apporter tenue de travail et chaussures": what a leading "bring" names is said too
        typed = (
            as_typed(ASIDE.sub("", handover.before_stage(part, lang)), lang)
            if not table and (sending or short or leading) and not returned
            else ""
        )
        if typed and not (sending or short) and not has_noun(typed, lang):
            typed = ""  # "amener mes bulletins de 3e et 2nde": "2nde" is no second thing
        typed = document_shape.without_clause(typed, lang) if typed else ""
        if typed and HOW_ONLY.match(typed):
            typed = ""  # "send as PDF to her email" (writer V's v32): how, never "my as PDF"
        # What is brought may be gear ("ma tenue de travail"); what is sent is a document.
        if typed and not document_shape.names_document(typed, lang, handover.brought(item, lang)):
            refused, typed = [*refused, part], ""  # "ma visite de l'unité", "mon revient…"
        own = [typed] if typed else []
        sure = sure or bool(own and leading)
        if len(known) == 1:
            known = [_precise(known[0], part, lang)]
        elif len(known) == 2 and parts.EITHER[lang].search(f" {fold(part)} "):
            known = [parts.either(known[0], known[1], lang)]
        if SCANNED.search(folded):  # "envoyer scan CACES + carte vitale": a copy of the card
            known = [COPIED.get(name, name) for name in known]
        names = {name for name, _ in found}
        names |= {same for name in names for same in SAME_DOCUMENT.get(name, ())}
        found.extend((name, part) for name in known + own if name not in names)
    marked = leading and not returned and not parts.not_document(item) and not lacked
    if not found and marked and names_something(item, lang):
        # "envoyer ce qu'elle m'a demandé pour…": a marked place, never the note
        label = "label_brought" if handover.brought(item, lang) else "label_document"
        label = templates.phrase(lang, label)
        return [(templates.phrase(lang, "placeholder", label=label), item)]
    if (
        not found
        and refused
        and _sending(item, lang)
        # the document is in a part refused: "ouvrir dossier logiciel, envoyer dépanneuse"
        # sends a tow truck, and asks for no document
        and any(document_shape.mentions_document(part, lang) for part in refused)
        and not deliverables.handed_in(item, lang)  # "case study à renvoyer lundi 19"
    ):
        # Documents were asked, but which ones cannot be said: a sentence that names none.
        return [(templates.phrase(lang, "documents_asked"), item)]
    return found if sure else []


# "2 refs (1 clinical)", "dossier technique (plans de feux)": an aside is no part of a name.
ASIDE = re.compile(r"\s*\([^()]*\)")
# A card scanned is sent as a copy, not as the certificate the table names by default.
SCANNED = re.compile(r"\b(?:scan\w*|copie|copies|copy|photo)\b")
COPIED = {"l'attestation de ma carte Vitale": "la copie de ma carte Vitale"}

# Sending or bringing said first, of a document the composer cannot name: the e-mail keeps a
# marked place for it, never the note.
LEADING = {
    "fr": re.compile(
        r"^(?:(?:il |elle )?(?:faut|faudra|dois|doit)\s+)?(?:lui\s+|leur\s+)?"
        r"(?:envoyer|renvoyer|transmettre|faire parvenir|amener|apporter|ramener)\b"
    ),
    "en": re.compile(
        r"^(?:(?:i\s+)?(?:need|have|must|got)\s+to\s+|to\s+)?"
        r"(?:send|resend|email|forward|upload|submit|bring)\b"
    ),
}


# The table's names of a kind of document, and how the acronym typed with them makes them
# precise: "diplôme SSIAP", "certificat TOEIC", "attestation AFGSU", "A-level certs".
PRECISE = {
    "la copie de mon diplôme": "la copie de mon diplôme {}",
    "la copie de mon certificat": "la copie de mon certificat {}",
    "l'attestation demandée": "mon attestation {}",
    "l'attestation de formation": "mon attestation de formation {}",
    "a copy of my certificate": "a copy of my {} certificate",
    "copies of my certificates": "copies of my {} certificates",
}
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Za-z0-9]+)*\b")


# "permis G" (a Swiss work permit), "permis C": a permit typed with its letter is said with it,
# never as the driving licence the bare word is taken for.
# "de" only as typed in capitals: "permis de travail" is no licence of category DE.
PERMIT = re.compile(r"\bpermis\s+([b-gl]|be|ce|(?-i:DE))\b(?!\s*(?:'|conduire))", re.I)
DRIVING = "la copie de mon permis de conduire"


def _precise(name: str, part: str, lang: str) -> str:
    permit = PERMIT.search(part) if name == DRIVING else None
    if permit:
        return f"la copie de mon permis {permit.group(1).upper()}"
    if name not in PRECISE:
        return name
    acronyms = [
        word
        for word in ACRONYM.findall(part)
        if len(word) > 1 and (word.isupper() or "-" in word) and not _known(word, lang, True)[1]
    ]
    return PRECISE[name].format(acronyms[0]) if len(acronyms) == 1 else name
