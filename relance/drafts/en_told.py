"""A strong point typed as what the candidate told the recruiter (session 19, English):
"talked about volunteering at the charity shop", "told him about organising the stockroom
at JD", "walked her through closing 40 underperforming stores", "showed my prompt book".

The interview is recalled to the recruiter's face ("I also told you about …", "I also
walked you through …"), never "I also told you that I talked about …". Only a note made of
the verb, the recruiter and one clean noun phrase is said: a reaction typed after it ("he
liked", "went well", "clearly"), a list, a second clause or a word the lexicon does not know
sends it back as before.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts import morph
from relance.drafts.morph import NOUN

THEM = r"(?:him|her|them|you)"
# (what the note typed, how the e-mail says it to the recruiter)
TOLD = (
    (re.compile(rf"^(?:talked|spoke)\s+(?:to\s+{THEM}\s+)?about\s+", re.I), "told you about "),
    (re.compile(rf"^told\s+{THEM}\s+about\s+", re.I), "told you about "),
    (re.compile(rf"^walked\s+{THEM}\s+through\s+", re.I), "walked you through "),
    (re.compile(rf"^showed\s+(?:{THEM}\s+)?(?=my\b|the\b)", re.I), "showed you "),
    (re.compile(r"^mentioned\s+(?=my\b)", re.I), "mentioned "),
)
MAX_WORDS = 12


def en_told(item: str) -> str:
    """'told you about organising the stockroom at JD', or "" if the note is not one."""
    text = item.strip()
    for pattern, said in TOLD:
        found = pattern.match(text)
        if found:
            rest = text[found.end() :].strip()
            return said + rest if _told_thing(rest) else ""
    return ""


def _told_thing(rest: str) -> bool:
    """A noun phrase the sentence may end on: its own words known, no clause, no reaction,
    no list, no singular count noun without its article ("organising the stockroom",
    "my prompt book", "dignity")."""
    words = rest.split()
    if not words or len(words) > MAX_WORDS or re.search(r"[,;:()+=/&\"'!?]|\s-\s", rest):
        return False
    if re.search(r"\b(?:st|rd|ave)\b", rest):
        return False  # "on high st": a street typed small
    first, last = words[0].lower(), words[-1]
    if first in ("how", "what", "why"):
        return False  # "how I handled the rush": a clause, read by the other rules
    from relance.drafts.vouch import refused

    shape = morph.shape(rest, "en")
    if shape.kind != NOUN or not shape.clean:
        return False  # "my take on it, he liked it", "the demo and they laughed"
    why = refused(shape, "bare", "en")
    gerund = first.endswith("ing") and why.startswith("no noun phrase first")
    if why and not gerund:
        return False
    bare = first not in morph.EN_DETERMINERS and not gerund and " " not in rest
    return not (bare and last.islower() and morph.en_count_only(last))  # "about project"
