"""Whose state a word of distress tells: the writer's own, or the people of the job.

"I supported families facing eviction" is the job (the job-content frames excuse it); "I
burnt out badly on the wards last year" (writer AN) is the writer confiding a burn-out, and
the ward beside it is where it happened, not whose it was. A rule lists in `unless_for_others`
the frames that excuse a hit only when the hit is not said of the writer: a first-person
subject just before it, across auxiliaries and adverbs only ("I still cry", "I've burnt out",
« je me suis effondrée », « j'ai fait un burn-out »), makes it the writer's own state.
"""

from __future__ import annotations

from relance.tone.lexing import Token

FIRST_PERSON = frozenset({"i", "je", "j'"})
# what may stand between the subject and the word: auxiliaries, adverbs, a reflexive, the
# light verbs of « faire un burn-out », "had a breakdown"
BETWEEN = {
    "en": frozenset(
        {"'m", "am", "was", "'ve", "have", "had", "'d", "been", "be", "got", "get", "went"}
        | {"still", "just", "really", "so", "completely", "totally", "badly", "nearly"}
        | {"almost", "literally", "often", "sometimes", "then", "also", "even", "a", "an"}
        | {"kind", "of", "sort", "quite", "very", "utterly", "honestly", "actually"}
    ),
    "fr": frozenset(
        {"ai", "avais", "suis", "étais", "été", "me", "m'", "fait", "un", "une", "encore"}
        | {"complètement", "totalement", "vraiment", "souvent", "parfois", "presque"}
        | {"carrément", "littéralement", "aussi", "même", "alors", "eu", "y"}
    ),
}
REACH = 5


def said_of_oneself(tokens: list[Token], index: int, lang: str) -> bool:
    """Is tokens[index] told of the writer: a first-person subject shortly before it, with
    only auxiliaries and adverbs between?"""
    between = BETWEEN.get(lang, BETWEEN["en"])
    for back in range(index - 1, max(-1, index - 1 - REACH), -1):
        word = tokens[back].text.lower()
        if word in FIRST_PERSON:
            return True
        if not tokens[back].is_word or word not in between:
            return False
    return False
