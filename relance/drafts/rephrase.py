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

from relance.drafts import voice
from relance.drafts.grammar import fr_de, join
from relance.drafts.templates import phrase, read

FR_LEAD_INS = re.compile(
    r"^(?:(?:ils|elles|il|elle|on|vous)\s+)?(?:re)?cherch(?:e|ent|ez)\s+"
    r"|^(?:(?:ils|elles|il|elle|on|vous)\s+)?(?:a|ont|avez|avoir)\s+besoin\s+(?:de\s+|d')"
    r"|^besoin\s+(?:de\s+|d')"
    r"|^(?:il\s+)?(?:leur\s+)?faut\s+"
    r"|^(?:(?:ils|elles|il|elle|on)\s+)?(?:veu(?:t|lent)|souhaite(?:nt)?)\s+"
    r"|^vous\s+(?:voulez|souhaitez)\s+"
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
# "quelqu'un qui connaît…", "someone to own…": a clause already, no "and able to" after it.
FR_RELATIVE = re.compile(r"\b(?:qui|que|qu')\b|\bqu'", re.IGNORECASE)
EN_RELATIVE = re.compile(r"\b(?:who|that|to|which)\b", re.IGNORECASE)
# "quelqu'un dispo" is "quelqu'un de disponible": an adjective after it takes "de".
FR_SOMEONE_ADJECTIVE = re.compile(
    r"^quelqu'un\s+(?!de\b|d'|qui\b|capable\b|pour\b|avec\b|à\b|en\b|sur\b|ayant\b|"
    r"sachant\b|prêt|comme\b|dans\b)(?=\w)",
    re.IGNORECASE,
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


def _plain_action(item: str, lang: str) -> bool:
    """An action with nothing listed after it: "pick and pack, 10 hour shifts" is a list."""
    return is_action(item, lang) and "," not in item


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
    for _ in range(2):  # "they need to handle": two lead-ins in a row
        stripped = pattern.sub("", stripped, count=1).strip()
    return stripped or fragment


def _actions(items: list[str], lang: str, preposition: str) -> str:
    """'de gérer le rush et d'encadrer deux commis' / 'handle the rush and lead a team'."""
    if lang == "fr" and preposition == "de":  # "capable de savoir gérer": "capable de gérer"
        items = [re.sub(r"^savoir\s+(?=\w+(?:er|ir|re)\b)", "", item) for item in items]
    if lang == "fr" and preposition == "de":
        items = [fr_de(item) for item in items]
    elif lang == "fr" and preposition:
        items = [f"{preposition} {item}" for item in items]
    return join(items, lang)


NEED_OPENING = ("Vous avez également besoin", "D'après ce que vous m'avez dit, vous avez besoin")


def _someone(item: str, lang: str) -> str:
    if lang == "fr":
        return FR_SOMEONE_ADJECTIVE.sub("quelqu'un de ", item)
    if re.match(r"^be\s+", item, re.IGNORECASE):  # "be comfortable with X": a quality
        return "someone " + item[3:]
    return item


def needs(items: list[str], lang: str) -> str:
    """The recruiter's needs: someone sought, actions, a need, the hire's day, a profile."""
    items = [voice.to_recruiter(voice.without_hedge(item), lang) for item in items]
    extra: list[str] = []
    kept: list[str] = []
    for item in items:
        if lang == "fr" and FR_NEED.match(item):
            rest = re.sub(r"^monde\b", "renfort", FR_NEED.sub("", item))  # "du monde": colloquial
            extra.append(phrase(lang, "needs_need_also", of=fr_de(rest)))
        elif (FR_SUBJECTLESS if lang == "fr" else EN_SUBJECTLESS).match(item):
            extra.append(phrase(lang, "needs_clause", clause=item))
        else:
            kept.append(item)
    first = _needs_sought([_someone(_strip_lead_in(item, lang), lang) for item in kept], lang)
    if not first and extra and lang == "fr":
        # The first need opens the paragraph: "D'après ce que vous m'avez dit, …".
        extra[0] = extra[0].replace(*NEED_OPENING)
    return " ".join(part for part in (first, *extra) if part)


def _needs_sought(items: list[str], lang: str) -> str:
    if not items:
        return ""
    actions = [item for item in items if is_action(item, lang)]
    sought = [item for item in items if item not in actions]
    sought_re = FR_SOUGHT if lang == "fr" else EN_SOUGHT
    preposition = "de" if lang == "fr" else ""
    if not sought:
        return phrase(lang, "needs_able", actions=_actions(actions, lang, preposition))
    if all(sought_re.match(item) for item in sought):
        someone = FR_SOMEONE if lang == "fr" else EN_SOMEONE
        relative = FR_RELATIVE if lang == "fr" else EN_RELATIVE
        if (
            actions
            and len(sought) == 1
            and someone.match(sought[0])
            and not relative.search(sought[0])
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


def strong_points(items: list[str], lang: str) -> str:
    """Noun phrases listed in one sentence; clauses each in a sentence that fits them.

    "permis B", "elle a aimé mon calme" -> "Les points forts … : permis B. J'ai noté avec
    plaisir que vous avez apprécié mon calme." A list never mixes a noun and a clause.
    """
    nouns: list[str] = []
    sentences: list[str] = []
    for item in items:
        for piece in voice.clauses(voice.to_recruiter(item, lang), lang):
            kind = voice.kind_of(piece, lang)
            if kind == voice.NOUN:
                nouns.append(piece)
            elif kind == voice.LIKED:
                sentences.append(phrase(lang, "strong_liked", clause=piece))
            elif kind == voice.CLAUSE:
                sentences.append(phrase(lang, "strong_clause", clause=piece))
            else:
                sentences.append(voice.sentence(piece))
    first = phrase(lang, "strong_points", items=join(nouns, lang)) if nouns else ""
    return " ".join(part for part in (first, *sentences) if part)


def role(items: list[str], lang: str) -> str:
    items = [voice.to_recruiter(voice.without_hedge(item), lang) for item in items]
    if all(_plain_action(item, lang) for item in items):
        return phrase(lang, "role_actions", actions=_actions(items, lang, "à"))
    return phrase(lang, "role_items", items=join(items, lang))


def expectations(items: list[str], lang: str) -> str:
    items = [voice.to_recruiter(voice.without_hedge(item), lang) for item in items]
    if all(_plain_action(item, lang) for item in items):
        return phrase(lang, "expectations_actions", actions=_actions(items, lang, ""))
    return phrase(lang, "expectations_items", items=join(items, lang))


Builder = Callable[[list[str], str], str]


# A motivation typed without its subject: "love the food" is "I love the food".
EN_SUBJECTLESS_MINE = re.compile(
    r"^(?:really\s+)?(?:like|love|enjoy|want|would\s+like|am|have|believe)\b", re.IGNORECASE
)


def motivation(items: list[str], lang: str) -> list[str]:
    """Motivation items in the candidate's voice, the recruiter spoken to."""
    items = [voice.to_recruiter(item, lang) for item in items]
    if lang == "en":
        items = ["I " + item if EN_SUBJECTLESS_MINE.match(item) else item for item in items]
    return items


strip_lead_in = _strip_lead_in
someone = _someone
