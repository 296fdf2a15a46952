"""A document the recruiter asked for that the documents table does not know, said as the
candidate typed it and as their own: "envoyer fiche de liaison signee" -> "ma fiche de
liaison signée", "send the signed contract form" -> "my signed contract form". Split from
`documents`, which finds the request and the known documents.
"""

from __future__ import annotations

import re

from relance.core.names import EN_DAYS, EN_MONTHS, FR_DAYS, FR_MONTHS
from relance.drafts import document_parts as parts
from relance.drafts import gender, proofread
from relance.drafts.privacy import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COPY = _words("copy copies copie")

MAX_TYPED = 7  # a longer part is a sentence, not the name of a document

# What is said around the document: the request itself, who asked, when and how to send it.
FRAME = {
    "fr": _words(
        "il elle ils elles on m me moi lui leur leurs je j dois doit faut faudra veut veulent "
        "voudrait voulait demande demandé a besoin de d aussi encore bien svp stp envoyer "
        "renvoyer transmettre faire parvenir scanner joindre déposer deposer uploader fournir "
        "apporter amener ramener présenter presenter donner redonner mailer"
    ),
    "en": _words(
        "she he they i we also still need needs needed want wants wanted asked asks ask to "
        "send resend forward upload submit scan email e-mail provide bring must should will "
        "have has got please pls kindly her him them me over"
    ),
}
TAIL = {
    "fr": _words(
        "avant d'ici demain aujourd'hui cette lundi mardi mercredi jeudi vendredi "
        "samedi dimanche par pour sur via dès en quand si rapidement vite asap svp stp car"
    ),
    "en": _words(
        "by before asap tomorrow today tonight this next via through for to on in at when once "
        "if so because as pls please online monday tuesday wednesday thursday friday saturday "
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
    r"(?:tion|sion|té|ure|ue|ence|ance|ette|elle|ade|ise|ie|ine|ique|ée|che|ude|ille|ière|ère|te|"
    r"carte|fiche|liste|lettre|pièce|copie|preuve|photo|attestation|déclaration)$"
)

TRAILING = _words("de d du des of the a an my le la les et and")
# When the document goes, typed where a document would be: "ramener lundi 30 à l'agence :
# carte pro, …" (writer L's reader: « j'apporterai mon lundi 30 à l', ma carte … »). A
# document never starts with a day.
WHEN_FIRST = frozenset(day.lower() for day in (*FR_DAYS, *EN_DAYS)) | _words(
    "demain aujourd'hui apres-demain tomorrow today tonight tue tues thu thurs fri"
)

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


MONTHS = frozenset(fold(month).lower() for month in (*FR_MONTHS, *EN_MONTHS)) | _words(
    "jan feb apr jun jul aug sep sept oct nov dec"
)


def _names_a_day(words: list[str]) -> bool:
    """ "lundi 30 à l'", "le 2 décembre", "next Monday": a day where a document would be."""
    bare = [_bare(word) for word in words]
    while bare and bare[0] in ("le", "la", "the", "on"):
        bare.pop(0)
    if not bare:
        return False
    dated = bare[0][:1].isdigit() and len(bare) > 1 and bare[1] in MONTHS
    return bare[0] in WHEN_FIRST or dated


def has_noun(typed: str, lang: str) -> bool:
    """A word of three letters or more, not a determiner: "ma tenue", not "mon 2nde"."""
    words = [_bare(word) for word in typed.split()]
    return any(w.isalpha() and len(w) >= 3 and w not in FR_OWN | EN_OWN for w in words)


def _bare(word: str) -> str:
    return fold(word).strip(".,;:!?()[]\"'")


def _is_frame(word: str, lang: str) -> bool:
    bare = _bare(word)
    if "'" in bare:  # "m'a", "j'ai", "l'envoyer"
        elided, _, bare = bare.partition("'")
        if elided not in ("m", "j", "t", "s", "l", "qu"):
            return False
    return bare in FRAME[lang]


def as_typed(part: str, lang: str) -> str:
    """A document the table does not know, as the candidate typed it, said as their own."""
    words = [bare for word in part.split() if (bare := word.strip("()[]{}"))]
    while words and _is_frame(words[0], lang):
        words.pop(0)
    if not words or _bare(words[0]) in (parts.FR_NOT_FIRST if lang == "fr" else parts.EN_NOT_FIRST):
        return ""
    if _names_a_day(words):
        return ""
    for index, word in enumerate(words[1:], start=1):
        low = word.lower().strip('.,;:!?()[]"')
        following = _bare(words[index + 1]) if index + 1 < len(words) else ""
        infinitive = lang == "fr" and low in ("a", "à") and following.endswith(("er", "ir", "re"))
        # "ASP construction la première journée": an article after a noun, with no
        # preposition between, begins another phrase (a day, a place), not the document's.
        stray = (
            lang == "fr"
            and low in ("le", "la", "les")
            and _bare(words[index - 1]) not in parts.FRAME_LINKS
        )
        if low in TAIL[lang] or _bare(word) in TAIL[lang] or infinitive or stray:
            words = words[:index]
            break
    while words and _bare(words[-1]) in TRAILING:
        words.pop()
    content = [w for w in words if len(re.sub(r"\W", "", w)) >= 3 and not _is_frame(w, lang)]
    if not content or len(words) > MAX_TYPED or _is_verb(_bare(words[0]), lang):
        return ""
    if parts.VAGUE & {_bare(word) for word in words} or parts.not_document(part):
        return ""  # "ce qu'elle m'a demandé", "the thing", "un mail de remerciement"
    if lang == "fr" and not parts.fr_head_known(words):
        return ""
    return _english(words) if lang == "en" else _french(words)


def names_something(item: str, lang: str) -> bool:
    """The sending verb has an object: "transmettre aux jeunes" passes nothing on by e-mail."""
    words = [word for word in item.split() if not _is_frame(word, lang)]
    return (
        bool(words)
        and _bare(words[0]) not in (parts.FR_NOT_FIRST if lang == "fr" else parts.EN_NOT_FIRST)
        and not (lang == "fr" and _fr_adverb_only(words[0].strip(".,;:!?()").lower()))
    )


def _fr_adverb_only(word: str) -> bool:
    """ "transmettre autrement", "envoyer différemment": the verb's next word is an adverb and
    nothing else by the lexicon, so no document follows it (writer I: "transmettre autrement"
    among the motives became "je vous transmets [le document]")."""
    readings = proofread.readings_if_available(word)
    return bool(readings) and all(":W" in reading for reading in readings)


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


# A document's state typed without its accents: "fiche de liaison signee".
FR_STATES = {
    f"{stem}{end}": f"{accented}{end}"
    for stem, accented in (("signe", "signé"), ("complete", "complété"), ("date", "daté"))
    for end in ("", "e", "s", "es")
}


def _french(words: list[str]) -> str:
    words = [FR_STATES.get(word, word) if index else word for index, word in enumerate(words)]
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
    elif first not in ("un", "une", "des") and not first.isdigit():  # "2 photos", not "mon 2"
        words = [_french_own(words[0]), _lowered(words[0]), *words[1:]]
    return prefix + " ".join(_fr_of(words))


# A document's head noun and the noun it names, typed without « de » (writer AN's an04, an15:
# « mon titre assistante dentaire », « mon récépissé demande CNAPS »).
FR_HEADS_OF = _words("titre récépissé recepisse certificat attestation justificatif dossier numéro")
FR_LINKS = _words(
    "de du des d le la les un une a au aux pour par avec sans sur sous dans en et ou mais "
    "signe signee signes signees complet complete original originale"
)


def _fr_of(words: list[str]) -> list[str]:
    from relance.drafts.fr_word_classes import fr_is_adjective, fr_is_noun

    out: list[str] = []
    for index, word in enumerate(words):
        out.append(word)
        following = words[index + 1] if index + 1 < len(words) else ""
        head = _bare(word) in FR_HEADS_OF and following.isalpha() and following.islower()
        head = head and fold(following) not in FR_LINKS  # "titre de formation", "… pour le 12"
        if head and fr_is_noun(following) and not fr_is_adjective(following):
            out.append("d'" if fold(following)[:1] in "aeiouyh" else "de")
    return [word for word in " ".join(out).replace("d' ", "d'").split(" ")]


def _french_own(noun: str) -> str:
    low = noun.lower()
    if len(noun) > 1 and noun.isupper() and low != "caces":
        return "mon"  # « mon DEAS original » (writer BC's bc16): a diploma's initials, one
    if len(low) > 3 and low.endswith(("s", "x")) and low not in ("permis", "pass"):
        return "mes"
    if fold(low)[:1] in "aeiouyh":
        return "mon"
    known = gender.noun_gender(low)  # "blouse" (writer AA's aa23: « mon blouse »)
    if known:
        return "ma" if known == gender.FEM else "mon"
    return "ma" if FR_FEMININE.search(low) else "mon"


def _lowered(word: str) -> str:
    """'Immunisation' at the start of a line is a common noun; 'NMC' stays as typed."""
    return word[0].lower() + word[1:] if word[1:].islower() else word
