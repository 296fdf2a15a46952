"""What the candidate says they lack, which no sentence of theirs makes a strong point.

"talked about methadone dispensing, I was honest I have not done it" (writer AC's ac29) was
"In our conversation, I told you about methadone dispensing": the privacy screen kept the
head of the note and left out its self-criticism, so the e-mail claimed what the notes deny.
A note that says the candidate lacks it is said whole or not at all.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

LACKING = re.compile(
    r"\b(?:(?:have|has)\s+not\s+(?:done|used|worked)|(?:haven'?t|hasn'?t|never)\s+"
    r"(?:done|used|worked)|no\s+experience\s+(?:in|of|with)|pas\s+(?:encore\s+)?(?:fait|utilisé)|"
    r"jamais\s+(?:fait|utilisé|travaillé)|pas\s+d'expérience\s+(?:en|de|sur|avec)|"
    # « Workday : vu en formation seulement, pas en vrai » (writer AM's am22): seen, never used
    r"pas\s+en\s+vrai|(?:vu|fait|utilisé)\s+(?:qu'\s*)?en\s+formation\s+seulement|"
    r"only\s+(?:seen|used|done)\s+(?:it\s+)?in\s+(?:training|class|college)|not\s+for\s+real)\b",
    re.IGNORECASE,
)
