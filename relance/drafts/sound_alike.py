"""Words spelt by ear: a right word in the wrong place, which no dictionary refuses.

"its closer then my old job", "there phones ring all day", « sa me dérange pas », « il mon
dit » (writer AE, who typed as people who spell by ear): every word is known, so the gate
said the notes as typed ("What attracts me to the role is the its closer then my old job").
Only the confusions that a neighbour proves are read: "its" before an article or an adverb,
"then" after a comparative, "there" before a plural noun, "your" before an article, "good"
after "went", « sa » before a pronoun or a verb it cannot own, « mon » after a subject
pronoun. What is found is not corrected (the note may mean something else): the piece goes
back to the candidate.
"""

from __future__ import annotations

import re

SOUND_ALIKE = {
    "en": re.compile(
        r"\bits\s+(?:a|an|the|not|been|going|very|really|so|too|just|ok|okay|closer|better|"
        r"easier|nearer|cheaper)\b|"
        r"\b(?:\w+er|more|less|better|worse|rather)\s+then\b|"
        r"\bthere\s+(?!(?:is|are|was|were|will|would|could|should|might|may|must|has|have|"
        r"had|be|been|seems?|'s|’s|too|and|or|but|for|at|in|on|since|yet|now|then|again|"
        r"before|after|each|every|anyway|as|so|years|months|weeks|days|times|hours|"
        r"nights|mornings|afternoons|evenings|weekends|sometimes|always|its)\b)[a-z]+s\b|"
        r"\byour\s+(?:a|an|the|very|so|not|going|welcome|right|wrong)\b|"
        # "Figma prototyping round went good" (writer AF's af27): the adjective for "well"
        r"\b(?:went|did|done|performed|played)\s+(?:really\s+|very\s+|so\s+|pretty\s+)?"
        r"good\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\bsa\s+(?:va|vas|me|m'|te|t'|se|s'|fait|compte|marche|passe|dérange|derange|"
        r"convient|plait|plaît|serait|sera|peut|doit|a|était|etait)\b|"
        r"\b(?:il|elle|on|ils|elles)\s+mon\b|"
        r"\bces\s+(?:un|une|bien|bon|mieux|pas|le|la|vrai|super|important)\b|"
        # dictated notes (writer AH): « quelqu'un qui s'est gérer » (sait), « ses rare »
        # (c'est), « mon projet à plu » (a), « il en à marre » (a), « mon parlé HACCP » (j'ai)
        r"\bs['’]est\s+[a-zé]+er\b|"
        r"\bses\s+(?:rare|bien|bon|super|vrai|important|normal|dommage|top|génial|facile|"
        r"difficile|dur|possible|sûr|clair|ok)\b|"
        r"(?<!tout\s)\bà\s+(?:plu|été|eu|dit|aimé|apprécié|parlé|demandé|proposé|expliqué|"
        r"montré|trouvé|posé|noté|validé|précisé|confirmé|adoré|retenu|compris)\b|"
        r"\b(?:il|elle|on|ils|elles)\s+(?:en\s+|y\s+)?à\b|"
        r"\b(?:mon|ma|mes)\s+(?:parlé|montré|expliqué|présenté|trouvé|déroulé|raconté|évoqué|"
        r"cité|mentionné|fait\s+(?:un|une|des|le|la|les))\b",
        re.IGNORECASE,
    ),
}


def spelt_by_ear(text: str, lang: str) -> str:
    """The words that show a confusion of sound-alikes ("its closer"), or ""."""
    pattern = SOUND_ALIKE.get(lang)
    found = pattern.search(text) if pattern else None
    return found.group(0) if found else ""
