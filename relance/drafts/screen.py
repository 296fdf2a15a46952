"""Keeping out of a draft the note fragments the tone guard would flag.

The candidate's notes are for themselves ("équipe sympa", "tkt", the recruiter's own "tu"):
a draft that quotes them would not pass the guard. Such a fragment is left out of the
draft; if a whole part goes, it shows as a placeholder for the candidate to word afresh.
"""

from __future__ import annotations

import re
from functools import lru_cache

from relance.drafts.privacy import ASIDE, LeftOut, sift

# A hard dependency: a draft that skipped the guard would go out unchecked.
from relance.tone import check
from relance.tone.model import Finding

# A list's comma: not inside brackets, nor between numbers ("CACES 1, 3 et 5").
LIST_COMMA = re.compile(r"(?<!\d),(?![^()]*\))|(?<=\d),(?!\s*\d)(?![^()]*\))")


@lru_cache(maxsize=4096)
def acceptable(fragment: str, lang: str) -> bool:
    """Would the tone guard (its default engine) let this fragment through in a message?

    Checked as a fragment: the learned model's thresholds are calibrated on whole messages,
    and a bare note is none ("réponse la semaine prochaine" is the recruiter's timeline, not
    a demand, once the draft says "J'ai bien noté les prochaines étapes : …"), so the model
    adds a finding of its own only when it is confident. The composed draft is checked
    whole by the default engine before it can be sent. One word in capitals beside others
    names a product or a body ("OPERA cloud", writer BY's by35), not a shout."""
    findings = check(fragment, lang=lang, kind="free", unit="fragment").findings
    return all(named_in_capitals(fragment, finding) for finding in findings)


def named_in_capitals(text: str, finding: Finding) -> bool:
    """Is this finding one word in capitals among other words (a name, not a shout)?"""
    word = text[finding.start : finding.end].strip()
    return finding.rule_id == "shouting.capitals" and " " not in word and text.strip() != word


def screened(items: list[str], lang: str) -> list[str]:
    return [item for item in items if acceptable(item, lang)]


def kept(
    items: list[str], lang: str, part: str, trade: str = ""
) -> tuple[list[str], list[LeftOut]]:
    """The items a message may quote, and those left out, each with its reason (`trade`: the
    job's title, `privacy.sift`)."""
    allowed, left = sift(items, lang, part, trade)
    quoted = []
    for item in allowed:
        if acceptable(item, lang):
            quoted.append(item)
            continue
        # "ponctuelle (je suis arrivée 10 min avant mdr)": the aside alone goes
        head = ASIDE.sub("", item).strip()
        if head and head != item and acceptable(head, lang):
            quoted.append(head)
            left.extend(
                LeftOut(part=part, text=aside, reason="tone") for aside in ASIDE.findall(item)
            )
            continue
        # "brand I love, fun culture": one colloquial piece does not take the list with it,
        # so a field with usable notes is never replaced by an empty field's placeholder.
        pieces = [piece.strip() for piece in LIST_COMMA.split(item) if piece.strip()]
        # A lone word ("mission") says nothing once the rest of its list is gone.
        good = [
            piece
            for piece in pieces
            if len(pieces) > 1 and len(piece.split()) > 1 and acceptable(piece, lang)
        ]
        quoted.extend(good)
        bad = [piece for piece in pieces if piece not in good]
        for piece in bad if good else [item]:
            left.append(LeftOut(part=part, text=piece, reason="tone"))
    return quoted, left
