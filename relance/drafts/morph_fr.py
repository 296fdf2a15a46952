"""Reading a French note fragment: spaCy's `fr_core_news_sm` and its lemmatizer's lexicon.

The tagger alone is unreliable on two-word fragments ("autonome" tagged NOUN, "client"
ADV): the part-of-speech lexicon its lemmatizer ships (66,000 nouns, 28,000 adjectives,
9,000 verbs) settles them. Loaded lazily, on the first catch-up or preview that needs it.
`morph.shape` is the entry point.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from typing import Any

from relance.core import names
from relance.drafts import fr_complements, fr_lexicon, fr_slashes, gender
from relance.drafts.fr_lexicon import _fr_words
from relance.drafts.fr_pipeline import fr_finite_clause, french, parsed
from relance.drafts.fr_pipeline import fr_forms as _fr_forms
from relance.drafts.fr_pipeline import fr_index as _fr_index
from relance.drafts.fr_word_classes import (
    adjective_only,
    content_word,
    plural_noun_only,
)
from relance.drafts.morph_words import (
    ADJECTIVE,
    CLAUSE,
    FR_DETERMINERS,
    FR_FUNCTION,
    FR_NEGATIVE,
    FR_SOMEONE,
    INFINITIVE,
    MINE,
    NOUN,
    SYMBOL,
    YOURS,
    Shape,
    proper,
    trade_words,
    unclean,
)
from relance.drafts.templates import read

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
# "rester 3 mois", "former 2 jours": a span the note gives without its preposition
FR_SPAN_UNITS = frozenset(
    {"an", "ans", "mois", "semaine", "semaines", "jour", "jours", "h", "heures"}
)
NOUN_SUFFIXES = ("ité", "tion", "sion", "ment", "ance", "ence", "ure", "isme", "age", "eur", "ise")


# Dependants that make a bare verb a clause: "reste à Nantes sud" (obl:arg), not a noun.
CLAUSE_DEPENDANTS = frozenset({"obl", "obl:arg", "obl:mod", "obj"})
SPLIT_BY_PARSER = frozenset({"NOUN", "PROPN", "ADP", "PRON"})


def not_one_noun_phrase(text: str) -> bool:
    """The parse of a fragment read as a noun phrase says it is none: two heads ("horaires
    compatibles école") or a verb that leads with its object or place ("reste à Nantes sud")."""
    doc = parsed()(text)
    # A second head right after a noun is a compound the parser splits ("contact client").
    roots = [token for token in doc if token.dep_ == "ROOT"]
    if fr_finite_clause(text):
        return True
    # A second head after a preposition or "en" is the parser's slip ("en scooter" read as a
    # verb), not a second phrase.
    if any(root.i > 0 and doc[root.i - 1].pos_ not in SPLIT_BY_PARSER for root in roots[1:]):
        return True
    # A noun hung on an adjective with no preposition: "compatibles école" ("avec l'école");
    # the tagger calls "crèche" an adjective there, the lexicon knows it as a noun only.
    return any(
        token.dep_ == "amod" and doc[token.i - 1].pos_ == "ADJ" and _noun_only(token)
        for token in doc[1:]
    )


def _noun_only(token: Any) -> bool:
    from relance.drafts import proofread  # Grammalecte's lexicon, loaded with the proofreader

    if token.pos_ == "NOUN":
        return True
    readings = proofread.readings_if_available(token.text.lower())
    nouns = any(":N" in reading for reading in readings)
    return nouns and not any(":A" in reading for reading in readings)


def leads_with_verb(bare: str) -> bool:
    """A fragment typed without its subject, read as a noun because its verb is a noun too:
    "reste à Nantes sud" ("je reste…"). The parse must make the first word the head verb of
    a place or an object, and the lexicon must know it as a verb said in the present."""
    from relance.drafts import proofread  # Grammalecte's lexicon, loaded with the proofreader

    doc = parsed()(bare)
    first = doc[0] if len(doc) else None
    if first is None or first.dep_ != "ROOT" or first.pos_ != "VERB":
        return False
    # where one stays or lives, a place by its name: "crèche à 15 minutes" is a crèche
    if not any(
        child.dep_ in CLAUSE_DEPENDANTS and (child.pos_ == "PROPN" or child.text[:1].isupper())
        for child in first.children
    ):
        return False
    readings = proofread.readings_if_available(first.text.lower())
    return any(":Ip" in reading for reading in readings)


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
        # the proofreader's wider lexicon: "incivilités", "caristes", "évaluative"
        or fr_lexicon.common_word(low)
    )


FR_WORD = re.compile(r"\w+'|\w+(?:-\w+)*|[^\w\s]")


@lru_cache(maxsize=2048)
def fr_shape(fragment: str) -> Shape:
    text = fr_complements.with_des(fragment.strip(), plural_noun_only)
    text = fr_complements.with_someone(text)  # « besoin pour le pavillon »
    text = fr_slashes.with_et(text, content_word, adjective_only)  # « montage/démontage »
    doc = french()(text)
    tokens = [t for t in doc if not t.is_punct]
    if not tokens:
        return Shape(text, NOUN, False, "empty")
    words = [t.text for t in tokens]
    low = [w.lower() for w in words]
    lemmas = tuple(t.lemma_.lower() for t in tokens)
    index = _fr_index()
    typed = [w for w in FR_WORD.findall(text) if w[0].isalnum()]  # "week-end" whole
    why = "symbol" if SYMBOL.search(text) else unclean(typed, "fr", fr_known)
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
        and (
            singular in _fr_index()["noun"]
            or singular in _fr_index()["adj"]
            or fr_lexicon.plural_noun(first.lower_)  # "liasses": "liasse" is not in the index
        )
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
        or (proper(first.text) and not first.text[:1].isdigit())
    )


def _fr_hidden_verb(tokens: list[Any], index: dict[str, frozenset[str]]) -> bool:
    """'votre client cherche quelqu'un': a conjugated verb the tagger took for a noun."""
    for position, token in enumerate(tokens[1:], start=1):
        if tokens[position - 1].lower_ in ("qui", "que", "qu'", "où", "dont", "si", "quand"):
            return False
        low = token.lower_
        if low in index["noun"] or low in index["adj"] or not low.isalpha():
            continue
        if low in FR_DETERMINERS:  # "votre" is no form of "voter"
            continue
        after_preposition = tokens[position - 1].pos_ == "ADP"
        if after_preposition and token.text[:1].isupper() and position == len(tokens) - 1:
            continue  # a name closing the phrase: "mes 9 ans chez Volvo" (writer I, i07)
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


# Words a finite verb never follows: "d'épargne", "un travail" are nouns ("le", "la", "les"
# may be pronouns: "je le connais").
FR_NOT_BEFORE_FINITE = frozenset(
    {"de", "d'", "du", "des", "à", "au", "aux", "un", "une", "mon", "ma", "mes"}
)


def _fr_noun_not_verb(token: Any) -> bool:
    """A word the lexicon knows as a noun and whose lemma is no verb it knows ("coiffure",
    lemma "coiffure"): the tagger's finite verb is a noun."""
    index = _fr_index()
    word = token.lower_
    if word not in index["noun"] or token.lemma_.lower() in index["verb"]:
        return False
    # the tagger's lemma of a verb that is also a noun is the noun ("forme", "commande"):
    # the infinitives a present tense comes from say whether it is one
    stems = (word[:-1] + "er", word[:-2] + "er", word[:-1] + "ir", word[:-1] + "re", word + "r")
    return not any(stem in index["verb"] for stem in stems)


def _fr_bare_subject(before: list[Any]) -> bool:
    """Words before a verb that no subject starts so: an acronym or a common noun alone,
    without determiner ("IDE", "manager"): a French subject has its article or is a name."""
    if len(before) != 1:
        return False
    word = before[0]
    return word.pos_ == "NOUN" or (word.text.isupper() and len(word.text) > 1)


def _fr_finite(tokens: list[Any]) -> bool:
    """A finite verb outside a relative clause ("quelqu'un qui parle" is a noun phrase)."""
    for position, token in enumerate(tokens):
        if "Fin" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX"):
            if token.pos_ == "VERB" and _fr_noun_not_verb(token):
                continue  # "BP coiffure en alternance": a noun the tagger read as a verb
            if position and tokens[position - 1].lower_ in FR_NOT_BEFORE_FINITE:
                continue  # "la caisse d'épargne": after a preposition, a noun the tagger missed
            if _fr_bare_subject(tokens[:position]) and token.lower_ in _fr_index()["noun"]:
                continue  # "IDE nuit 12 h" (writer AD's ad02): a noun after a noun, no verb
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
    if following is not None and proper(following.text) and not following.text[:1].isdigit():
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


# Words of the gender table that follow a noun as adjectives do: "journée type", "été".
FR_NOT_TRADE = frozenset({"type", "été", "bonne", "grande", "petite", "belle", "nouvelle", "vraie",
    "grosse", "forte", "longue", "première", "dernière"})  # fmt: skip


FR_MONTHS = frozenset(names.FR_MONTHS)
FR_DAYS = frozenset(names.FR_DAYS)
FR_TIMES_OF_DAY = frozenset({"matin", "midi", "soir", "après-midi", "soirs", "matins"})
# Adjectives that go before their noun and that the tagger reads as nouns when the note
# has no determiner ("haute saison", "vrai projet").
FR_BEFORE_NOUN = frozenset({"haute", "haut", "vrai", "vraie", "bon", "bonne", "grand",
    "grande", "petit", "petite", "gros", "grosse", "nouveau", "nouvelle", "jeune", "beau",
    "belle", "premier", "première", "dernier", "dernière", "prochain", "prochaine",
    "seul", "seule", "mauvais", "mauvaise", "long", "longue", "vieux", "vieille"})  # fmt: skip


@cache
def fr_compounds() -> frozenset[tuple[str, str]]:
    """templates/fr/compounds.txt: two nouns side by side that careful French writes so."""
    pairs = set()
    for line in read("fr/compounds.txt").splitlines():
        words = line.split("#")[0].split()
        if len(words) == 2:
            pairs.add((words[0], words[1]))
    return frozenset(pairs)


def _fr_noun_then_infinitive(left: Any, right: Any) -> bool:
    """'partir dimanche soir revenir vendredi': an infinitive right after a noun, with no
    « et », « de » or « à » between them, starts a second note run into the first."""
    if left.pos_ != "NOUN" or not left.text.isalpha() or not right.text.isalpha():
        return False
    return "Inf" in right.morph.get("VerbForm") and right.pos_ == "VERB"


def _fr_hour_then_noun(before: str, left: Any, right: Any) -> bool:
    """'5 h 30 dépôt Longvic': a noun right after an hour's minutes starts a second note."""
    minutes = before == "h" and left.text.isdigit() and len(left.text) == 2
    return minutes and right.text.isalpha() and not right.is_stop and right.pos_ != "ADP"


def _fr_written_pair(words: tuple[str, str, str, str], right_lemma: str) -> bool:
    """Two words side by side that French writes so, not a note's juxtaposition: a time
    ("7 h 30"), a day's part ("samedi matin"), a month's year ("juin 2026"), a span
    ("d'ici 2 ans"), a locution ("calme face aux clients"), a compound ("congé maternité").
    The words are the pair with the one before it and the one after it."""
    before, left, right, after = words
    if left == "h" and before[:1].isdigit() and len(right) == 2 and right.isdigit():
        return after != "h"  # "6 h 13 h" is two hours side by side
    if left in FR_DAYS and right in FR_TIMES_OF_DAY:
        return True
    if left in FR_MONTHS and right.isdigit() and len(right) == 4:
        return before in ("en", "de", "d'", "depuis", "fin", "début", "mi", "avant", "après")
    if left == "ici" and before == "d'" and right[:1].isdigit():
        return True
    if right == "face" or left in FR_BEFORE_NOUN:
        return True
    return (left, right) in fr_compounds() or (left, right_lemma) in fr_compounds()


def _fr_verb_counts(verb: Any, number: Any, after: str) -> bool:
    """'encadrer 3 commis', 'atteindre 80 %': a verb whose object is counted, as French writes
    it. "1" stays a note's shorthand ("encadrer 1 commis" reads « un commis »)."""
    if verb.pos_ != "VERB" or "Inf" not in verb.morph.get("VerbForm"):
        return False  # "obtenu 2024", "épargne 6 mois": a date or a span, not a count
    if not number.text.isdigit() or number.text == "1" or after in FR_SPAN_UNITS:
        return False
    return after.isalpha() or after == "%"


def _fr_telegraphic(tokens: list[Any], index: dict[str, frozenset[str]]) -> str:
    """'accueil client', '3 ans expérience': a noun right after a noun, nothing between."""
    for position, (left, right) in enumerate(itertools.pairwise(tokens)):
        before = tokens[position - 1].lower_ if position else ""
        after = tokens[position + 2].lower_ if position + 2 < len(tokens) else ""
        if _fr_written_pair((before, left.lower_, right.lower_, after), right.lemma_.lower()):
            continue
        numbered = right.text[:1].isdigit() and left.text.isalpha() and left.text.islower()
        numbered = numbered and left.lower_ not in FR_NUMBERED
        numbered = numbered and not _fr_verb_counts(left, right, after)
        if numbered and not left.is_stop and left.lower_ not in FR_FUNCTION and left.pos_ != "ADP":
            return f"telegraphic: {left.text} {right.text}"
        if _fr_hour_then_noun(before, left, right):
            return f"telegraphic: {left.text} {right.text}"  # "départ 5 h 30 dépôt Longvic"
        if _fr_noun_then_infinitive(left, right):
            return f"telegraphic: {left.text} {right.text}"  # "dimanche soir revenir vendredi"
        if not right.text.isalpha() or proper(right.text) or right.is_stop:
            continue
        if left.is_stop or left.lower_ in FR_FUNCTION or left.lower_ in FR_DETERMINERS:
            continue
        # a word of the trades ("squad", "picking") is a noun, whatever the tagger says
        left_noun = (
            left.pos_ in ("NOUN", "PROPN")
            or left.lower_ in trade_words("fr")
            or (left.lower_ in index["noun"] and left.lower_ not in index["adj"])
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
        # "encadrement commis": a trade noun of the gender table ("commis", "plongeur") is
        # one even where the tagger reads a participle and the lexicon lacks it.
        trade = right.lower_ in gender.MASCULINE or right.lower_ in gender.FEMININE
        right_noun = right_noun or (trade and not listed_adj and right.lower_ not in FR_NOT_TRADE)
        right_noun = right_noun or right.lower_ in trade_words("fr")
        if left_noun and right_noun and left.text.isalpha() and not proper(left.text):
            return f"telegraphic: {left.text} {right.text}"
        if left.pos_ == "NUM" and right_noun and right.lower_ in index["noun"]:
            continue
    return ""
