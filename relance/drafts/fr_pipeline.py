"""spaCy's small French pipeline, loaded once and lazily, and the lexicon its lemmatizer ships.

The tagger alone is unreliable on two-word fragments; the part-of-speech lexicon of its
lemmatizer (66,000 nouns, 28,000 adjectives, 9,000 verbs) is what `fr_word_classes` reads.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def parsed() -> Any:
    """spaCy's small French pipeline with its dependency parser, without the entity
    recogniser. Loaded once for both readings: a second copy of the model costs about 140 MB
    (bench/spacy_memory.py) and the parser does not change the tags or lemmas."""
    import spacy

    return spacy.load("fr_core_news_sm", exclude=["ner"])


class _Tagger:
    """The parsed pipeline run without its parser: tags and lemmas at the tagger's cost. The
    parser is skipped per call, not disabled on the shared pipeline, which threads share."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.Defaults = nlp.Defaults

    def __call__(self, text: str) -> Any:
        return self.nlp(text, disable=["parser"])

    def get_pipe(self, name: str) -> Any:
        return self.nlp.get_pipe(name)


@cache
def french() -> _Tagger:
    """The French pipeline for tags and lemmas (see `_Tagger`); `parsed()` when a fragment's
    dependencies are wanted: "reste à Nantes sud" read as a verb and its place."""
    return _Tagger(parsed())


@cache
def fr_index() -> dict[str, frozenset[str]]:
    table = french().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {pos: frozenset(table[pos]) for pos in ("adj", "noun", "verb", "adv")}


@cache
def fr_forms() -> Any:
    """Inflected forms the lemmatizer knows ("choix", "lits"): its lookup table's keys."""
    return french().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


RELATIVES = frozenset({"que", "qu'", "qui", "dont", "où"})


def fr_finite_clause(text: str) -> bool:
    """A note that opens on a subject and its finite verb: « la clientèle chinoise revient
    depuis 2023 », « le client a besoin de renfort ». A participle is no verb of a clause
    (« le projet tourné vers la nature »), nor a verb after a relative (« une marque que tout
    le monde connait »)."""
    doc = parsed()(text)
    for root in (token for token in doc if token.dep_ == "ROOT"):
        if "Fin" not in root.morph.get("VerbForm"):
            continue
        subjects = [child for child in root.children if child.dep_ == "nsubj"]
        between = (token.lower_ for token in doc[: root.i])
        if subjects and subjects[0].i <= 2 and not RELATIVES & set(between):
            return True
    return False
