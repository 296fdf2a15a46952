"""A note whose subject is another person present (« le père a adoré mes photos », « le fils
veut plutôt quelqu'un de jeune », "the duty manager said…"; writer AQ's aq10, aq37): said to
the recruiter, it speaks of someone in the third person to her face, and often repeats what
was said between interviewers. It goes back to the candidate, who knows whom to thank.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

# Not the contact's own titles (« la responsable veut … » is the recruiter, said « vous »):
# the others in the room, a family firm's father and son, a colleague, the other one.
FR_PEOPLE = (
    r"père|mère|fils|fille|collègue|associé|associée|adjoint|adjointe|autre\s+\w+|"
    r"deuxième\s+\w+|seconde?\s+\w+"
)
EN_PEOPLE = r"dad|father|mum|mom|mother|son|daughter|colleague|other\s+\w+|second\s+\w+"
SUBJECT = {
    "fr": re.compile(
        rf"^(?:le|la|l'|mon|ma|son|sa|un|une|l’)\s*(?:{FR_PEOPLE})\b(?:\s+\([^)]*\))?\s+"
        r"(?:a|m'a|m’a|veut|voulait|pense|trouve|dit|disait|cherche|préfère|aime|était|est)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"^(?:the|my|his|her|a)\s+(?:{EN_PEOPLE})\b\s+"
        r"(?:said|says|liked|loved|wants|wanted|thinks|thought|was|is|seemed|asked|told)\b",
        re.IGNORECASE,
    ),
}


def third_party(text: str, lang: str) -> bool:
    """Does the note open on another person present and what they did or said?"""
    return bool(SUBJECT[lang].match(text.strip()))
