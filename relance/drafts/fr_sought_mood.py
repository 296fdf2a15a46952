"""The mood of the clause that says whom the recruiter seeks, in French.

« vous recherchez quelqu'un qui tient les délais » reads as a slip to a French reader (writer
BK's bk11): the person is sought, not known, and the relative clause takes the subjunctive,
« quelqu'un qui tienne les délais ». Verbs of the first group sound the same in the singular
(« qui gère », « qui parle »); the irregular verbs a note uses most are written here.
"""

from __future__ import annotations

import re

from relance.drafts.quality import masculine

SUBJUNCTIVE = {
    "tient": "tienne", "sait": "sache", "peut": "puisse", "fait": "fasse", "a": "ait",
    "est": "soit", "va": "aille", "connaît": "connaisse", "connait": "connaisse",
    "prend": "prenne", "vient": "vienne", "met": "mette", "dit": "dise", "écrit": "écrive",
    "lit": "lise", "conduit": "conduise", "vit": "vive", "suit": "suive", "part": "parte",
    "sort": "sorte", "comprend": "comprenne", "apprend": "apprenne", "reste": "reste",
    "veut": "veuille", "doit": "doive", "reçoit": "reçoive", "tiennent": "tiennent",
    "savent": "sachent", "peuvent": "puissent", "font": "fassent", "ont": "aient",
    "sont": "soient", "vont": "aillent", "connaissent": "connaissent", "prennent": "prennent",
}  # fmt: skip
SOUGHT_WHO = re.compile(
    r"^((?:quelqu['’]un|une\s+personne|des\s+personnes|des\s+gens|un\s+profil|"
    r"des\s+profils)\s+(?:\w+\s+)?qui\s+(?:ne\s+|n['’])?)(\w+)\b",
    re.IGNORECASE,
)


# « quelqu'un qui soit opérationnelle » (writer BN's bn19): « quelqu'un » is masculine, and so
# is the adjective that says what the person is
SOMEONE_IS = re.compile(r"^(quelqu['’]un\s+qui\s+(?:soit|est|sera|serait)\s+)(\w+)\b", re.I)


def subjunctive(sought: str) -> str:
    """« quelqu'un qui tient les délais » -> « quelqu'un qui tienne les délais »."""
    found = SOUGHT_WHO.match(sought)
    if found is not None and found[2].lower() in SUBJUNCTIVE:
        sought = found[1] + SUBJUNCTIVE[found[2].lower()] + sought[found.end() :]
    return _masculine_after(sought)


def _masculine_after(sought: str) -> str:
    found = SOMEONE_IS.match(sought)
    written = masculine(found[2]) if found else None
    if found is None or not written:
        return sought
    return found[1] + written + sought[found.end() :]
