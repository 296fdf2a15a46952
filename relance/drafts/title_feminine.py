"""A title the ad typed masculine beside its gender notice, in a woman's form.

"Négociateur immobilier H/F" is the ad's masculine heading for a job open to all: a woman
writes « négociatrice immobilière ». Only the head and the words in apposition right after
it agree ("Chauffeur livreur" -> « chauffeuse livreuse »); a complement after a preposition
keeps its own gender ("Technicien de maintenance" -> « technicienne de maintenance »). A
word whose feminine no ending rule gives is left as typed (« chef », « médecin »): the
masculine the ad chose reads better than a guess.
"""

from __future__ import annotations

from typing import Final

from relance.drafts.accents import english_phrase, is_french_word

# the commonest agent endings of French job titles, longest first
ENDINGS: Final = (
    ("ateur", "atrice"),
    ("cteur", "ctrice"),
    ("ier", "ière"),
    ("ien", "ienne"),
    ("eur", "euse"),
    ("ant", "ante"),
    ("ent", "ente"),
    ("int", "inte"),
    ("el", "elle"),
    ("if", "ive"),
    ("al", "ale"),
    ("é", "ée"),
    ("er", "ère"),
)
# job words whose ending misleads the rules above (« professeur » is « professeure »)
IRREGULAR: Final = {
    "professeur": "professeure",
    "ingénieur": "ingénieure",
    "docteur": "docteure",
    "auteur": "autrice",
    # « -iteur » agents (writer BW's bw16: « auditeur financier senior » for Camille)
    "auditeur": "auditrice",
    "éditeur": "éditrice",
    "expéditeur": "expéditrice",
    "compositeur": "compositrice",
    "sauveteur": "sauveteuse",  # « maître-nageuse sauveteuse » (writer AC's ac24)
    "ambassadeur": "ambassadrice",
    "empereur": "impératrice",
    "chef": "cheffe",
    "directeur": "directrice",
    "développeur": "développeuse",
}
# words borrowed from English, the same for a woman ("Développeur junior")
INVARIABLE: Final = frozenset({"sénior", "senior", "junior"})
STOPS: Final = frozenset({"de", "d'", "du", "des", "en", "à", "au", "aux", "pour", "et", "/"})
# Adjectives that say what the person is, not what the complement is: after « d'accueil »
# they still agree with the head (« agente d'accueil saisonnière », writer BC; never
# « technicienne de maintenance industrielle », whose adjective is the maintenance's).
OF_THE_PERSON: Final = frozenset(
    {"saisonnier", "polyvalent", "qualifié", "confirmé", "expérimenté", "débutant", "diplômé",
     "remplaçant", "itinérant", "spécialisé", "certifié", "habilité", "contractuel"}
)  # fmt: skip


def feminine_word(word: str) -> str | None:
    """The feminine of one masculine job word, or None when no rule gives a French word
    ("print" is no « printe », "reporter" no « reportère »)."""
    if "-" in word.strip("-"):  # « post-doctoral »: the last part agrees (writer BA's ba12)
        prefix, last = word.rsplit("-", 1)
        agreed = feminine_word(last)
        return None if agreed is None else f"{prefix}-{agreed}"
    lower = word.lower()
    if lower in IRREGULAR:
        found = IRREGULAR[lower]
    elif lower.endswith(("e", "s", "x")) or lower in INVARIABLE:
        return word
    else:
        for ending, feminine in ENDINGS:
            if lower.endswith(ending) and len(lower) > len(ending) + 1:
                found = lower[: -len(ending)] + feminine
                break
        else:
            return None
        if not is_french_word(found):
            return None
    return found.capitalize() if word[:1].isupper() else found


def feminine_title(title: str) -> str:
    """The head and its apposed words in the feminine; the title unchanged when the head's
    feminine is unknown."""
    words = title.split(" ")
    if not words or not words[0] or english_phrase(words):
        return title  # "Client Advisor Leather Goods" is no « cliente Advisor »
    head = feminine_word(words[0])
    if head is None or head == words[0]:
        return title  # an epicene head ("Graphiste print", "Journaliste reporter") agrees alone
    out = [head]
    for position, word in enumerate(words[1:], start=1):
        # « Directeur Administratif et Financier »: "et" between two apposed words joins them
        joined = word.lower() == "et" and out[-1] != head and position + 1 < len(words)
        if joined and feminine_word(words[position + 1]) not in (None, words[position + 1]):
            out.append(word)
            continue
        if word.lower() in STOPS or "'" in word or word.isupper():
            return " ".join(out + last_of_the_person(words[position:]))
        agreed = feminine_word(word)
        if agreed is None:
            return " ".join(out + words[position:])
        out.append(agreed)
    return " ".join(out)


def last_of_the_person(rest: list[str]) -> list[str]:
    """The complement as typed, its last word agreed when it says what the person is."""
    if len(rest) < 2 or rest[-1].lower() not in OF_THE_PERSON:
        return rest
    return [*rest[:-1], feminine_word(rest[-1]) or rest[-1]]
