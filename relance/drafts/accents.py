"""Accents a phone keyboard left out, restored from a dictionary of French word forms.

"vehicule" is no French word, "véhicule" is: a word the dictionary does not know is replaced
by the one known form that differs from it only by accents ("equipe" -> "équipe"; of
"équipe" and "équipé" the form with fewer accents wins, as notes name things more often than
they conjugate). A word the dictionary knows is left alone, even when an accented form
exists ("marche", "cote", "a"): guessing there would change what the candidate meant.

The forms come from simplemma, already a dependency. The index is built at development time
by scripts/accent-table into templates/fr/accents.txt, shipped in the package and read
lazily (a few milliseconds) on the first French draft; building it at run time cost one to
four seconds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

from relance.core.accents import fold as fold  # shared with the proofreader, which this reads

WORD = re.compile(r"[^\W\d_]+")
MAX_ACRONYM = 4
MIN_LENGTH = 3  # "a", "ou", "la" are words without their accent: never guessed


TABLE = "fr/accents.txt"  # written by scripts/accent-table from simplemma's dictionary


def build_table(lang: str) -> str:
    """The accent index as text: "folded<TAB>0|1<TAB>form,form" a line, sorted.

    1 when the folded spelling is itself a known word ("marche"): it is then never changed.
    Slow (one to four seconds): scripts/accent-table runs it; drafts read its output.
    """
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    table = DefaultDictionaryFactory().get_dictionary(lang)
    known: set[str] = set()
    for form, lemma in table.items():
        known.add(form if isinstance(form, str) else form.decode())
        known.add(lemma if isinstance(lemma, str) else lemma.decode())
    accented: dict[str, set[str]] = {}
    for form in known:
        if not form.isascii():
            accented.setdefault(fold(form), set()).add(form)
    lines = [
        f"{key}\t{int(key in known)}\t{','.join(sorted(forms))}"
        for key, forms in sorted(accented.items())
    ]
    return "\n".join(lines) + "\n"


@cache
def _table(lang: str) -> bytes:
    """The shipped index, one sorted line a word, as bytes: searched in place, never decoded
    whole (UTF-8 sorts as the words do)."""
    if lang != "fr":
        return b""
    return (resources.files("relance.drafts") / "templates" / TABLE).read_bytes()


def _line(text: bytes, key: bytes) -> bytes:
    """The line starting with `key` in the sorted lines of `text`, or b"" (bisection)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        start = text.rfind(b"\n", 0, middle + 1) + 1
        end = text.find(b"\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line < key:
            low = end + 1
        else:
            high = start - 1 if start > 0 else 0
            if line.startswith(key):
                return line
            if high <= low:
                break
    return b""


def _entry(low: str, lang: str) -> tuple[bool, tuple[str, ...]]:
    """Is `low` itself a word, and its accented forms (none: nothing to restore)."""
    line = _line(_table(lang), low.encode() + b"\t")
    if not line:
        return False, ()
    _, known, forms = line.decode().split("\t")
    return known == "1", tuple(forms.split(","))


def known_and_accented(word: str) -> tuple[bool, tuple[str, ...]]:
    """Is `word` (lower case, as typed) a French word, and its forms with accents."""
    return _entry(word, "fr")


def is_french_word(word: str) -> bool:
    """Is this form (lower case) in the dictionary? 'chef' is, 'montreuil' is not."""
    import simplemma  # its dictionary loads once, shared with the privacy filter's lemmas

    return simplemma.is_known(word, lang="fr")


def _accent_count(word: str) -> int:
    return sum(1 for char in unicodedata.normalize("NFD", word) if unicodedata.combining(char))


# French words the stemmer's dictionary lacks whose accented look-alike is rare: "oui", never
# "ouï" ("pour dire oui ou non").
PLAIN = frozenset({"oui"})
# English words a French note may hold ("the", "team"): never read as "thé".
ENGLISH = frozenset(
    {"the", "and", "with", "for", "team", "one", "has", "are", "were", "here", "there", "these",
     "those", "her", "his", "sale", "pate", "ate", "cafe", "resume"}
)  # fmt: skip
# Words whose accented reading in a note is almost always one, whatever the article before
# them: « le meme jour » is « le même jour », the grandmother (« mémé ») never typed so.
COMMON_READING = {"meme": "même", "memes": "mêmes"}
# After an auxiliary, "goute" is the participle "goûté", not the verb "goûte".
AUXILIARIES = frozenset({"a", "ai", "as", "avons", "avez", "ont", "avait", "été"})


@cache
def brands() -> dict[str, str]:
    """templates/fr/brands.txt: products and brands, by their lower-case spelling."""
    # Read here, not through templates.read: templates fills frames with grammar's elision,
    # and grammar asks this module which words are brands.
    listed = resources.files("relance.drafts") / "templates" / "fr" / "brands.txt"
    found = {}
    for line in listed.read_text(encoding="utf-8").splitlines():
        typed, _, written = line.partition("=")
        if typed.strip() and not line.startswith("#"):
            found[typed.strip()] = written.strip()
    return found


@cache
def _english() -> frozenset[str]:
    """pyspellchecker's English word list, lower case (loaded on the first need)."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="en").word_frequency.keys())


def _english_only(word: str) -> bool:
    """'software', 'suite': an English word that French does not spell so."""
    low = word.lower()
    if low in ENGLISH:
        return True
    if len(low) < MIN_LENGTH or low not in _english():
        return False
    return not is_french_word(low) and not _entry(low, "fr")[1]


# French little words an English word list may hold: never in an English title
FRENCH_LINKS = frozenset({"du", "de", "des", "le", "la", "les", "au", "aux", "et", "en", "pour"})


def english_phrase(words: list[str]) -> bool:
    """ "Executive Assistant", "Stage Gate": every word English, one English only; written
    in French as typed, never "exécutive assistant" (writer I's reader)."""
    plain = [word for word in words if word.isalpha()]
    words = [word for word in words if word not in ("&", "+", "-", "–", "/")]  # "Payments & Open"
    return (
        len(plain) == len(words) > 1
        and not any(word.lower() in FRENCH_LINKS for word in plain)  # « Agent du service… »
        and all(word.lower() in _english() for word in plain)
        # "executive" is no French word as typed, though "exécutive" is: English here
        and any(not is_french_word(word.lower()) for word in plain)
    )


# Words a conjugated verb follows: « qui automatise », « il gère ».
# After an article or a possessive, a present typed without its accent is the noun.
BEFORE_A_NOUN = frozenset({"l", "le", "un", "mon", "son", "ton", "votre", "notre", "cet"})
BEFORE_A_VERB = frozenset({"qui", "je", "il", "elle", "on", "ne", "se", "me", "te", "ils", "elles"})


def _present_as_typed(low: str) -> bool:
    """ "automatise": a verb's present as typed, in the proofreader's lexicon (loaded lazily:
    it reads this module)."""
    from relance.drafts import proofread

    readings = proofread.readings_if_available(low)
    # a first-group verb only: "plait" is the reformed spelling of « plaît », still accented
    return any(":V1" in reading and ":Ip" in reading for reading in readings)


def _a_noun(low: str) -> bool:
    """ "député" (not "députe"), "diplôme" (a verb's form too): a noun in the proofreader's
    lexicon."""
    from relance.drafts import proofread

    return any(":N" in r for r in proofread.readings_if_available(low))


def _verb_only(word: str) -> bool:
    """ "gâte": a verb of the first group said in the present ("gâter"), by simplemma's
    lemma; the proofreader's lexicon would say it too, but it reads this module."""
    import simplemma  # its dictionary loads once, shared with the privacy filter's lemmas

    low = word.lower()
    return word.isalpha() and simplemma.lemmatize(low, lang="fr") == low + "r"


def restored(word: str, lang: str = "fr", after: str = "", before: str = "") -> str:
    """The word with its accents, or the word as typed when it is known or ambiguous.

    A product or a brand ("opera", the hotel software) keeps its own spelling; a word that
    is English as typed, next to an English word ("opera suite"), is left as typed: its
    accented French look-alike would change what the note says."""
    if lang != "fr" or len(word) < MIN_LENGTH or not word.isalpha():
        return word
    if word.isupper() and len(word) <= MAX_ACRONYM:
        return word  # "EPI", "IADE" (writer AP's ap06): an acronym, never « ÉPI »
    if word.islower() and word in brands() and not is_french_word(word):
        return brands()[word]
    if (
        word.isascii()
        and word.lower() in _english()
        and (_english_only(after) or _english_only(before))
    ):
        return word
    participle = _participle_after_plural(word, after) if word.islower() else ""
    if participle:  # "horaires décales" (writer BD): « horaires décalés »
        return participle
    if not word.isascii():  # "agées", "diplomé": an accent typed, another one missing
        if word[0].isupper() or is_french_word(word.lower()):
            return word
        _, forms = _entry(fold(word), lang)
        typed = word.lower()
        fitting = [form for form in forms if _keeps_typed_accents(form, typed)]
        fitting.sort(key=lambda form: (_accent_count(form), form))
        if not fitting or (
            len(fitting) > 1 and _accent_count(fitting[0]) == _accent_count(fitting[1])
        ):
            return word
        return fitting[0].upper() if word.isupper() else fitting[0]
    if word.lower() in ENGLISH or word.lower() in PLAIN:  # "the": English in French notes
        return word
    low = word.lower()
    if word[0].isupper() and not word.isupper():  # "Martin": a name
        return word
    known, forms = _entry(low, lang)
    typed_a_verb = _present_as_typed(low) and not _a_noun(low)  # "calme" is a noun as typed
    if known and after.lower() in BEFORE_A_NOUN and typed_a_verb and len(forms) == 1:
        return forms[0]  # "rdv avec l'associe" (writer AP's ap09): « l'associé », a noun
    if known:
        return _lemma_accented(word, low)
    candidates = sorted(forms, key=lambda form: (_accent_count(form), form))
    if not candidates and low.endswith("ement") and len(low) > 7:
        # The dictionary lists no adverbs: "concretement" is "concrète" + "ment".
        adjective = restored(word[:-4], lang)
        return adjective + word[-4:] if adjective != word[:-4] else word
    if not candidates:
        return word
    if low in COMMON_READING:  # « le meme jour » (ax03): never « le mémé jour »
        return COMMON_READING[low].upper() if word.isupper() else COMMON_READING[low]
    if after.lower() in BEFORE_A_NOUN:  # "un depute": « député », the noun
        nouns = [form for form in candidates if _a_noun(form.lower())]
        candidates = nouns or candidates
    if after.lower() in AUXILIARIES:
        participles = [form for form in candidates if fold(form) == low and form.endswith("é")]
        candidates = participles or candidates
    elif after.lower() in BEFORE_A_VERB and _present_as_typed(low):
        # "quelqu'un qui automatise": a verb in the present, no "automatisé"; but "qui
        # maitrise" is « maîtrise », itself a present
        present = [form for form in candidates if _present_as_typed(form)]
        return present[0] if len(present) == 1 else word
    fewest = [form for form in candidates if _accent_count(form) == _accent_count(candidates[0])]
    if len({form.lower() for form in fewest}) == 1:  # "Première", "première": the common noun
        fewest = [min(fewest, key=lambda form: form[0].isupper())]
    if len(fewest) > 1:  # "cote": "côte" or "côté"? the note does not say
        return word
    best = fewest[0]
    return best.upper() if word.isupper() else best


def _participle_after_plural(low: str, after: str) -> str:
    """ "décales", "decales" after "horaires": « décalés ». No verb in the second person
    follows a plural noun, so the typed form is the participle without its accent; "" when
    the word is no such form (or a noun too: "des repas livres" may be books)."""
    if not low.endswith("es") or after[-1:].lower() not in ("s", "x") or not _a_noun(after.lower()):
        return ""
    forms = forms_of(fold(low))
    verbs = [form for form in forms if _present_as_typed(form) and not _a_noun(form)]
    participles = [form for form in forms if form.endswith("és") and fold(form) == fold(low)]
    fits = len(participles) == 1 and _keeps_typed_accents(participles[0], low)
    return participles[0] if verbs and fits else ""


def _keeps_typed_accents(form: str, typed: str) -> bool:
    """Does `form` have every accent `typed` has, in its place ("agées" fits « âgées »)?"""
    return len(form) == len(typed) and all(
        a == b for a, b in zip(form, typed, strict=True) if not b.isascii()
    )


def _lemma_accented(word: str, low: str) -> str:
    """'pere', 'decembre': forms the dictionary lists, whose own lemma is the word with its
    accents ("père", "décembre"); a verb's form ("aime": "aimer") stays as typed."""
    import simplemma

    lemma = simplemma.lemmatize(low, lang="fr")
    if lemma == low or fold(lemma) != low or lemma not in forms_of(low):
        return word
    return lemma.upper() if word.isupper() else lemma


def forms_of(low: str) -> tuple[str, ...]:
    return _entry(low, "fr")[1]


def restore_accents(text: str, lang: str = "fr") -> str:
    """Every word of the text restored, each read after the word before it."""
    pieces: list[str] = []
    last = 0
    previous = ""
    matches = list(WORD.finditer(text))
    for index, match in enumerate(matches):
        following = matches[index + 1].group(0) if index + 1 < len(matches) else ""
        pieces.append(text[last : match.start()])
        word = match.group(0)
        joined_before = previous and text[last : match.start()] == "-"
        joined_after = following and text[match.end() : match.end() + 1] == "-"
        english = (joined_before and english_phrase([previous, word])) or (
            joined_after and english_phrase([word, following])
        )
        written = restored(word, lang, previous, following)
        # "stage-gate", a term of the trade: an English compound gains no conjugated verb
        # ("stage-gâte"); "vice-president" still becomes "vice-président"
        pieces.append(word if lang == "fr" and english and _verb_only(written) else written)
        previous = match.group(0)
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)
