"""Keeping out of a draft the note fragments the tone guard would flag.

The candidate's notes are for themselves ("équipe sympa", "tkt", the recruiter's own "tu"):
a draft that quotes them would not pass the guard. Such a fragment is left out of the
draft; if a whole part goes, it shows as a placeholder for the candidate to word afresh.
"""

from __future__ import annotations

from functools import lru_cache

from relance.drafts.privacy import LeftOut, sift

# A hard dependency: a draft that skipped the guard would go out unchecked.
from relance.tone import check


@lru_cache(maxsize=4096)
def acceptable(fragment: str, lang: str) -> bool:
    """Would the tone guard (its default engine) let this fragment through in a message?

    Checked as a fragment: the learned model's thresholds are calibrated on whole messages,
    and a bare note is none ("réponse la semaine prochaine" is the recruiter's timeline, not
    a demand, once the draft says "J'ai bien noté les prochaines étapes : …"), so the model
    adds a finding of its own only when it is confident. The composed draft is checked
    whole by the default engine before it can be sent."""
    return check(fragment, lang=lang, kind="free", unit="fragment").clean


def screened(items: list[str], lang: str) -> list[str]:
    return [item for item in items if acceptable(item, lang)]


def kept(items: list[str], lang: str, part: str) -> tuple[list[str], list[LeftOut]]:
    """The items a message may quote, and those left out, each with its reason."""
    allowed, left = sift(items, lang, part)
    quoted = []
    for item in allowed:
        if acceptable(item, lang):
            quoted.append(item)
        else:
            left.append(LeftOut(part=part, text=item, reason="tone"))
    return quoted, left
