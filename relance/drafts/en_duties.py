"""A gerund alone that names a task of the job: "felling, fencing, path work", "cleaning,
cooking, driving" (writer AS's as31). English says the role "covers felling and fencing";
the lexicons know "felling" only as a verb, and the drafts handed the list back whole.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

MIN_LETTERS = 7  # "felling"; never "doing", "going"
# Gerunds that name nothing done: the role does not "cover working".
EMPTY = frozenset(
    {
        "working", "learning", "getting", "having", "making", "taking", "thinking", "looking",
        "feeling", "talking", "saying", "trying", "coming", "knowing", "wanting", "helping",
        "starting", "changing", "meeting", "moving", "keeping", "growing", "training",
    }
)  # fmt: skip


def lone_duty(word: str, parts: dict[str, tuple[str, ...]] | set[str]) -> bool:
    """Is this one word (its parts of speech given) a gerund that names a task?"""
    return (
        word.isalpha()  # "spraying?" is a doubt, not a duty
        and word.endswith("ing")
        and len(word) >= MIN_LETTERS
        and "VERB" in parts
        and word not in EMPTY
    )
