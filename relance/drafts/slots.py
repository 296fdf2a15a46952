"""Does a noun phrase fit a frame's slot ("mettre en avant …", "Vous avez notamment évoqué
…", "What attracts me to the role is …")? Checked by morphology, each item of a list alone.

French (Grammalecte's lexicon, the one the proofreader uses): an item starts with its
determiner ("la discrétion", "mes 2 ans", "d'une équipe"), a number or a name, and the
first word after the determiner that is not an adjective is a noun: "mon anglais courant et
italien" (no determiner before "italien"), "mon ici" (an adverb), "toute la saison" (no
determiner first), "mercredis centre de loisirs" go back to the candidate. A word the
lexicon does not know ("visio", a trade's word) is no fault.

English (lemminflect's lexicon): an item starts with a determiner, a possessive, a number,
a gerund or a name, or its head (the word before its first preposition) is a noun that
needs no article, a plural or a mass noun ("early shifts", "records management"); "driver
for rural patch", "safety vest", "same calendar as students" (a count noun alone) and
"term time only" (no noun at its head) go back.
"""

from __future__ import annotations

import re

from relance.drafts import proofread
from relance.drafts.with_whom import fr_bare_with_person

FR_DETERMINERS = frozenset(
    {"le", "la", "les", "un", "une", "des", "du", "de", "mon", "ma", "mes", "ton", "ta"}
    | {"son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "ce", "cet"}
    | {"cette", "ces", "chaque", "plusieurs", "quelques", "au", "aux", "deux", "trois"}
)
FR_ABOUT = re.compile(r"^(?:environ|près de|plus de|moins de|au moins|jusqu'à)\s+\d")
EN_DETERMINERS = frozenset(
    {"the", "a", "an", "my", "your", "our", "their", "his", "her", "its", "this", "that"}
    | {"these", "those", "some", "any", "each", "every", "several", "many", "both", "all"}
)
EN_PREPOSITIONS = frozenset(
    {"on", "from", "for", "with", "of", "in", "at", "to", "by", "as", "about", "within"}
    | {"including", "like", "except", "across", "during", "over"}
)
ITEMS = re.compile(r",\s+(?:et\s+|and\s+)?|\s+(?:et|and|ainsi que|as well as)\s+|\s+ainsi qu['’]")


FR_OWN = frozenset(
    {"mon", "ma", "mes", "son", "sa", "ses", "nos", "vos", "leurs"}
)  # « le 15 » is a day
FR_NOT_COUNTED = frozenset(
    {"", "dans", "en", "à", "au", "aux", "sur", "chez", "pour", "avec", "et"}
)


def _fr_has(word: str, tag: str) -> bool:
    return any(tag in reading for reading in proofread.readings(word))


def _fr_item(item: str) -> bool:
    words = re.findall(r"[\w'-]+", item)
    if not words or words[0][:1].isdigit() or words[0][:1].isupper() or FR_ABOUT.match(item):
        return True
    first = words[0].lower()
    if first.startswith(("l'", "d'")) and len(first) > 2:
        rest = [words[0][2:], *words[1:]]
    elif first in FR_DETERMINERS:
        rest = words[1:]
        if first == "de" and rest and rest[0].lower() in ("la", "l'"):
            rest = rest[1:]
    else:
        return False  # "italien", "toute la saison", "mercredis centre de loisirs"
    for index, word in enumerate(rest):
        after = rest[index + 1].lower() if index + 1 < len(rest) else ""
        if word.isdigit() and after in FR_NOT_COUNTED and first in FR_OWN:
            return False  # "mes 3 dans la salle" (writer AQ's aq04): a number counting nothing
        if word[:1].isdigit() or word[:1].isupper() or not proofread.readings(word):
            return True  # a number, a name, a word the lexicon lacks
        if _fr_has(word, ":N"):
            return True
        if not _fr_has(word, ":A"):
            return False  # "mon ici": an adverb where the noun should be
    return False


def fr_np_fits(text: str) -> bool:
    """Every item of a French noun phrase list has its determiner and its noun."""
    if not proofread.available():
        return True
    items = fr_adjectives_joined([item for item in ITEMS.split(text.strip()) if item])
    return all(_fr_item(item) for item in items) and not fr_bare_after_toward(text)


def fr_adjectives_joined(items: list[str]) -> list[str]:
    """« l'accueil physique et téléphonique » (writer AF's af22): an adjective alone after
    « et » qualifies the noun before it, with the adjective that ends it; no item of its own."""
    joined: list[str] = []
    for item in items:
        lone_adjective = " " not in item.strip() and _fr_has(item, ":A") and not _fr_has(item, ":N")
        if joined and lone_adjective and _fr_has(joined[-1].split()[-1], ":A"):
            joined[-1] = f"{joined[-1]} et {item}"
        else:
            joined.append(item)
    return joined


# "vers", "chez" and "pour" take a determiner before a common noun ("évoluer vers un poste
# de régulateur", "chez un opticien", "quelqu'un pour l'accueil"); "en", "de", "à", "par",
# "sur" often do not ("en équipe", "par téléphone", "sur site") and are not read.
TOWARD = re.compile(r"\b(vers|chez|pour)\s+([a-zà-ÿ-]+)(?![\w'’])", re.IGNORECASE)


TOWARD_RANK = re.compile(r"\b(?:vers|pour)\s+(?:1er|1re|1ère|2e|2nd|2nde)\s", re.IGNORECASE)


def fr_bare_after_toward(text: str) -> bool:
    """ "l'évolution vers régulateur", "quelqu'un pour accueil physique": a noun with no
    article after "vers", "chez", "pour"."""
    if not proofread.available():
        return False
    if TOWARD_RANK.search(text):
        return True  # « évoluer vers 1er surveillant » (writer AQ's aq02)
    if fr_bare_with_person(text):
        return True  # « travailler avec enseignant et famille » (aq01); « avec rigueur » stays
    for found in TOWARD.finditer(text):
        word = found.group(2)
        if word.lower() in FR_DETERMINERS or word[:1].isupper():
            continue
        if found.group(1).lower() == "pour" and not _fr_has(word, ":s"):
            continue  # "un logiciel pour artisans": a plural reads as a kind
        if _fr_has(word, ":N") and not _fr_has(word, ":G") and not _fr_has(word, ":W"):
            return True
    return False


def _en_parts(word: str) -> dict[str, tuple[str, ...]]:
    from relance.drafts.morph_en import lemminflect_parts

    return lemminflect_parts(word.lower())


def _en_item(item: str) -> bool:
    from relance.drafts.morph_en import en_count_only

    words = [w for w in re.findall(r"[\w'-]+", item) if w]
    if not words:
        return True
    if _en_name_after_nouns(words) or en_clause_inside(words):
        return False
    first = words[0]
    low = first.lower()
    if low in EN_DETERMINERS or first[:1].isdigit() or low.endswith("'s") or first[:1].isupper():
        return True
    if _en_comparative(low) and len(words) == 2 and words[1].isupper():
        return False  # "bigger DC" (writer BE's be31): a thing compared needs its article
    if low.endswith("ing") and "VERB" in _en_parts(low):
        return True  # "helping people", "working with my hands"
    at = next((i for i, w in enumerate(words) if w.lower() in EN_PREPOSITIONS), len(words))
    head = words[max(at - 1, 0)]
    if not head.isalpha() or head[:1].isupper():
        return True
    parts = _en_parts(head)
    if not parts or (head.endswith("ing") and "VERB" in parts):
        return True  # a trade's word the lexicon lacks; "seasonal British cooking"
    return "NOUN" in parts and not en_count_only(head)


def _en_comparative(word: str) -> bool:
    """'bigger', 'larger', 'smaller': an adjective's comparative (its lemma is shorter)."""
    if not word.endswith("er"):
        return False
    lemmas = _en_parts(word).get("ADJ", ())
    return bool(lemmas) and word not in lemmas


def en_np_fits(text: str) -> bool:
    """Every item of an English noun phrase list has its determiner or needs none; a
    determiner before the first item may serve the others ("the coffee bar and till")."""
    items = [item for item in ITEMS.split(text.strip()) if item]
    if not items or not _en_item(items[0]):
        return False
    shared = items[0].split(" ", 1)[0].lower() in EN_DETERMINERS
    return all(_en_item(item) or (shared and _en_noun(item)) for item in items[1:])


# After "my", none of these starts a noun phrase: "my we both root for the Bears", "my how I
# deal with…", "my didn't spill anything" (strong points typed as clauses, sets P, Q, AK, AO).
EN_NOT_AFTER_MY = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "how", "why", "what", "when", "where", "who"}
    | {"didn't", "don't", "did", "was", "were", "is", "are", "can", "could", "ll", "both"}
)
# A verb's object after a past form: "nodded a lot", "remembered it", "fixed the bug",
# "passed first time" ("IV competencies signed off in three months" is a participle's).
EN_AFTER_A_VERB = frozenset(
    {"a", "an", "the", "it", "that", "this", "them", "me", "my"}
    | {"first", "anything", "everything", "notes", "well"}
)

# A verb that links a subject to what is said of it; a noun phrase never holds one.
EN_LINKING = frozenset({"is", "are", "feels", "seems", "looks", "sounds", "means", "makes"})
EN_CLAUSE_OPENERS = frozenset(
    {"who", "that", "which", "whom", "i", "we", "you", "he", "she", "they"}
)


def en_clause_inside(words: list[str]) -> bool:
    """ "my 2 trustees took notes", "my chair nodded a lot", "my spoke a bit of Mandarin":
    a subject and its verb, or a verb after "my", where a noun phrase should be."""
    import lemminflect

    low = [w.lower() for w in words]
    if len(low) > 1 and low[0] == "my" and low[1] in EN_NOT_AFTER_MY:
        return True
    for i, word in enumerate(low[1:], start=1):
        if i > 1 and word in EN_LINKING and low[i - 1] not in EN_CLAUSE_OPENERS:
            return True  # "the community hub feels like proper public service" (writer AP)
        if word == "the" and i == 2 and low[0] == "my":
            return True  # "my josh the duty manager" (writer AQ's aq37): a person named
        if low[i - 1] in EN_CLAUSE_OPENERS:
            return False  # "someone who took the lead", "the team I took over": its own clause
        verbs = _en_parts(word).get("VERB", ())
        past = [v for v in verbs if word in lemminflect.getInflection(v, tag="VBD")]
        if not past:
            continue
        past_only = all(word not in lemminflect.getInflection(v, tag="VBN") for v in past)
        followed = i + 1 < len(low) and low[i + 1] in EN_AFTER_A_VERB
        if followed or (past_only and "NOUN" not in _en_parts(word)):
            return True
    return False


def en_superlative_first(text: str) -> bool:
    """ "largest telco in GH" (writer AO's ao32): a superlative with no "the" before it."""
    words = text.split()
    return bool(words) and en_superlative(words[0].lower())


def en_superlative(word: str) -> bool:
    import lemminflect

    if word in ("most", "best", "worst", "least"):
        return True
    lemmas = _en_parts(word).get("ADJ", ())
    return any(word in lemminflect.getInflection(lemma, tag="JJS") for lemma in lemmas)


def _en_name_after_nouns(words: list[str]) -> bool:
    """'(the) data cleaning Python' (writer O's o27): common nouns, then a name with no word
    to say how they relate ("in Python", "for Tesco"), which cannot be told."""
    if words and words[0].lower() in EN_DETERMINERS:
        words = words[1:]
    if len(words) < 3 or any(w.lower() in EN_PREPOSITIONS for w in words):
        return False
    common = all(w.isalpha() and w.islower() for w in words[:-1])
    return common and words[-1][:1].isupper() and words[-1][1:].islower()


def _en_noun(item: str) -> bool:
    last = item.split()[-1] if item.split() else ""
    return "NOUN" in _en_parts(last)


def np_fits(text: str, lang: str) -> bool:
    return fr_np_fits(text) if lang == "fr" else en_np_fits(text)
