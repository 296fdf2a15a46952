"""The last gate before a note piece goes into a sentence of the catch-up: can the composer
vouch for the sentence it would make?

`morph.shape` says what a piece is and whether its words stand as typed; this module asks
what the frame will make of it. A piece goes into the body only when every part of the
result is recognised: the frame's grammatical slot matches the piece's kind (an adjective
never takes an article, "le poste consiste à" only before an infinitive, "I would like to"
only before a verb), no telegraphic leftovers (a dash, a bracket, "si besoin", "direct",
"done"), no word read as a verb inside what the frame reads as a noun phrase. Anything else
is not guessed: the piece goes to the field's marked place, and the candidate's note is
shown beside it.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from relance.drafts import gate_en, morph, sense
from relance.drafts.en_duties import lone_duty
from relance.drafts.en_function_words import EN_PREPOSITIONS as PREPOSITIONS
from relance.drafts.fr_doubts import accent_lost, feminine_article
from relance.drafts.morph import ADJECTIVE, INFINITIVE, NOUN, YOURS, Shape
from relance.drafts.morph_en import EN_NATIONALITY
from relance.drafts.morph_words import trade_words
from relance.drafts.own_words import fr_relative_bare
from relance.drafts.vouch_fr import FR_ADVERBS, fr_action, fr_clitic_verb, fr_thing

# What a slot of a frame takes.
THING = "thing"  # a noun phrase that takes an article ("le poste comprend …", "mon …")
OWN = "own"  # a noun phrase after a possessive ("mon CACES 3", "my two years at Costa")
BARE = "bare"  # a noun phrase that keeps its own start ("vous recherchez un commis")
ACTION = "action"  # an infinitive ("le poste consiste à …", "capable de …", "I want to …")
QUALITY = "quality"  # an adjective ("quelqu'un de …")
SAID = "said"  # a finite clause after "que"/"that" or as a sentence of its own

# Punctuation a careful writer does not leave inside a list item of a sentence.
TELEGRAPHIC = re.compile(r"\s[-–—]\s|[()\[\]{}?!~*#@|\\]|->|=>|\s-$|^-|\.\.|\b\d+(?:x|j|t|k)\b")
FR_LOOSE = frozenset(
    {"direct", "directement", "si besoin", "donc", "quoi", "trop", "plein", "pile",
     "carrément", "limite", "chaud", "tranquille", "franchement", "niveau", "lol", "mdr",
     "kiffé", "kiffer", "surtout", "notamment", "non", "moins", "genre", "style", "off",
     "appli", "certif", "dispo", "we", "dans le coin", "me poser", "un peu", "peut être",
     "à fond", "de ouf", "chouette", "grave", "nickel"}
)  # fmt: skip
FR_LOOSE_END = frozenset(
    {"ok", "fait", "validé", "passé", "réussi", "fini", "acquis", "vu", "avant", "après",
     "faite", "validée", "validés", "validées", "passée", "réussie", "réussis", "réussies",
     "derrière", "dessus", "dedans", "aussi", "direct", "plus", "accepté", "acceptée",
     "acceptés", "acceptées"}
)  # fmt: skip
EN_LOOSE = frozenset(
    {"no", "not", "lol", "ish", "really", "actually", "just", "pretty", "better", "lots",
     "loads", "basically", "literally", "probably", "maybe", "also", "too", "etc", "yeah",
     "though", "anyway", "sorted", "legit", "def", "tbh", "get it", "esp", "re", "thru", "perm"}
)  # fmt: skip
EN_LOOSE_END = frozenset({"done", "ok", "passed", "sorted", "fine", "good", "well", "then"})
# No noun phrase starts with a preposition or a conjunction: "off the domestic stuff" (writer
# Y's y27) is no reason to join.
# "near home" is said apart (`near_home`), "over 5 years" is a count.
EN_PREPOSITIONS = (PREPOSITIONS - {"near", "over", "like", "outside", "inside"}) | {
    "as", "if", "and", "or", "but", "so"}  # fmt: skip


# "first job after college", « mon premier emploi »: where the candidate stands, no strength.
FIRST_OF_ITS_KIND = re.compile(
    r"^(?:my\s+|mon\s+|ma\s+)?(?:first|premier|première|1er|1ère)\s+(?:job|role|interview|"
    r"application|time|emploi|job|poste|entretien|expérience|experience|candidature|fois)\b",
    re.I,
)


# The agency spoken of to the agency's own consultant, the reader of the catch-up.
AGENCY_SUBJECT = {
    "fr": re.compile(r"\bl['’]agence\s+(?:a|m['’]a|va|est|trouve|pense)\b", re.I),
    "en": re.compile(r"\bthe\s+agency\s+(?:has|had|is|was|said|liked|thinks|thought)\b", re.I),
}


def word_list(text: str) -> list[str]:
    """The text's words, as the gate counts them."""
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+", text.lower())


def _loose(text: str, lang: str, kind: str = NOUN) -> str:
    """A telegraphic or spoken leftover that no frame makes into a careful sentence."""
    if TELEGRAPHIC.search(text):
        return "telegraphic punctuation"
    low = text.lower()
    words = word_list(low)
    if not words:
        return "empty"
    loose, loose_end = (FR_LOOSE, FR_LOOSE_END) if lang == "fr" else (EN_LOOSE, EN_LOOSE_END)
    for word in loose:
        if " " in word and re.search(rf"\b{re.escape(word)}\b", low):
            return f"spoken: {word}"
    if lang == "fr" and re.search(r"(?<!tout )\bde suite\b", low):
        return "spoken: de suite"
    if lang == "fr" and kind == NOUN and re.search(r"\bplus tard\b", low):
        return "a future with no verb"  # "tram plus tard possible", "viennoiseries plus tard"
    if lang == "fr" and kind == NOUN and re.search(r"\bsans (?:problèmes?|soucis?)$", low):
        return "a note's verdict: sans problème"  # "clim sans problème": I can do it
    found = next((word for word in words if word in loose), "")
    if found:
        return f"spoken: {found}"
    if words[-1] in loose_end and kind in (NOUN, ADJECTIVE, INFINITIVE):
        return f"a note's verdict: {words[-1]}"
    return ""


def _en_parts(word: str) -> dict[str, tuple[str, ...]]:
    import lemminflect

    parts: dict[str, tuple[str, ...]] = lemminflect.getAllLemmas(word)
    return parts


def en_gerund_led(text: str) -> bool:
    """A noun phrase that is a gerund and its object ("thinking of FE-1s"): a duty in a
    role's list, but no reason to want the job ("What attracts me … is thinking of …")."""
    words = word_list(text)
    first = words[0] if words else ""
    parts = _en_parts(first)
    return first.endswith("ing") and "VERB" in parts and not {"NOUN", "ADJ"} & set(parts)


EN_GERUND_CLAUSE = re.compile(r"\b(?:when|if|because|so|while|until|once|unless|as)\b", re.I)


def _en_gerund_phrase(
    text: str, first: str, second: str, parts: dict[str, tuple[str, ...]]
) -> bool:
    """'unloading cages', 'working nights', 'checking in guests': a gerund and its object or
    its place, which English uses as a noun phrase; not 'going well', a verb and its adverb."""
    if not (first.endswith("ing") and len(first) > 5 and "VERB" in parts and second):
        return False
    if EN_GERUND_CLAUSE.search(text):  # "calling customers when car ready": a clause cut short
        return False
    second_parts = _en_parts(second)
    return (
        second in EN_PREPOSITIONS
        or second in morph.EN_DETERMINERS
        or (bool({"NOUN", "ADJ", "PROPN"} & set(second_parts)) and "ADV" not in second_parts)
        or second[:1].isdigit()
    )


EN_MONTH_WORD = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$", re.IGNORECASE
)
CLOCK = re.compile(r"\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}:\d\d", re.IGNORECASE)
EN_FINITE = frozenset({"is", "are", "was", "were", "am", "has", "had", "did", "does", "'s"})
# "spoke Kiswahili and English" (writer AY's ay34): "I spoke", its subject lost, never "my
# spoke Kiswahili" (a wheel's spoke to the noun lexicon)
EN_PARTICIPLE_FIRST = frozenset(
    {"done", "did", "been", "worked", "had", "got", "went", "made", "spoke", "solved", "showed",
     "explained", "mentioned", "talked", "handled", "answered", "gave", "told", "ran", "passed",
     "finished", "brought"}
)  # fmt: skip
EN_THING_END = frozenset({"first", "later", "honestly", "engaged", "based", "done", "then"})
EN_NATIONS = re.compile(rf"\b(?:{'|'.join(sorted(EN_NATIONALITY))})\b")


def _en_common(text: str) -> str:
    """What any English piece must not hold: a language typed in lower case, a one-letter
    word other than "a" ("q" for question), a verb of saying reported ("I said …")."""
    if EN_NATIONS.search(text):
        return "a language or a nationality without its capital"
    # ("793s", "4x4": a model's number and its letters are one word)
    alone = re.findall(r"(?<![\w'’])[^\W\d_](?![\w'’])", text.lower())
    if any(word not in ("a", "i") for word in alone):
        return "a one-letter word"
    if re.search(r"\b(?:I|you)\s+(?:said|told|asked|mentioned)\b", text):
        return "a report of what was said"
    return ""


def _en_thing(shape: Shape, gerund_first: bool = False) -> str:
    words = word_list(shape.text)
    first = words[0]
    if first in EN_PREPOSITIONS:
        return f"starts with a preposition: {first}"
    second = words[1] if len(words) > 1 else ""
    parts = _en_parts(first)
    if first in EN_PARTICIPLE_FIRST:  # "done KP before at Nandos": a clause, its "I've" lost
        return f"a verb first: {first}"
    if gerund_first and _en_gerund_phrase(shape.text, first, second, parts):
        parts = {"NOUN": (first,)}  # "the role covers unloading cages": a duty named by its verb
    if gerund_first and not second and lone_duty(shape.text.strip(), parts):
        parts = {"NOUN": (first,)}  # "felling, fencing, path work" (writer AS's as31)
    # "fits around uni timetable"; "apprentices for formwork" are people sought
    verb_first = "VERB" in parts and first.endswith("s") and second in EN_PREPOSITIONS
    if verb_first and not gate_en.names_people(first):
        return f"a verb first: {first}"
    if morph.en_tool_named(shape.text.split(" ", 1)[0]):
        parts = {"PROPN": (first,)}  # "Excel for reporting": the software, a name
    if first not in morph.EN_DETERMINERS and parts and not {"NOUN", "ADJ", "PROPN"} & set(parts):
        return f"no noun phrase first: {first}"  # "always wanted a trade"
    if set(parts) & {"NOUN", "PROPN"} == set() and second in EN_PREPOSITIONS:
        return f"an adjective before a preposition: {first}"  # "hybrid after probation"
    for before, word in itertools.pairwise(words):
        if word == "am" and before[:1].isdigit():
            continue  # "someone reliable at 5am": an hour (writer BX's bx35)
        if word in EN_FINITE or word in ("pay", "pays", "paid", "fits", "works"):
            return f"a verb inside a noun phrase: {word}"
        if word in sense.EN_CLAUSE_WORDS:
            return f"a clause inside a noun phrase: {word}"  # "college already started so…"
    last = words[-1]
    adverb = last.endswith("ly") and last != "only" and "ADV" in _en_parts(last)
    # "someone who can handle night maintenance windows independently" (writer BG's bg26):
    # the adverb ends the relative clause's verb phrase, not a note
    adverb = adverb and not EN_WHO_CAN.search(shape.text)
    if last in EN_THING_END or adverb:
        return f"a note's word at the end: {last}"
    last_parts = _en_parts(last)
    a_duty = gerund_first and lone_duty(shape.text.strip(), last_parts)
    if len(words) == 1 and last_parts and "NOUN" not in last_parts and not a_duty:
        return f"no noun: {last}"  # "coffee + register + clean"
    gerund = last.endswith("ing") and "VERB" in last_parts  # "seasonal British cooking"
    if EN_SOMEONE_WHO.match(shape.text) or _en_someone_quality(words):
        return ""  # "someone who can push back and prioritise", "someone reliable"
    if len(words) > 1 and last_parts and "NOUN" not in last_parts and not gerund:
        if last == "only":  # "term time only"
            return ""
        if not shape.text.split()[-1][:1].isupper():
            return f"no noun at the end: {last}"
    return ""


# A person sought, said by what they can do: the verb ends the phrase, no noun needs to.
EN_SOMEONE_WHO = re.compile(
    r"^(?:someone|somebody|a person|people)\s+(?:who|that)\s+(?:can|could|will|knows how to)"
    r"\s+[a-z]",
    re.IGNORECASE,
)


def _en_someone_quality(words: list[str]) -> bool:
    """'someone reliable', 'someone calm under pressure': a person and one quality."""
    if len(words) < 2 or words[0] not in ("someone", "somebody"):
        return False
    rest = words[2:]
    return "ADJ" in _en_parts(words[1]) and (not rest or rest[0] in EN_PREPOSITIONS)


def _en_action(shape: Shape) -> str:
    words = word_list(shape.text)
    first = words[0]
    if shape.text[:1].isupper():  # "Welsh helpful for 1 tenant's family": a name, no verb
        return f"a name first, not an action: {first}"
    if not morph.en_can_be_verb(first) or first in EN_PREPOSITIONS | {"near", "close"}:
        return f"no verb first: {first}"
    second = words[1] if len(words) > 1 else ""
    typed = shape.text.split()
    if len(typed) > 1 and CLOCK.match(typed[1]) and "NOUN" in _en_parts(first):
        return f"a noun and its hours or count, not an action: {first}"  # "shift 1pm-10pm"
    if second == "of" and "NOUN" in _en_parts(first):
        return f"a noun and its complement, not an action: {first}"  # "bond of 18 months"
    if "NOUN" in _en_parts(first) and EN_MONTH_WORD.match(second):
        return f"a noun and its dates, not an action: {first}"  # "season April to October"
    # "floor and fitting rooms", "lunch and recess duty": a noun that can be a verb, alone
    # or joined to another noun, is the note's noun ("build and maintain" are two verbs).
    third = words[2] if len(words) > 2 else ""
    # ("rota", "webchat": the trades' nouns the lexicon lacks, `morph_words.trade_words`)
    noun_third = "NOUN" in _en_parts(third) or third in trade_words("en")
    joined = second in ("and", "or") and noun_third
    if "NOUN" in _en_parts(first) and (not second or joined):
        return f"a noun that could be a verb, with no object: {first}"
    why = sense.en_subject_participle(words)
    if why:
        return why
    if first in ("come", "go", "get") and second == "back" and "ADJ" in _en_parts(third):
        return "a return with no place"  # "come back sober": from where? (j40)
    if sense.EN_CLAUSE_WORDS & set(words[1:]):
        return "a clause inside an action"  # "… coming so more hours"
    if "ADJ" in _en_parts(first) and second not in morph.EN_DETERMINERS | {"it", "them", "up"}:
        return f"an adjective, not a verb: {first}"  # "close to home", "full time"
    if any(word in EN_FINITE for word in words[1:]):
        return "a finite verb inside an action"
    if "NOUN" in _en_parts(first) and re.fullmatch(r"\w+(?:ers|ists|ants|ees)", second):
        return f"a compound noun, not an action: {first} {second}"  # "support workers"
    return ""


def slot_of(shape: Shape) -> str:
    """The slot a piece of this kind is framed in."""
    return {NOUN: THING, INFINITIVE: ACTION, ADJECTIVE: QUALITY}.get(shape.kind, SAID)


# A meal is the staff's, no duty of the post (« dîner à 11 h et souper à 17 h 30 », writer
# AB's ab05: « le poste consiste à dîner… »); one taken with the children or the residents is.
MEAL = re.compile(r"^(?:déjeuner|dejeuner|dîner|diner|souper|manger|(?:have\s+)?lunch|eat)\b", re.I)
MEAL_WITH = re.compile(r"\b(?:avec|with)\b", re.I)


EN_WHO_CAN = re.compile(r"\b(?:who|that)\s+(?:can|could|will|would|is\s+able\s+to)\s+\w+")


def refused(shape: Shape, slot: str, lang: str) -> str:
    """Why the composer cannot vouch for `shape` in a frame's `slot`, or "" if it can."""
    if not shape.clean:
        return shape.why or "not clean"
    why = _loose(shape.text, lang, shape.kind) or (
        (accent_lost(shape.text) or feminine_article(shape.text)) if lang == "fr" else ""
    )
    why = why or (_en_common(shape.text) if lang == "en" else "")
    why = why or sense.bare_after_duration(shape.text, lang) or sense.if_word(shape.text, lang)
    why = why or (sense.bare_after_pour(shape.text) if lang == "fr" else "")
    why = why or sense.family_bare(shape.text, lang)
    if not why and AGENCY_SUBJECT[lang].search(shape.text):
        why = "the agency in the third person"  # « l'agence a validé mon profil » (av26)
    if not why and lang == "fr" and FR_NAME_COUNT.search(shape.text):
        why = "a count after a name, nothing between"  # "job d'été chez Zara 2 étés"
    if not why and lang == "fr" and shape.kind == NOUN and fr_clitic_verb(shape.text):
        why = "a pronoun and its verb in a noun phrase"  # "les nuits m'arrangent"
    if not why and lang == "fr" and fr_relative_bare(shape.text):
        why = "a bare noun after the relative's verb"  # "quelqu'un qui fait matin"
    if why:
        return why
    if slot == QUALITY and shape.kind != ADJECTIVE:
        return "not an adjective"
    if slot == QUALITY:
        why = sense.impersonal_quality(shape.text, lang)
        if why:
            return why
    if slot == ACTION:
        if shape.kind != INFINITIVE:
            return "not an action"
        if MEAL.match(shape.text) and not MEAL_WITH.search(shape.text):
            return "a meal, no duty"  # « repas du personnel : dîner à 11h » (ab05)
        return fr_action(shape) if lang == "fr" else _en_action(shape)
    if slot in (THING, OWN, BARE):
        if shape.kind != NOUN:
            return "not a noun phrase"
        if slot == OWN and FIRST_OF_ITS_KIND.match(shape.text):
            return "a situation, not a strength"  # "first job after college!!" (ak28)
        if lang == "fr":
            return fr_thing(shape, own=slot == OWN) if slot != BARE else ""
        return _en_thing(shape, gerund_first=slot == THING)
    if lang == "fr" and re.search(
        r"\bje\s+(?:" + "|".join(FR_ADVERBS) + r")\b", shape.text.lower()
    ):
        return "a verb missing after the subject"  # "je déjà fait ménage bureaux"
    if lang == "fr" and re.search(r"\b(?:j'ai|vous avez)\s+(?:dit|demandé)\b", shape.text):
        return "a report of what was said"
    if slot == SAID:
        return _said(shape, lang) or (_en_bare_object(shape.text) if lang == "en" else "")
    return ""


EN_OBJECT_OPENERS = morph.EN_DETERMINERS | {"his", "her", "their", "its", "one", "no", "all"}
EN_OBJECT_OPENERS |= {"you", "me", "him", "them", "us", "it"}  # "I walked you through …"


def _en_bare_object(text: str) -> str:
    """'I led TUPE transfer of 300 people': the verb's object is a singular count noun with
    no determiner, which English never writes ("the TUPE transfer")."""
    words = text.split()
    if len(words) < 3 or words[0] not in ("I", "we", "you"):
        return ""
    rest = words[2:] if words[1].lower() not in ("never", "also", "already") else words[3:]
    obj: list[str] = []
    for word in rest:
        if word.lower().strip(",.") in EN_PREPOSITIONS:
            break
        obj.append(word.strip(",."))
    if not obj or obj[0].lower() in EN_OBJECT_OPENERS or obj[0][:1].isdigit():
        return ""
    if obj[0].endswith("'s") or not obj[-1].isalpha():
        return ""
    head = obj[-1]
    if head.islower() and morph.en_count_only(head):
        return f"a singular count noun without its article: {' '.join(obj)}"
    return ""


# "vous avez dit que…" after "J'ai noté que": a report inside a report.
REPORTED = re.compile(
    r"\b(?:dit|noté|trouvé|souligné|remarqué|précisé|indiqué|expliqué|said|noted|told|"
    r"mentioned|thought|felt)\s+(?:que|qu'|that)\b|\b(?:que|qu'|that)\b.*\b(?:que|qu'|that)\b",
    re.IGNORECASE,
)
# "chez Zara 2 étés", "BTS MCO 2 ans": a count typed after a name, with nothing between.
FR_NAME_COUNT = re.compile(r"\b[A-ZÀ-Ý][\w'-]*\s+\d+\s+[a-zà-ÿ]+$")
# A note typed object first: "Opera pms je connais", "WMS SAP EWM je connais".
FR_SUBJECT_LAST = re.compile(r"\s(?:je|j')\s*[^\W\d_]+$", re.IGNORECASE)
FR_SUBJECT_FIRST = re.compile(r"^(?:je|j'|il me semble|vous|c'est|ce)\b", re.IGNORECASE)
# A moment and what happens then, with no main verb: "le matin avant les employés arrivent".
FR_WHEN_ONLY = re.compile(
    r"^(?:le|la|les|en)\s+(?:matin|soir|nuit|midi|week-end|semaine|journée)s?\s+"
    r"(?:avant|après|quand|lorsque|pendant|dès)\b",
    re.IGNORECASE,
)
# A reaction typed at the end of a clause, with no stop: "… vous avez vu", "… il a noté".
REACTION_TAIL = re.compile(
    r"(?<!\bque)(?<!\bet)(?<!,)\s(?:vous avez|vous l'avez|il a|elle a)\s+"
    r"(?:vu|noté|remarqué|souri|apprécié|aimé)\s*$",
    re.IGNORECASE,
)
MIN_CLAUSE_WORDS = 4  # "vous avez insisté" says nothing the recruiter can recognise


def _said(shape: Shape, lang: str) -> str:
    if REPORTED.search(shape.text):
        return "a clause inside a clause"
    if (
        lang == "fr"
        and FR_SUBJECT_LAST.search(shape.text)
        and not FR_SUBJECT_FIRST.match(shape.text)
    ):
        return "the object before its subject"  # "WMS SAP EWM je connais"
    if lang == "fr" and FR_WHEN_ONLY.search(shape.text):
        return "a time and its subordinate, no main clause"  # "le matin avant les … arrivent"
    if lang == "fr" and REACTION_TAIL.search(shape.text):
        return "a reaction run into the clause"  # "… sans me faire griffer vous avez vu"
    if sense.interview_report(shape.text, lang):
        return sense.interview_report(shape.text, lang)
    if lang == "en" and shape.kind != YOURS and _en_imperative(shape.text):
        return "an instruction, not something said"  # "wear steel caps to induction"
    if shape.kind == YOURS and len(word_list(shape.text)) < MIN_CLAUSE_WORDS:
        return "too short to say anything"
    return ""


def _en_imperative(text: str) -> bool:
    words = word_list(text)
    if not words or words[0] in morph.EN_DETERMINERS or words[0] in EN_SUBJECTS:
        return False
    parts = _en_parts(words[0])
    return "VERB" in parts and "NOUN" not in parts and words[0] in parts.get("VERB", ())


EN_SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they", "there", "this", "that"})


def vouched(shape: Shape, lang: str, slot: str = "") -> bool:
    """Can the composer vouch for the sentence this piece makes in its slot (by default the
    slot of its kind)? A note the proofreader found a fault in (`refusing`) never is."""
    if handed_back(shape.source):
        return False
    return not refused(shape, slot or slot_of(shape), lang)


def handed_back(note: str) -> bool:
    """Is this note one the proofreader sends back to the candidate (`refusing`)?"""
    return bool(note) and note in _REFUSED.get()


# Notes whose sentence the proofreader found a fault in, while a field is written again.
_REFUSED: ContextVar[frozenset[str]] = ContextVar("refused_notes", default=frozenset())


@contextmanager
def refusing(notes: list[str] | tuple[str, ...]) -> Iterator[None]:
    """While the block runs, these notes are not vouched for: each field that holds one
    writes it in its marked place for the candidate to rewrite (`catchup.phrased`)."""
    token = _REFUSED.set(_REFUSED.get() | frozenset(notes))
    try:
        yield
    finally:
        _REFUSED.reset(token)
