"""The job near home, typed as a reason ("10 minutes de chez moi", "proche de chez moi"),
said as one (French, session 19). Framework-free, as the rest of `relance.drafts`."""

from __future__ import annotations

import re

MEANS = r"(?:à pied|à vélo|en tram|en bus|en voiture|en métro|en train|en RER|en scooter|en moto)"
# "10 minutes de chez moi", "c'est à 15 min de chez moi à vélo", "proche de chez moi": the
# job near home, a reason the notes give often (session 19's census: handed back as no noun
# phrase). "10 minutes à vélo" alone does not say from where: it goes back.
FR_NEAR = re.compile(
    rf"^(?:c'est\s+|c\s+)?(?:à\s+)?(?P<n>\d{{1,2}})\s?(?:minutes|min)\s+"
    rf"(?P<home>de chez (?:moi|nous))(?:\s+(?P<by>{MEANS}))?$",
    re.IGNORECASE,
)
# "agence à 15 min", "le dépôt à 10 minutes" (writer AI's ai20): the place named, the
# distance is from home, as a candidate means it among reasons.
FR_PLACE_NEAR = re.compile(
    r"^(?:l'|le\s+|la\s+)?(?:agence|site|magasin|dépôt|entrepôt|boutique|bureau|restaurant|"
    # « boulot a 10 min a pied » (writer BO's bo01): the work itself, near home
    r"hôtel|école|établissement|usine|crèche|pharmacie|cabinet|boulot|travail|job|poste)\s+"
    r"(?:[àa]\s+)?"
    r"(?P<n>\d{1,2})\s?(?:minutes|min)(?:\s+de\s+chez\s+(?:moi|nous))?"
    r"(?:\s+(?P<by>" + MEANS + r"))?$",
    re.IGNORECASE,
)
# « proche de chez moi 20 min » (writer BO's bo04): near, and how near
FR_CLOSE_MINUTES = re.compile(
    rf"^(?:c'est\s+)?(?:très\s+)?(?:proche|près) de chez (?P<who>moi|nous)\s*[,(:-]?\s*"
    rf"(?:à\s+)?(?P<n>\d{{1,2}})\s?(?:minutes|min)\)?(?:\s+(?P<by>{MEANS}))?$",
    re.IGNORECASE,
)
FR_CLOSE = re.compile(
    r"^(?:c'est\s+)?(?:très\s+)?(?P<close>proche|près) de chez (?P<who>moi|nous)$", re.IGNORECASE
)


def fr_near_home(text: str) -> str:
    """ "10 minutes de chez moi à vélo" -> "à 10 minutes de chez moi à vélo", said as
    "J'apprécie également que le lieu de travail soit à 10 minutes…"; "" otherwise."""
    found = FR_NEAR.match(text.strip())
    if found:
        by = f" {found['by']}" if found["by"] else ""
        return f"à {int(found['n'])} minutes {found['home'].lower()}{by}"
    place = FR_PLACE_NEAR.match(text.strip())
    if place:
        by = f" {place['by']}" if place["by"] else ""
        return f"à {int(place['n'])} minutes de chez moi{by}"
    minutes = FR_CLOSE_MINUTES.match(text.strip())
    if minutes:
        by = f" {minutes['by']}" if minutes["by"] else ""
        return f"à {int(minutes['n'])} minutes de chez {minutes['who'].lower()}{by}"
    close = FR_CLOSE.match(text.strip())
    if close:
        return f"{close['close'].lower()} de chez {close['who'].lower()}"
    return ""
