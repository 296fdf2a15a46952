"""What the recruiter liked, said after « que vous appréciiez » (`phrasing._glad`).

« le fait que je connaisse le LGPI » reads as a pasted clause; « ma connaissance du LGPI »
as written: knowing is said as knowledge, its object with « de » contracted. After « le fait
que », the verb takes the subjunctive: a note's indicative (« je connais », « je fais ») is
put in it when the form is certain, and a clause that reports the interview's talk (« je
parle des rapprochements bancaires ») is no strength the recruiter liked (`gate`)."""

from __future__ import annotations

import re

from relance.drafts.grammar import fr_de

KNOWS = re.compile(
    r"^le fait que je (?:connaisse|connais)\s+(?P<how>(?:bien|déjà)\s+)*(?P<what>.+?)"
    r"(?P<by_heart>\s+par\s+c(?:œ|oe)ur)?$"
)
ARTICLES = ("le ", "les ", "la ", "l'", "l’")
PIECES = re.compile(r"(,\s+(?:et\s+)?|\s+et\s+)")
SUBJUNCTIVE = {
    "connais": "connaisse",
    "fais": "fasse",
    "veux": "veuille",
    "suis": "sois",
    "ai": "aie",
    "sais": "sache",
    "peux": "puisse",
    "vais": "aille",
}
INDICATIVE = re.compile(r"^(le fait que (?:je|j'))\s*(\w+)\b")
# « je parle des rapprochements », « je parle aux collègues »: the talk, not a strength;
# « je parle anglais » is one.
TALK = re.compile(r"^le fait que je parle (?:de|des|du|d'|aux|au)\b")


def fr_liked_what(what: str) -> str:
    """The thing liked as a careful writer says it after « que vous appréciiez »."""
    known = KNOWS.match(what)
    if known and not known["what"].startswith(("tout", "tous")):
        pieces = PIECES.split(known["what"])
        if all(_of(piece) for piece in pieces[::2]):
            said = "".join(_of(p) if i % 2 == 0 else p for i, p in enumerate(pieces))
            good = "bonne " if known["how"] and "bien" in known["how"] else ""
            good = "parfaite " if known["by_heart"] else good  # never "… par cœur" (u24)
            return f"ma {good}connaissance {said}"
    return INDICATIVE.sub(_subjunctive, what, count=1)


def _subjunctive(found: re.Match[str]) -> str:
    lead, verb = found[1], SUBJUNCTIVE.get(found[2], found[2])
    return f"{lead}{verb}" if lead.endswith("'") else f"{lead} {verb}"


def _of(piece: str) -> str:
    """'le LGPI' -> 'du LGPI', 'SecuTix' -> 'de SecuTix' (`grammar.fr_de`), or "" when
    unsure: a bare noun typed small has no article to contract."""
    if piece.startswith(ARTICLES) or piece[:1].isupper():
        return fr_de(piece)
    return ""


def reports_talk(what: str) -> bool:
    return bool(TALK.match(what))
