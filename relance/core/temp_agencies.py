"""Temp and recruitment agencies, so that an application typed the wrong way round is read
the right way round.

The form asks for the company (the agency, when one is in between) and, beside it, the
agency's client. Typed on a phone, the two swap: writer AY's ay24 typed « vilmorin » as the
company and « manpower » as the client, and the catch-up thanked Manpower for the job
"chez Manpower, proposé par Vilmorin". When the client field names a known agency and the
company field does not, the two are read swapped. Plain data, no Django.
"""

from __future__ import annotations

import re

from relance.core.accents import fold as fold_accents

# Lower case, without accents, as `fold` gives them. Only names no employer shares: "Side",
# "Spring" or "Actual" are left out, since a client could be called so.
AGENCIES = frozenset(
    {"adecco", "manpower", "manpowergroup", "randstad", "synergie", "crit", "proman",
     "start people", "interaction", "partnaire", "samsic emploi", "supplay",
     "leader interim", "gojob", "staffmatch", "expectra", "temporis", "triangle interim",
     "domino rh", "ergalis", "welljob", "lynx rh", "adequat", "appel medical", "gi group",
     "tempo team", "jobandtalent", "hays", "robert half", "michael page", "page personnel",
     "reed", "pertemps", "blue arrow", "office angels", "brook street", "kelly services",
     "driver hire", "tiger recruitment", "staffline", "hudson", "adecco medical",
     "manpower interim", "randstad interim"}
)  # fmt: skip
SEPARATORS = re.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """« Manpower Angers-Centre » -> "manpower angers centre"."""
    return SEPARATORS.sub(" ", fold_accents(name)).strip()


def is_agency(name: str) -> bool:
    """Does the name start with a known agency's (« Randstad Inhouse », "Hays Leeds")?"""
    folded = fold(name)
    return any(folded == agency or folded.startswith(agency + " ") for agency in AGENCIES)


def in_order(company: str, client: str) -> tuple[str, str]:
    """(company, client) as the form means them: swapped when only the client is an agency."""
    if client.strip() and is_agency(client) and not is_agency(company):
        return client, company
    return company, client
