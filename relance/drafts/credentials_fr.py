"""French certifications listed with their status, as phone notes type them.

"ssiap1 + sst a jour", "SSIAP 1 + SST à jour", "SST et SSIAP 1": two or more trade
certifications joined by "+", "et" or a comma, then what they are, if said ("à jour", "ok",
"valide jusqu'en 2029"). Read as a list of pieces, the status stays with the last one only ("mon SST
à jour et mon SSIAP 1", writer L's l07). Said whole: "certifications SSIAP 1 et SST à jour",
which the strong point makes "mes certifications SSIAP 1 et SST à jour". Only certifications
are named here: a licence ("permis D") or a card is no certification, and a list holding one
is read as before.
"""

from __future__ import annotations

import re

# Trade certifications a recruiter of that trade writes in capitals, with or without a level.
CERTIFICATIONS = ("SSIAP", "SST", "CACES", "FIMO", "FCO", "HACCP", "PSC1", "AFGSU", "BNSSA")
_NAME = r"(?:" + "|".join(CERTIFICATIONS) + r")"
_ONE = rf"{_NAME}(?:\s?\d(?:\s*(?:,|et)\s*\d)*)?"
_STATUS = r"(?:ok\s+)?(?:à\s+jour|ok|valides?)(?:\s+jusqu'(?:en|à)\s+\d{4})?"
LISTED = re.compile(
    rf"^({_ONE}(?:\s*(?:\+|,|\bet\b)\s*{_ONE})+)(?:\s+({_STATUS}))?\s*$",
    re.IGNORECASE,
)
ONE = re.compile(rf"({_NAME})\s?(\d)?", re.IGNORECASE)
JOINS = re.compile(r"\s*(?:\+|,(?!\s*\d)|\bet\b(?!\s*\d))\s*", re.IGNORECASE)


def fr_listed(item: str) -> str:
    """'ssiap1 + sst à jour, carte pro' -> 'certifications SSIAP 1 et SST à jour, carte pro';
    anything else as typed. The list may be the whole item or one of its comma's parts."""
    whole = _listed(item)
    if whole != item:
        return whole
    return ",".join(_listed(part) for part in item.split(","))


def _listed(item: str) -> str:
    match = LISTED.match(item.strip())
    if not match:
        return item
    names = [
        ONE.sub(lambda m: m.group(1).upper() + (f" {m.group(2)}" if m.group(2) else ""), name)
        for name in JOINS.split(match.group(1))
        if name
    ]
    if len({name.split()[0].rstrip("0123456789") for name in names}) < len(names):
        return item  # one certification named twice ("CACES 1 + CACES 3"): as typed
    status = re.sub(r"^ok\s+", "", match.group(2) or "", flags=re.IGNORECASE).lower()
    if status == "ok":
        status = ""  # "ok" says only that they are held: the list says as much
    status = re.sub(r"^valide\b", "valides", status)
    said = ", ".join(names[:-1]) + " et " + names[-1]
    space = " " if item[:1] == " " else ""  # a comma's part keeps its space
    return f"{space}certifications {said} {status}".rstrip()
