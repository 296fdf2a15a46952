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

from relance.drafts.titles import plain_title

MAX_WORDS = 4  # a longer piece says more than the title ("manager of a team of five")
# A person's noun by its ending ("driver", "technician", "operative", "mechanic"), or one of
# the short trade nouns no ending tells.
AGENT = re.compile(r"(?:er|or|ist|yst|ian|ant|ent|ive|ic|man|ee|ess)$")
AGENT_WORDS = frozenset(
    {"host", "nurse", "chef", "cook", "clerk", "guard", "porter", "lead", "apprentice", "intern"}
)
# "analyst in commercial insights", "Head sommelier for a 60-cover restaurant" (writer AF's
# af39, af35): the title, then where it sits; a longer piece still names the person.
QUALIFIED = frozenset({"in", "for", "at", "on", "within"})
MAX_QUALIFIED_WORDS = 7


def head(position: str) -> str:
    """The person the title names: "Bus Driver" -> "driver"; "Software Engineer II, Backend"
    -> "engineer"; "" when no word of the title names a person."""
    title = plain_title(position, "", "en").split(",")[0]
    words: list[str] = re.findall(r"[A-Za-z][\w'-]*", title)
    for word in reversed(words):
        low = word.lower()
        if _is_agent(low):
            return low
    return ""


def names_the_job(piece: str, job_head: str, title: frozenset[str] = frozenset()) -> bool:
    """ "bus driver city centre", "workshop technician": the head after a word that qualifies
    it; "host tastings" (a verb and its object) and "train the driver" are tasks."""
    words = [word.lower() for word in re.findall(r"[\w'-]+", piece)]
    if not job_head or not words or job_head not in words[:MAX_WORDS]:
        return False
    at = words.index(job_head)
    if all(word == job_head or _is_agent(word) for word in words):
        return True  # "apprentice plumber" for a "Plumbing Apprentice" (writer AF's af38)
    qualified = len(words) > at + 1 and words[at + 1] in QUALIFIED
    # "Head sommelier for …": only the title's own words before its head
    qualified = qualified and all(word in title for word in words[:at])
    if len(words) > (MAX_QUALIFIED_WORDS if qualified else MAX_WORDS):
        return False
    return words == [job_head] or (
        (at >= 1 or qualified) and words[0] not in ("a", "an", "the", "to")
    )


def _is_agent(word: str) -> bool:
    return len(word) > 3 and bool(AGENT.search(word) or word in AGENT_WORDS)


def acronym(position: str) -> str:
    """ "Customer Success Manager - SaaS Practice" -> "csm": the title as people shorten it."""
    title = plain_title(position, "", "en").split(",")[0]
    words = re.findall(r"[A-Za-z][\w'-]*", title)
    return "".join(word[0] for word in words).lower() if len(words) > 1 else ""


FR_WHERE = frozenset({"en", "chez", "dans"})


def fr_heads(position: str) -> frozenset[str]:
    """The French title's first word in both genders: {"boucher", "bouchère"}."""
    found = {plain_title(position, gender, "fr").split(" ", 1)[0].lower() for gender in "mf"}
    return frozenset(word for word in found if len(word) > 3)


# Words that join a title's nouns: « aide à domicile » does not make « aide à la toilette » a title.
JOINING = frozenset({"à", "a", "de", "d'", "du", "des", "en", "et", "la", "le", "l'", "of", "the"})


def title_words(position: str, lang: str) -> frozenset[str]:
    words = re.findall(r"[\w'-]+", plain_title(position, "", lang).lower())
    return frozenset(word for word in words if word not in JOINING)


def fr_names_the_job(
    piece: str, job_heads: frozenset[str], title: frozenset[str] = frozenset()
) -> bool:
    """« boucher en boutique », « pharmacien adjoint » (writer AF's af10: the title's head
    and the title's next word, « le poste comprend le pharmacien adjoint »)."""
    words = piece.lower().split()
    if not words or words[0] not in job_heads:
        return False
    return len(words) == 1 or words[1] in FR_WHERE or words[1] in title


def without_title(items: list[str], position: str, lang: str) -> tuple[list[str], list[str]]:
    """The role's items less the pieces that name the job, and those pieces."""
    from relance.drafts.reading import pieces  # lazily: reading imports the morphology

    title = title_words(position, lang)
    # the title's head and initials read once, not once per piece
    job_heads, job_head = (
        (fr_heads(position), "") if lang == "fr" else (frozenset(), head(position))
    )
    short = acronym(position) if lang == "en" else ""

    def names(part: str) -> bool:
        if lang == "fr":
            return fr_names_the_job(part, job_heads, title)
        return names_the_job(part, job_head, title) or part.lower() == short

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
