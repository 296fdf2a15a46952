""" "report to manager", "dashboards for client": an English note drops the article a sentence
needs before a singular count noun after "to", "for" or "with". The catch-up writes it ("report
to the manager") rather than hand the whole note back for one missing word (writer AL's al29,
al27: the role's main duties handed back, a minor one kept).

Only the definite article, which reads right for the people and things of the job the
recruiter spoke of, and never in the idioms that take none ("go to work", "for example",
"to hospital").
"""

from __future__ import annotations

import re

from relance.drafts.en_function_words import EN_PREPOSITIONS
from relance.drafts.slots import EN_DETERMINERS

AFTER = frozenset({"to", "for", "with"})
# Nouns these prepositions take bare: "to work", "for example", "to hospital" (British)
IDIOMS = frozenset(
    {"work", "school", "hospital", "court", "church", "bed", "prison", "university", "college",
     "town", "sea", "example", "instance", "sale", "hire", "free", "lunch", "dinner",
     "breakfast", "date", "scale", "purpose", "time", "home", "order"}
)  # fmt: skip
WORD = re.compile(r"\S+")
# Adjectives used as nouns ("to hybrid", "palliative"), never "peak", "head" or "shift"
ADJECTIVE_ENDING = re.compile(r"(?:ive|ous|ful|less|able|ible|id)$")
PROMOTED = re.compile(r"^(?:promot|progress|grow|step|move)\w*$", re.I)


def with_the(note: str) -> str:
    """The note with "the" after "to"/"for"/"with" before a bare singular count noun."""
    from relance.drafts.gate_en_np import _en, _en_count_singular

    words = WORD.findall(note)
    out: list[str] = []
    for at, word in enumerate(words):
        out.append(word)
        if at == 0 and word.lower() in RUNS and _runs_bare(words, at):
            out.append("the")  # "run site day to day" (writer BU's bu27): the site
            continue
        if word.lower() not in AFTER or at == 0:
            continue
        run: list[str] = []
        for nxt in words[at + 1 :]:
            bare = nxt.rstrip(",;.")
            low = bare.lower()
            if low in EN_DETERMINERS or low in EN_PREPOSITIONS or low in ("and", "or"):
                break  # "clients with dementia and palliative": no head to read
            if not bare.isalpha():
                break
            run.append(bare)
            if bare != nxt:
                break  # a comma ends the phrase: "report to manager, coach juniors"
        if not run or any(w.lower() in EN_DETERMINERS for w in run[:1]):
            continue
        nouns = [w for w in run if w.islower() and "NOUN" in _en(w)]
        head = nouns[-1] if nouns else ""
        if not head or head != run[-1] or head in IDIOMS or head.endswith("ing"):
            continue
        if ADJECTIVE_ENDING.search(head) or (at and PROMOTED.match(words[at - 1])):
            continue  # "to hybrid", "with palliative"; "promote to senior manager": a rank
        if word.lower() == "to" and "VERB" in _en(run[0]):
            continue  # "to lead team", "to cover shift": an infinitive, its object left alone
        if _en_count_singular(head):
            out.append("the")
    return " ".join(out)


# Verbs of running a place or a team, typed without the object's article: "run site day to
# day", "manage yard", "supervise gang"
# ("want to lead team" is left alone: a team, any team, not the recruiter's; only a note
# that opens on the verb is read so)
RUNS = frozenset({"run", "manage", "supervise", "oversee"})


def _runs_bare(words: list[str], at: int) -> bool:
    """Is the word after `at` a bare singular count noun ending the phrase ("run site day to
    day", "manage yard, …")?"""
    from relance.drafts.gate_en_np import _en, _en_count_singular

    if at + 1 >= len(words):
        return False
    typed = words[at + 1]
    noun = typed.rstrip(",;.")
    after = words[at + 2].lower() if at + 2 < len(words) and noun == typed else ""
    if not noun.isalpha() or not noun.islower() or noun in IDIOMS or "NOUN" not in _en(noun):
        return False
    if after and after not in EN_PREPOSITIONS and after not in ("day", "and", "or"):
        return False  # "run site inductions": the noun is a modifier
    return _en_count_singular(noun)
