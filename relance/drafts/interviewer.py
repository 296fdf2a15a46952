"""The interviewer named as a strong point's subject, made a pronoun the person shift reads.

Notes name who liked what: « dr Ben Youssef a apprécié mon stage », « le jury a apprécié mon
expérience », « mme Van Damme a souligné la qualité de mon rapport », "mr ochieng liked that I
handled the conference", "panel appreciated my case study", "mr McAllister was pleased with
my blind tasting", "liked my DofE" (writer AF: 14 of 44 strong points handed back were these).
The e-mail goes to that person, so the name becomes « il »/« elle »/"they", which
`voice.to_recruiter` makes « vous »/"you" — only before a verb of liking, where the subject
can be no one but the interviewer who said it.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

FR_LIKING = r"a\s+(?:bien\s+|beaucoup\s+|vraiment\s+)?(?:aimé|apprécié|adoré|souligné)\b"
SOULIGNE = re.compile(r"^a\s+souligné\b")  # praise the e-mail recalls as what she liked
FR_WOMAN = re.compile(r"^(?:mme|madame|mlle|mademoiselle|la)\b", re.IGNORECASE)
FR_NAMED = re.compile(
    r"^(?:(?:mme|mlle|madame|mademoiselle|m\.|mr|monsieur|dr|docteur|docteure|me|maître|pr)"
    r"\.?\s+(?:[\w'’-]+\s+){1,4}?|(?:le|la)\s+(?:jury|cadre|directeur|directrice|drh|rh)\s+)"
    r"(?:(?:il|elle)\s+)?(?=" + FR_LIKING + ")",
    re.IGNORECASE,
)
EN_LIKING = r"(?:really\s+)?(?:liked|loved|appreciated|enjoyed)\b"
EN_WOMAN = re.compile(r"^(?:ms|mrs|miss)\b", re.IGNORECASE)
EN_MAN = re.compile(r"^mr\b", re.IGNORECASE)
EN_NAMED = re.compile(
    r"^(?:(?:ms|mrs|mr|dr|miss)\.?\s+(?:[\w'’-]+\s+){1,3}?|(?:the\s+)?(?:panel|interviewer|"
    r"recruiter|hiring\s+manager|manager|director|chef|owner|hr(?:\s+lady|\s+guy)?)\s+|"
    r"[a-z][\w'-]+\s+)(?=(?:" + EN_LIKING + r"|(?:was|were)\s+(?:very\s+|really\s+)?"
    r"(?:pleased|impressed|happy)\s+(?:with|by)\b))",
    re.IGNORECASE,
)
EN_PLEASED = re.compile(
    r"^(she|he|they)\s+(?:was|were)\s+(?:very\s+|really\s+)?(?:pleased|impressed|happy)\s+"
    r"(?:with|by)\s+",
    re.IGNORECASE,
)
EN_SUBJECTLESS = re.compile(r"^(?=(?:liked|loved|appreciated)\s+(?:my|the|that|how)\b)", re.I)
# A lone word before "liked" is the interviewer's first name ("megan liked"), never the
# people the job serves or the candidate's own ("kids loved my activity" is not the
# recruiter's praise).
NOT_A_NAME = frozenset(
    {"i", "we", "you", "she", "he", "they", "it", "who", "everyone", "everybody", "people",
     "client", "clients", "customer", "customers", "kids", "children", "child", "students",
     "student", "pupils", "patients", "patient", "residents", "guests", "guest", "team",
     "staff", "colleagues", "users", "members", "parents", "family", "friends", "boss"}
)  # fmt: skip


def as_pronoun(note: str, lang: str) -> str:
    """The note with the interviewer who liked something named by a pronoun."""
    if lang == "fr":
        found = FR_NAMED.match(note)
        if not found:
            return note
        pronoun = "elle" if FR_WOMAN.match(found[0]) else "il"
        rest = SOULIGNE.sub("a apprécié", note[found.end() :])
        return f"{pronoun} {rest}"
    found = EN_NAMED.match(note)
    if found and found[0].split()[0].lower() not in NOT_A_NAME:
        pronoun = "she" if EN_WOMAN.match(found[0]) else "he" if EN_MAN.match(found[0]) else "they"
        note = f"{pronoun} {note[found.end() :]}"
    elif EN_SUBJECTLESS.match(note):
        note = "they " + note
    return EN_PLEASED.sub(r"\1 liked ", note)


# What the interviewer seeks, said of her by name: « Sophie cherche quelqu'un de stable »,
# "Aroha needs someone for the 6am floor shifts" (writers AA, AD, Y: the contact's own
# first name at the head of a need). The e-mail goes to her: « elle »/"she", then « vous ».
FR_SEEKS = r"(?:cherche|recherche|[aà]\s+besoin|veut|voudrait|souhaite|attend)\b"
EN_SEEKS = r"(?:needs|is\s+needing|is\s+looking|wants|would\s+like|expects)\b"
EN_THEY = {"needs": "need", "is": "are", "wants": "want", "expects": "expect"}
WOMAN = frozenset({"madame", "mme", "mlle", "mademoiselle", "ms", "mrs", "miss"})
MAN = frozenset({"monsieur", "m", "m.", "mr"})


def contact_as_pronoun(note: str, lang: str, civility: str, first: str, last: str) -> str:
    """The note with the contact, named at its head before a verb of seeking, as a pronoun;
    as typed when her name is not there or the French pronoun's gender is unknown."""
    names = [re.escape(name) for name in (f"{first} {last}", first, last) if len(name) > 1]
    if not names or not any(name.strip() for name in (first, last)):
        return note
    titles = r"(?:(?:mme|madame|mlle|m\.|mr|monsieur|ms|mrs|miss|dr)\.?\s+)?"
    seeks = FR_SEEKS if lang == "fr" else EN_SEEKS
    found = re.match(rf"{titles}(?:{'|'.join(names)})\s+(?={seeks})", note, re.IGNORECASE)
    civility = civility.strip().lower()
    if not found:
        return note
    rest = note[found.end() :]
    if lang == "fr":
        pronoun = "elle" if civility in WOMAN else "il" if civility in MAN else ""
        rest = re.sub(r"^à\s+besoin", "a besoin", rest)  # « Mme Durand à besoin »: the verb
        return f"{pronoun} {rest}" if pronoun else note
    if civility in WOMAN or civility in MAN:
        return ("she " if civility in WOMAN else "he ") + rest
    verb, _, after = rest.partition(" ")
    return f"they {EN_THEY.get(verb.lower(), verb)} {after}".rstrip()


# The recruiter's own words pasted from her e-mail or the ad (writer BH's bh12: « "Nous
# recherchons une personne rigoureuse pour l'entretien des lignées" »): her « nous » is the
# e-mail's « vous ».
FR_WE_SEEK = re.compile(
    r"^[\"«“]?\s*nous\s+(?P<verb>recherchons|cherchons|souhaitons|voulons|attendons|avons\s+besoin)\b",
    re.IGNORECASE,
)
FR_WE_TO_YOU = {"avons besoin": "avez besoin"}
EN_WE_SEEK = re.compile(
    r"^[\"“]?\s*we\s+(?P<verb>are\s+looking|'re\s+looking|need|want|are\s+seeking|seek)\b",
    re.IGNORECASE,
)


def we_as_you(note: str, lang: str) -> str:
    """A need pasted in the recruiter's « nous »/"we", said to her: « vous recherchez … »."""
    if lang == "fr":
        found = FR_WE_SEEK.match(note)
        if not found:
            return note
        verb = " ".join(found["verb"].lower().split())
        verb = FR_WE_TO_YOU.get(verb, verb[: -len("ons")] + "ez")
        return f"vous {verb}{note[found.end() :]}".replace("\u201d", "").rstrip('"» ')
    found = EN_WE_SEEK.match(note)
    if not found:
        return note
    verb = found["verb"].lower().replace("'re", "are")
    return f"you {verb}{note[found.end() :]}".replace("\u201d", "").rstrip('" ')
