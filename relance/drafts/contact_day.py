"""The recruiter will call or text the candidate on a day: said as that, not as a deadline.

"he'll text Friday" (writer N's n39), "they'll call me thursday" (w35), "she calls me thurs 26th
with feedback" (n38), "he'll ring thurs to confirm" (k10): a contact on a day, which the
closing said as "an answer on the next steps by Friday" or handed back. The day is said with
the means ("You told me you would text me on Friday 27 November"), and "with feedback" when
typed; a choice of days ("Monday or Tuesday"), a day that hangs on something ("once the check
is done") or a deadline ("by Friday") is left to the other readings. English only: the French
« il me rappelle jeudi » is read by `next_steps` already.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from relance.drafts import typed_days

# Who contacts, how, and the day right after: "he'll text Friday", "she calls me thurs 26th".
CONTACT = re.compile(
    r"\b(?:she|he|they|hr)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to)?\s+"
    r"(?P<how>calls?|rings?|phones?|texts?|emails?|e-mails?)(?:\s+me)?(?:\s+back)?\s+"
    r"(?:on\s+)?(?P<day>[^,;]+?)\s*"
    # what may follow the day: what the call brings, or nothing
    r"(?:(?P<with>with\s+(?:feedback|an\s+answer|the\s+outcome|news|the\s+results))"
    r"|to\s+confirm)?\s*[.!]?\s*$",
    re.I,
)
# Said with the means typed: a ring or a phone call is a call.
HOW = {"call": "call", "ring": "call", "phone": "call", "text": "text", "email": "email"}
AFTER_DAY = re.compile(r"\b(?:or|once|if|when|after|by|before|between|and)\b", re.I)


@dataclass(frozen=True)
class Contact:
    how: str  # "call", "text", "email"
    day: date
    about: str  # " with feedback", or ""


def read(items: list[str], interview_day: date) -> Contact | None:
    """The contact on one day the notes give, or None."""
    for item in items:
        found = CONTACT.search(item)
        if found is None or AFTER_DAY.search(found.group("day")):
            continue
        day = typed_days.first_day(found.group("day"), "en", interview_day)
        if day is None:
            continue
        how = HOW[found.group("how").lower().rstrip("s").replace("e-mail", "email")]
        about = " " + " ".join(found.group("with").split()) if found.group("with") else ""
        return Contact(how, day, about)
    return None
