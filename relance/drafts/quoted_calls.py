"""The recruiter's own words typed as heard: « on vous rappelle », "we'll call you".

A candidate notes the promise as the recruiter said it, in the second person (writer AS's
as24: process « on vous rappelle »), where the drafts read the notes in the candidate's own
voice (« ils me rappellent ») and found no promise at all: "J'ai bien pris note des
prochaines étapes", which a blind reader called vague. The process notes are put in the
candidate's voice before they are read.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

FR_CONTACT = (
    r"rappel\w*|appel\w*|recontact\w*|contact\w*|tien\w*\s+au\s+courant|écri\w*|ecri\w*|"
    r"envoi\w*|enverr\w*|dir\w*|répond\w*|repond\w*|fer\w*\s+signe|fer\w*\s+un\s+retour|"
    r"redonn\w*\s+des\s+nouvelles|donn\w*\s+des\s+nouvelles"
)
FR_ON = re.compile(rf"\bon\s+vous\s+(?={FR_CONTACT})", re.I)
FR_WE = re.compile(rf"\bnous\s+vous\s+({FR_CONTACT})", re.I)
EN_WE = re.compile(
    r"\bwe(?:'ll|\s+will|\s+shall|'re\s+going\s+to|\s+are\s+going\s+to)\s+"
    r"(call|ring|phone|contact|email|e-mail|text|get\s+back\s+to|let)\s+you\b",
    re.I,
)
EN_WE_ALONE = re.compile(r"\bwe(?:'ll|\s+will)\s+(?=be\s+in\s+touch|get\s+back\b)", re.I)


# A call named by who makes it: « appel de la RH vendredi 9 juin avant midi pour la
# proposition » (writer AT's at22), "call from HR on Friday".
FR_CALL_FROM = re.compile(
    r"^(?P<space>\s*)(?:un\s+)?r?appel\s+(?P<of>de\s+|du\s+)(?P<article>la\s+|le\s+|l')?"
    r"(?P<caller>[\w-]+)",
    re.I | re.M,
)


def in_my_words(process: str, lang: str) -> str:
    """The process notes with the recruiter's « on vous rappelle » as « on me rappelle », and
    « appel de la RH vendredi » as « la RH m'appelle vendredi »."""
    if lang == "fr":
        process = FR_CALL_FROM.sub(_caller_fr, process)
        process = FR_ON.sub(lambda match: "on m'" if _vowel_next(match) else "on me ", process)
        return FR_WE.sub(lambda match: f"ils me {_third_plural(match[1])}", process)
    process = EN_WE.sub(lambda match: f"they'll {match[1]} me", process)
    return EN_WE_ALONE.sub("they'll ", process)  # "we'll let you know": EN_WE's "let"


def _caller_fr(match: re.Match[str]) -> str:
    """« appel de la RH » -> « la RH m'appelle », « appel du DRH » -> « le DRH m'appelle »."""
    article = match["article"] or ("le " if match["of"].lower().startswith("du") else "")
    return f"{match['space']}{article}{match['caller']} m'appelle"


def _vowel_next(match: re.Match[str]) -> bool:
    return match.string[match.end() : match.end() + 1].lower() in "aeiouyéèêh"


def _third_plural(verb: str) -> str:
    """« recontacterons » -> « recontactent » (the promise, as the notes' readers know it),
    « écrirons » -> « écriront », « recontactons » -> « recontactent »."""
    if verb.endswith("erons"):
        return verb[:-5] + "ent"
    if verb.endswith("rons"):
        return verb[:-4] + "ront"
    if verb.endswith("ons"):
        return verb[:-3] + "ent"
    return verb
