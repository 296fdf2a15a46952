"""The French half of `vouch`: can a French note piece stand in a noun-phrase slot ("le
poste comprend …", "mon …") or an action slot ("le poste consiste à …")? Each check says
why not, or "" when it can.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts import gender, morph, sense
from relance.drafts.fr_pipeline import fr_index as _fr_index
from relance.drafts.morph import Shape
from relance.drafts.rephrase import verbs

FR_LANGUAGES = frozenset(
    {"anglais", "espagnol", "allemand", "italien", "portugais", "arabe", "chinois", "mandarin",
     "russe", "néerlandais", "japonais", "polonais", "roumain", "turc", "breton", "occitan"}
)  # fmt: skip
FR_ADVERBS = frozenset(
    {"déjà", "bien", "très", "souvent", "toujours", "jamais", "aussi", "vraiment", "encore",
     "surtout", "plutôt", "assez", "beaucoup", "peu", "trop", "tellement"}
)  # fmt: skip
# Infinitives the lexicon lists as nouns only ("la lire", "le devoir", "le pouvoir").
FR_IRREGULAR = frozenset(
    {"lire", "écrire", "dire", "faire", "boire", "voir", "savoir", "pouvoir", "devoir",
     "recevoir", "prendre", "mettre", "suivre", "vivre", "conduire", "produire", "construire",
     "tenir", "venir", "courir", "ouvrir", "offrir", "servir", "sortir", "partir", "dormir",
     "accueillir", "rire", "plaire", "être", "avoir", "aller"}
)  # fmt: skip
FR_PREPOSITIONS = frozenset(
    {"de", "d'", "à", "au", "aux", "en", "pour", "par", "sur", "sous", "avec", "sans", "dans",
     "chez", "entre", "vers", "dès", "depuis", "pendant", "si", "et", "ou", "mais", "car"}
)  # fmt: skip


def _fr_first(text: str) -> tuple[bool, str]:
    """Whether the piece starts with a determiner, and its first word after it."""
    words = text.replace("’", "'").split()
    first = words[0].lower()
    if first.startswith(("l'", "d'")) and len(first) > 2:
        return True, first[2:]
    if first in morph.FR_DETERMINERS and first != "de" and len(words) > 1:
        return True, words[1].lower()
    return False, first


# People a possessive would make the candidate's own: "mon chef" is the candidate's boss.
FR_PEOPLE = frozenset(
    {"chef", "client", "cliente", "patron", "patronne", "collègue", "responsable", "directeur",
     "directrice", "manager", "supérieur", "tuteur", "tutrice", "jury",
     # people met at the interview ("la secrétaire référente du service")
     "secrétaire", "cadre", "référent", "référente", "recruteur", "recruteuse", "formateur",
     "formatrice", "infirmier", "infirmière", "médecin"}
)  # fmt: skip


def _fr_own(shape: Shape) -> str:
    """A strong point is the candidate's own: never someone else ("mon client qui veut…",
    "mon chef d'équipe"), never a thing with its own indefinite article ("une partie de
    l'entretien en anglais")."""
    words = shape.text.lower().replace("’", "'").split()
    if words[0] in ("un", "une", "des") or words[0].startswith("d'"):
        return "an indefinite, not the candidate's own"
    _, head = _fr_first(shape.text)
    if head in FR_PEOPLE:
        return f"a person, not a strength: {head}"
    first = shape.text.split()[0]
    if first in gender.acronyms() and first not in gender.owned_acronyms():
        return f"a thing of the trade, not the candidate's own: {first}"  # never « ma PCR »
    if "qui" in words[1:]:
        return "a relative clause about someone else"
    return ""


def fr_thing(shape: Shape, own: bool = False) -> str:
    if own and _fr_own(shape):
        return _fr_own(shape)
    determined, head = _fr_first(shape.text)
    if not own and head in sense.FR_ROLE_PEOPLE:
        return f"a person, not a thing of the job: {head}"
    if head in FR_PREPOSITIONS:
        return f"starts with a preposition: {head}"
    why = (
        "" if re.match(r"déjà \d", shape.text.lower()) else sense.fr_head_unknown(shape.text, head)
    )
    if why:
        return why
    if determined or head in FR_LANGUAGES or not head.isalpha():
        return ""
    first = shape.text.split()[0]
    if not own and (not first.isalpha() or first.isupper()) and first not in gender.acronyms():
        return "no article fits before an acronym or a number"
    adverb = head in FR_ADVERBS or (head in _fr_index()["adv"] and not morph.fr_is_noun(head))
    if head == "déjà" and re.match(r"déjà \d", shape.text.lower()):
        adverb = False  # "déjà 1 an en caisse" is said "mon année en caisse"
    if adverb:
        return f"an adverb would take an article: {head}"
    if _fr_adjective_first(head):
        return f"an adjective would take an article: {head}"
    if head.endswith(("é", "ée", "és", "ées")) and not morph.fr_noun_only(head):
        return f"a participle would take an article: {head}"
    return ""


def _fr_adjective_first(head: str) -> bool:
    """'autonome', 'possible', 'disponible': an adjective, which takes no article; a word
    both noun and adjective is read framed ("une personne autonome")."""
    if not morph.fr_is_adjective(head):
        return False
    if not morph.fr_is_noun(head):
        return True
    framed = morph.french()("une personne " + head)
    if len(framed) != 3 or framed[2].pos_ != "ADJ":
        return False
    after = morph.french()("un salarié " + head)  # "un salarié autonome", not "… foyer"
    return len(after) == 3 and after[2].pos_ == "ADJ"


def fr_action(shape: Shape) -> str:
    words = shape.text.split()
    first = words[0].lower()
    if first in ("se", "s'") and len(words) > 1:
        first = words[1].lower()
    elif first.startswith("s'"):
        first = first[2:]
    if not first.endswith(("er", "ir", "re", "oir")):
        return f"no infinitive first: {first}"
    if morph.fr_noun_only(first) and first not in FR_IRREGULAR and first not in verbs("fr"):
        return f"a noun, not a verb: {first}"  # "comptoir", never "lire"
    if sense.FR_FINITE_INSIDE.search(" ".join(words[1:]).lower()):
        return "a clause inside an action"  # "maîtriser le logiciel vous avez dit un nom"
    if len(words) == 1 and gender.is_noun(first):
        return f"a lone infinitive that is also a noun: {first}"  # "coucher" among the care
    return ""


# An object pronoun and the word after it: "les nuits m'arrangent", "le quartier me plaît".
FR_CLITIC = re.compile(r"(?:^|\s)(?:m'|t'|me\s+|te\s+|nous\s+|vous\s+)([a-zà-ÿ]+)", re.IGNORECASE)


def fr_clitic_verb(text: str) -> bool:
    """A pronoun and its verb inside what was read as a noun phrase: a clause, which no noun
    slot takes ("ce sont les nuits m'arrangent", writer R's r07)."""
    from relance.drafts import proofread

    for found in FR_CLITIC.finditer(text):
        readings = proofread.readings(found.group(1).lower())
        if any(":V" in reading for reading in readings):
            return True
    return False
