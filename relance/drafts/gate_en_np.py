"""The English noun-phrase checks of `gate_shapes`: a word after the determiner that is no
noun nor adjective ("my why I chose…", "my drove a school bus"), an adjective after its noun
("the go full time"), "a" before a plural ("a hospital work matters"), a clause inside, a
particle left without its verb ("the rubbish out"), and a count noun without its article
after a preposition ("with BSL interpreter", "in first month", "report to contract
manager").

Read with lemminflect's lexicon (`morph_en`), as the rest of the gate's English; kept apart
as `gate_fr` holds the French ones.
"""

from __future__ import annotations

import itertools

from relance.drafts.en_function_words import EN_PREPOSITIONS
from relance.drafts.gate_heads import EN_DIRECTIONS
from relance.drafts.slots import EN_DETERMINERS

EN_PRONOUNS = frozenset(["i", "he", "she", "we", "they", "it", "you"])


# Words that name a qualification's level before its number: "level 2", "grade 5", "stage 3"
LEVEL_WORDS = frozenset({"level", "grade", "stage", "part", "module", "unit"})


def _en(word: str) -> dict[str, tuple[str, ...]]:
    from relance.drafts.morph_en import lemminflect_parts

    return lemminflect_parts(word.lower())


def _en_count_singular(word: str) -> bool:
    from relance.drafts.morph_en import en_count_only

    return word.islower() and en_count_only(word)


EN_RELATIVES = frozenset(["that", "which", "who", "whose", "where", "when"])


EN_PARTICLES = frozenset(["up", "out", "down", "off", "back", "over", "away", "in"])


def en_np_fault(words: list[str]) -> str:
    # A relative clause is the noun's own ("a kitchen that trains its people"): not read.
    at = next((i for i, w in enumerate(words) if w.lower() in EN_RELATIVES and i), len(words))
    words = words[:at]
    low = [w.lower() for w in words]
    if len(words) == 1 and words[0].islower() and "NOUN" not in _en(words[0]):
        return "no noun"  # "pensionable": no lexicon says it is a noun
    if any(w in EN_PRONOUNS for w in low[1:]):
        return "a clause"
    # "back into defence", "into the public sector" (writer AH's ah36): a direction, no thing
    if low[0] in EN_PREPOSITIONS or (
        low[0] in EN_DIRECTIONS and (len(low) == 1 or low[1] in EN_PREPOSITIONS)
    ):
        return "no noun phrase"
    if low[0] in EN_DETERMINERS and len(words) > 1:
        after = words[1]
        parts = _en(after)
        if after.islower() and after.isalpha() and parts and not {"NOUN", "ADJ"} & set(parts):
            return "no noun after the determiner"
        if after.islower() and parts and "NOUN" not in parts and "ADJ" not in parts:
            return "no noun after the determiner"
    for before, word in itertools.pairwise(low):
        verb = before.isalpha() and before not in EN_DETERMINERS and "VERB" in _en(before)
        if word in EN_DETERMINERS and verb and before not in EN_PREPOSITIONS:
            return "a verb and its object"  # "my drove a school bus"
    noun_seen = False
    head = ""
    for word in words[1:] if low[0] in EN_DETERMINERS else words:
        w = word.lower()
        if w in EN_PREPOSITIONS or not word.isalpha():
            break
        parts = _en(w)
        nxt = words[words.index(word) + 1].lower() if word != words[-1] else ""
        # "the go full time"; "steady work close to home" is the adjective's own phrase.
        post = nxt not in EN_PREPOSITIONS
        if head.endswith("ing") and w in EN_PARTICLES:
            post = False  # "washing up", "setting out": a gerund's particle
        if w in LEVEL_WORDS and nxt[:1].isdigit():
            post = False  # "food hygiene level 2" (writer CA's ca40): a level, no adjective
        if noun_seen and post and "ADJ" in parts and "NOUN" not in parts and "ADV" not in parts:
            return "an adjective after its noun"
        if noun_seen and post and set(parts) == {"ADJ", "ADV", "NOUN", "VERB"}:
            return "an adjective after its noun"
        noun_seen = noun_seen or ("NOUN" in parts and word.islower())
        head = w
    if low[0] in ("a", "an") and head and head.endswith("s") and _en_plural(head):
        return "'a' before a plural"
    # "the rubbish out" (writer AW's aw34: "It also covers the rubbish out."): a phrasal verb's
    # particle left after its object, the verb ("taking") gone
    particle = len(low) > 1 and low[-1] in EN_PARTICLES and not low[-2].endswith("ing")
    if particle and "NOUN" in _en(low[-2]) and low[-2] not in EN_PREPOSITIONS:
        return "a particle without its verb"
    return en_after_preposition(words)


def _en_plural(word: str) -> bool:
    import lemminflect

    lemmas = _en(word).get("NOUN", ())
    return (
        bool(lemmas)
        and word not in lemmas
        and all(
            word in lemminflect.getAllInflections(lemma, "NOUN").get("NNS", ()) for lemma in lemmas
        )
    )


def en_after_preposition(words: list[str]) -> str:
    """ "with BSL interpreter", "in first month", "to contract manager": a count noun in the
    singular after a preposition, with no determiner before it."""
    for at, word in enumerate(words):
        if word.lower() not in EN_PREPOSITIONS:
            continue
        run: list[str] = []
        for nxt in words[at + 1 :]:
            if nxt.lower() in EN_DETERMINERS or nxt[:1].isdigit() or nxt.lower().endswith("'s"):
                run = []
                break
            if nxt.lower() in EN_PREPOSITIONS or not nxt.isalpha():
                break
            run.append(nxt)
        nouns = [w for w in run if w.islower() and "NOUN" in _en(w)]
        if nouns and _en_count_singular(nouns[-1]) and not nouns[-1].endswith("ing"):
            return "a noun without its article after a preposition"
    return ""
