"""The French noun-phrase and clause checks of `gate_shapes` (session 15, writer H's reading):
a noun juxtaposed after a noun or after its adjectives, a word that cannot agree with the
nouns before it, a name right after a noun that takes "de", a clause where a noun phrase is
expected, and the clause frames' own faults (a pronoun for a part left out, the employer's
boss in the third person, "noté avec plaisir" without a sign of interest).

Read with Grammalecte's lexicon (`proofread.readings`), as the rest of the gate.
"""

from __future__ import annotations

import re

from relance.drafts import proofread
from relance.drafts.slots import FR_DETERMINERS


def _fr(word: str, tag: str) -> bool:
    return any(tag in reading for reading in proofread.readings(word.lower()))


def _fr_noun_only(word: str) -> bool:
    """A noun no reading makes an adjective ("service", "produits"; not "chaud", "motivée")."""
    readings = proofread.readings(word.lower())
    noun = any(":N" in r for r in readings)
    adjective = any(":A" in r and ":N" not in r and ":Q" not in r for r in readings)
    return noun and not adjective and not any(":N:A" in r for r in readings)


FR_SUBJECT_PRONOUNS = frozenset({"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"})


def _fr_juxtaposed(rest: list[str], clause: bool = False) -> str:
    """A noun right after a noun, with nothing between ("une cuisine du marché produits
    frais", "la prise de rendez-vous titres"), nor after the noun's adjectives ("la mission
    longue possible embauche"); a word both noun and adjective that cannot agree with the
    noun before it is a second noun ("mon carnet d'adresses artisans": "adresses" feminine,
    "artisans" masculine); a name right after a noun that takes "de" ("ma maîtrise Cegid").
    In a clause (`clause`), where a verb may read as a noun ("le chauffeur livre"), only the
    adjective's case and the name's are read ("des enfants allergiques arachide")."""
    previous_noun = ""
    adjectives = False  # adjectives only since the last noun
    prenominal = False  # the last word an adjective said before its noun ("grande")
    nouns: list[str] = []  # the phrase's nouns so far, which an adjective may agree with
    acronym_after_noun = False
    after = before = ""
    for word in rest:
        earlier, before, after = before, after, word.lower()
        if before == "puis" and not clause and _fr(word, ":A") and not _fr(word, ":G"):
            return "an adjective after 'puis'"  # "la formation en 1 semaine puis autonome"
        if re.match(r"^[dl]['’]\w", word):  # "d'adresses": a preposition, then a noun
            previous_noun, adjectives, word = "", False, word[2:]
            acronym_after_noun = False  # « les consultations IDE d'annonce »
        plain = word.replace("-", "")  # "rendez-vous" is one noun
        # (« que je maîtrise Cegid »: after its subject, a verb and its object)
        subject = earlier in FR_SUBJECT_PRONOUNS
        if previous_noun in FR_OF_NOUNS and word[:1].isupper() and plain.isalpha() and not subject:
            return "a name without 'de' after its noun"
        if _acronym(word) and previous_noun and not clause:
            acronym_after_noun = True  # « le labo CQ »: what follows may not be a noun
            continue
        after_acronym = acronym_after_noun and word.isalpha() and word.islower()
        if after_acronym and _fr_noun_only(word) and not _function(word):
            return "a noun after an acronym after a noun"  # « le labo CQ produits finis »
        acronym_after_noun = False
        if word == "." or not plain.isalpha() or not word.islower():
            previous_noun, adjectives = "", False
            continue
        if word in FR_DETERMINERS or not proofread.readings(word):
            previous_noun, adjectives = "", False
            continue
        function = _function(word)
        if prenominal and _fr_noun_only(word):
            previous_noun, adjectives, prenominal = word.lower(), False, False
            continue  # "le stockage grande hauteur": "grande hauteur" is one phrase
        if previous_noun and _fr_participle_agrees(previous_noun, word):
            adjectives = True  # "les personnes handicapées": a participle agreeing, no noun
            continue
        if previous_noun and _fr_noun_only(word) and not function and (adjectives or not clause):
            return "a noun after its adjective" if adjectives else "two nouns side by side"
        # "un lieu de création majeur": "majeur" agrees with "lieu"; any noun of the phrase
        disagrees = not clause and all(_fr_disagrees(noun, word) for noun in nouns)
        if previous_noun and not adjectives and not function and disagrees:
            return "two nouns side by side"
        if previous_noun and not function and _fr_adjective_only(word):
            adjectives = True  # "la mission longue": the noun's phrase goes on
            prenominal = word.lower() in FR_PRENOMINAL
            continue
        if (
            previous_noun
            and not clause
            and not function
            and _fr_agreeing_adjective(previous_noun, word)
        ):
            adjectives = True  # « la formation interne »: then « loi » is a noun after it
            continue
        # Only a word that can be nothing but a noun ("marché", "couloirs"): "bonne",
        # "petite", "fort", "physique" may be adjectives before or after their noun.
        noun = _fr_noun_only(word) and not function
        previous_noun, adjectives = (word.lower() if noun else ""), False
        nouns += [previous_noun] if noun else []
    return ""


# Adjectives said before their noun, which may start a phrase after another noun.
FR_PRENOMINAL = frozenset(
    {"grand", "grande", "grands", "grandes", "petit", "petite", "petits", "petites", "bon",
     "bonne", "bons", "bonnes", "haut", "haute", "hauts", "hautes", "gros", "grosse", "long",
     "longue", "longs", "longues", "courte", "court", "jeune", "vieux", "vieille", "nouveau",
     "nouvelle", "premier", "première", "dernier", "dernière", "double", "simple"}
)  # fmt: skip
FR_CLAUSE_START = frozenset({"qui", "que", "qu'", "dont", "où", "quand", "fait", "lorsque"})
# Nouns whose object follows with "de" ("ma maîtrise d'Excel"), never juxtaposed.
FR_OF_NOUNS = frozenset(
    {"maîtrise", "connaissance", "connaissances", "pratique", "utilisation", "usage", "habitude"}
)


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _function(word: str) -> bool:
    """A function word: a preposition, a pronoun, a determiner or a conjunction."""
    return any(_fr(word, tag) for tag in (":G", ":R", ":D", ":W"))


def _fr_agreeing_adjective(noun: str, word: str) -> bool:
    """« interne » after « formation »: a word both noun and adjective that agrees with the
    noun before it reads as its adjective (« licence pro banque » is a diploma's name)."""
    if word.lower() == "pro" or not any(
        ":N" in r and ":A" in r for r in proofread.readings(word.lower())
    ):
        return False
    return not _fr_disagrees(noun, word)


def _fr_adjective_only(word: str) -> bool:
    readings = proofread.readings(word.lower())
    return bool(readings) and all(":A" in r and ":N" not in r for r in readings)


def _fr_agreements(word: str, tag: str) -> set[tuple[str, str]]:
    """(gender, number) of a word's readings of one class (":N", ":A")."""
    found = set()
    for reading in proofread.readings(word.lower()):
        if tag in reading:
            marks = reading.split("/")[1] if "/" in reading else reading
            gender = next((g for g in ("m", "f", "e") if f":{g}" in marks), "e")
            number = next((n for n in ("s", "p", "i") if f":{n}" in marks), "i")
            found.add((gender, number))
    return found


def _fr_participle_agrees(noun: str, word: str) -> bool:
    """'personnes handicapées', 'salariés détachés': a past participle that agrees with the
    noun before it describes it, though the lexicon also lists it as a noun."""
    if not any(":Q:A" in r for r in proofread.readings(word.lower())):
        return False
    return proofread.compatible(_fr_agreements(noun, ":N"), _fr_agreements(word, ":Q"))


def _fr_disagrees(noun: str, word: str) -> bool:
    """'adresses artisans': a word both noun and adjective that no reading lets agree, as
    an adjective, with the noun before it."""
    readings = proofread.readings(word.lower())
    if not any(":N:A" in r for r in readings):
        return False
    nouns = _fr_agreements(noun, ":N")
    adjectives = _fr_agreements(word, ":A")
    if not nouns or not adjectives:
        return False
    return not proofread.compatible(nouns, adjectives)


# A clause whose object pronoun stands for a note part left out ("je l'ai close en 5
# minutes", typed after "jeu de rôle vente :"): nothing in the e-mail says what "l'" is.
FR_ORPHAN_PRONOUN = re.compile(r"^(?:je|j')\s*(?:l'|l’|le\s|la\s|les\s)", re.IGNORECASE)
# The employer's boss spoken of to the recruiter, who may be that boss ("le patron veut
# lever le pied", written to the owner): the candidate says it, or not.
FR_BOSS = re.compile(r"\b(?:le|la) (?:patron|patronne|gérant|gérante)\b", re.IGNORECASE)
# What the recruiter did that a candidate may say they noted with pleasure: a sign of
# interest ("vous avez souligné mon expérience"), never an event ("vous avez parlé de…",
# "vous avez noté quand…") nor slang ("vous avez accroché sur…").
FR_RECEIVED = re.compile(
    r"^vous avez (?:(?:bien|beaucoup|tout de suite|particulièrement)\s+)?"
    r"(?:souligné|remarqué|relevé|retenu|apprécié|aimé|salué|trouvé|goûté|vu|lu|regardé|"
    r"feuilleté|consulté|écouté|été\s+(?:sensible|"
    r"intéressée?|convaincue?|impressionnée?|rassurée?))\b(?!.*\bquand\b)",
    re.IGNORECASE,
)


def fr_clause_fault(key: str, clause: str) -> str:
    """Why a French clause written from notes cannot stand in its frame, or ""."""
    text = clause.replace("’", "'").strip()
    if FR_ORPHAN_PRONOUN.match(text):
        return "a pronoun for what was left out"
    if FR_BOSS.search(text):
        return "the employer's boss in the third person"
    if key == "strong_liked" and not FR_RECEIVED.match(text):
        return "no sign of interest after 'noté avec plaisir'"
    return ""


# Words that open a clause a noun phrase may hold: a relative, or a conjunction ("si tout
# va bien", "quand il faut").
FR_RELATIVES = frozenset(
    {"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "si", "quand", "lorsque", "comme",
     "car", "parce", "puisque"}
)  # fmt: skip


def fr_clause_inside(words: list[str]) -> str:
    """'le mentorat me rassure': a verb that can only be conjugated, in a noun phrase with
    no relative pronoun before it, makes a clause of it, which no noun slot holds."""
    for word in words:
        low = word.lower()
        if low in FR_RELATIVES or low.startswith("qu'"):
            return ""
        readings = proofread.readings(low)
        if not word.isalpha() or not word.islower() or not readings:
            continue
        finite = all(
            ":V" in r and ":Y" not in r and ":Q" not in r and ":N" not in r and ":A" not in r
            for r in readings
        )
        if finite and not _function(low):
            return "a clause, not a noun phrase"
    return ""
