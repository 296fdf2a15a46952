"""Documents the recruiter asked for, acknowledged in the message.

"lui renvoyer copie caces par mail" or "she wants 2 references" is not a note to list: it is
a promise to keep. Such an item leaves the lists and becomes one sentence: "Comme convenu, je
vous transmets la copie de mes CACES." / "As agreed, I will send you my references' contact
details." The documents and how the sentence names them are in
`templates/<lang>/documents.txt`; an item listing several ("NMC PIN + immunisation records",
"passport/share code") is split, and a part the table does not know is said as typed ("my
signed contract form"), so that nothing the recruiter asked for is lost. What the recruiter
sends the candidate, and a qualification the job requires ("a degree"), are not promises.
"""

from __future__ import annotations

import re
from functools import cache

from relance.drafts.privacy import fold
from relance.drafts.templates import read

# A document named without a request is a fact ("caces 1 et 3 à jour"), not a promise.
ASKED = {
    "fr": re.compile(
        r"\b(?:envoi|envoy|renvoi|renvoy|transmet|transmis\b|fourni[rs]?\b|apport|amen|demand|"
        r"veu[tx]\b|voul|besoin|faire parvenir|faut|scan|joindre|copie|par mail|mailer|ramen|"
        r"donner|redonner|depos|upload)",
    ),
    "en": re.compile(
        r"\b(?:send|resend|sent|email|e-mail|forward|provide|bring|ask|want|need|upload|"
        r"share|copy|copies|scan|get .* to (?:her|him|them))",
    ),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that say "send" and nothing else: only with one of them does a part that names no known
# document still count as one ("need someone to run the grill" asks for no document). Not
# "scan": scanning parcels is a warehouse task ("scanner les colis").
SEND = {
    "fr": re.compile(
        r"\b(?:envoi|envoy|renvoi|renvoy|transmet|transmis\b|faire parvenir|joindre|depos|"
        r"upload|copie d)"
    ),
    "en": re.compile(r"\b(?:send|resend|forward|upload|cop(?:y|ies) of)\b"),
}

# The recruiter sends to the candidate: "send me the rota", "elle va m'envoyer le planning".
TO_ME = {
    "fr": re.compile(
        r"^(?!je\b|j')\w+\s+(?:transmet|transmettent|envoie|envoient)\b|"  # "Actual transmet"
        r"\b(?:m'|me |moi )(?:envoy|renvoy|transmet|faire parvenir|fai[rt]e? suivre|mail)|"
        r"\b(?:il|elle|ils|elles|on|rh)\s+(?:va |vont |doi[tv]e?n?t? |devrai[te]n?t? )?"
        r"(?:nous |me |m')?(?:envoi|envoy|renvoi|transmet)"
    ),
    "en": re.compile(
        r"\b(?:send|sends|sent|forward|email|e-mail)(?:ing)? me\b|\bto me\b|"
        r"\b(?:she|he|they|hr|recruiter)(?:'ll| will| would| is going to| should| must)?\s+"
        r"(?:send|sends|forward|forwards|email|emails)\b"
    ),
}
# Asked for in so many words: "she asked for my github link + the dashboard sample".
REQUEST = {"fr": re.compile(r"\bdemand"), "en": re.compile(r"\bask")}
MAX_TYPED = 6  # a longer part is a sentence, not the name of a document
SHORT_PART = 3  # words of a list's part that may name a document without its own "send"

# Where an item lists several documents: "NMC PIN + immunisation records", "passport/share code".
PARTS = {
    "fr": re.compile(r"\s*(?:\+|,|;|/|&|\bet\b|\bainsi que\b|\bplus\b)\s*", re.IGNORECASE),
    "en": re.compile(r"\s*(?:\+|,|;|/|&|\band\b|\bas well as\b|\bplus\b)\s*", re.IGNORECASE),
}

# What is said around the document: the request itself, who asked, when and how to send it.
FRAME = {
    "fr": _words(
        "il elle ils elles on m me moi lui leur leurs je j dois doit faut faudra veut veulent "
        "voudrait voulait demande demandé a besoin de d aussi encore bien svp stp envoyer "
        "renvoyer transmettre faire parvenir scanner joindre déposer deposer uploader fournir "
        "apporter donner redonner mailer"
    ),
    "en": _words(
        "she he they i we also still need needs needed want wants wanted asked asks ask to "
        "send resend forward upload scan email e-mail provide bring must should will have has "
        "got please pls her him them me over"
    ),
}
TAIL = {
    "fr": _words(
        "avant d'ici demain aujourd'hui cette lundi mardi mercredi jeudi vendredi "
        "samedi dimanche par pour sur via dès en quand si rapidement vite asap svp stp car"
    ),
    "en": _words(
        "by before asap tomorrow today tonight this next via through for to on in at when once "
        "if so because as pls please monday tuesday wednesday thursday friday saturday "
        "sunday"
    ),
}
# A part that begins with one of these asks to do something else ("call her back friday").
EN_VERBS = _words(
    "call ring phone check confirm follow wait meet come go start book sign fill complete "
    "tell let see think read prepare update finish chase reply answer"
)
FR_NOUNS_IN_ER = _words("master dossier papier fichier courrier cahier poster casier")
FR_FEMININE = re.compile(
    r"(?:tion|sion|té|ure|ence|ance|ette|elle|ade|ise|ie|ine|ique|ée|che|ude|ille|ière|ère|te|"
    r"carte|fiche|liste|lettre|pièce|copie|preuve|photo|attestation|déclaration)$"
)
PURPOSE = {"fr": re.compile(r"\s+pour\s+"), "en": re.compile(r"\s+for\s+")}
TRAILING = _words("de d du des of the a an my le la les et and")
COPY = _words("copy copies copie")
# Words that name a kind of document, not one: said only when nothing more precise is named.
GENERIC = _words("attestation attestations certificat certificate certificates licence license")
# Named with "a"/"un" and not asked to be sent, these are what the job requires.
QUALIFICATIONS = _words(
    "degree diploma diplomas diplome diplomes master masters bachelor bachelors bts dut "
    "licence license permis caces qualification qualifications"
)
INDEFINITE = _words("a an un une")
# The typed determiner, said as the candidate's own: "the contract" -> "my contract".
EN_OWN = {"my": "my", "the": "my", "his": "my", "her": "my", "their": "my", "your": "my"}
FR_OWN = {
    "mon": "mon",
    "ma": "ma",
    "mes": "mes",
    "son": "mon",
    "sa": "ma",
    "ses": "mes",
    "le": "mon",
    "la": "ma",
    "les": "mes",
    "votre": "mon",
    "leur": "mon",
}


@cache
def _documents(lang: str) -> tuple[tuple[str, str], ...]:
    table = []
    for line in read(f"{lang}/documents.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            words, _, phrase = line.partition(" = ")
            table.append((words.strip(), phrase.strip()))
    # The longest names first: "certificat de travail" before "certificat".
    return tuple(sorted(table, key=lambda entry: -len(entry[0])))


def _key(text: str) -> str:
    return " " + re.sub(r"[^\w]+", " ", fold(text)) + " "


def _known(text: str, lang: str, sending: bool) -> tuple[list[str], bool]:
    """The documents of the table the text names, as the sentence names them, and whether the
    text names any document of the table (a requirement does, and is not said)."""
    key = _key(text)
    found: list[str] = []
    generic: list[str] = []
    table = False
    for words, phrase in _documents(lang):
        if f" {words} " in key:
            table, required = True, not sending and _required(key, words)
            key = key.replace(f" {words} ", " ")
            if not required:
                (generic if words in GENERIC else found).append(phrase)
    # "attestation rqth": the RQTH says which attestation; a bare "attestation" stands alone.
    return list(dict.fromkeys(found or generic)), table


def _sending(text: str, lang: str) -> bool:
    return bool(SEND[lang].search(fold(text))) or bool(COPY & set(_key(text).split()))


def _required(key: str, words: str) -> bool:
    """'they want a degree in nursing', 'besoin d'un bts': what the job requires, not a request."""
    qualification = any(word in QUALIFICATIONS for word in words.split())
    return qualification and any(f" {article} {words} " in key for article in INDEFINITE)


def named(item: str, lang: str) -> list[str]:
    """What the item asks the candidate to send, as the sentence names it, or [].

    Each part of the item ("NMC PIN + immunisation records", "passport/share code") is looked up
    in the table; a part the table does not know is kept as typed ("my HGV medical"), so that
    nothing the recruiter asked for is lost, as long as the item names a known document or says
    "send".
    """
    if lang not in ASKED or not ASKED[lang].search(fold(item)) or TO_ME[lang].search(fold(item)):
        return []
    found: list[str] = []
    sure = _sending(item, lang)
    says_send = sure or bool(REQUEST[lang].search(fold(item)))
    for part in PARTS[lang].split(item):
        # "share code for right to work": the purpose names no second document.
        head, sending = PURPOSE[lang].split(part)[0], _sending(part, lang)
        known, table = _known(head, lang, sending)
        if not table:
            known, table = _known(part, lang, sending)
        sure = sure or bool(known)
        # A part the table does not know is a document only when sending is said of it, or
        # of its short list ("send passport/share code"): "j'adore la mode, … le bts" or
        # "…, entretien client semaine pro" names no document to send.
        short = says_send and len(part.split()) <= SHORT_PART
        typed = _as_typed(part, lang) if not table and (sending or short) else ""
        own = [typed] if typed else []
        found.extend(phrase for phrase in known + own if phrase not in found)
    return found if sure else []


def _bare(word: str) -> str:
    return fold(word).strip(".,;:!?()[]\"'")


def _is_frame(word: str, lang: str) -> bool:
    bare = _bare(word)
    if "'" in bare:  # "m'a", "j'ai", "l'envoyer"
        elided, _, bare = bare.partition("'")
        if elided not in ("m", "j", "t", "s", "l", "qu"):
            return False
    return bare in FRAME[lang]


def _as_typed(part: str, lang: str) -> str:
    """A document the table does not know, as the candidate typed it, said as their own."""
    words = part.split()
    while words and _is_frame(words[0], lang):
        words.pop(0)
    for index, word in enumerate(words[1:], start=1):
        low = word.lower().strip('.,;:!?()[]"')
        following = _bare(words[index + 1]) if index + 1 < len(words) else ""
        infinitive = lang == "fr" and low in ("a", "à") and following.endswith(("er", "ir", "re"))
        if low in TAIL[lang] or _bare(word) in TAIL[lang] or infinitive:
            words = words[:index]
            break
    while words and _bare(words[-1]) in TRAILING:
        words.pop()
    content = [w for w in words if len(re.sub(r"\W", "", w)) >= 3 and not _is_frame(w, lang)]
    if not content or len(words) > MAX_TYPED or _is_verb(_bare(words[0]), lang):
        return ""
    return _english(words) if lang == "en" else _french(words)


def _is_verb(word: str, lang: str) -> bool:
    if lang == "en":
        return word in EN_VERBS
    return len(word) > 4 and word.endswith(("er", "ir")) and word not in FR_NOUNS_IN_ER


def _english(words: list[str]) -> str:
    prefix = ""
    if len(words) > 2 and _bare(words[0]) in ("a", "an", "the") and _bare(words[1]) in COPY:
        words = words[1:]
    if len(words) > 2 and _bare(words[0]) in COPY and _bare(words[1]) == "of":
        prefix = "a copy of " if _bare(words[0]) == "copy" else "copies of "
        words = words[2:]
    first = _bare(words[0])
    if first in EN_OWN:
        words = [EN_OWN[first], *words[1:]]
    elif first not in ("a", "an", "some"):
        words = ["my", _lowered(words[0]), *words[1:]]
    return prefix + " ".join(words)


def _french(words: list[str]) -> str:
    prefix = ""
    if len(words) > 2 and _bare(words[0]) in ("la", "une") and _bare(words[1]) in COPY:
        words = words[1:]
    if len(words) > 1 and _bare(words[0]) in COPY:
        prefix, words = "la copie de ", words[1:]
        article = _bare(words[0])
        if article in ("du", "des") and len(words) > 1:
            words = ["mon" if article == "du" else "mes", *words[1:]]
        elif article == "de":
            words = words[1:]
        elif article.startswith("d'"):
            words = [words[0][2:], *words[1:]]
    first = _bare(words[0])
    if first.startswith("l'") and len(first) > 2:
        words = ["mon", words[0][2:], *words[1:]]
    elif first in FR_OWN:
        words = [FR_OWN[first], *words[1:]]
    elif first not in ("un", "une", "des"):
        words = [_french_own(words[0]), _lowered(words[0]), *words[1:]]
    return prefix + " ".join(words)


def _french_own(noun: str) -> str:
    low = noun.lower()
    if len(low) > 3 and low.endswith(("s", "x")) and low not in ("permis", "pass"):
        return "mes"
    if fold(low)[:1] in "aeiouyh":
        return "mon"
    return "ma" if FR_FEMININE.search(low) else "mon"


def _lowered(word: str) -> str:
    """'Immunisation' at the start of a line is a common noun; 'NMC' stays as typed."""
    return word[0].lower() + word[1:] if word[1:].islower() else word


def split(items: list[str], lang: str) -> tuple[list[str], list[str]]:
    """The items that are notes, and the documents the others ask for."""
    notes: list[str] = []
    documents: list[str] = []
    for item in items:
        asked = named(item, lang)
        if asked:
            documents.extend(phrase for phrase in asked if phrase not in documents)
        else:
            notes.append(item)
    return notes, documents
