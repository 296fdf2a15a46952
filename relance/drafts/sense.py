"""What a piece says, beyond its shape: checks the vouch gate runs so that a sentence that
parses is also one a reader can make sense of (session 7, writer K's blind reading).

A noun phrase's head must be a noun the dictionaries know ("l'écrire des tests", "l'après
diagnostic" are notes); a day heads a span, not a thing; a duration is linked to what follows
it ("15 ans armée de terre" is two notes side by side); an English action never hides a
clause ("holiday season coming so more hours"), nor a French one a finite verb ("maîtriser
le logiciel vous avez dit un nom").

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import itertools
import re

from relance.drafts import gender, morph
from relance.drafts.fr_pipeline import fr_index


def _en_parts(word: str) -> dict[str, tuple[str, ...]]:
    import lemminflect

    parts: dict[str, tuple[str, ...]] = lemminflect.getAllLemmas(word)
    return parts


FR_CALENDAR = frozenset(
    """
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre
    """.split()  # noqa: SIM905 (a word list reads better as one string)
)


def fr_head_unknown(text: str, head: str) -> str:
    """A noun phrase's head must be a noun the dictionaries know: "l'écrire des tests",
    "l'après diagnostic", "le peut-être prolongé", "un c à 5 minutes" are notes, not things;
    a day or a month heads a span ("le lundi au vendredi"), not something the job comprises.
    Names, acronyms, numbers and the trades' own words pass."""
    typed = next((word for word in text.replace("’", "'").split() if head in word.lower()), head)
    if not head or typed.split("'")[-1][:1].isupper() or not head.replace("-", "").isalpha():
        return ""
    if len(head) == 1:
        return f"a one-letter word at the head: {head}"
    if head in FR_CALENDAR:
        return f"a day or a month, not a thing: {head}"
    from relance.drafts.morph_words import trade_words

    known = gender.is_noun(head) or head in fr_index()["noun"] or head in trade_words("fr")
    return "" if known else f"no noun the dictionaries know at the head: {head}"


FR_FINITE_INSIDE = re.compile(
    r"\b(?:je|j'|il|elle|on|vous|ils|elles)\s*(?:ai|a|avez|ont|est|sont|êtes|dit|disait|pense)\b"
)


def en_subject_participle(words: list[str]) -> str:
    """'holiday season coming so more hours': a noun and its present participle make a
    clause with its verb left out, never an action."""
    for before, word in itertools.pairwise(words[1:]):
        if before in morph.EN_DETERMINERS:
            return ""  # "own the weekly reporting": the verb's object
        parts = _en_parts(before)
        singular = "NOUN" in parts and not before.endswith("s")  # "2 weeks training" is a noun
        if word.endswith("ing") and "VERB" in _en_parts(word) and singular:
            return f"a noun and its participle, a clause without its verb: {before} {word}"
    return ""


# "15 ans armée de terre", "3 years teller at Wells": a duration and a bare noun, with
# no preposition between, are two notes typed side by side.
DURATION_BARE = {
    "fr": re.compile(
        r"\b\d+\s+(?:ans?|années?|mois|saisons?)\s+(?!(?:de|d'|du|des|en|au|aux|à|chez|comme|dans|"
        r"sur|pour|avec|dont|et|ou|chacun|d'expérience|renouvelables?|reconductibles?|minimum|"
        r"maximum|environ|payée?s?|rémunérée?s?|consécutifs|consécutives)\b)[a-zà-ÿ]",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b\d+\s+(?:years?|months?|seasons?)\s+(?!(?:of|in|at|as|with|for|on|and|or|"
        r"experience|ago|old)\b)(?![a-z]+ing\b)[a-z]",
        re.IGNORECASE,
    ),
}


def bare_after_duration(text: str, lang: str) -> str:
    found = DURATION_BARE.get(lang, re.compile("^$")).search(text)
    return f"a duration and a bare noun: {found.group(0)}" if found else ""


EN_CLAUSE_WORDS = frozenset({"so", "already", "because", "since"})


# "j'ai bien expliqué mon API", "I talked about end of life care": how the interview went,
# told to the person who was there; the candidate says what it showed instead.
FR_INTERVIEW_REPORT = re.compile(
    r"^(?:j'ai|je)\s+(?:bien\s+|aussi\s+|beaucoup\s+)?(?:expliqué|parlé|répondu|présenté|"
    r"raconté|détaillé|évoqué|abordé|cité|mentionné)\b",
    re.IGNORECASE,
)
EN_INTERVIEW_REPORT = re.compile(
    r"^I\s+(?:also\s+)?(?:talked|spoke|explained|answered|mentioned|told|said|described|"
    r"walked\s+you\s+through|took\s+you\s+through)\b"
)


def interview_report(text: str, lang: str) -> str:
    pattern = FR_INTERVIEW_REPORT if lang == "fr" else EN_INTERVIEW_REPORT
    return "a report of the interview itself" if pattern.match(text) else ""


# "prévenir si absent", "call if late": "si"/"if" and a lone word, no verb.
FR_IF_WORD = re.compile(
    r"\bsi\s+(?!(?:possible|nécessaire|besoin)\b)(?!(?:il|elle|ils|elles|on|je|j|vous|nous|c|ça|"
    r"le|la|les|l|un|une)\b)[a-zà-ÿ]+$",
    re.IGNORECASE,
)
EN_IF_WORD = re.compile(
    r"\bif\s+(?!(?:possible|needed|necessary|required)\b)(?!(?:i|you|he|she|it|we|they|the|a|"
    r"an|there)\b)[a-z]+$",
    re.IGNORECASE,
)


def if_word(text: str, lang: str) -> str:
    pattern = FR_IF_WORD if lang == "fr" else EN_IF_WORD
    found = pattern.search(text)
    return f"a condition without its verb: {found.group(0)}" if found else ""


# People the role cannot "comprise": "le poste comprend le chef de rang", "le membre du
# comité": the role is the person, not a thing of the job.
FR_ROLE_PEOPLE = frozenset(
    """
    chef membre responsable directeur directrice adjoint adjointe manager collègue patron
    patronne supérieur référent référente tuteur tutrice parrain marraine formateur
    formatrice encadrant encadrante
    """.split()  # noqa: SIM905 (a word list reads better as one string)
)
# People a need may seek (« vous recherchez un apprenti ») but a role never comprises: « le
# poste comprend le surveillant de nuit pour les nuits » (writer AB's ab20, session 32).
FR_STAFF = frozenset(
    """
    surveillant surveillante veilleur veilleuse éducateur éducatrice animateur animatrice
    stagiaire apprenti apprentie remplaçant remplaçante intérimaire médecin infirmier
    infirmière secrétaire
    """.split()  # noqa: SIM905 (a word list reads better as one string)
)


# "le logement possible pour saison": "pour" before a bare singular noun ending the piece is
# a note's shorthand for "pour la saison".
FR_BARE_AFTER_POUR = re.compile(
    r"\bpour\s+(?!(?:le|la|les|l|un|une|des|mon|ma|mes|ce|cet|cette|ces|son|sa|ses|tout|tous|"
    r"toute|toutes|chaque|vous|moi|lui|eux|elle|elles)\b)([a-zà-ÿ]+)$",
    re.IGNORECASE,
)


# « rester dans relation client » (writer AK's ak07), « je sais faire aide aux devoirs »
# (ak25): a noun with no article after « dans » or as what one does.
FR_BARE_AFTER = re.compile(
    r"\b(dans|faire|fais|fait)\s+(?!(?:le|la|les|l|un|une|des|du|de|d|mon|ma|mes|ton|ta|tes|"
    r"son|sa|ses|notre|votre|nos|vos|leur|leurs|ce|cet|cette|ces|tout|toute|tous|toutes|"
    r"chaque|quelques?|plusieurs|certains?|certaines?|attention|confiance|partie|preuve|face|"
    r"appel|peur|plaisir|mal|part|gaffe|semblant|exprès|expres|cours|connaissance|suite|"
    r"vite|bien|mieux|pareil|autrement|ensemble|beaucoup|moins|plus|ça|ca|cela|y|en|que|qui)\b)"
    r"([a-zà-ÿ]+)",
    re.IGNORECASE,
)


def bare_after(text: str) -> str:
    """A singular noun with no article after « dans » or « faire »."""
    for found in FR_BARE_AFTER.finditer(text):
        word = found.group(2).lower()
        if not word.endswith(("s", "x")) and gender.is_noun(word) and not _verb_form(word):
            return f"a bare noun after '{found.group(1).lower()}': {word}"
    return ""


def _verb_form(word: str) -> bool:
    """« faire venir », « dans travailler »: an infinitive, never an article's noun."""
    return word.endswith(("er", "ir", "re"))


def bare_after_pour(text: str) -> str:
    found = FR_BARE_AFTER_POUR.search(text)
    if found is None:
        return bare_after(text)
    word = found.group(1).lower()
    singular_noun = not word.endswith(("s", "x")) and gender.is_noun(word)
    return f"a bare noun after 'pour': {word}" if singular_noun else ""  # "pour entrer" passes


# A relative the notes name with no possessive (« fils déjà cheminot », "wife works nights"):
# the frame would make it « les fils », "the wife", someone else's. Children, partners and
# sisters are also those cared for, a job title, a ward's nurse: not read.
FAMILY = {
    "fr": re.compile(
        r"(?<![\w'’-])(?<!mon )(?<!ma )(?<!mes )(?<!son )(?<!sa )(?<!ses )"
        r"(?:fils|fille|filles|mari|épouse|conjoint|conjointe|mère|père|frère|sœur|"
        r"beau-frère|belle-sœur|copain|copine)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<![\w'’-])(?<!my )(?<!our )(?<!his )(?<!her )"
        r"(?:son|daughter|husband|wife|mum|mom|dad|brother|missus|hubby)\b",
        re.IGNORECASE,
    ),
}
# Adjectives said of a test or a form, never of a person: "someone practical and medical"
# (writer AU's au32: "pass PCV theory + practical + medical", the medical an examination).
NOT_OF_A_PERSON = {
    "fr": frozenset(
        {"médical", "médicale", "théorique", "écrit", "écrite", "oral", "orale", "mensuel",
         "mensuelle", "hebdomadaire", "annuel", "annuelle", "obligatoire"}
    ),
    "en": frozenset(
        {"medical", "theory", "theoretical", "written", "oral", "monthly", "weekly", "annual",
         "mandatory", "clinical"}
    ),
}  # fmt: skip


def family_bare(text: str, lang: str) -> str:
    """A relative named with no possessive: whose it is, the frame cannot say."""
    found = FAMILY["en" if lang == "en" else "fr"].search(text)
    return f"a relative with no possessive: {found.group(0)}" if found else ""


def impersonal_quality(text: str, lang: str) -> str:
    """An adjective that qualifies an examination or a form, not the person sought."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    found = next((w for w in words if w in NOT_OF_A_PERSON["en" if lang == "en" else "fr"]), "")
    return f"said of a thing, not a person: {found}" if found else ""
