"""What the role covers and what is expected, in French: a noun phrase a careful writer
would write, never a requirement pasted from the notes (session 20, the blind readers'
rejects of « Vous avez notamment évoqué … » and « le poste comprend … »).

Read by word class with Grammalecte's lexicon (`proofread.readings`), each item alone:

- an adverb or a negation pasted after the noun ("les ports de cartons parfois", "les
  astreintes pas concernées"), an adverbial phrase ("les procédures à la lettre", "le
  permis AM au minimum"), a gerund ("le chantier propre en partant"), a preposition before a
  bare infinitive ("le permis AM pour venir", "le permis G à faire"), a delay or a time of
  day ("l'autonomie en 3 mois", "chaque matin pareil"), an adjective standing for its noun
  ("pour les électriques");
- nouns juxtaposed across an acronym ("le respect RSE temps de conduite", "des SLA
  hôpital"), a noun without its article between "sur" and its complement ("sur lecture de
  plans");
- a noun then the standard it must meet ("la tenue irréprochable", "le permis B
  obligatoire"): `fr_requirement` says it the way a writer would in the expectations
  ("l'importance d'une tenue irréprochable", "le caractère obligatoire du permis B"); as
  typed, it goes back to the candidate;
- in the role, a person ("l'interlocutrice des managers", "l'assistant brand manager") or a
  perk ("la voiture de fonction"), which the role does not "comprend" as a task.
"""

from __future__ import annotations

import re

from relance.drafts import proofread
from relance.drafts.slots import fr_adjectives_joined

# The standards a thing must meet, by lemma: said as "l'importance d'une tenue irréprochable".
FR_STANDARDS = frozenset(
    {"irréprochable", "impeccable", "parfait", "rigoureux", "exemplaire", "rapide", "strict",
     "absolu", "total", "optimal", "maximal", "minutieux", "scrupuleux", "nickel"}
)  # fmt: skip
# What is required, by its masculine singular: "le caractère obligatoire du permis B".
FR_REQUIRED = frozenset(
    {"obligatoire", "indispensable", "impératif", "nécessaire", "exigé", "requis", "imposé",
     "essentiel"}
)  # fmt: skip
FR_REQUIRED_PARTICIPLES = frozenset({"exigé", "requis", "imposé"})
# Adverbial phrases of the notes, which no noun phrase ends with ("à la lettre", "au minimum").
FR_ADVERBIAL = re.compile(
    r"\b(?:à la lettre|à l['’]heure|au minimum|au maximum|au moins|à fond|à la main|"
    r"tout le temps|de suite|tout de suite|si possible|en plus|à chaque fois)$",
    re.IGNORECASE,
)
# Nouns of time: "chaque matin", "en 3 mois", "sous 2 semaines" say when, not what.
FR_TIME_NOUNS = frozenset(
    {"matin", "matins", "soir", "soirs", "jour", "jours", "semaine", "semaines", "mois", "an",
     "ans", "année", "années", "nuit", "nuits", "heure", "heures", "minute", "minutes"}
)  # fmt: skip
# "sur place", "sur mesure", "sur demande du client": "sur" and a bare noun, a set phrase.
# Prepositions of a delay: "en 3 mois", "d'ici douze mois", "dès le 3e mois".
FR_DELAYS = frozenset({"en", "sous", "dans", "d'ici", "d’ici", "dès", "après", "avant"})
FR_SUR_SET = frozenset({"place", "mesure", "demande", "rendez-vous", "site", "présentation"})
# Perks the role comes with, not what it comprises: "la voiture de fonction".
FR_PERKS = re.compile(
    r"^(?:les? |la |l['’])?(?:voiture|véhicule|logement|téléphone|ordinateur)s? de "
    r"(?:fonction|service)\b|^(?:les? |la |l['’])?(?:primes?|mutuelle|tickets?|"
    r"salaire|rémunération|intéressement|treizième)\b",
    re.IGNORECASE,
)
FR_RELATIVES = frozenset({"qui", "que", "qu'", "dont", "où"})
FR_ACRONYM = re.compile(r"^[A-Z]{2,}s?$")
FR_PERSON_SUFFIXES = ("iste", "aire", "eute", "logue", "graphe", "iatre")
FR_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
FR_PREPOSITIONS = frozenset({"à", "pour", "sans"})


def _delay(words: list[str]) -> bool:
    """A count of time after a preposition: numbers, determiners or ordinals, then a noun of
    time ("3 mois", "le 3e mois", "quelques semaines", "douze mois")."""
    for word in words:
        if word in FR_TIME_NOUNS:
            return True
        count = word[:1].isdigit() or word in ("le", "la", "les", "quelques", "un", "une")
        if not count and not any(":B" in r for r in _readings(word)):
            return False
    return False


def _readings(word: str) -> tuple[str, ...]:
    return proofread.readings(word.lower())


def _only(word: str, tags: tuple[str, ...]) -> bool:
    """Every reading of the word has one of these tags (":W": an adverb only)."""
    found = _readings(word)
    return bool(found) and all(any(tag in r for tag in tags) for r in found)


def _lemmas(word: str, tag: str) -> set[str]:
    return {r[1:].split("/")[0] for r in _readings(word) if tag in r}


def _noun_only(word: str) -> bool:
    found = _readings(word)
    return any(":N" in r for r in found) and not any(":A" in r for r in found)


def fr_person(word: str, adjective_too: bool = False) -> bool:
    """A noun of a person: a feminine of a masculine lemma ("interlocutrice", "assistante"),
    a masculine whose feminine is a noun of the same lemma ("assistant"), or a noun of both
    genders with a suffix of trades ("thérapeute", "secrétaire"); with `adjective_too`, one
    that is an adjective as well ("technicien", "électricien")."""
    low = word.lower()
    single = low[:-1] if low.endswith(("s", "x")) and len(low) > 3 else low
    if not (_noun_only(low) or (adjective_too and any(":N" in r for r in _readings(low)))):
        return False
    for reading in _readings(low):
        lemma = reading[1:].split("/")[0]
        if ":N:f" in reading and lemma not in (low, single):
            return True
        if ":N:e" in reading and single.endswith(FR_PERSON_SUFFIXES):
            return True
    if not single.endswith(("ant", "ent", "eur", "ier", "er", "ien")):
        return False
    feminines = {single + "e", single[:-3] + "euse", single[:-3] + "rice", single[:-2] + "ère"}
    feminines.add(single + "ne")  # « technicienne », « électricienne »
    known = _noun_only if not adjective_too else _a_noun
    tag = ":N" if adjective_too else ":N:f"
    return any(known(f) and single in _lemmas(f, tag) for f in feminines)


def _a_noun(word: str) -> bool:
    return any(":N" in r for r in _readings(word))


def _standard(word: str) -> str:
    """ "irréprochable" → "standard", "obligatoire" → "required", else ""."""
    if not word.islower() or not any(":A" in r for r in _readings(word)):
        return ""
    lemmas = _lemmas(word, ":A")
    if lemmas & FR_STANDARDS:
        return "standard"
    if lemmas & FR_REQUIRED or _masculine(word) in FR_REQUIRED:
        return "required"
    return ""


def _masculine(word: str) -> str:
    """The masculine singular of an adjective or a participle ("exigées" → "exigé")."""
    for form in (word, word[:-1], word[:-2]):
        if any(":A" in r and (":m:s" in r or ":m:i" in r or ":e:s" in r) for r in _readings(form)):
            return form
    return ""


def fr_pasted_word(words: list[str]) -> str:
    """A word of the note pasted after the noun (an adverb, a negation, a gerund…), up to a
    relative, or "": « mon permis de construire déjà montés seule » (writer BE's be13)."""
    if not proofread.available() or not words:
        return ""
    end = next((i for i, w in enumerate(words) if w.lower() in FR_RELATIVES), len(words))
    return next((f for at in range(end) if (f := _word_fault(words[:end], at))), "")


def fr_requirement_fault(words: list[str], role: bool) -> str:
    """Why a French item of the role or the expectations reads as a pasted note, or ""."""
    if not proofread.available() or not words:
        return ""
    text = " ".join(words)
    # "les audiences qui finissent tard": from a relative on, the clause's own words
    fault = fr_pasted_word(words)
    if fault:
        return fault
    if FR_ADVERBIAL.search(text):
        return "an adverbial phrase pasted"
    kind = _standard(words[-1])
    # "les formations obligatoires": what is required of a kind, not a note of one's own
    plural = kind == "required" and text.lower().startswith(("les ", "des "))
    if kind and not plural and _head(words) != words[-1] and not FR_RESTATED.match(text):
        return "a requirement pasted after its noun"  # "la tenue irréprochable"
    if role:
        head = _head(words)
        if head and fr_person(head):
            return "a person, not a task"
        if FR_PERKS.search(text):
            return "a perk, not a task"
    return ""


def _word_fault(words: list[str], at: int) -> str:
    """What the word at `at` makes of the item: an adverb, a gerund, a delay… or ""."""
    low = [w.lower() for w in words]
    word, here = words[at], low[at]
    nxt = low[at + 1] if at + 1 < len(low) else ""
    after = words[at + 1] if nxt else ""
    then = low[at + 2] if at + 2 < len(low) else ""
    modifies = bool(nxt) and any(t in r for r in _readings(nxt) for t in (":A", ":W", ":Q"))
    if at and word.islower() and _only(word, (":W", ":G:X")) and not modifies:
        return "an adverb pasted after the noun"  # "parfois", "toujours"
    if at and here == "pas" and low[at - 1] not in FR_ARTICLES | {"de", "un"}:
        return "a negation pasted"  # "les astreintes pas concernées"
    if here == "en" and nxt.endswith("ant") and any(":P" in r for r in _readings(nxt)):
        return "a gerund pasted"  # "en partant"
    # "la capacité à travailler avec les partenaires" is said; "le permis G à faire" is not
    if here in FR_PREPOSITIONS and not then and after.islower() and _only(after, (":Y",)):
        return "a preposition before a bare infinitive"  # "pour venir", "à faire"
    if here in FR_DELAYS and _delay(low[at + 1 : at + 4]):
        return "a delay pasted"  # "l'autonomie en 3 mois", "dès le 3e mois"
    if here == "chaque" and nxt in FR_TIME_NOUNS:
        return "a time of day, not a thing"  # "chaque matin pareil"
    # "le respect RSE temps de conduite"; "le CAP cuisine", an acronym first, is a name
    acronym = at and FR_ACRONYM.match(word) and low[at - 1] not in FR_ARTICLES
    if acronym and after.islower() and _noun_only(after) and not _only(after, (":G",)):
        return "two nouns side by side"
    lone = after.islower() and _only(after, (":A",)) and not _lemmas(after, ":N")
    if at and here in FR_ARTICLES and lone and then in FR_PREPOSITIONS | {"", "de", "en", "et"}:
        return "an adjective without its noun"  # "pour les électriques"
    bare = here == "sur" and after.islower() and _noun_only(after) and nxt not in FR_SUR_SET
    if bare and re.match(r"^(?:de|des|du|d['’])", then):
        return "a noun without its article after 'sur'"  # "sur lecture de plans"
    return ""


# What `fr_requirement` writes starts with these; the gate reads it as written.
FR_RESTATED = re.compile(r"^(?:l'importance d|le caractère )")


def _head(words: list[str]) -> str:
    first = words[0]
    if re.match(r"^[ld]['’]\w", first):
        return first[2:]
    return words[1] if len(words) > 1 and first.lower() in FR_ARTICLES | {"un", "une"} else ""


def fr_requirement(thing: str) -> str:
    """A thing of the expectations typed with its standard, said as a writer would: "la
    tenue irréprochable" → "l'importance d'une tenue irréprochable", "le permis B
    obligatoire" → "le caractère obligatoire du permis B"; "" when it cannot be said
    certainly (a plural, a noun of both genders, a possessive)."""
    if not proofread.available():
        return ""
    words = thing.split()
    if len(words) < 2 or " et " in thing or "," in thing:
        return ""
    kind = _standard(words[-1])
    head = _head(words)
    if not kind or not head or not head.islower() or head == words[-1]:
        return ""
    nouns = [r for r in _readings(head) if ":N" in r]
    genders = {g for r in nouns for g in ("m", "f") if f":{g}:s" in r or f":{g}:i" in r}
    if len(genders) != 1 or any(":N:e" in r or ":p" in r for r in nouns):
        return ""
    feminine = genders == {"f"}
    first = words[0].lower()
    if first not in ("le", "la") and not re.match(r"^l['’]\w", first):
        return ""
    rest = " ".join(words[1:]) if first in ("le", "la") else thing[2:]
    if kind == "standard":
        article = "une" if feminine else "un"
        return f"l'importance d'{article} {rest}"
    adjective = _masculine(words[-1])
    # a participle is no character: « le caractère exigé du permis B » (writer BX's reader)
    adjective = "obligatoire" if adjective in FR_REQUIRED_PARTICIPLES else adjective
    noun = " ".join(rest.split()[:-1])
    if not adjective or not noun:
        return ""
    of = {"le": "du ", "la": "de la "}.get(first, "de l'")
    return f"le caractère {adjective} {of}{noun}"


def fr_list_in_list(value: str) -> str:
    """ "la tenue, la révision et les liasses, et le portefeuille": a list joined inside a
    list; the inner one (before ", et"), else ""."""
    inner, joined, _ = value.rpartition(", et ")
    if not (joined and "," in inner):
        return ""
    # « l'accueil physique et téléphonique, … » (writer AE's ae07): two adjectives of one
    # noun make no list
    items = fr_adjectives_joined(inner.split(", "))
    nouns_joined = [item for item in items if " et " in item and not _adjectives_end(item)]
    return inner if nouns_joined else ""


def _adjectives_end(item: str) -> bool:
    """ "l'accueil physique et téléphonique": the « et » joins the item's last adjectives."""
    before, _, after = item.rpartition(" et ")
    return " " not in after and bool(fr_adjectives_joined([before, after]) == [item])
