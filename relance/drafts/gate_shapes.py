"""Does the fragment in a frame's slot have the shape the frame was made for? (`gate`)

Read by word classes of the lexicons already loaded (Grammalecte, lemminflect), each item of
a list alone:

- a strong point is a strength, not an event of the interview ("my board of 3", "ma visite
  de l'unité", "mes 30 minutes à pied") nor a person ("mon M. Dufour-Perrin");
- what the role covers is a task or a thing of the job, not the people around it ("l'équipe
  de 5 développeurs");
- a noun phrase: French, a determiner then a noun, never an infinitive ("le vivre à la
  maison") nor a second noun juxtaposed ("une cuisine du marché produits frais", "les
  couloirs service de chirurgie"); English, the word after the determiner a noun or an
  adjective ("my why I chose…", "my drove a school bus"), no adjective after a noun ("the
  go full time"), "a" never before a plural ("a hospital work matters"), no clause inside;
- after a preposition, a count noun keeps its article ("with BSL interpreter", "in first
  month", "report to contract manager");
- an action starts with a word that can only be a verb, or with a verb and its determined
  object ("spot checks, audit forms" read as nouns; "home every night"), never a verb of
  wanting after "I would like to" ("need a job").

The French noun phrase is read by `gate_fr`, the English one by `gate_en_np`.
"""

from __future__ import annotations

import itertools
import re

from relance.drafts import proofread
from relance.drafts.en_duties import lone_duty
from relance.drafts.en_function_words import EN_BEFORE_BASE, EN_PREPOSITIONS
from relance.drafts.gate_en import en_object_fault
from relance.drafts.gate_en_np import _en, en_after_preposition, en_np_fault
from relance.drafts.gate_fr import (
    FR_CLAUSE_START,
    _fr,
    _fr_juxtaposed,
    fr_clause_fault,
    fr_clause_inside,
)
from relance.drafts.gate_fr_requirements import fr_list_in_list, fr_requirement_fault
from relance.drafts.gate_heads import (
    EN_JOB_TITLES,
    EN_NOUN_FIRST,
    condition_head,
    en_head,
)
from relance.drafts.slots import FR_ABOUT, FR_DETERMINERS, fr_adjectives_joined

ITEMS = re.compile(
    r",\s+(?:et\s+|and\s+|ou\s+|or\s+)?|\s+(?:et|and|ou|or|ainsi que|as well as)\s+"
    r"|\s+ainsi qu['’]"
)
NP_SLOTS = frozenset({"items", "place"})
# The frames whose slot is a list of noun phrases; the needs' "$items" are "quelqu'un de…",
# "someone who…" (`quality`, session 8) and are not read here.
NP_KEYS = frozenset(
    {"strong_points", "needs_stress", "notes_items", "motivation_items", "motivation_join"}
    | {"motivation_items_household"}
    | {"motivation_join_in"}  # « travailler dans … », "Working in …" (session 37)
    | {"motivation_reasons", "motivation_reasons_plural", "role_items", "role_things"}
    | {"role_things_also", "expectations_items", "expectations_things"}
    | {"needs_stress_first"}  # "You mentioned …", the needs' first sentence
    | {
        "motivation_attracts",
        "motivation_attracts_also",
        "motivation_attracts_after",
    }  # « m'attire pour les … »
)
ACTION_SLOTS = frozenset({"actions", "action"})
STRENGTH_KEYS = frozenset({"strong_points"})
ROLE_KEYS = frozenset(
    {"role_items", "role_things", "role_things_also", "expectations_items", "expectations_things"}
)
# Events of the interview and its measures: what happened, not what the candidate is worth.
EVENTS = {
    "fr": frozenset(
        [
            "entretien",
            "entrevue",
            "visite",
            "essai",
            "appel",
            "visio",
            "visioconférence",
            "rencontre",
            "échange",
            "minute",
            "minutes",
            "heure",
            "heures",
            "tour",
            "test",
            "mise",
            "questionnaire",
            "marche",
            # "mon cas clinique oral", "mon épreuve écrite" (writer AH): the exercise, not
            # what it showed
            "cas",
            "oral",
            "épreuve",
            "exercice",
            "simulation",
            # « ma bonne réponse sur la gestion de l'attente » (writer AV's av17): an answer
            # given at the interview, which the candidate would not praise herself
            "réponse",
            "réponses",
            # « salon de l'emploi …, kiosque » (writer BK's bk24): where the talk took place
            "kiosque",
            "stand",
            "salon",
        ]
    ),
    "en": frozenset(
        [
            "interview",
            "call",
            "visit",
            "tour",
            "meeting",
            "board",
            "panel",
            "session",
            "chat",
            "trial",
            "walk",
            "minute",
            "minutes",
            "hour",
            "hours",
            "booth",
            "stand",
            "test",
            "shift",
            "assessment",
            "case",
            "exercise",
            "round",
            "task",
            "roleplay",
            "role-play",
            "simulation",
            "answer",
            "answers",
        ]
    ),
}
PEOPLE = {
    "fr": frozenset(
        [
            "équipe",
            "collègue",
            "collègues",
            "chef",
            "cheffe",
            "responsable",
            "directeur",
            "directrice",
            "manager",
            "patron",
            "patronne",
            "personne",
            "personnes",
            "gens",
        ]
    ),
    "en": frozenset(
        ["team", "colleague", "colleagues", "manager", "boss", "people", "staff", "person"]
    ),
}
# Who sat on the other side, typed as a strong point once a label is stripped (writer AV's
# av13: « 2 personnes : la présidente bénévole et la responsable de secteur »); "people
# skills", « les personnes âgées » are no interviewers.
INTERVIEWERS = {
    "fr": (PEOPLE["fr"] - {"personne", "personnes", "gens", "équipe"})
    | {"président", "présidente", "gérant", "gérante", "recruteur", "recruteuse", "drh"},
    "en": (PEOPLE["en"] - {"people", "person", "staff", "team"})
    | {"recruiter", "interviewer", "panel"},
}
TEAMS = frozenset({"équipe", "team"})
MINE = re.compile(r"^(?:mon|ma|mes|my)\b", re.IGNORECASE)
FR_MYSELF = re.compile(r"\b(?:moi|je|me)\b|\b[jm]['’]", re.IGNORECASE)
TITLES = frozenset(["m", "mme", "mlle", "mr", "mrs", "ms", "dr"])
FR_INTRO = re.compile(r"^(?:à|de|d'|pour)\s*", re.IGNORECASE)
EN_WANTING = frozenset(
    ["need", "want", "wish", "like", "love", "hope", "must", "can", "should", "would"]
)
EN_TIME = frozenset(["every", "each", "next", "last", "all", "this"])


# Determiners that are never pronouns ("le", "la", "les" may be: "je la connais").
FR_STRICT_DETERMINERS = frozenset(
    {"un", "une", "du", "mon", "ma", "mes", "ton", "ta", "son", "sa", "ses", "notre", "nos"}
    | {"votre", "vos", "ce", "cet", "cette", "ces", "chaque", "plusieurs", "quelques"}
)


def fr_lone_determiner(value: str) -> str:
    """ "quelqu'un qui fait une d'ici le vendredi": a determiner with no noun after it."""
    if not proofread.available():
        return ""
    words = re.findall(r"[\w'’-]+", value)
    for word, nxt in itertools.pairwise(words):
        if word.lower() not in FR_STRICT_DETERMINERS:
            continue
        if re.match(r"^(?:d|l|qu)['’]", nxt.lower()):
            return "a determiner without its noun"
        readings = proofread.readings(nxt.lower())
        if (
            nxt.islower()
            and readings
            and not any(tag in r for r in readings for tag in (":N", ":A", ":B", ":W", ":Y"))
        ):
            return "a determiner without its noun"
    return ""


# Frames that speak of the person hired: the candidate's "my" has no place in them ("You
# expect the person you hire to need my 35 hours", writer AE's ae27).
HIRED_KEYS = frozenset(
    {"expectations_actions", "needs_clause", "needs_able", "needs_search_able"}
    | {"needs_search_able_list", "needs_also"}
)
FIRST_PERSON = {
    "en": re.compile(r"\b(?:my|me|mine|myself|i|i'm|i've|i'd|i'll)\b", re.IGNORECASE),
    "fr": re.compile(r"(?:\b(?:mon|ma|mes|je|moi|moi-même)\b|\b[jm]')", re.IGNORECASE),
}


def slot_fault(key: str, slot: str, value: str, lang: str) -> tuple[str, str]:
    """(why, the item at fault) of the first item of the slot that does not fit, or ("", "")."""
    own = FIRST_PERSON[lang].search(value) if key in HIRED_KEYS and lang in FIRST_PERSON else None
    if own:
        return f"[{key}] the candidate's own words about the person hired: {value}", value
    if lang == "fr" and fr_lone_determiner(value):
        return f"[{key}] a determiner without its noun: {value}", value
    items = [item.strip() for item in ITEMS.split(value.strip()) if item.strip()]
    if lang == "fr" and proofread.available():
        items = fr_adjectives_joined(items)
    inner = fr_list_in_list(value) if lang == "fr" and key in NP_KEYS else ""
    if inner:
        return f"[{key}] a list joined inside a list: {value}", inner
    if lang == "fr" and slot in ("what", "clause") and proofread.available():
        fault = fr_clause_fault(key, value) if slot == "clause" else ""
        words = _words(value)
        # "ma réponse sur l'enfant qui fait pipi", "le fait que je connaisse…": from the
        # relative on, a clause, whose verbs may read as nouns.
        at = next((i for i, w in enumerate(words) if w.lower() in FR_CLAUSE_START), len(words))
        if slot == "clause":
            at = 0
        fault = fault or _fr_juxtaposed(words[:at]) or _fr_juxtaposed(words[at:], clause=True)
        if fault:
            return f"[{key}] {fault}: {value}", value
    for at, item in enumerate(items):
        if slot in NP_SLOTS and key in NP_KEYS:
            fault = np_fault(item, lang, key)
        elif slot in ACTION_SLOTS:
            fault = action_fault(item, lang, key)
            if at and fault in ("no infinitive", "no verb"):
                fault = ""  # "répondre aux adhérents par téléphone et mail": an object's
        else:
            fault = ""
        if fault:
            return f"[{key}] {fault}: {item}", item
    if lang == "en" and items:
        from relance.drafts.gate_en import en_slot_fault

        fault, item = en_slot_fault(key, slot in ACTION_SLOTS, items)
        if fault:
            return f"[{key}] {fault}: {item}", item
        if slot in NP_SLOTS and key in NP_KEYS:
            from relance.drafts.gate_en_bare import item_fault, list_fault

            for item in items:
                fault = item_fault(key, item, key in STRENGTH_KEYS, key in ROLE_KEYS)
                if fault:
                    return f"[{key}] {fault}: {item}", item
            fault, item = list_fault(key, items)
            if fault:
                return f"[{key}] {fault}: {item}", item
    return "", ""


# Verbs that take a bare infinitive: "aller chercher les colis", "go get the parcels".
FR_BEFORE_INFINITIVE = frozenset(
    (
        *("aller", "venir", "faire", "laisser", "savoir", "pouvoir", "devoir", "vouloir"),
        *("voir", "entendre", "envoyer", "partir", "courir", "aimer", "oser", "sembler"),
        *("préférer", "compter"),
    )
)


def _fr_infinitive_only(word: str) -> bool:
    """An infinitive that is no noun: "façonner" after "pétrir", not "dîner" or "savoir"."""
    return _fr(word, ":Y") and not _fr(word, ":N")


def _words(item: str) -> list[str]:
    return re.findall(r"[\w'’-]+|\.", item)


def _head_class(item: str, lang: str, words: frozenset[str]) -> bool:
    """Is a noun of this class the item's head (its first noun, after the determiner)?"""
    found = _words(item)
    if not found:
        return False
    first = found[0].lower()
    if re.match(r"^[ld]['’]", first):  # "l'équipe de 25"
        return first[2:] in words
    # The head is the first noun: "my video call", "mes 30 minutes", never a noun further
    # on ("les patrouilles en équipe de 3").
    head = [w.lower() for w in found[1:3] if not w[:1].isdigit()]
    return bool(head) and (
        head[0] in words
        or (
            len(head) > 1
            and head[1] in words
            and head[0] not in EN_PREPOSITIONS
            and head[0] not in ("de", "d", "à", "en")
        )
    )


def np_fault(item: str, lang: str, key: str) -> str:
    words = _words(item)
    if not words:
        return ""
    if key in STRENGTH_KEYS and _head_class(item, lang, EVENTS[lang]):
        return "an event of the interview, not a strength"
    if key in STRENGTH_KEYS and _head_class(item, lang, INTERVIEWERS[lang]):
        return "people, not a strength"  # « la présidente bénévole et la responsable » (av13)
    if key in STRENGTH_KEYS and not MINE.match(item) and _head_class(item, lang, TEAMS):
        return "people, not a strength"  # « l'équipe de 7 personnes »; « mon équipe de 22 » led
    if key in ROLE_KEYS and _head_class(item, lang, PEOPLE[lang]):
        return "people, not a task"
    if lang == "en" and key.startswith("role_") and en_head(words).endswith(EN_JOB_TITLES):
        return "people, not a task"  # "the onboarding coordinator for training batches"
    if key.startswith("role_") and condition_head(item, words, lang):
        return "a condition of the job, not a task"  # what the job is made of, it is not
    if lang == "fr" and key in ROLE_KEYS and FR_MYSELF.search(item):
        return "the candidate's own words"  # "les chaussures fournies par moi"
    if any(w.lower() in TITLES and w[:1].isupper() for w in words[:3]):
        return "a person"  # "mon M. Dufour-Perrin", "my Mr Boyle"
    if lang == "fr" and key in ROLE_KEYS:
        fault = fr_requirement_fault(words, key.startswith("role_"))
        if fault:
            return fault
    action = _fr_de_infinitive(words) if lang == "fr" and key.startswith("motivation") else None
    if action is not None:  # « c'est de travailler dehors » (writer BE's be07)
        return fr_clause_inside(action)
    if lang == "fr":
        return fr_np_fault(words)
    from relance.drafts.gate_en import np_shape_fault

    if key in ROLE_KEYS and len(words) == 1 and lone_duty(words[0], set(_en(words[0]))):
        return ""  # "the role covers felling and fencing"
    return en_np_fault(words) or np_shape_fault(words)


def _fr_de_infinitive(words: list[str]) -> list[str] | None:
    """« de travailler dehors », « d'aider les gens »: what attracts the candidate, said as an
    action (own_words); the words after the verb, or None."""
    if not words or not proofread.available():
        return None
    first = words[0].lower()
    if first == "de" and len(words) > 1:
        verb, rest = words[1], words[2:]
    elif first.startswith(("d'", "d’")) and len(first) > 2:
        verb, rest = words[0][2:], words[1:]
    else:
        return None
    return rest if verb.islower() and _fr(verb, ":Y") else None


def fr_np_fault(words: list[str]) -> str:
    if not proofread.available():
        return ""
    first = words[0].lower()
    rest = words[1:]
    if first.startswith(("l'", "d'", "l’", "d’")):
        rest = [words[0][2:], *rest]
    elif first not in FR_DETERMINERS:
        about = FR_ABOUT.match(" ".join(words))  # "environ 40 recrutements"
        name = words[0][:1].isupper() or words[0][:1].isdigit()
        return "" if name or about else "no determiner"
    if rest and rest[0].islower() and _fr(rest[0], ":Y") and not _fr(rest[0], ":Q"):
        # "le vivre à la maison"; "le sourire", a noun alone, is one.
        followed = len(rest) > 1 and rest[1].lower() in ("à", "au", "aux", "en", "chez")
        if not _fr(rest[0], ":N") or followed:
            return "an infinitive as a noun"
    return _fr_juxtaposed(rest) or fr_clause_inside(rest)


# Counts the lexicon also lists as verbs ("to zero the scale"): typed first, a target.
EN_COUNTS = frozenset({"zero", "one", "two", "three", "ten", "hundred", "double", "triple"})


def action_fault(item: str, lang: str, key: str) -> str:
    words = _words(FR_INTRO.sub("", item) if lang == "fr" else item)
    if not words:
        return ""
    if lang == "fr":
        from relance.drafts.own_words import fr_bare_object

        if proofread.available() and not _fr(re.sub(r"^[sm]['’]", "", words[0]), ":Y"):
            return "no infinitive"
        if (
            words[0].lower() not in FR_BEFORE_INFINITIVE
            and len(words) > 1
            and (proofread.available() and _fr_infinitive_only(words[1]))
        ):
            return "infinitives side by side"  # "pétrir façonner cuire le pain"
        return "an object without its article" if fr_bare_object(" ".join(words)) else ""
    verb = words[0].lower()
    parts = _en(verb)
    if "VERB" not in parts:
        return "no verb"
    if verb in EN_COUNTS:
        return "a number read as a verb"  # writer U's "to zero incidents" (u29)
    if verb in EN_NOUN_FIRST and len(words) > 1 and words[1].lower() in ("with", "of", "in", "on"):
        return "a noun read as a verb"  # "experience with telco threats" (writer AH's ah33)
    if verb not in EN_BEFORE_BASE and len(words) > 1 and set(_en(words[1].lower())) == {"VERB"}:
        return "verbs side by side"  # "pick pack load the vans"
    if key == "motivation_wish" and verb in EN_WANTING:
        return "a verb of wanting after 'I would like to'"
    object_fault = en_object_fault(words, verb, parts)
    if object_fault:
        return object_fault
    if set(parts) - {"VERB"} and len(words) > 1:
        # "home every night", "clean rooms": a word that is also a noun or an adjective,
        # then a time or a bare noun: the reader reads nouns side by side, not an action
        # ("serve customers", "lead campaigns" are actions; "spot checks, … report to
        # contract manager" goes back for its bare "contract manager").
        nxt = _en(words[1])
        if words[1].lower() in EN_TIME:
            return "a noun read as a verb"
        if {"ADJ", "ADV"} & set(parts) and "NOUN" in nxt and words[1].islower():
            return "a noun read as a verb"
    return en_after_preposition(words)
