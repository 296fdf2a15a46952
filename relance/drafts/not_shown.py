"""Noun phrases no "mettre en avant mon …" / "I was able to highlight my …" can hold, read
from what blind readers quoted (sets O, Q, R, S, AA, AG, AH, AK, AO) and from the bench's
strong points:

- a feat timed at the practical test (« ma ferrure complète d'un trotteur en 1 h 10 », « mon
  ouverture porte blindée Fichet en 6 minutes au test », "SQL case study done in 25 min"):
  how a test went, which « mon » turns into a thing owned;
- an event of the day (« ma rencontre au stand », « mon échange sur les tests utilisateurs »,
  « ma bonne impression », "my good chat with Trent", "my second round with the MD");
- a person (« ma Mme de Rohan RH », "my mrs Hughes-Pritchard nodded…", "my lt Boyle");
- a verdict typed after the noun (« mon massage et DSA bien gérés »).

Such a piece goes back to the candidate, who knows what to say of it."""

from __future__ import annotations

import re

TIMED = re.compile(
    r"\b(?:en|in|under|within)\s+(?:moins\s+de\s+|less\s+than\s+|just\s+)?\d+(?:[.,]\d+)?\s*"
    r"(?:h\b|h\s*\d|min\b|mins?\b|minutes?\b|heures?\b|secondes?\b|sec\b|hours?\b|hrs?\b)"
    r"|\bsans\s+toucher\b|\bdu\s+premier\s+coup\b|\b(?:au|en|à\s+l')\s+(?:test|essai)\b"
    r"|\b(?:at|in|on)\s+the\s+(?:test|trial)\b|\b(?:first|1st)\s+(?:attempt|time|go)\b",
    re.IGNORECASE,
)

_FR_BEFORE = (
    r"(?:(?:le|la|l'|un|une|mon|ma|mes|notre)\s*)?"
    r"(?:(?:bonne|bon|très|vraie|vrai|belle|beau|2e|deuxième|second|seconde|courte?)\s+)*"
)
_EN_BEFORE = (
    r"(?:(?:the|a|an|my|our)\s+)?"
    r"(?:(?:good|great|nice|quick|short|long|lovely|heaps|really|second|2nd|final)\s+)*"
)
EVENT = {
    "fr": re.compile(
        _FR_BEFORE + r"(?:échange|discussion|rencontre|visite|matinée|après-midi|exercice|"
        r"impression|sortie|conversation|service\s+d'essai|journée\s+d'essai|tour\s+de\s+table|stand|"
        r"salon|forum|interview)s?\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        _EN_BEFORE
        + r"(?:chat|conversation|discussion|talk|visit|exercise|impression|round|laughs?|"
        r"tech\s+screen|phone\s+(?:interview|screen)|lunch\s+interview|1:1|one-to-one|deep\s+dive|"
        r"interview|stand|booth|(?:job|careers?)\s+fair)s?\b",
        re.IGNORECASE,
    ),
}

PERSON = re.compile(
    r"^(?:(?:my|mon|ma|mes)\s+)?(?:mme|m\.|mlle|madame|monsieur|mrs|mr|ms|miss|ma'am|maam|"
    r"lt|dr|sir|madam|sgt|capt)\b\.?",
    re.IGNORECASE,
)

# « mon massage et DSA bien gérés », « ma déontologie AFILS bien maîtrisée »: the verdict of
# a test typed after its noun, which the candidate would not write of herself.
FR_VERDICT_AFTER = re.compile(
    r"\bbien\s+[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)$", re.IGNORECASE
)


# « devant un jury de 3 (le DGA, la RH et une élue) » (writer BA's ba23): a piece that opens
# on a preposition names a circumstance, no noun « mon » can own (« mon devant un jury »)
PREPOSITION_FIRST = {
    "fr": re.compile(
        r"^(?:devant|derrière|avec|sans|sous|chez|vers|entre|pendant|depuis|face\s+à|lors\s+d)"
        r"(?=[\s'])",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(?:in\s+front\s+of|before|with|without|under|towards|between|during|since|"
        r"facing)\s",
        re.IGNORECASE,
    ),
}


# « 3 points forts : 1) … » (writer BB's bb09): the list's heading names none of them
COUNTED_HEADING = re.compile(
    r"^(?:(?:mes|my)\s+)?(?:\d+|deux|trois|quatre|two|three|four)\s+"
    r"(?:points?\s+forts?|atouts?|strengths?|strong\s+points?|key\s+points?)\b",
    re.IGNORECASE,
)


def not_shown(text: str, lang: str) -> bool:
    """Is the piece something a strong point's noun frame cannot hold?"""
    return bool(
        PREPOSITION_FIRST[lang].match(text.strip())
        or COUNTED_HEADING.match(text.strip())
        or TIMED.search(text)
        or EVENT[lang].match(text)
        or PERSON.match(text)
        or (lang == "fr" and FR_VERDICT_AFTER.search(text.strip()))
    )
