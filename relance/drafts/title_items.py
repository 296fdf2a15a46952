"""An English role note that names the job itself: "bus driver city centre".

The e-mail names the job in its subject and its first sentence; "the role covers the bus driver
city centre" or "the role covers the workshop technician" (writer AC's ac27, ac38) says nothing
more and reads as nonsense, since a role covers tasks, not the person who does them. Such a
piece leaves the role's items and is listed to the candidate as the job's title.

In French, only the title's head alone or followed by where the job is done (« boucher en
boutique », writer AD's ad01, was « le poste consiste à boucher en boutique »): a French head is
often a task's word too (« aide au four » for an « aide boulanger », « conseiller particuliers »
for a « conseiller de clientèle »), and the gate already hands back « technicien labo ».
"""

from __future__ import annotations

import re
from functools import partial

from relance.drafts.titles import plain_title

MAX_WORDS = 4  # a longer piece says more than the title ("manager of a team of five")
# A person's noun by its ending ("driver", "technician", "operative", "mechanic"), or one of
# the short trade nouns no ending tells.
AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|ive|ic|man|ee|ess)$")
AGENT_WORDS = frozenset({"host", "nurse", "chef", "cook", "clerk", "guard", "porter", "lead"})


def head(position: str) -> str:
    """The person the title names: "Bus Driver" -> "driver"; "Software Engineer II, Backend"
    -> "engineer"; "" when no word of the title names a person."""
    title = plain_title(position, "", "en").split(",")[0]
    words: list[str] = re.findall(r"[A-Za-z][\w'-]*", title)
    for word in reversed(words):
        low = word.lower()
        if len(low) > 3 and (AGENT.search(low) or low in AGENT_WORDS):
            return low
    return ""


def names_the_job(piece: str, job_head: str) -> bool:
    """ "bus driver city centre", "workshop technician": the head after a word that qualifies
    it; "host tastings" (a verb and its object) and "train the driver" are tasks."""
    words = [word.lower() for word in re.findall(r"[\w'-]+", piece)]
    if not job_head or not words or len(words) > MAX_WORDS or job_head not in words:
        return False
    at = words.index(job_head)
    return words == [job_head] or (at >= 1 and words[0] not in ("a", "an", "the", "to"))


FR_WHERE = frozenset({"en", "chez", "dans"})


def fr_heads(position: str) -> frozenset[str]:
    """The French title's first word in both genders: {"boucher", "bouchère"}."""
    found = {plain_title(position, gender, "fr").split(" ", 1)[0].lower() for gender in "mf"}
    return frozenset(word for word in found if len(word) > 3)


def fr_names_the_job(piece: str, job_heads: frozenset[str]) -> bool:
    words = piece.lower().split()
    return bool(words) and words[0] in job_heads and (len(words) == 1 or words[1] in FR_WHERE)


def without_title(items: list[str], position: str, lang: str) -> tuple[list[str], list[str]]:
    """The role's items less the pieces that name the job, and those pieces."""
    from relance.drafts.reading import pieces  # lazily: reading imports the morphology

    names = (
        partial(fr_names_the_job, job_heads=fr_heads(position))
        if lang == "fr"
        else partial(names_the_job, job_head=head(position))
    )
    kept: list[str] = []
    titles: list[str] = []
    for item in items:
        parts = pieces(item, lang)
        rest = [part for part in parts if not names(part)]
        titles.extend(part for part in parts if part not in rest)
        if len(rest) == len(parts):
            kept.append(item)
        elif rest:
            kept.append(", ".join(rest))
    return kept, titles
