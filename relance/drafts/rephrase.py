"""What a note fragment is made of, for the phrasing of the catch-up (`phrasing.py`).

Lead-ins a note starts with ("cherche", "besoin de", "they need to"), actions (an
infinitive: "gérer le rush"), a need typed with no article ("besoin de monde") and verbs
typed without their subject ("commence à 6 h"): `phrasing.py` reads them to choose the
frame each fragment fits.
"""

from __future__ import annotations

import re
from functools import cache

from relance.drafts.templates import read

FR_LEAD_INS = re.compile(
    r"^(?:(?:ils|elles|il|elle|on|vous)\s+)?(?:re)?cherch(?:e|ent|ez)\s+"
    r"|^(?:(?:ils|elles|il|elle|on|vous)\s+)?(?:a|ont|avez|avoir)\s+besoin\s+(?:de\s+|d')"
    r"|^besoin\s+(?:de\s+|d')"
    r"|^(?:il\s+)?(?:leur\s+)?faut\s+"
    r"|^(?:(?:ils|elles|il|elle|on)\s+)?(?:veu(?:t|lent)|souhaite(?:nt)?)\s+"
    r"|^vous\s+(?:voulez|souhaitez)\s+"
    r"|^profil\s+recherché\s*,?\s*"
    r"|^(?:être\s+)?capable\s+(?:de\s+|d')"
    r"|^(?:doit|devra|devoir)\s+(?:savoir\s+)?"
    # the recruiter's words reported: « elle m'a dit "on cherche qqn de stable" »
    r"|^(?:il|elle|ils|elles|vous|le\s+recruteur|la\s+recruteuse|le\s+manager|la\s+manager)\s+"
    r"(?:m'a|m'ont|m'avez|a|ont|avez)\s+(?:dit|expliqué|précisé|répété)\s*(?:que\s+|qu')?[:,]?\s*[\"«“]?\s*",
    re.IGNORECASE,
)
EN_LEAD_INS = re.compile(
    r"^(?:(?:they|he|she|you|we)\s+)?(?:are\s+|is\s+)?(?:looking\s+for|seek(?:s|ing)?|"
    r"want(?:s)?|need(?:s)?)\s+"
    r"|^(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+"
    r"|^(?:be\s+)?able\s+to\s+|^to\s+"
    # the recruiter's words reported: 'he said "we need someone who can hit the ground running"'
    # ("the team lead said they need somebody who can build dashboards", writer BO's bo32)
    r"|^(?:he|she|they|you|hr|(?:the|my)\s+(?:[\w-]+\s+){0,2}(?:manager|lead|leader|director|"
    r"head|supervisor|recruiter|interviewer|panel|chef|owner|boss|consultant))\s+"
    r"(?:said|told\s+me|mentioned|explained)\s*"
    r"(?:that\s+)?[:,]?\s*[\"“]?\s*(?=(?:we|they|she|he|you)\b)",
    re.IGNORECASE,
)
# "quelqu'un dispo" is "quelqu'un de disponible": an adjective after it takes "de".
FR_SOMEONE_ADJECTIVE = re.compile(
    r"^quelqu'un\s+(?!de\b|d'|qui\b|capable\b|pour\b|avec\b|à\b|en\b|sur\b|ayant\b|"
    r"sachant\b|prêt|comme\b|dans\b|"
    # « qqn vite » (writer BC's bc13): someone soon, never « quelqu'un de vite »
    r"vite\b|rapidement\b|bientôt\b|urgemment\b|immédiatement\b|asap\b|tout\b|tt\b)(?=\w)",
    re.IGNORECASE,
)
FR_SOMEONE_SOON = re.compile(
    r"^quelqu'un\s+(?:vite|asap|urgemment|(?:tout|tt)\s+de\s+suite|immédiatement)$", re.I
)
# "besoin de monde pour…": a need with no article cannot follow "vous recherchez".
FR_NEED = re.compile(
    r"^(?:(?:vous|ils|elles|on|il|elle)\s+(?:avez|ont|a)\s+)?besoin\s+(?:de\s+|d')"
    r"(?!un\b|une\b|des\b|quelqu'un|la\b|le\b|l')",
    re.IGNORECASE,
)
# Verbs a note starts with, its subject left out: "commence à 6 h" is the hire's day.
FR_SUBJECTLESS = re.compile(
    r"^(?:commence|débute|démarre|travaille|doit|devra|peut|sait|connaît|gère|encadre|"
    r"parle|finit|termine)\b",
    re.IGNORECASE,
)
EN_SUBJECTLESS = re.compile(
    r"^(?:starts|works|must|should|can|knows|leads|manages|speaks|finishes)\b", re.IGNORECASE
)


@cache
def verbs(lang: str) -> frozenset[str]:
    lines = read(f"{lang}/verbs.txt").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_action(fragment: str, lang: str) -> bool:
    words = fragment.split()
    if not words:
        return False
    first = words[0].lower()
    if lang == "fr":
        if first in ("se", "s'") and len(words) > 1:
            first = words[1].lower()
        elif first.startswith("s'"):
            first = first[2:]
        return first in verbs(lang) or _fr_infinitive(first)
    return first in verbs(lang)


def _fr_infinitive(word: str) -> bool:
    """'charger', 'saisir', 'maintenir': a verb the list lacks, known by its other forms.

    A noun ending in -er ("dossier", "atelier") has no "-ez" form in the dictionary.
    """
    if not word.endswith(("er", "ir")) or len(word) < 5:
        return False
    from relance.drafts.accents import is_french_word

    forms = (word[:-1] + "z", word[:-2] + "issez", word[:-2] + "ez", word[:-2] + "ons")
    return any(is_french_word(form) for form in forms)


def _strip_lead_in(fragment: str, lang: str) -> str:
    pattern = FR_LEAD_INS if lang == "fr" else EN_LEAD_INS
    stripped = fragment
    for _ in range(3):  # "they need to handle": two lead-ins in a row, after "he said"
        stripped = pattern.sub("", stripped, count=1).strip()
    return stripped or fragment


def _someone(item: str, lang: str) -> str:
    if lang == "fr":
        item = FR_SOMEONE_SOON.sub("quelqu'un rapidement", item)
        return FR_SOMEONE_ADJECTIVE.sub("quelqu'un de ", item)
    if re.match(r"^be\s+", item, re.IGNORECASE):  # "be comfortable with X": a quality
        return "someone " + item[3:]
    return item


strip_lead_in = _strip_lead_in
someone = _someone


# Verbs of the interview itself ("talked about dignity", "explained fraud checks"): what the
# candidate said there, not a past the e-mail can report as "I also told you that I …".
EN_SPOKEN_VERBS = frozenset(
    {"talked", "explained", "gave", "said", "discussed", "mentioned", "described", "showed",
     "asked", "answered", "told", "went", "stayed", "drew", "presented",
     # "did the 20 min session": done at the interview as often as in a past job
     "did", "had", "got"}
)  # fmt: skip
EN_PAST_LEAD = re.compile(r"^(?:(never|also|already|once)\s+)?([a-z]+)\b(\s+\S+)?")


def en_past_mine(item: str) -> bool:
    """'led TUPE transfer of 300 people', 'did my mentorship course', 'never missed a shift':
    a strong point typed as the candidate's own past, its "I" left out by the phone."""
    import lemminflect

    found = EN_PAST_LEAD.match(item)
    if found is None or found.group(2) in EN_SPOKEN_VERBS:
        return False
    word = found.group(2)
    if word.endswith("ed") and (found.group(3) or " and").split()[0] in ("and", "or"):
        return False  # "organised", "motivated" alone: a quality, never "I organised"
    lemmas = lemminflect.getAllLemmas(word)
    if "VERB" not in lemmas or {"NOUN", "ADJ"} & set(lemmas):
        return False
    past = {form for lemma in lemmas["VERB"] for form in lemminflect.getInflection(lemma, "VBD")}
    following = (found.group(3) or "").strip().lower()
    adjective_next = following and set(lemminflect.getAllLemmas(following)) == {"ADJ"}
    return word in past and not adjective_next
