"""Turning the candidate's note fragments into sentences.

"- quelqu'un d'autonome\n- gérer le rush du midi" becomes "Vous m'avez dit rechercher
quelqu'un d'autonome et capable de gérer le rush du midi." Fragments are sorted into what
a sentence can take: someone or something sought ("un profil bilingue"), actions (an
infinitive: "gérer le rush") and the rest, which a colon frame lists whatever its form, so
odd notes never make broken grammar.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from relance.drafts.grammar import fr_de, join
from relance.drafts.templates import phrase, read

FR_LEAD_INS = re.compile(
    r"^(?:(?:ils|elles|il|elle|on|vous)\s+)?(?:re)?cherch(?:e|ent|ez)\s+"
    r"|^(?:(?:ils|elles|il|elle|on|vous)\s+)?(?:a|ont|avez|avoir)\s+besoin\s+(?:de\s+|d')"
    r"|^besoin\s+(?:de\s+|d')"
    r"|^(?:il\s+)?(?:leur\s+)?faut\s+"
    r"|^(?:(?:ils|elles|il|elle|on)\s+)?(?:veu(?:t|lent)|souhaite(?:nt)?)\s+"
    r"|^profil\s+recherché\s*,?\s*"
    r"|^(?:être\s+)?capable\s+(?:de\s+|d')"
    r"|^(?:doit|devra|devoir)\s+(?:savoir\s+)?",
    re.IGNORECASE,
)
EN_LEAD_INS = re.compile(
    r"^(?:(?:they|he|she|you|we)\s+)?(?:are\s+|is\s+)?(?:looking\s+for|seek(?:s|ing)?|"
    r"want(?:s)?|need(?:s)?)\s+"
    r"|^(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+"
    r"|^(?:be\s+)?able\s+to\s+|^to\s+",
    re.IGNORECASE,
)
FR_SOUGHT = re.compile(
    r"^(?:un|une|des|du|de\s+la|de\s+l'|quelqu'un|plusieurs|deux|trois|\d+)\b", re.IGNORECASE
)
EN_SOUGHT = re.compile(r"^(?:a|an|someone|somebody|some|several|two|three|\d+)\b", re.IGNORECASE)
FR_SOMEONE = re.compile(r"^(?:quelqu'un|une\s+personne)\b", re.IGNORECASE)
EN_SOMEONE = re.compile(r"^(?:someone|somebody|a\s+person)\b", re.IGNORECASE)


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
        return first in verbs(lang)
    return first in verbs(lang)


def _strip_lead_in(fragment: str, lang: str) -> str:
    pattern = FR_LEAD_INS if lang == "fr" else EN_LEAD_INS
    stripped = fragment
    for _ in range(2):  # "they need to handle": two lead-ins in a row
        stripped = pattern.sub("", stripped, count=1).strip()
    return stripped or fragment


def _actions(items: list[str], lang: str, preposition: str) -> str:
    """'de gérer le rush et d'encadrer deux commis' / 'handle the rush and lead a team'."""
    if lang == "fr" and preposition == "de":
        items = [fr_de(item) for item in items]
    elif lang == "fr" and preposition:
        items = [f"{preposition} {item}" for item in items]
    return join(items, lang)


def needs(items: list[str], lang: str) -> str:
    items = [_strip_lead_in(item, lang) for item in items]
    actions = [item for item in items if is_action(item, lang)]
    sought = [item for item in items if item not in actions]
    sought_re = FR_SOUGHT if lang == "fr" else EN_SOUGHT
    preposition = "de" if lang == "fr" else ""
    if not sought:
        return phrase(lang, "needs_able", actions=_actions(actions, lang, preposition))
    if all(sought_re.match(item) for item in sought):
        if (
            actions
            and len(sought) == 1
            and (FR_SOMEONE if lang == "fr" else EN_SOMEONE).match(sought[0])
        ):
            return phrase(
                lang,
                "needs_search_able",
                items=sought[0],
                actions=_actions(actions, lang, preposition),
            )
        first = phrase(lang, "needs_search", items=join(sought, lang))
    else:
        first = phrase(lang, "needs_profile", items=join(sought, lang))
    if not actions:
        return first
    return first + " " + phrase(lang, "needs_also", actions=_actions(actions, lang, preposition))


def role(items: list[str], lang: str) -> str:
    if all(is_action(item, lang) for item in items):
        return phrase(lang, "role_actions", actions=_actions(items, lang, "à"))
    return phrase(lang, "role_items", items=join(items, lang))


def expectations(items: list[str], lang: str) -> str:
    if all(is_action(item, lang) for item in items):
        return phrase(lang, "expectations_actions", actions=_actions(items, lang, ""))
    return phrase(lang, "expectations_items", items=join(items, lang))


Builder = Callable[[list[str], str], str]
