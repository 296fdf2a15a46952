"""A quality after "quelqu'un de": the adjective in its masculine singular, or nothing.

"quelqu'un de" is masculine whoever is sought: "quelqu'un de rigoureux", never "de
rigoureuse" as a note typed about a woman's post says it. The word's readings come from
Grammalecte's lexicon (the one the proofreader uses): an adjective ":A" takes its lemma
("rigoureuse" -> "rigoureux"), a participle ":Q" loses its feminine ending ("motivée" ->
"motivé"). A noun ("assistante au fauteuil", "gouvernante pour 2 étages") or two words side
by side ("anglais obligatoire") are no quality: `None`, the note is handed back. A complement
after the adjective is kept when it starts with a preposition ("bon avec les budgets") or
names when ("fiable le week-end").
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import proofread
from relance.drafts.grammar import join as plain_join
from relance.drafts.morph import ADJECTIVE, NOUN, Shape
from relance.drafts.slots import fr_adjectives_joined

# What may follow the adjective: a complement, "à l'aise avec", "fort en".
COMPLEMENT = re.compile(
    r"^(?:avec|en|à|au|aux|dans|sur|pour|de|d'|du|des|face|envers|sous|chez|auprès|"
    r"tout de suite|dès|rapidement|immédiatement|toujours|chaque|"
    r"(?:le|la|les)\s+(?:week-?ends?|matins?|soirs?|nuits?|journées?|après-midi|fins?\s+de\s+semaine|"
    r"lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?))\b",
    re.IGNORECASE,
)
AND = re.compile(r",\s*|\s+et\s+(?=de\s|d')", re.IGNORECASE)
SOMEONE_OF = re.compile(r"^(quelqu'un\s+)(de\s+|d')(.+)$", re.IGNORECASE)


def _adjective_readings(word: str) -> tuple[str, ...]:
    return tuple(t for t in proofread.readings(word) if ":A" in t or ":Q" in t)


def masculine(word: str) -> str | None:
    """The masculine singular of a French adjective or participle; `None` for a noun."""
    readings = proofread.readings(word)
    if not readings:
        return word  # unknown to the lexicon ("dispo" is expanded before): as typed
    adjectives = _adjective_readings(word)
    if not adjectives:
        return None  # "assistante", "vendeuse": a noun
    if any(re.search(r":[me]:[si]", t) for t in adjectives):
        return word  # "ponctuel", "stable", "anglais": already masculine or either
    nouns = any(":N" in t for t in adjectives)
    tag = adjectives[0]
    participle = ":Q" in tag  # "motivée" -> "motivé", "instruite" -> "instruit"
    written = re.sub(r"e(s?)$", "", word) if participle else tag.split("/", 1)[0].lstrip(">")
    return None if nouns else written  # "gouvernante", "bonne": a noun too, not a guess


def fr_quality(text: str) -> str | None:
    """ "rigoureuse" -> "rigoureux", "motivée avec les clients" -> "motivé avec les clients";
    `None` when the words are no quality "quelqu'un de" can frame."""
    if not proofread.available():
        return text
    if "," in text:  # « sérieuse, à l'aise avec les propriétaires » (writer BM's bm19)
        parts = [part.strip() for part in text.split(",") if part.strip()]
        listed = [fr_quality(part) or _at_ease(part) for part in parts]
        return None if len(parts) < 2 or None in listed else ", ".join(map(str, listed))
    first, _, rest = text.strip().partition(" ")
    written = masculine(first)
    if written is None or (rest and not COMPLEMENT.match(rest)):
        return None
    if first.lower() in FR_NATIONALITIES or _bare_plural(rest):
        return None
    if written.lower() in NEEDS_COMPLEMENT and not rest:
        return None  # « quelqu'un de prêt »: ready for what? (« prêt » the loan desk, bt24)
    if HOURS.search(rest):
        return None  # "d'autonome de 3 h à 11 h": the hours are the shift's, not a quality
    return f"{written} {rest}".strip()


# "quelqu'un d'anglais" is an Englishman: the language is spoken ("qui parle anglais").
FR_NATIONALITIES = frozenset(
    {"anglais", "espagnol", "allemand", "italien", "portugais", "arabe", "chinois", "russe",
     "néerlandais", "japonais", "polonais", "roumain", "turc", "français", "flamand",
     "créole", "breton", "basque", "corse", "wolof", "lingala", "berbère", "kabyle"}
)  # fmt: skip
# Adjectives that say nothing without their complement: « prêt à », « capable de »
NEEDS_COMPLEMENT = frozenset(
    {"prêt", "capable", "apte", "disposé", "habitué", "susceptible", "enclin", "sujet"}
)
# A plural noun with no article after the complement's preposition: "autonome sur bilans".
BARE_PLURAL = re.compile(r"\b(?:sur|avec|dans|pour|sous|envers)\s+([a-zà-ÿ-]+)\b", re.IGNORECASE)
HOURS = re.compile(r"\b\d{1,2}\s*h\b")


def _bare_plural(rest: str) -> bool:
    for found in BARE_PLURAL.finditer(rest):
        readings = proofread.readings(found.group(1).lower())
        plural = [r for r in readings if ":N" in r and ":p" in r]
        if plural and not any(tag in r for r in readings for tag in (":D", ":R", ":O")):
            return True
    return False


def fr_someone(text: str) -> str | None:
    """ "quelqu'un de rigoureuse" -> "quelqu'un de rigoureux"; `None` when what follows
    "quelqu'un de" is no quality ("quelqu'un d'assistante au fauteuil"). Other sought
    persons ("un commis", "quelqu'un qui parle anglais") are returned as they are."""
    found = SOMEONE_OF.match(text)
    if not found:
        return text
    from relance.drafts.grammar import fr_de
    from relance.drafts.reading import join

    qualities = []  # "d'autonome et de ponctuelle": each one read
    for typed in AND.split(found.group(2) + found.group(3)):
        bare = re.sub(r"^(?:de\s+|d')", "", typed.strip(), flags=re.I)
        written = fr_quality(bare) or _coordinated(bare) or _locution(bare)
        if written is None:
            return None
        qualities.append(fr_de(written))
    return found.group(1) + join(qualities, "fr")


# "quelqu'un de confiance", "quelqu'un de terrain": a noun French puts after "quelqu'un de"
# as a quality, the only nouns it takes there (any other, "d'assistante", is handed back).
FR_SOMEONE_NOUNS = frozenset({"confiance", "terrain", "parole", "caractère", "métier"})


def _at_ease(text: str) -> str | None:
    """« à l'aise avec les propriétaires »: a locution that never agrees."""
    return text if re.match(r"^à l['’]aise\b", text, re.IGNORECASE) else None


def _locution(text: str) -> str | None:
    return text.lower() if text.lower() in FR_SOMEONE_NOUNS else None


def _coordinated(text: str) -> str | None:
    """ "motivé et curieux", "propre et organisée": two qualities joined by "et" without a
    second "de" (writers M and O), each one in its masculine; `None` unless both are."""
    first, sep, second = text.partition(" et ")
    if not sep or " " in first.strip():
        return None
    written = [fr_quality(first.strip()), fr_quality(second.strip())]
    if None in written or " " in second.strip():
        return None
    return f"{written[0]} et {written[1]}"


PARTS = {
    "en": re.compile(r",\s*|\s+and\s+|\s*&\s*", re.IGNORECASE),
    "fr": re.compile(r",\s*|\s+et\s+|\s*&\s*", re.IGNORECASE),
}
PREPOSITIONS = {
    "en": frozenset({"in", "with", "for", "of", "at", "on", "to", "from", "near", "after"}),
    "fr": frozenset({"à", "au", "aux", "en", "avec", "pour", "de", "du", "des", "dans", "sur"}),
}


def _can_be_adjective(word: str, lang: str) -> bool:
    if lang == "en":
        from relance.drafts.morph_en import lemminflect_parts

        return "ADJ" in lemminflect_parts(word.lower())
    if not proofread.available():
        return False
    readings = proofread.readings(word)
    return bool(readings) and all(":A" in t and ":N" not in t for t in readings)


def lone_quality(text: str, lang: str) -> bool:
    """A list of reasons in which one is a lone adjective: "hybrid", "the union job and
    stable", "hybrid in Austin". After "What attracts me to the role is", "c'est", a thing
    is expected; a quality there reads as pasted notes ("is hybrid"). No frame is guessed for
    it ("the hybrid set-up" needs to know what is hybrid): the note is handed back."""
    parts = [part for part in PARTS[lang].split(text.strip()) if part]
    if lang == "fr":  # « accueil physique et téléphonique »: the adjectives of one noun
        parts = fr_adjectives_joined(parts)
    for part in parts:
        words = part.split()
        head = []
        for word in words:
            if word.lower() in PREPOSITIONS[lang]:
                break
            head.append(word)
        if len(head) == 1 and _can_be_adjective(head[0], lang):
            return True
    return False


EN_NO_ARTICLE_NEEDED = frozenset(
    {"a", "an", "the", "my", "your", "our", "their", "his", "her", "its", "this", "that",
     "these", "those", "each", "every", "some", "any", "all", "both", "no", "one", "another",
     "it", "them", "him", "me", "us", "you", "up", "out", "off", "on", "in"}
)  # fmt: skip
EN_RUN_ENDS = frozenset(
    {"and", "or", "for", "with", "to", "at", "of", "from", "by", "before", "after", "when",
     "while", "if", "as", "like", "into", "during"}
)  # fmt: skip


# Verbs of going whose place takes a preposition: "travel NI" is "travel across NI" or "to NI".
EN_MOTION = frozenset({"travel", "commute", "drive", "relocate", "move", "go"})


def en_bare_object(text: str) -> bool:
    """An action whose object is a singular count noun with no article: "help dentist",
    "transfer desk", "inspect bus before leaving garage", "improve review score". English
    needs "the" or "a" there; which one is the candidate's to say: the note is handed back."""
    from relance.drafts.morph_en import en_count_only

    words = re.findall(r"[\w'-]+|[^\w\s]", text)
    if len(words) == 2 and words[0].lower() in EN_MOTION and words[1][:1].isupper():
        return True  # "travel NI" (writer O's o40): "across", "to" or "around"? the candidate's
    if len(words) < 2 or words[1].lower() in EN_NO_ARTICLE_NEEDED:
        return False
    if words[1][:1].isdigit():  # "swim 25m unaided": the unit is the number's noun
        return words[1].isdigit() and _en_number_without_noun(words[2:])
    run: list[str] = []
    for word in words[1:]:
        if word[:1].isdigit():
            return False  # "mentor tier 1 techs": the noun phrase goes on
        if not word[:1].isalpha() or word.lower() in EN_RUN_ENDS:
            break
        run.append(word)
    if not run or any(word[:1].isupper() for word in run):
        return False  # "use Epic", "book Uber": a name takes no article
    from relance.drafts.morph_en import lemminflect_parts

    if "ADJ" in lemminflect_parts(run[-1].lower()):
        return False  # "keep job sheets tidy": an adjective ends the run, not a bare noun
    return en_count_only(run[-1])


def _en_number_without_noun(after: list[str]) -> bool:
    """ "labour 80 seasonal" (writer BA's ba37): the number's noun left out, only adjectives
    after it ("seasonal" workers? pickers?); "train 12 apprentices", "lift 25 kg" go on."""
    from relance.drafts.morph_en import lemminflect_parts

    run = [word.lower() for word in after if word.isalpha()][:3]
    return bool(run) and all(set(lemminflect_parts(word)) == {"ADJ"} for word in run)


# "someone calm": the needs' one person sought by a quality alone
SOMEONE_QUALITY = re.compile(r"someone [a-z]+")


def en_someone_quality(shape: Shape) -> Shape:
    """'someone calm' among what is expected is the quality 'calm', listed with the others."""
    if shape.kind == NOUN and SOMEONE_QUALITY.fullmatch(shape.text):
        quality = shape.text.split(" ", 1)[1]
        if lone_quality(quality, "en"):
            return replace(shape, text=quality, kind=ADJECTIVE)
    return shape


def en_someone(qualities: list[Shape], first: str = "") -> str:
    """'someone calm, reliable and friendly': every quality one item of one list, never
    "someone calm, and reliable and friendly" when a note held its own "and"."""
    words = [first] if first else []
    for shape in qualities:
        words.extend(word for word in re.split(r"\s*,\s*|\s+and\s+", shape.text) if word)
    return "someone " + plain_join(words, "en")


def fr_language(shape: Shape) -> bool:
    """ "anglais fonctionnel", "espagnol courant": a language and its level, which the
    expectations say as a thing ("un anglais fonctionnel"), never after "quelqu'un de"."""
    first, _, rest = shape.text.partition(" ")
    return first.lower() in FR_NATIONALITIES and bool(rest) and fr_quality(shape.text) is None
