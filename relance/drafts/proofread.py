"""A real French grammar checker proofreads every sentence the composer writes.

Grammalecte (Debian's `python3-grammalecte`, pure Python, GPL-3) reads each French sentence
built from the notes. A finding outside typography is either fixed or reported:

- **fixed** when the fix is safe: one suggestion from the agreement, past participle,
  conjugation or elision rules ("j'ai parler" -> "j'ai parlé"), or a spelling fix that only
  restores accents or a proper noun's capital ("ouvriere" -> "ouvrière", "portugal" ->
  "Portugal"), never a different word. A word with a capital inside a sentence, a digit or a
  name the caller protects (the company, the recruiter) is never changed: names, acronyms and
  trade words stay as the candidate typed them;
- **a fault** otherwise (two fixes proposed for one phrase, "la conducteur"; a confusion, a
  wrong mood): the caller hands the note behind it back to the candidate as a marked place.
  A word the dictionary does not know is no fault: the vouch gate reads unknown words with
  its own dictionaries and the trades' words.

The package is imported lazily, once, from Debian's path (only its own directory is read, not
the whole of dist-packages). When it is missing the drafts are written without the pass and a
warning is logged once; `require()` (the tests, `make test`) fails naming the package.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from relance.core.accents import fold

log = logging.getLogger(__name__)

PACKAGE = "python3-grammalecte"
LOCATION = Path("/usr/lib/python3/dist-packages/grammalecte")

# Families of rules whose one suggestion is applied (Grammalecte's rule names: "gn_…",
# "ppas_…", "conj_…", "eleu_…"; "infi_…" is the infinitive a participle should be, or back).
AGREEMENT = "agreement"
PARTICIPLE = "participle"
CONJUGATION = "conjugation"
ELISION = "elision"
ACCENT = "accent"
CAPITAL = "capital"
HYPHEN = "hyphen"
SAFE_RULES = {
    "gn": AGREEMENT,
    "ppas": PARTICIPLE,
    "infi": PARTICIPLE,
    "conj": CONJUGATION,
    "eleu": ELISION,
    "tu": HYPHEN,  # "grand père" -> "grand-père": only a hyphen for a space (`_hyphen_only`)
}
# Typography is the templates' business (`templates.typography`), not the proofreader's.
TYPOGRAPHY_TYPES = frozenset({"apos", "nbsp", "esp", "typo", "num", "unit"})
TYPOGRAPHY_RULES = ("apostrophe_typographique", "esp_", "typo_", "unit_", "nbsp")


class ProofreaderMissing(RuntimeError):
    """Grammalecte is not installed: `apt-get install python3-grammalecte`."""

    def __init__(self) -> None:
        super().__init__(
            f"French proofreading needs the Debian package {PACKAGE} (apt-get install {PACKAGE})"
        )


@dataclass(frozen=True)
class Fix:
    """A word (or a few) the proofreader wrote otherwise: "parler" -> "parlé" (participle)."""

    typed: str
    written: str
    family: str  # AGREEMENT, PARTICIPLE, CONJUGATION, ELISION, ACCENT or CAPITAL


@dataclass(frozen=True)
class Fault:
    """A finding with no safe fix: the sentence is not sent as written."""

    text: str  # the words it is about
    rule: str
    message: str
    around: str = ""  # the word before and the word after it, in the sentence


@dataclass(frozen=True)
class Proofread:
    text: str  # the text with the safe fixes applied
    fixes: tuple[Fix, ...] = ()
    faults: tuple[Fault, ...] = ()


@cache
def _module() -> Any:
    """Grammalecte, imported once from Debian's directory."""
    return sys.modules.get("grammalecte") or load(LOCATION)


def load(location: Path) -> Any:
    """The package in `location` imported as `grammalecte`, from that directory alone (not
    the whole of dist-packages on sys.path); ProofreaderMissing when it is not there."""
    init = location / "__init__.py"
    if not init.is_file():
        raise ProofreaderMissing
    spec = importlib.util.spec_from_file_location(
        "grammalecte", init, submodule_search_locations=[str(location)]
    )
    if spec is None or spec.loader is None:
        raise ProofreaderMissing
    module = importlib.util.module_from_spec(spec)
    sys.modules["grammalecte"] = module
    try:
        spec.loader.exec_module(module)
    except Exception:
        del sys.modules["grammalecte"]
        raise
    return module


# Grammalecte's options for typography, Markdown, LaTeX and chemistry: off, they are the
# templates' business, and reading a sentence takes half the time without them.
OPTIONS_OFF = ("typo", "apos", "esp", "nbsp", "unit", "num", "latex", "md", "html", "chim")


@cache
def checker() -> Any:
    """The French grammar checker, loaded once per process (about 0.1 s), typography off."""
    found = _module().GrammarChecker("fr")
    found.getGCEngine().setOptions({option: False for option in OPTIONS_OFF})
    return found


def require() -> None:
    """Load the checker or fail naming the package to install."""
    checker()


@cache
def available() -> bool:
    try:
        checker()
    except ProofreaderMissing:
        log.warning("French drafts are not proofread: install %s", PACKAGE)
        return False
    return True


SHORT_WORD = 3  # "la", "les", "des": a fault's article is found in many notes


def touches(fault: Fault, note: str) -> bool:
    """Is the fault about words of this note (not only the frame around it)? Its words of
    four letters or more are compared, accents and case folded, and its neighbours too when
    they are long enough to tell: "l'accueil citoyens" is the note "accueil citoyens au
    guichet", not "répondre aux appels des citoyens"."""
    mine = _long_words(note)
    if not mine & _long_words(fault.text):
        return False
    around = _long_words(fault.around) - _long_words(fault.text)
    return not around or bool(mine & around)


def _long_words(text: str) -> set[str]:
    return {word for word in re.split(r"[\W_]+", fold(text)) if len(word) > SHORT_WORD}


def _around(text: str, start: int, end: int) -> str:
    # A neighbour is read within the sentence: the next sentence's first word is no
    # neighbour ("… avec les habitues. L'idée …" is about the note "les habitues").
    before = re.search(r"[\w'’-]+[^\w.!?]*$", text[:start])
    after = re.match(r"[^\w.!?]*[\w'’-]+", text[end:])
    return (before.group(0) if before else "") + text[start:end] + (after.group(0) if after else "")


def _family(rule: str) -> str:
    """The safe family of a rule id ("g3__gn_la_1m__b2_a2_1" -> agreement), or ""."""
    parts = rule.split("__")
    name = parts[1] if len(parts) > 1 else parts[0]
    return SAFE_RULES.get(name.split("_", 1)[0], "")


def _typography(error: dict[str, Any]) -> bool:
    return error.get("sType") in TYPOGRAPHY_TYPES or error["sRuleId"].startswith(TYPOGRAPHY_RULES)


# adjectives that stay as they are in a locution: « à long terme » said without its « à »
INVARIABLE_LOCUTION = re.compile(r"(?:long|court|moyen)\s+terme\b", re.IGNORECASE)


def _protected(text: str, start: int, end: int, keep: tuple[str, ...]) -> bool:
    """A word a fix must not touch: a name the caller keeps, a capital or a digit inside, a
    marked place."""
    word = text[start:end]
    if any(char.isdigit() for char in word):
        return True
    if INVARIABLE_LOCUTION.match(text, start):
        return True  # « des projets long terme » (writer BW's bw12): never « longs terme »
    if text.rfind("[", 0, start) > text.rfind("]", 0, start):
        return True  # a marked place's label, "[à compléter : …]": the candidate rewrites it
    sentence_start = start == 0 or text[:start].rstrip()[-1:] in ".!?:"
    if any(char.isupper() for char in (word if not sentence_start else word[1:])):
        return True
    for name in keep:
        if not name:
            continue
        at = text.find(name)
        while at >= 0:
            if at < end and start < at + len(name):
                return True
            at = text.find(name, at + 1)
    return False


def _noun(words: str) -> bool:
    """May the words be a noun? An agreement changes an adjective or a participle; a noun
    after a noun is the notes' shorthand ("l'accueil citoyens", "les rencontres parents"),
    which no one suggestion mends: a fault, the note is handed back."""
    return any(":N" in tag for word in words.split() for tag in readings(word))


def _numbers(word: str) -> set[str]:
    """The numbers a word may be read in: "s", "p" or "i" (either)."""
    tags = [tag.split("/")[1] if "/" in tag else tag for tag in readings(word)]
    return {mark for tag in tags for mark in ("s", "p", "i") if f":{mark}" in tag + ":"}


def _participle_before_noun(text: str, start: int, end: int) -> bool:
    following = re.match(r"\s+([\w-]+)", text[end:])
    participle = any(":Q" in tag for tag in readings(text[start:end]))
    return participle and following is not None and _noun(following.group(1))


ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}S\b(?:\s+[\w-]+){0,2}\s*$")


def _after_acronym(text: str, start: int) -> bool:
    """An acronym in capitals ending in S ("CACES", "BTS") a word or two before: Grammalecte
    reads it as a plural, which it is not."""
    return bool(ACRONYM_BEFORE.search(text[:start]))


# "noun de/en/à noun " just before a word: the head noun, then its complement's noun.
NOUN_OF_NOUN_BEFORE = re.compile(r"([\w-]+)\s+(?:de|d'|en|à|du|des|au|aux)\s*([\w-]+)\s+$")


def _after_complement(text: str, start: int, written: str) -> bool:
    """An adjective after "noun de/en/à noun" whose typed form agrees with the first noun
    while the fix agrees with the second: which one it qualifies the checker cannot know,
    and the candidate typed the one they meant."""
    found = NOUN_OF_NOUN_BEFORE.search(text[:start])
    if found is None or not found.group(1).islower():
        return False  # « à Porto en boulangerie »: a place's name is no noun to agree with
    head, complement = found.group(1), found.group(2)
    if not (_noun(head) and _noun(complement)):
        return False
    typed = re.match(r"[\w-]+", text[start:])
    return typed is not None and _agrees(typed.group(0), head) and written != typed.group(0)


def _agrees(adjective: str, noun: str) -> bool:
    """May the adjective as written qualify the noun (gender and number both)?"""

    def marks(word: str) -> set[tuple[str, str]]:
        found = set()
        for tag in readings(word):
            gender = next((g for g in "mfe" if f":{g}:" in tag + ":"), "")
            number = next((n for n in "spi" if f":{n}" in tag.split("/")[1] + ":"), "")
            if gender and number:  # a name has neither: it agrees with nothing for sure
                found.add((gender, number))
        return found

    return compatible(marks(adjective), marks(noun))


def compatible(first: set[tuple[str, str]], second: set[tuple[str, str]]) -> bool:
    """Do two words' (gender, number) readings allow them to agree? "e" is either gender,
    "i" either number."""
    return any(
        (g1 == g2 or "e" in (g1, g2)) and (n1 == n2 or "i" in (n1, n2))
        for g1, n1 in first
        for g2, n2 in second
    )


def _gender_only(typed: str, written: str) -> bool:
    """The same number, another gender: not an infinitive mended into a participle."""
    infinitive = any(":Y" in tag for tag in readings(typed))
    return not infinitive and bool(_numbers(typed) & _numbers(written))


def _after_short_word(text: str, start: int) -> bool:
    """A place's capital is restored after "au", "en", "la", "de" ("au portugal", "après la
    toussaint"), not inside a name typed in lower case ("au royal riviera")."""
    previous = re.search(r"([\w'’]+)\W*$", text[:start])
    return previous is None or len(previous.group(1).split("'")[-1]) <= SHORT_WORD


def _hyphen_only(typed: str, written: str) -> bool:
    return " " in typed and written == typed.replace(" ", "-")


def _verb(words: str) -> bool:
    """A verb form: the only thing a past participle fix may replace."""
    return any(":V" in tag for word in words.split() for tag in readings(word))


@lru_cache(maxsize=4096)
def readings(word: str) -> tuple[str, ...]:
    """Grammalecte's readings of a word: ">conducteur/:N:A:m:s/*" (a noun, an adjective)."""
    return tuple(checker().getSpellChecker().getMorph(word.strip(" '’")))


def readings_if_available(word: str) -> tuple[str, ...]:
    """The word's readings, or none when the proofreader is not installed."""
    return readings(word) if available() else ()


def spelling(word: str) -> str:
    """The word with the accents or the first capital the lexicon's one suggestion restores
    ("evaluative" -> "évaluative", "europe" -> "Europe"), or "" (none, or several)."""
    return _spelling(word)[0] if available() else ""


@lru_cache(maxsize=4096)
def _spelling(word: str) -> tuple[str, str]:
    """The one suggestion that only restores accents or a first capital, and its family."""
    suggested = [s for found in checker().getSpellChecker().suggest(word) for s in found]
    same = {s for s in suggested if fold(s) == fold(word) and s != word}
    if len(same) != 1:
        return "", ""
    written = same.pop()
    if written.lower() == word.lower():  # a capital: the first letter only ("Portugal")
        if written[1:] == word[1:] and written[:1].isupper():
            return written, CAPITAL
        return "", ""
    if written[:1].isupper() != word[:1].isupper() or written[1:] != written[1:].lower():
        return "", ""
    return written, ACCENT


MAX_PASSES = 6  # a fix may change what the next finding says: one grammar fix a pass


@lru_cache(maxsize=4096)
def proofread(text: str, keep: tuple[str, ...] = ()) -> Proofread:
    """`text` (French) with its safe fixes applied, and the faults it still holds.

    `keep`: names the proofreader must leave as written (the company, the recruiter). The
    spelling fixes are made at once; the grammar fixes one a pass, the text read again after
    each ("les résidents est calmes": once "sont" is written, "calmes" is right). Cached: a
    field's sentences are written again as the e-mail is fitted to its length."""
    if not text.strip() or not available():
        return Proofread(text)
    fixes: list[Fix] = []
    for _ in range(MAX_PASSES):
        edits, faults = _findings(text, keep)
        if not edits:
            break
        spelling = [edit for edit in edits if edit[3] in (ACCENT, CAPITAL)]
        text, done = _applied(text, spelling or edits[:1])
        fixes.extend(done)
    else:
        _, faults = _findings(text, keep)
    return Proofread(text, tuple(fixes), tuple(faults))


Edit = tuple[int, int, str, str]  # start, end, the text written, the family


def _findings(text: str, keep: tuple[str, ...]) -> tuple[list[Edit], list[Fault]]:
    """The safe edits (start, end, written, family), in the text's order, and the faults."""
    grammar, spelling = checker().getParagraphErrors(text)
    edits: list[Edit] = []
    faults: list[Fault] = []
    findings = [error for error in grammar if not _typography(error)]
    # Two findings of one rule propose two ways to mend one phrase ("la conducteur": "le
    # conducteur" or "la conductrice"): neither is safe.
    rules = [error["sRuleId"].rsplit("__", 1)[0] for error in findings]
    for error, rule in zip(findings, rules, strict=True):
        start, end = error["nStart"], error["nEnd"]
        if _protected(text, start, end, keep):
            continue  # a name or an acronym: as typed, neither fixed nor a fault
        suggestions = list(error.get("aSuggestions") or ())
        family = _family(error["sRuleId"])
        alone = rules.count(rule) == 1
        if family == PARTICIPLE and not _verb(text[start:end]):
            continue  # "mon du de soins critiques" is a diploma, "DU", not "dû"
        one = alone and len(suggestions) == 1 and "|" not in suggestions[0]
        apposition = _noun(text[start:end]) and _numbers(text[start:end]) & _numbers(
            suggestions[0] if suggestions else ""
        )
        if family == AGREEMENT and one and apposition:
            continue  # a noun in apposition keeps its gender: "ma carte conducteur"
        if family == PARTICIPLE and one and _gender_only(text[start:end], suggestions[0]):
            continue  # "d'être patiente": its subject may be the candidate, of either gender
        if family == AGREEMENT and _after_acronym(text, start):
            continue  # "le CACES 5 obligatoire": an acronym's final S is no plural
        if family == AGREEMENT and one and _after_complement(text, start, suggestions[0]):
            continue  # "le service en coupure accepté": it may agree with either noun
        if family == AGREEMENT and _participle_before_noun(text, start, end):
            continue  # "les due diligences": a loan word, no French participle comes first
        if family == HYPHEN and not (one and _hyphen_only(text[start:end], suggestions[0])):
            continue  # "St Herblain": a name's hyphens are the candidate's
        if family and one and not (family == AGREEMENT and _noun(text[start:end])):
            # The drafts write the straight apostrophe ("qu'il"), as the candidate types it.
            edits.append((start, end, suggestions[0].replace("’", "'"), family))
        else:
            message = error.get("sMessage", "")
            faults.append(
                Fault(text[start:end], error["sRuleId"], message, _around(text, start, end))
            )
    for error in spelling:
        start, end = error["nStart"], error["nEnd"]
        if _protected(text, start, end, keep):
            continue  # a name, an acronym: as typed
        written, family = _spelling(text[start:end])
        if family == CAPITAL and not _after_short_word(text, start):
            continue  # "au royal riviera": half a name in capitals reads worse than none
        if written:
            edits.append((start, end, written, family))
    edits.sort(key=lambda edit: (edit[0], edit[1]))
    return edits, faults


def _applied(text: str, edits: list[Edit]) -> tuple[str, list[Fix]]:
    fixes: list[Fix] = []
    written, cursor = [], 0
    for start, end, new, family in edits:
        if start < cursor:  # overlapping edits: the first one only
            continue
        written.append(text[cursor:start])
        written.append(new)
        fixes.append(Fix(text[start:end].strip(), new.strip(), family))
        cursor = end
    written.append(text[cursor:])
    return "".join(written), fixes
