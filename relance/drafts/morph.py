"""What kind of phrase a note fragment is, and whether it can stand in a sentence as typed.

French is read by spaCy's `fr_core_news_sm` (part of speech, gender, number, verb form) with
the part-of-speech lexicon its lemmatizer ships (66,000 nouns, 28,000 adjectives, 9,000
verbs): the tagger alone is unreliable on two-word fragments ("autonome" tagged NOUN,
"client" ADV), the lexicon settles them. English has no model on the package index (only
third-party re-uploads of one, not depended on): it is read with lemminflect's lexicon of
parts of speech and pyspellchecker's word list.

Both load lazily, on the first catch-up or preview that needs them (for French about 3.5 s
of CPU and 300 MB with spaCy itself: docs/drafts.md has the figures), never at import: the
follow-up, the call script and the voicemail never load them; `warm()` loads them at a
worker's start.

A fragment is `clean` when a careful writer could put it in a sentence unchanged: every word
known (or a name, an acronym, a number), no symbol standing for a word, no telegraphic
"accueil client" (two nouns with nothing between them), no third person left, no negation
without its "ne", not dangling. What is not clean is never guessed at: the catch-up keeps it
marked for the candidate to rewrite.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

NOUN = "noun"  # a noun phrase: "la mise en rayon", "permis B", "quelqu'un qui parle anglais"
ADJECTIVE = "adjective"  # "autonome et ponctuel", "reliable"
INFINITIVE = "infinitive"  # "charger le véhicule", "own the incident process"
CLAUSE = "clause"  # a finite clause with its own subject: "le poste est en 3x8"
MINE = "mine"  # a clause in the candidate's voice: "j'ai déjà fait de la préparation"
YOURS = "yours"  # the recruiter spoken to: "vous avez apprécié mon calme"

SYMBOL = re.compile(r"[+=&<>~]|->|=>|(?<=[^\W\d])\s?/\s?(?=[^\W\d])|\.{2,}")
FR_COLLOQUIAL = frozenset(
    {"enfin", "ça", "boite", "boîte", "grosse", "gros", "vraiment", "ok", "okay", "etc", "truc",
     "trucs", "machin", "genre", "top", "cool", "super", "grave", "nickel", "bosser", "boulot",
     "taf", "mec", "nana", "meuf", "tkt", "bof", "ouf", "kiffe", "kiffer", "ptit", "p'tit", "perso"}
)  # fmt: skip
EN_COLLOQUIAL = frozenset(
    {"ok", "okay", "etc", "stuff", "cool", "awesome", "gonna", "wanna", "kinda", "sorta", "guy",
     "guys"}
)  # fmt: skip
FR_THIRD = frozenset({"il", "elle", "ils", "elles", "leur", "leurs", "lui", "eux"})
EN_THIRD = frozenset({"she", "he", "they", "her", "his", "their", "them", "him"})
FR_NEGATIVE = frozenset({"pas", "rien", "jamais", "aucun", "aucune", "guère"})
FR_DETERMINERS = frozenset(
    {"un", "une", "des", "du", "de", "la", "le", "les", "l'", "mon", "ma", "mes", "ton", "ta",
     "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "ce", "cet", "cette", "ces",
     "plusieurs", "quelques", "chaque", "tout", "toute", "tous", "toutes", "aucun", "aucune",
     "beaucoup", "peu"}
)  # fmt: skip
EN_DETERMINERS = frozenset(
    {"a", "an", "the", "my", "our", "your", "this", "that", "these", "those", "some", "several",
     "each", "every", "any"}
)  # fmt: skip
FR_SOMEONE = re.compile(r"^(?:quelqu'un|une personne|un profil|des personnes|des gens)\b", re.I)
EN_SOMEONE = re.compile(r"^(?:someone|somebody|a person|people)\b", re.IGNORECASE)
FR_FUNCTION = frozenset(
    {"à", "au", "aux", "de", "des", "du", "en", "et", "ou", "pour", "par", "avec", "sans", "sur",
     "sous", "dans", "chez", "entre", "vers", "que", "qui", "qu'", "si", "quand", "comme",
     "mais", "donc", "car", "ni", "puis"}
)  # fmt: skip
EN_FUNCTION = frozenset(
    {"to", "of", "and", "or", "for", "with", "without", "on", "in", "at", "by", "from", "as",
     "if", "when", "but", "so", "than", "then", "that", "who"}
)  # fmt: skip
MAX_WORDS = 18
FR_BAD_START = (FR_FUNCTION - {"des", "du", "de"}) | {
    "plus",
    "peu",
    "trop",
    "pas",
    "bien",
    "près",
    "proche",
}
# Words a number may follow with nothing between: "lundi 2 novembre", "niveau 3".
FR_NUMBERED = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "niveau",
     "catégorie", "cat", "semaine", "jour", "numéro", "classe", "échelon", "groupe", "étage",
     "caces", "bac", "article", "page", "ligne", "secteur", "zone", "quai", "mois"}
)  # fmt: skip
NOUN_SUFFIXES = ("ité", "tion", "sion", "ment", "ance", "ence", "ure", "isme", "age", "eur", "ise")


@dataclass(frozen=True)
class Shape:
    """A fragment read: its kind, whether it reads as written, and its head's agreement."""

    text: str
    kind: str
    clean: bool
    why: str = ""  # why it is not clean
    determined: bool = False  # starts with an article, a possessive, a number, "quelqu'un"
    gender: str = ""  # of the head noun: "Masc", "Fem" or ""
    number: str = ""  # "Sing", "Plur" or ""
    lemmas: tuple[str, ...] = ()


@cache
def french() -> Any:
    """spaCy's small French pipeline, without the parser and the entity recogniser."""
    import spacy

    return spacy.load("fr_core_news_sm", exclude=["parser", "ner"])


def warm() -> None:
    """Load the French model and the lexicons now (a worker's start), not on a request."""
    french()
    _fr_index()
    _fr_words()
    _en_words()


@cache
def _fr_index() -> dict[str, frozenset[str]]:
    table = french().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {pos: frozenset(table[pos]) for pos in ("adj", "noun", "verb", "adv")}


def fr_noun_only(word: str) -> bool:
    """'foyer': a word the lexicon knows as a noun and never as a verb."""
    index = _fr_index()
    return word in index["noun"] and word not in index["verb"]


@cache
def _en_words() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def _en_parts(word: str) -> frozenset[str]:
    import lemminflect

    return frozenset(lemminflect.getAllLemmas(word.lower()))


@cache
def trade_words(lang: str) -> frozenset[str]:
    """templates/<lang>/words.txt: words of the trades the dictionaries lack ("commis")."""
    from relance.drafts.templates import read

    lines = read(f"{lang}/words.txt").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and line[0] != "#")


def en_known(word: str) -> bool:
    low = word.lower()
    if low in EN_FUNCTION or low in EN_DETERMINERS or low in trade_words("en"):
        return True
    return bool(_en_words().known([low])) or bool(_en_parts(low))


def en_can_be_verb(word: str) -> bool:
    """'order' can be a verb's base form ("order stock"); 'stock' too, 'reporting' not."""
    import lemminflect

    return word in lemminflect.getAllLemmas(word).get("VERB", ())


def fr_known(word: str) -> bool:
    from relance.drafts.accents import is_french_word

    low = word.lower().rstrip("'’")
    if low in french().Defaults.stop_words or low in FR_FUNCTION or low in FR_DETERMINERS:
        return True
    if low in ("quelqu", "aujourd", "presqu", "lorsqu", "puisqu") or low in trade_words("fr"):
        return True
    index = _fr_index()
    return (
        is_french_word(low)
        or any(low in words for words in index.values())
        or low in _fr_forms()
        or bool(_fr_words().known([low]))
    )


@cache
def _fr_words() -> Any:
    """pyspellchecker's French word list: "colis", "vitrine" and the forms the others lack."""
    from spellchecker import SpellChecker

    return SpellChecker(language="fr", distance=1)


@cache
def _fr_forms() -> Any:
    """Inflected forms the lemmatizer knows ("choix", "lits"): its lookup table's keys."""
    return french().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


def shape(fragment: str, lang: str) -> Shape:
    return _fr_shape(fragment) if lang == "fr" else _en_shape(fragment)


def _proper(word: str) -> bool:
    """A name, an acronym or a number: 'Lidl', 'CACES', '3', 'B'."""
    return word[:1].isupper() or word[:1].isdigit() or not word.isalpha()


def _unclean(words: list[str], lang: str) -> str:
    """Why the words cannot stand in a sentence as typed, or ""."""
    low = [word.lower() for word in words]
    if len(words) > MAX_WORDS:
        return "long"
    colloquial = FR_COLLOQUIAL if lang == "fr" else EN_COLLOQUIAL
    third = FR_THIRD if lang == "fr" else EN_THIRD
    for word in low:
        if word in colloquial:
            return f"colloquial: {word}"
        if word in third:
            return f"third person: {word}"
    known = fr_known if lang == "fr" else en_known
    for word in words:
        plain = word.strip("'’")
        if lang == "en" and re.match(r"^i(?:'\w+)?$", plain):
            return "lower-case I"
        if not plain or _proper(plain) or len(plain) < 2:
            continue
        if not known(plain):
            return f"unknown word: {plain}"
    function = FR_FUNCTION if lang == "fr" else EN_FUNCTION
    if low and low[-1] in function | (FR_DETERMINERS if lang == "fr" else EN_DETERMINERS):
        return "dangling"
    return ""


FR_WORD = re.compile(r"\w+'|\w+(?:-\w+)*|[^\w\s]")


@lru_cache(maxsize=2048)
def _fr_shape(fragment: str) -> Shape:
    text = fragment.strip()
    doc = french()(text)
    tokens = [t for t in doc if not t.is_punct]
    if not tokens:
        return Shape(text, NOUN, False, "empty")
    words = [t.text for t in tokens]
    low = [w.lower() for w in words]
    lemmas = tuple(t.lemma_.lower() for t in tokens)
    index = _fr_index()
    typed = [w for w in FR_WORD.findall(text) if w[0].isalnum()]  # "week-end" whole
    why = "symbol" if SYMBOL.search(text) else _unclean(typed, "fr")
    kind = _fr_kind(tokens, low, index)
    if not why and kind in (CLAUSE, MINE, YOURS):
        has_ne = any(w in ("ne", "n'") for w in low)
        if any(w in FR_NEGATIVE for w in low) and not has_ne:
            why = "negation without ne"
    if not why and kind in (NOUN, ADJECTIVE, INFINITIVE):
        why = _fr_telegraphic(list(doc), index)
    if not why and kind in (NOUN, CLAUSE) and _fr_subjectless(tokens, index):
        why = "no subject"
    if not why and kind == NOUN and _fr_hidden_verb(tokens, index):
        why = "a verb inside a noun phrase"
    if not why and kind in (MINE, YOURS) and len(tokens) <= 2:
        why = "too short"
    if not why and kind in (NOUN, ADJECTIVE, INFINITIVE) and low[0] in FR_BAD_START:
        why = "starts with a little word"
    gender, number = _fr_agreement(text, tokens) if kind == NOUN else ("", "")
    determined = (
        low[0] in FR_DETERMINERS
        or low[0].startswith(("l'", "d'"))
        or tokens[0].pos_ == "NUM"
        or bool(FR_SOMEONE.match(text))
    )
    return Shape(text, kind, not why, why, determined, gender, number, lemmas)


def _fr_agreement(text: str, tokens: list[Any]) -> tuple[str, str]:
    """The gender and number of a noun phrase's head, read after a neutral determiner: a
    bare "tenue soignée" is tagged as a verb, "chaque tenue soignée" is not."""
    first = tokens[0]
    singular = first.lower_[:-1]
    plural = (
        first.text.islower()
        and first.lower_.endswith(("s", "x"))
        and (singular in _fr_index()["noun"] or singular in _fr_index()["adj"])
    )
    number = "Plur" if plural else ""
    framed = [t for t in french()("chaque " + text)][1:]
    head = next((t for t in framed if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        head = framed[0] if framed else None
    gender = (head.morph.get("Gender") or [""])[0] if head is not None else ""
    return gender, number or "Sing"


FR_SUBJECTS = frozenset(
    {"ça", "cela", "ce", "c'", "on", "tout", "il", "elle", "ils", "elles", "nous", "vous"}
)


def _fr_subjectless(tokens: list[Any], index: dict[str, frozenset[str]]) -> bool:
    """'connais bien le secteur', 'structure à taille humaine, ça me plaît': a verb or a bare
    noun where the subject should be."""
    first = tokens[0]
    low = first.lower_
    lemma = first.lemma_.lower()
    finite_verb = first.pos_ == "VERB" and "Fin" in first.morph.get("VerbForm")
    if (
        first.text.islower()
        and (lemma in index["verb"] or finite_verb)
        and lemma != low
        and low not in index["noun"]
        and low not in index["adj"]
        and "Part" not in first.morph.get("VerbForm")
        and not low.endswith(("é", "ée", "és", "ées"))
    ):
        return True
    if not _fr_finite(tokens):
        return False
    return not (
        first.lower_ in FR_DETERMINERS
        or first.lower_ in FR_SUBJECTS
        or first.lower_.startswith(("l'", "c'"))
        or (_proper(first.text) and not first.text[:1].isdigit())
    )


def _fr_hidden_verb(tokens: list[Any], index: dict[str, frozenset[str]]) -> bool:
    """'votre client cherche quelqu'un': a conjugated verb the tagger took for a noun."""
    for position, token in enumerate(tokens[1:], start=1):
        if tokens[position - 1].lower_ in ("qui", "que", "qu'", "où", "dont", "si", "quand"):
            return False
        low = token.lower_
        if low in index["noun"] or low in index["adj"] or not low.isalpha():
            continue
        if token.pos_ == "NOUN" and tokens[position - 1].pos_ in ("DET", "NUM"):
            continue  # "10 minutes", "les tables": a noun after a determiner or a number
        nominal = {token.lemma_.lower(), low[:-1], low[:-1] if low.endswith("x") else low}
        if any(form in index["noun"] or form in index["adj"] for form in nominal):
            continue
        lemmas = {token.lemma_.lower(), low[:-1] + "r", low[:-2] + "er", low[:-3] + "er"}
        participle = low.endswith(("é", "ée", "és", "ées"))
        if any(lemma in index["verb"] and lemma != low for lemma in lemmas) and not participle:
            return True
    return False


def _fr_finite(tokens: list[Any]) -> bool:
    """A finite verb outside a relative clause ("quelqu'un qui parle" is a noun phrase)."""
    for position, token in enumerate(tokens):
        if "Fin" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX"):
            before = [t.lower_ for t in tokens[:position]]
            if any(w in ("qui", "que", "qu'", "si", "quand", "où", "dont") for w in before):
                return False
            return position > 0  # a subject comes first; "commence à 6 h" has none
    return False


def _fr_kind(tokens: list[Any], low: list[str], index: dict[str, frozenset[str]]) -> str:
    first = low[0]
    if first == "vous":
        return YOURS
    if first in ("je", "j'", "moi"):
        return MINE
    verb = tokens[1] if first in ("se", "s'") and len(tokens) > 1 else tokens[0]
    word = verb.lower_
    following = tokens[tokens.index(verb) + 1] if tokens.index(verb) + 1 < len(tokens) else None
    if following is not None and _proper(following.text) and not following.text[:1].isdigit():
        following_name = True
    else:
        following_name = False
    following_det = following is not None and following.pos_ in ("DET", "PRON", "ADP")
    ambiguous = word in index["noun"] and (len(tokens) == 1 or verb.pos_ == "NOUN")
    ambiguous = ambiguous and not (following_det and word in index["verb"])
    infinitive = "Inf" in verb.morph.get("VerbForm") and verb.pos_ in ("VERB", "AUX")
    if (
        not following_name
        and word.endswith(("er", "ir", "re"))
        and (infinitive or (word in index["verb"] and verb.pos_ != "NOUN"))
        and not ambiguous
    ):
        return INFINITIVE
    if first in FR_SUBJECTS and len(tokens) > 1:
        return CLAUSE
    if _fr_finite(tokens):
        return CLAUSE
    adjective_first = tokens[0].lower_ not in index["noun"] and _fr_adjective(tokens[0], index)
    if len(tokens) > 2 and tokens[1].pos_ == "ADP" and adjective_first:
        return ADJECTIVE  # "autonome avec les machines"
    content = [t for t in tokens if t.lower_ not in ("et", "ou", "très", "plutôt", "assez")]
    if any(t.lower_.endswith(NOUN_SUFFIXES) for t in content):
        return NOUN
    first_noun = len(content) > 1 and content[0].lower_ in index["noun"]
    if content and not first_noun and all(_fr_adjective(t, index) for t in content):
        return ADJECTIVE
    return NOUN


@cache
def fr_fits_frame(text: str, kind: str) -> bool:
    """Does the piece read as its kind once framed, as the e-mail will frame it? An action
    after "Il faut" starts with an infinitive ("charger le véhicule"; "infirmier pour
    l'ambulatoire" is no action); a quality after "Il est très" starts with a singular
    adjective ("autonome"; "objectifs commerciaux trimestriels" is no quality)."""
    if kind == INFINITIVE:
        tokens = french()("Il faut " + text)
        return len(tokens) > 2 and "Inf" in tokens[2].morph.get("VerbForm")
    if kind == ADJECTIVE:
        tokens = french()("Il est très " + text)
        if len(tokens) < 4 or "Plur" in tokens[3].morph.get("Number"):
            return False
        first = tokens[3]
        return first.pos_ == "ADJ" or first.lower_ in _fr_index()["adj"]
    return True


def _fr_adjective(token: Any, index: dict[str, frozenset[str]]) -> bool:
    """An adjective for sure: listed as one, and either not as a noun or read as one after
    'il est très' ("autonome" yes, "vente" or "protocole" no)."""
    low = token.lower_
    lemma = token.lemma_.lower()
    if low not in index["adj"] and lemma not in index["adj"]:
        return False
    if low not in index["noun"] and lemma not in index["noun"]:
        return True
    framed = french()("une personne " + token.text)
    return len(framed) == 3 and framed[2].pos_ == "ADJ"


def _fr_telegraphic(tokens: list[Any], index: dict[str, frozenset[str]]) -> str:
    """'accueil client', '3 ans expérience': a noun right after a noun, nothing between."""
    for left, right in itertools.pairwise(tokens):
        numbered = right.text[:1].isdigit() and left.text.isalpha() and left.text.islower()
        numbered = numbered and left.lower_ not in FR_NUMBERED
        if numbered and not left.is_stop and left.lower_ not in FR_FUNCTION and left.pos_ != "ADP":
            return f"telegraphic: {left.text} {right.text}"
        if not right.text.isalpha() or _proper(right.text) or right.is_stop:
            continue
        if left.is_stop or left.lower_ in FR_FUNCTION or left.lower_ in FR_DETERMINERS:
            continue
        left_noun = left.pos_ in ("NOUN", "PROPN") or (
            left.lower_ in index["noun"] and left.lower_ not in index["adj"]
        )
        right_lemma = right.lemma_.lower()
        listed_adj = right.lower_ in index["adj"] or right_lemma in index["adj"]
        listed_noun = right.lower_ in index["noun"] or right_lemma in index["noun"]
        right_noun = listed_noun and not (
            right.pos_ in ("ADJ", "VERB") or (right.pos_ not in ("NOUN", "ADV") and listed_adj)
        )
        # "gestion magasin": a word the lexicon knows only as a noun is one, whatever the
        # tagger says of it in two words.
        right_noun = right_noun or (listed_noun and not listed_adj and right.pos_ != "VERB")
        if left_noun and right_noun and left.text.isalpha() and not _proper(left.text):
            return f"telegraphic: {left.text} {right.text}"
        if left.pos_ == "NUM" and right_noun and right.lower_ in index["noun"]:
            continue
    return ""


EN_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+(?:[.,:]\d+)*|[^\w\s]")
EN_FINITE = frozenset(
    {"is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could",
     "should", "must", "does", "do", "did", "seemed", "went", "felt", "looked", "liked", "loved",
     "said", "told", "asked", "mentioned", "wants", "needs"}
)  # fmt: skip
EN_NUMBERED = frozenset(
    {"since", "about", "around", "over", "under", "within", "after", "before", "level", "band",
     "year", "grade", "than", "every", "per", "aged", "until", "till", "from"}
)  # fmt: skip
EN_MODALS = frozenset(
    {"can", "could", "will", "would", "should", "must", "may", "might", "need", "needs", "am",
     "is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "cannot", "can't"}
)  # fmt: skip
EN_YOU = re.compile(r"^you\b", re.IGNORECASE)
EN_MINE = re.compile(r"^(?:I|I'm|I've|I'd|I'll|me)\b")


@lru_cache(maxsize=2048)
def _en_shape(fragment: str) -> Shape:
    text = fragment.strip()
    words = [w for w in EN_WORD.findall(text) if w[0].isalnum()]
    if not words:
        return Shape(text, NOUN, False, "empty")
    low = [w.lower() for w in words]
    why = "symbol" if SYMBOL.search(text) else _unclean(words, "en")
    from relance.drafts.rephrase import is_action

    if EN_YOU.match(text):
        kind = YOURS
    elif EN_MINE.match(text):
        kind = MINE
    elif is_action(text, "en") or _en_infinitive(words, low):
        kind = INFINITIVE
    elif any(w in EN_FINITE for w in low[1:]) and not _en_relative(low):
        kind = CLAUSE
        subject = low[0] in EN_DETERMINERS | {"it", "we", "there", "everything"} or (
            _proper(words[0]) and not words[0][:1].isdigit()
        )
        if not subject and not why:
            why = "no subject"
    elif all(
        _en_parts(w) == frozenset({"ADJ"}) or w in ("and", "very", "really") for w in low
    ) and any(w not in ("and", "very", "really") for w in low):
        kind = ADJECTIVE
    else:
        kind = NOUN
    if not why and kind == NOUN and any(w in ("me", "us", "him", "them") for w in low):
        why = "a clause without its subject"  # "nights suit me"
    if not why and kind == NOUN and low[0] in EN_MODALS:
        why = "no subject"  # "can start the 14th"
    if not why and kind == NOUN and _en_past(low[0]):
        why = "no subject"  # "did Amazon Flex last Christmas"
    if not why and kind in (NOUN, ADJECTIVE, INFINITIVE) and low[0] in EN_FUNCTION:
        why = "starts with a preposition"
    if not why and kind in (NOUN, ADJECTIVE):
        why = _en_telegraphic(words)
    determined = low[0] in EN_DETERMINERS or low[0].isdigit() or bool(EN_SOMEONE.match(text))
    return Shape(text, kind, not why, why, determined, "", "", tuple(low))


def _en_infinitive(words: list[str], low: list[str]) -> bool:
    """'pass ACA exams', 'restock shelves', 'order the stock': a verb's base form first, then
    its object. 'picking and loading' is no base form; 'reach truck' (a noun too, then a
    noun) stays a noun phrase."""
    if len(low) < 2 or not en_can_be_verb(low[0]):
        return False
    if low[1] in EN_DETERMINERS | {"and", "with", "up", "out"}:
        return True
    second = words[1]
    if second.isdigit() or (len(second) > 1 and second.isupper()):
        return True  # "pass ACA exams", "hit 120 picks an hour"
    return _en_parts(low[0]) == frozenset({"VERB"})  # "restock shelves", "deliver on time"


def _en_relative(low: list[str]) -> bool:
    """'someone who can mentor juniors': the verb belongs to a relative clause."""
    for word in low[1:]:
        if word in ("who", "that", "which", "whose"):
            return True
        if word in EN_FINITE:
            return False
    return False


def _en_past(word: str) -> bool:
    """'did', 'built', 'led', 'picked': a verb in the past, not a noun or an adjective."""
    import lemminflect

    parts = lemminflect.getAllLemmas(word)
    verb = parts.get("VERB", ())
    if not verb or word in verb or "NOUN" in parts or "ADJ" in parts:
        return False
    return word in lemminflect.getInflection(verb[0], tag="VBD")


def en_noun_only(word: str) -> bool:
    """'mission', 'team': a word the lexicon knows as a noun and not as an adjective."""
    parts = lemminflect_parts(word)
    return "NOUN" in parts and "ADJ" not in parts


def lemminflect_parts(word: str) -> dict[str, Any]:
    import lemminflect

    return dict(lemminflect.getAllLemmas(word))


def en_plural(word: str) -> bool:
    """'engineers', 'drivers': a plural noun, which needs no article."""
    import lemminflect

    nouns = lemminflect.getAllLemmas(word).get("NOUN", ())
    return bool(nouns) and word not in nouns


def _en_telegraphic(words: list[str]) -> str:
    """'5 yrs retail mgmt' once expanded is fine in English ('retail management'); only a
    run of four bare nouns or more reads as a note."""
    for left, right in itertools.pairwise(words):
        numbered = right[:1].isdigit() and left.isalpha() and left.islower()
        if numbered and left not in EN_FUNCTION | EN_DETERMINERS | EN_NUMBERED:
            return f"telegraphic: {left} {right}"
    run = 0
    for word in words:
        parts = _en_parts(word)
        run = run + 1 if parts == frozenset({"NOUN"}) else 0
        if run >= 4:
            return "telegraphic"
    return ""
