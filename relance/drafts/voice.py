"""Who a note speaks of, and what kind of phrase it is.

Notes speak of the recruiter in the third person ("elle a aimé", "ils cherchent", "she
liked"); the e-mail is written to her, so she becomes "vous"/"you" and her company's
"leurs" becomes "vos". Each fragment is then sorted by its form, so that a sentence only
joins like with like: a noun phrase is listed, a clause stands as a sentence of its own.
"""

from __future__ import annotations

import re

FR_LIKED_VERB = r"(?:bien\s+|beaucoup\s+)?(?:aimé|adoré|apprécié)"
# (pattern, replacement) in order: the longest forms first.
FR_TO_RECRUITER = (
    (rf"\b(?:il|elle)\s+m'a\s+{FR_LIKED_VERB}", "vous avez apprécié"),
    (rf"\b(?:ils|elles)\s+(?:m'ont|ont)\s+{FR_LIKED_VERB}", "vous avez apprécié"),
    (rf"\b(?:il|elle)\s+a\s+{FR_LIKED_VERB}", "vous avez apprécié"),
    (r"\b(?:il|elle)\s+m'a\b", "vous m'avez"),
    (r"\b(?:ils|elles)\s+m'ont\b", "vous m'avez"),
    (r"\b(?:il|elle)\s+a\b", "vous avez"),
    (r"\b(?:ils|elles)\s+ont\b", "vous avez"),
    (r"\b(?:il|elle|ils|elles)\s+(?:re)?cherchen?t?\b", "vous recherchez"),
    (r"\b(?:il|elle|ils|elles)\s+(?:veu(?:t|lent)|souhaiten?t?)\b", "vous souhaitez"),
    (r"\b(?:il|elle|ils|elles)\s+attenden?t?\b", "vous attendez"),
    (r"\b(?:il|elle)\s+est\b|\b(?:ils|elles)\s+sont\b", "vous êtes"),
)  # fmt: skip
# « la cadre a bien aimé mon stage » (writer AF's af01), « le chef de cuisine il a aimé que… »
# (AE's ae08): the interviewer named by role at the note's start, then what they liked. Only
# before a verb of liking: « le chef a 3 restaurants » says nothing of the addressee.
FR_ROLE_LIKED = re.compile(
    r"^(?:(?:la|le)\s+|l')(?:cadre(?:\s+de\s+santé)?|chef(?:fe)?(?:\s+(?:de|d')\s*\w+)?|"
    r"rh|drh|manager|manageuse|recruteur|recruteuse|directeur|directrice|responsable|"
    r"gérant|gérante|patron|patronne|n\+1|conseiller|conseillère|dirigeant|dirigeante|"
    r"pharmacien|pharmacienne|docteur|médecin)\s+(?:(il|elle)\s+)?"
    rf"(?=(?:m')?a\s+{FR_LIKED_VERB}\b)",
    re.IGNORECASE,
)
EN_TO_RECRUITER = (
    (r"\b(?:she|he|they)\s+(really\s+)?(liked|loved|appreciated|enjoyed)\b", r"you \1\2"),
    (r"\b(?:she|he)\s+(said|told|asked|mentioned|wants|needs)\b", r"you \1"),
    (r"\b(?:she|he)\s+is\b|\bthey\s+are\b", "you are"),
    (r"\b(?:she|he)\s+was\b|\bthey\s+were\b", "you were"),
    (r"\b(?:she|he)\s+has\b|\bthey\s+have\b", "you have"),
    (r"\bthey\b", "you"),
)
EN_THIRD_PERSON_S = re.compile(r"\byou (wants|needs)\b")
FR_LEUR = re.compile(r"\bleurs?\b", re.IGNORECASE)
# never an acronym in capitals: "HIS software" is a hospital information system (writer BR's
# br29 read "your software")
EN_THEIR = re.compile(r"\b(?:[Tt]heir|[Hh]er|[Hh]is)\b")
# "walked her through my case", "told him my plan": the recruiter as the verb's object is
# "you" ("your" is only before her own noun: "her team" -> "your team").
EN_OBJECT = re.compile(
    r"\b(?:[Hh]er|[Hh]im|[Tt]hem)\b(?=\s+(?:through|to|about|around|up|out|on|with|for|my|the|a|"
    r"an|how|what|that|why)\b|\s*[,.;]|\s*$)",
)
# Hedges the sentence frames already carry ("as I understand it"): said twice, they grate.
HEDGES = re.compile(
    r"^(?:je\s+pense\s+qu(?:e\s+|')|il\s+me\s+semble\s+qu(?:e\s+|')|"
    r"i\s+think\s+(?:that\s+)?|i\s+guess\s+)",
    re.IGNORECASE,
)


def to_recruiter(fragment: str, lang: str) -> str:
    """'elle a aimé mon calme' -> 'vous avez apprécié mon calme'; 'she liked' -> 'you liked'."""
    rules = FR_TO_RECRUITER if lang == "fr" else EN_TO_RECRUITER
    if lang == "fr":
        fragment = FR_ROLE_LIKED.sub(lambda found: (found[1] or "il") + " ", fragment)
    shifted = fragment
    for pattern, replacement in rules:
        shifted = re.sub(pattern, replacement, shifted, flags=re.IGNORECASE)
    if shifted == fragment:
        return fragment
    if lang == "fr":
        # Only once the recruiter was the subject is "leurs" hers: "leurs jeux" -> "vos jeux".
        # What I proposed is not hers: "leurs jeux que j'ai proposés" -> "les jeux que …".
        shifted = re.sub(r"\bleurs?\s+(\w+)\s+(?=que\s+j'|qu'on\b)", r"les \1 ", shifted)
        shifted = FR_LEUR.sub(
            lambda m: "vos" if m.group(0).lower() == "leurs" else "votre", shifted
        )
        shifted = re.sub(r"apprécié que j'ai\b", "apprécié que j'aie", shifted)
        shifted = re.sub(r"(vous (?:m')?avez apprécié)$", _object_pronoun, shifted)
        shifted = (
            re.sub(r"\bet vous\b", "et que vous", shifted)
            if shifted.startswith("vous")
            else shifted
        )
    else:
        shifted = EN_THIRD_PERSON_S.sub(lambda m: "you " + m.group(1)[:-1], shifted)
        shifted = EN_THEIR.sub("your", EN_OBJECT.sub("you", shifted))
    return shifted


def _object_pronoun(match: re.Match[str]) -> str:
    """'vous avez apprécié' with nothing after it: 'vous l'avez apprécié'."""
    return match.group(1).replace("vous avez", "vous l'avez").replace("vous m'avez", "vous l'avez")


# "… went well I think", "… ça s'est bien passé je crois": the hedge typed last.
TRAILING_HEDGES = re.compile(
    r"[\s,]+(?:i\s+think|i\s+guess|i\s+believe|je\s+crois|je\s+pense|il\s+me\s+semble)\s*$",
    re.IGNORECASE,
)


# Who said it, typed as a label before the note (writer BJ's bj19: « l'associée : besoin de
# quelqu'un qui encadre les juniors », two interviewers the same day): the recruiter is
# « vous » in the e-mail, the label is left out.
SPEAKER = re.compile(
    r"^(?:(?:le|la|l['’]|the|my|mon|ma)\s*)?(?:hiring\s+)?(?:manager|associée?|drh|rh|hr|"
    r"directeur|directrice|director|chef|responsable|recruteur|recruteuse|recruiter|gérante?|"
    r"patronne?|boss|partner|head|consultante?)\s*:\s+(?=\S)",
    re.IGNORECASE,
)


def without_hedge(fragment: str) -> str:
    kept = TRAILING_HEDGES.sub("", HEDGES.sub("", SPEAKER.sub("", fragment))).strip()
    return kept or fragment


# Kinds of fragment, by form.
LIKED = "liked"  # the recruiter said or did something: "vous avez apprécié mon calme"
MINE = "mine"  # a first-person clause: "j'ai déjà travaillé en boulangerie"
CLAUSE = "clause"  # another finite clause: "le jeu de rôle s'est bien passé"
NOUN = "noun"  # anything a list can hold: "permis B depuis 6 ans"

FR_LIKED = re.compile(r"^vous (?:m'|l')?avez\b")
EN_LIKED = re.compile(r"^you (?:really )?(?:liked|loved|appreciated|enjoyed|said|told)\b", re.I)
FR_MINE = re.compile(r"^(?:je|j'|moi\b)", re.IGNORECASE)
EN_MINE = re.compile(r"^(?:I|I'm|I've|I'd)\b")
FR_CLAUSE = re.compile(
    r"^(?:le|la|les|l'|mon|ma|mes|notre|votre|ce|cette|ça|cela|tout|on)\b[^,]*?\s"
    r"(?:s'est|se sont|est|sont|a|ont|était|étaient|s'était|m'a|m'ont)\s",
    re.IGNORECASE,
)
EN_CLAUSE = re.compile(
    r"^(?:the|my|our|your|it|this|that|everything)\b[^,]*?\s"
    r"(?:went|was|were|is|are|seemed|felt|looked)\b",
    re.IGNORECASE,
)


def kind_of(fragment: str, lang: str) -> str:
    if (FR_LIKED if lang == "fr" else EN_LIKED).match(fragment):
        return LIKED
    if (FR_MINE if lang == "fr" else EN_MINE).match(fragment):
        return MINE
    if (FR_CLAUSE if lang == "fr" else EN_CLAUSE).match(fragment):
        return CLAUSE
    return NOUN


def sentence(text: str) -> str:
    """A clause as a sentence of its own: capital first, full stop last."""
    text = text.strip().rstrip(".,;")
    return text[:1].upper() + text[1:] + "." if text else ""


# « voir le résultat de son travail », « gagner sa vie »: a motive typed as an infinitive
# owns what it names with the generic « son »; the letter's writer says « mon » (writer AA's
# aa15: « Je souhaite voir le résultat de son travail »).
FR_GENERIC_OWN = re.compile(
    r"^(?P<verb>[a-zà-ÿ]+(?:er|ir|re))\b(?P<between>[^,;]*?)\b(?P<own>son|sa|ses)\b"
)
FR_MY = {"son": "mon", "sa": "ma", "ses": "mes"}


def own_motive(fragment: str, lang: str) -> str:
    """A motive typed as an infinitive, with its generic possessive made the writer's."""
    found = FR_GENERIC_OWN.match(fragment) if lang == "fr" else None
    if found is None:
        return fragment
    mine = FR_MY[found["own"]]
    return fragment[: found.start("own")] + mine + fragment[found.end("own") :]
