"""Word classes of French words as the lemmatizer's lexicon lists them: can an article go
before this word, is it an adjective, a noun and never a verb, a plural noun's form.
Notes are fragments, so the tagger's guess on two words is settled by the lexicon."""

from __future__ import annotations

from functools import cache

from relance.drafts.fr_pipeline import fr_index as _fr_index
from relance.drafts.fr_pipeline import french

# Adjectives used as nouns in notes ("anglais courant", "bon relationnel").
NOUN_ADJECTIVES = frozenset(
    {"anglais", "français", "espagnol", "italien", "allemand", "arabe", "portugais", "chinois",
     "russe", "relationnel", "social", "public", "commercial", "physique"}
)  # fmt: skip


@cache
def fr_is_noun(word: str) -> bool:
    """Can an article go before this word as a noun's head? Not before an adjective
    ("autonome avec les machines") or a participle ("habituée au froid"); an unknown word or
    one the lexicon lacks ("permis", "téléphone") is taken as a noun."""
    index = _fr_index()
    singular = word[:-1] if word.endswith(("s", "x")) else word
    if word in NOUN_ADJECTIVES or singular in NOUN_ADJECTIVES:
        return True
    if word in index["noun"] or singular in index["noun"]:
        return True  # "foyer", "froid": a noun too (`fr_noun_head` reads what follows)
    framed = french()("une personne " + word)
    read_as = framed[2].pos_ if len(framed) == 3 else ""
    if word in index["adj"] or singular in index["adj"]:
        return False
    if word.endswith(("é", "ée", "és", "ées")):
        return read_as not in ("ADJ", "VERB")
    return True


def fr_is_adjective(word: str) -> bool:
    """'autonome', 'habituée': a form the lexicon knows as an adjective (or a participle)."""
    index = _fr_index()
    singular = word[:-1] if word.endswith(("s", "x")) else word
    if word in index["adj"] or singular in index["adj"]:
        return True
    return word.endswith(("é", "ée")) and not fr_is_noun(word)  # "habituée", not "tournée"


def fr_noun_only(word: str) -> bool:
    """'foyer': a word the lexicon knows as a noun and never as a verb."""
    index = _fr_index()
    if word.endswith(("s", "x")) and not any(word in words for words in index.values()):
        if word[:-1] in index["adj"]:
            return False  # "élevés": a participle too, read as typed
        word = word[:-1]  # the lexicon lists the singular: "formalités", "tournées"
    return word in index["noun"] and word not in index["verb"]


def content_word(word: str) -> bool:
    """A noun or an adjective the lexicon knows, in any form."""
    index = _fr_index()
    forms = (word, word[:-1], word[:-2])  # « extérieures »: the lexicon lists lemmas
    return any(form in index["noun"] or form in index["adj"] for form in forms)


def adjective_only(word: str) -> bool:
    """An adjective the lexicon knows in some form, and no noun: « extérieures »."""
    index = _fr_index()
    forms = (word, word[:-1], word[:-2])
    return any(f in index["adj"] for f in forms) and not any(f in index["noun"] for f in forms)


def plural_noun_only(word: str) -> bool:
    """A plural the lexicon knows as a noun's, never as an adjective's ("camions", not
    "infirmiers" nor "frais")."""
    index = _fr_index()
    singular = word[:-1]
    if word in index["adj"] or singular in index["adj"] or word in index["verb"]:
        return False
    return singular in index["noun"] or word in index["noun"]
