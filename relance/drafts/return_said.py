"""Whether a note says the recruiter will come back, and whether it says that was not said.

Plain patterns, so that both the next steps (`come_back`) and the privacy screen (`privacy`)
can read them without importing each other.
"""

from __future__ import annotations

import re

COMES_BACK = {
    "fr": re.compile(
        r"\b(?:me|nous)\s+(?:re)?(?:contacte|contactera|rappelle|rappellera|recontactent|"
        r"rappellent|redit|redira|dira|écrit|écrira|tient\s+au\s+courant|tiendra\s+au\s+courant)\b|"
        r"\b(?:revient|reviendra|reviennent|reviendront)\s+vers\s+(?:moi|nous)\b|"
        r"\bvous\s+(?:tiendr\w+\s+au\s+courant|écrir\w+|recontacter\w*|rappeller\w*)\b|"
        r"\b(?:attendre|attends|j'attends)\s+(?:le\s+|leur\s+|son\s+)?retour\b|"
        r"\b(?:elle|il|ils|elles|on)\s+(?:re)?(?:contacte|rappelle|rappellent|recontactent)\b|"
        # « la RH m'appelle lundi », « il m'écrira » (writer AL's al28): elided, « appeler » too
        r"\bm['’]\s?(?:appelle|appellera|appellent|appelleront|écrit|écrira|écriront|"
        r"recontacte\w*|rappelle\w*)\b|\b(?:me|nous)\s+(?:appellera|appelleront|téléphonera)\b|"
        r"^\s*(?:re)?(?:contacte|rappelle|rappellent|recontacte|recontactent)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:be|get)\s+in\s+touch\b|\bget\s+back\s+to\s+(?:me|us)\b|\blet\s+me\s+know\b|"
        r"\b(?:call|ring|phone|text|email|e-mail|contact)\s+me\b|\bgive\s+me\s+a\s+(?:bell|call|ring)\b|"
        r"\bcome\s+back\s+to\s+me\b|\brevert\b|\bwaiting\s+(?:to\s+hear|on|for)\b|"
        r"\bhear\s+(?:back|from\s+(?:them|her|him))\b|\bkeep\s+me\s+(?:posted|updated|informed)\b",
        re.I,
    ),
}
# "she didnt say when i hear back" (writer AV's av36): the return was not said, never "You
# told me you would be in touch".
NOT_SAID = {
    "fr": re.compile(
        r"\b(?:(?:n'a|a|ont|n'ont)\s+)?pas\s+(?:dit|précisé|indiqué|parlé)\b|\brien\s+dit\b|"
        r"\b(?:sais|sait|savons)\s+pas\s+quand\b|\baucune\s+(?:date|idée)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:didn'?t|did\s+not|never|not)\s+(?:say|said|tell|told|mention|mentioned)\b|"
        r"\b(?:no\s+idea|not\s+sure|don'?t\s+know|dunno)\s+when\b|\bno\s+date\b",
        re.I,
    ),
}


def unsaid(item: str, lang: str) -> bool:
    """The return named inside what was not said ("didnt say when i hear back"), not after
    it in a clause of its own (« il revient vers moi, il a pas dit quand »)."""
    comes = COMES_BACK[lang].search(item)
    unsaid = NOT_SAID[lang].search(item)
    if comes is None or unsaid is None or unsaid.start() > comes.start():
        return False
    return not re.search(r"[,;.]", item[unsaid.end() : comes.start()])
