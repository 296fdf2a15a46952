"""The candidate's own sentence ("J'aime le public", "I want to be a dental nurse"): through
a frame that fits its shape, or handed back, never pasted as typed.

A motivation typed as a clause of the candidate is read by its verb and the shape of what
follows it, checked by morphology (Grammalecte's lexicon for French, the one the
proofreader uses; lemminflect's for English):

- a wish ("je veux", "j'aimerais", "I want to") followed by an infinitive phrase whose object
  keeps its article is written through the wish frame ("Je souhaite rester en gériatrie",
  "I would like to train as a teacher"); "je veux mon CAP", "I want SaaS with…" (a thing
  wanted, which reads as a demand) or "I want to do again here" (no object) go back;
- a liking ("j'aime", "j'adore", "I love", "I like") followed by noun phrases with their
  determiner, or by actions ("aider les gens", "helping people"), becomes a reason ("Ce qui
  m'attire dans ce poste, c'est le contact avec le public"); "j'aime conduire et le service
  aux gens" (an action and a thing under one verb) goes back;
- a hedge or a time aside ("honestly", "il me semble", "depuis petit", "since a kid") and
  any other clause of the candidate ("I did this job in Congo", "J'ai grandi à Bobigny") go
  back: the candidate says it better than a frame would guess it.

A French clause of a strong point must hold a finite verb ("Il me semble que BP coiffure"
never) and not be said with "on" ("on a fait 10 minutes en néerlandais": familiar, and whose
point it is the frame cannot say).
"""

from __future__ import annotations

import re
from typing import Literal

from relance.drafts import proofread
from relance.drafts.slots import fr_bare_after_toward

Kind = Literal["wish", "reason", "said"]

FR_WISH = re.compile(
    r"^(?:je veux|je voudrais|j'aimerais|je souhaite|j'ai envie de|j'ai envie d')\s*",
    re.IGNORECASE,
)
EN_WISH = re.compile(r"^I (?:want to|would like to|'d like to|hope to|wish to)\s+", re.IGNORECASE)
FR_LIKE = re.compile(
    r"^(?:j'aime|j'adore|j'apprécie)\s+(?:beaucoup\s+|bien\s+|vraiment\s+)?", re.IGNORECASE
)
# A lifelong wish, said as the candidate said it once its action is checked.
ALWAYS = re.compile(
    r"^(?:j'ai toujours voulu|j'ai toujours rêvé d(?:e\s+|')|I(?: have|'ve) always wanted to)\s*",
    re.IGNORECASE,
)
EN_LIKE = re.compile(r"^I (?:really )?(?:love|like|enjoy)\s+", re.IGNORECASE)
ASIDE = re.compile(
    r"\b(?:honestly|maybe|i think|i guess|probably|since (?:i was )?a (?:kid|child)|"
    r"il me semble|je pense|je crois|honnêtement|franchement|peut-être|"
    r"depuis (?:tout )?petite?|depuis toujours|genre|en gros)\b"
    r"|\w-(?:>|\s)",  # "screening-> done already": an arrow to an aside
    re.IGNORECASE,
)
FR_DETERMINERS = frozenset(
    {"le", "la", "les", "un", "une", "des", "du", "mon", "ma", "mes", "ce", "cet", "cette"}
    | {"ces", "votre", "vos", "notre", "nos", "leur", "leurs"}
)
EN_DETERMINERS = frozenset(
    {"the", "a", "an", "my", "your", "our", "their", "this", "that", "these", "those", "its"}
)
# A verb and its noun with no article between them, as French says them.
FR_SET_PHRASES = frozenset(
    {"besoin", "attention", "soin", "commande", "contact", "face", "compte", "part"}
    | {"confiance", "preuve", "partie", "cours", "carrière", "équipe", "affaire", "place"}
)
AND = re.compile(r",\s+(?:et\s+|and\s+)?|\s+(?:et|and)\s+", re.IGNORECASE)


def _fr(word: str, tag: str) -> bool:
    return any(tag in reading for reading in proofread.readings(word))


def fr_bare_object(action: str) -> bool:
    """ "rédiger actes", "évoluer superviseur", "évoluer vers superviseur": an infinitive and
    then a common noun with no article ("rédiger les actes"); "prendre soin", "faire preuve"
    are French as they are."""
    words = action.split()
    if len(words) < 2 or not proofread.available():
        return False
    if fr_bare_after_toward(action):
        return True  # "évoluer vers superviseur": "vers un poste de superviseur"
    noun = words[1]
    if not noun.isalpha() or not noun.islower() or noun in FR_SET_PHRASES:
        return False
    if not _fr(noun, ":N") or any(_fr(noun, tag) for tag in (":A", ":G", ":W", ":Y", ":R")):
        return False
    return _fr(words[0], ":Y")


def fr_with_article(action: str) -> str:
    """ "accepter horaires décalés" → "accepter les horaires décalés" (writer BY's by05, by09:
    « Vous comptez sur la personne recrutée pour atteindre objectifs trimestriels »): a
    plural noun after the infinitive takes "les"; a singular one, whose gender is not sure,
    is left for the gate to hand back."""
    words = action.split()
    if len(words) < 2 or not proofread.available() or not _fr(words[0], ":Y"):
        return action
    noun = words[1]
    if not noun.isalpha() or not noun.islower() or noun in FR_SET_PHRASES:
        return action
    readings = proofread.readings(noun)
    plural_noun = any(":N" in r and ":p" in r for r in readings)
    if not plural_noun or any(":N" in r and (":s" in r or ":i" in r) for r in readings):
        return action
    if any(tag in r for r in readings for tag in (":G", ":W", ":R", ":V")):
        return action  # a word of grammar or a verb form ("actes" of "acter" is both)
    return " ".join([words[0], "les", *words[1:]])


# "quelqu'un qui fait matin": a relative clause whose verb is followed by a bare noun, the
# end of the note (what a comma cut from "matin, soir et nuit").
FR_RELATIVE_BARE = re.compile(r"\bqui\s+([a-zà-ÿ]+)\s+([a-zà-ÿ]+)$")


def fr_relative_bare(text: str) -> bool:
    """'quelqu'un qui fait matin': a verb and a common noun with no article after "qui";
    "qui parle anglais" (a language: also an adjective), "qui fait preuve" stay."""
    found = FR_RELATIVE_BARE.search(text)
    if found is None or not proofread.available():
        return False
    verb, noun = found.groups()
    if noun in FR_SET_PHRASES or not _fr(noun, ":N"):
        return False
    if any(_fr(noun, tag) for tag in (":A", ":G", ":W", ":Y", ":R")):
        return False
    return any(re.search(r":V\d.*:I[pqsf]", r) for r in proofread.readings(verb))


def fr_finite(clause: str) -> bool:
    """A French clause holds a conjugated verb ("je parle turc"; never "BP coiffure")."""
    if not proofread.available():
        return True
    words = re.findall(r"[\w-]+", clause.replace("'", " "))
    return any(
        re.search(r":V\d.*:(?:I[pqsf]|K|S[pq])", r) for w in words for r in proofread.readings(w)
    )


def _fr_action(part: str) -> bool:
    first = re.sub(r"^(?:s'|m'|se\s+|me\s+)", "", part.strip(), flags=re.I).split(" ", 1)[0]
    return _fr(first, ":Y") and not fr_bare_object(part)


def _fr_thing(part: str) -> bool:
    first = part.split(" ", 1)[0].lower()
    if first in ("mon", "ma", "mes"):
        return False  # "j'aime ma ville": never "ce qui m'attire, c'est ma ville"
    if first.startswith("l'"):
        return _fr(part.split(" ", 1)[0][2:], ":N")
    words = part.split()
    return first in FR_DETERMINERS and len(words) > 1 and _fr(words[1], ":N")


def _en_parts(word: str) -> dict[str, tuple[str, ...]]:
    from relance.drafts.morph_en import lemminflect_parts

    return lemminflect_parts(word.lower())


def _en_base(word: str) -> bool:
    return word.lower() in _en_parts(word).get("VERB", ())


def _en_action(part: str) -> bool:
    from relance.drafts.quality import en_bare_object

    words = part.split()
    if not words or not _en_base(words[0]) or en_bare_object(part):
        return False
    if words[0].lower() not in {"do", "make", "get"}:
        return True
    # "do again here": "do", "make", "get" say nothing without their object
    nxt = words[1].lower() if len(words) > 1 else ""
    return nxt in EN_DETERMINERS or ("ADV" not in _en_parts(nxt) and bool(_en_parts(nxt)))


def _en_gerund(part: str) -> str:
    """ "help people" -> "helping people"; "" when the first word is no verb."""
    import lemminflect

    words = part.split()
    if not words or not _en_action(part):
        return ""
    forms = lemminflect.getInflection(words[0].lower(), tag="VBG")
    return " ".join([forms[0], *words[1:]]) if forms else ""


def _en_thing(part: str) -> bool:
    from relance.drafts.morph_en import en_plural

    words = part.split()
    first = words[0].lower() if words else ""
    if first == "my":
        return False  # "I love my town": never "what attracts me to the role is my town"
    if first in EN_DETERMINERS:
        return len(words) > 1
    if first.endswith("ing") and "VERB" in _en_parts(first):
        return True  # "helping people"
    return en_plural(first) and first.islower()  # "toddlers"


# A wish typed as one speaks, as a letter says it: « me poser à Québec » (writer AB's ab07).
FR_WISHED = {"me poser": "m'établir", "une place": "un poste", "un taf": "un poste"}
FR_WISHED_WORDS = re.compile(
    r"\b((?:je veux|je voudrais|j'aimerais|je souhaite)\s+)"
    r"(me poser(?=\s+(?:à|a|au|dans|en|près|pres|vers)\b)|une place|un taf)\b",
    re.I,
)


def fr_wished(text: str) -> str:
    """The note with a wish typed as one speaks written as a letter says it."""
    return FR_WISHED_WORDS.sub(lambda found: found[1] + FR_WISHED[found[2].lower()], text)


def own(clause: str, lang: str) -> tuple[Kind, str] | None:
    """The candidate's motivation clause through a frame: ("wish", infinitive phrase) for
    the wish frame, ("reason", phrase) for "what attracts me is …", ("said", clause) for a
    lifelong wish whose action was checked ("J'ai toujours voulu enseigner"); `None`:
    handed back."""
    text = clause.strip().rstrip(".")
    if ASIDE.search(text):
        return None
    always = ALWAYS.match(text)
    if always:
        rest = text[always.end() :]
        return ("said", text) if rest and _actions_or_objects(rest, lang) else None
    wish = (FR_WISH if lang == "fr" else EN_WISH).match(text)
    if wish:
        rest = text[wish.end() :]
        if lang == "fr" and re.match(r"un poste\b", rest, re.I):
            rest = "occuper " + rest  # « je veux une place à l'année » (ab05)
        return ("wish", rest) if rest and _actions_or_objects(rest, lang) else None
    like = (FR_LIKE if lang == "fr" else EN_LIKE).match(text)
    if not like:
        return None
    rest = text[like.end() :]
    parts = [p for p in AND.split(rest) if p]
    if not parts:
        return None
    if lang == "fr":
        if all(_fr_thing(p) for p in parts):
            return "reason", rest
        if all(_fr_action(p) for p in parts):
            from relance.drafts.grammar import fr_de

            return "reason", fr_de(rest)  # "c'est d'aider les gens au téléphone"
        return None
    if rest.lower().startswith("to "):  # "like to drive and help people" -> "driving and…"
        gerunds = [_en_gerund(re.sub(r"^to\s+", "", p, flags=re.I)) for p in parts]
        return ("reason", " and ".join(gerunds)) if all(gerunds) else None
    if not all(_en_thing(p) for p in parts):
        return None
    # "I love animals": a bare plural is no reason alone ("What attracts me to the role is
    # animals", writer O's reader); the candidate's own sentence says it, as typed.
    bare = any(
        p.split()[0].lower() not in EN_DETERMINERS and not _en_gerund_first(p) for p in parts
    )
    return ("said", text) if bare else ("reason", rest)


def _actions_or_objects(rest: str, lang: str) -> bool:
    """Actions joined by "and", or one action whose object goes on with "and" ("build a
    career in banking and customer experience", writer BN's bn40: never "customer
    experience" read as a second action, and the whole wish handed back)."""
    fits = _fr_action if lang == "fr" else _en_action
    thing = _fr_thing if lang == "fr" else _en_object
    parts = AND.split(rest)
    if all(fits(part) for part in parts):
        return True
    # the action has its object ("build a career in banking"), never a verb alone ("drive");
    # what goes on is a short noun phrase, never a clause ("and the firm has a strong real
    # estate practice") nor a second verb ("and go supervisor")
    with_object = len(parts) > 1 and len(parts[0].split()) >= 3 and fits(parts[0])
    short = all(len(part.split()) <= MAX_OBJECT_WORDS for part in parts[1:])
    verbs = any(part.split()[0].lower() in EN_COMMON_VERBS for part in parts[1:] if part.split())
    return with_object and short and not verbs and all(thing(part) for part in parts[1:])


MAX_OBJECT_WORDS = 3
EN_COMMON_VERBS = frozenset(
    {"go", "be", "do", "get", "make", "work", "help", "become", "move", "start", "learn",
     "earn", "see", "have", "stay", "keep", "take", "give", "find", "use", "grow", "train"}
)  # fmt: skip


def _en_object(part: str) -> bool:
    """A noun phrase that goes on an object: "customer experience", "the public"."""
    from relance.drafts.morph_en import en_known

    words = part.split()
    if _en_thing(part):
        return True
    bare = 0 < len(words) <= 3 and all(w.isalpha() and w.islower() and en_known(w) for w in words)
    return bare and "NOUN" in _en_parts(words[-1])


def _en_gerund_first(part: str) -> bool:
    first = part.split(" ", 1)[0].lower()
    return first.endswith("ing") and "VERB" in _en_parts(first)


def fr_strong_clause(clause: str) -> bool:
    """A French clause a strong point's frame can hold: a finite verb, not said with "on"."""
    return not re.match(r"^on\b", clause.strip(), re.IGNORECASE) and fr_finite(clause)


def fr_no_object(clause: str) -> bool:
    """ "vous avez feuilleté longtemps", "vous avez testé en italien": the recruiter's verb
    with an adverb or "en" where its object should be (what was leafed through, tested?)."""
    words = clause.split()
    if (
        len(words) < 4
        or [w.lower() for w in words[:2]] != ["vous", "avez"]
        or not (proofread.available())
    ):
        return False
    rest = words[2:]
    while rest and _fr(rest[0], ":W") and not _fr(rest[0], ":Q"):
        rest = rest[1:]  # "vous avez beaucoup aimé…"
    if len(rest) < 2 or not _fr(rest[0], ":Q"):
        return False
    after = rest[1].lower()
    adverb = all(":W" in r for r in proofread.readings(after)) and bool(proofread.readings(after))
    # "vous avez relevé deux fois", "vous avez testé 5 minutes": a count, not what was tested
    return adverb or after == "en" or after.isdigit() or after in NUMBER_WORDS


NUMBER_WORDS = frozenset(
    ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "quinze", "vingt")
)
# The recruiter's mood about the candidate, said back to them: presumptuous ("vous avez l'air
# convaincu", "vous sembliez satisfait").
FR_MOOD = re.compile(r"^vous\s+(?:avez|aviez)\s+l'air\b|^vous\s+(?:sembl|paraiss)\w*", re.I)


def fr_mood(clause: str) -> bool:
    """'vous avez l'air convaincu': the recruiter's mood, not what they said they liked."""
    return bool(FR_MOOD.match(clause.replace("’", "'").strip()))
