"""A strong point typed as a quality of the candidate ("ponctuelle", "à l'aise au tel",
"reliable", "calm under pressure"), said as what the interview let the candidate show: "J'ai
aussi pu vous montrer que je suis ponctuelle et à l'aise au téléphone."

A quality has no article, so "mettre en avant" (a noun's frame) cannot hold it; it was
handed back, and a blind reader found the catch-up hollow where the notes gave its strong
points (writer V's v05). French agrees the adjective with the one who speaks: the form
typed is kept only when the lexicon says it fits the candidate's gender (the feminine
"ponctuelle" for a woman, the epicene "calme", "fiable" for anyone); a form that does not
fit, or a gender not given with a gendered form, goes back to the candidate (no guess).
"""

from __future__ import annotations

import re

from relance.drafts import proofread
from relance.drafts.grammar import join
from relance.drafts.not_shown import TIMED
from relance.drafts.quality import COMPLEMENT, FR_NATIONALITIES, HOURS, _bare_plural

MAX_WORDS = 6
# "à l'aise", invariable: what may follow it is its complement ("au téléphone", "avec les
# chiffres", "en anglais").
FR_AT_EASE = re.compile(r"^(?:très\s+)?à\s+l['’]aise\s+(?:avec|au|aux|en|à|dans|sur)\s+\S")
FR_SPEAKER = {"f": (":f:s", ":e:s", ":f:i", ":e:i"), "m": (":m:s", ":e:s", ":m:i", ":e:i")}
FR_EITHER = (":e:s", ":e:i")
EN_COMPLEMENT = frozenset({"with", "under", "on", "in", "at", "about", "around", "when", "during"})


# One word a note says of the interview or the mood, never of the candidate: the lexicon
# reads each as an adjective (« des gens bien »), « je suis bien » says one is comfortable.
FR_NO_QUALITY = frozenset(
    {"bien", "mal", "bon", "moyen", "pareil", "normal", "nickel", "top", "fini", "finie"}
    | {"réussi", "réussie", "validé", "validée", "ok", "parfait", "parfaite", "carré"}
)


def own_quality(text: str, lang: str, gender: str) -> str | None:
    """The quality as the sentence "je suis …" / "I am …" holds it, or `None`."""
    text = text.strip()
    if not text or len(text.split()) > MAX_WORDS or HOURS.search(text) or TIMED.search(text):
        return None  # "fini en 20 min sur 30": how a test went (writer AK's ak18)
    return _fr_quality(text, gender) if lang == "fr" else _en_quality(text)


def _fr_quality(text: str, gender: str) -> str | None:
    if not proofread.available():
        return None
    parts = [_fr_one_quality(part.strip(), gender) for part in re.split(r",|\bet\b", text)]
    return None if None in parts else join([part for part in parts if part], "fr")


def _fr_one_quality(text: str, gender: str) -> str | None:
    low = text.lower()
    if FR_AT_EASE.match(low):
        return low
    first, _, rest = text.partition(" ")
    if not rest and first.lower() in FR_NO_QUALITY:
        return None  # "bien" alone (writer AE's ae06) was « je suis bien »: how it went
    if first.lower() in FR_NATIONALITIES:
        return None  # "anglais pour les compagnies étrangères": a language spoken
    readings = proofread.readings(first.lower())
    adjective = [t for t in readings if ":A" in t or ":Q" in t]
    if not adjective:
        return None
    fits = FR_SPEAKER.get(gender, FR_EITHER)
    if not any(tag in t for t in adjective for tag in fits):
        return None  # "ponctuel" for a woman, "motivée" when no gender is given
    if rest and (not COMPLEMENT.match(rest) or _bare_plural(rest)):
        return None  # "bon relationnel", "autonome sur bilans": no quality said whole
    return f"{first.lower()} {rest}".strip()


# Adjectives whose noun names the same quality: "mon sérieux" says it for anyone.
FR_QUALITY_NOUNS = frozenset({"sérieux", "calme"})


def fr_lone_adjective(text: str) -> bool:
    """'patient', 'ponctuel': one word the lexicon reads as an adjective, which no "mon"
    may stand before, whatever else it may be."""
    word = text.strip().lower()
    if " " in word or word in FR_QUALITY_NOUNS or not proofread.available():
        return False
    return any(":A" in reading for reading in proofread.readings(word))


def _en_quality(text: str) -> str | None:
    parts = [part.strip() for part in re.split(r",|\band\b", text)]
    return text if all(_en_one_quality(part) for part in parts) else None


def _en_one_quality(text: str) -> bool:
    from relance.drafts.morph_en import lemminflect_parts

    words = text.split()
    if not words:
        return False
    first = words[0]
    parts = lemminflect_parts(first)
    if not first.islower() or first in EN_REPORTS:
        return False
    if "ADJ" not in parts:  # "organised", "motivated" alone; "talked about" is no quality
        return "VERB" in parts and first.endswith("ed") and len(words) == 1
    if len(words) == 1:
        return True
    # "good listener", "reliable driver": a person, said by other frames; "clear on IRD
    # process": a bare singular after the preposition, a note's shorthand
    return words[1].lower() in EN_COMPLEMENT and len(words) > 2 and _en_object(words[2])


def _en_object(word: str) -> bool:
    low = word.lower()
    return low in EN_OBJECT_START or low.endswith(("s", "ing")) or low in EN_MASS


EN_REPORTS = frozenset(
    {"talked", "discussed", "mentioned", "explained", "showed", "asked"}
    # how a part of the interview went ("90-day entry plan. Landed.", writer AO's ao37)
    | {"landed", "nailed", "aced", "smashed", "done", "finished", "passed", "solid", "grand"}
)
EN_OBJECT_START = frozenset(
    {"the", "a", "an", "my", "your", "all", "every", "each", "other", "new", "difficult",
     "older", "young", "upset", "angry", "different"}
)  # fmt: skip
# Nouns said without an article after "calm under", "good with", "comfortable in"…
EN_MASS = frozenset(
    {"pressure", "stress", "people", "children", "detail", "change", "numbers", "data",
     "money", "time", "conflict", "feedback", "english", "french", "spanish"}
)  # fmt: skip


# "être opérationnel" after "la personne recrutée pour", "une personne capable de": the
# adjective agrees with « personne », a feminine noun, whoever is hired.
FR_AFTER_BE = re.compile(
    r"\b((?:être|rester|devenir)\s+(?:très\s+|vite\s+|rapidement\s+|plus\s+|bien\s+)?)"
    r"([a-zà-ÿ]+)\b"
)
# « être sur le terrain » (writer BA's ba01): a preposition the lexicon also reads as an
# adjective (« sur », sour), never agreed (« être sure le terrain »)
FR_NOT_AFTER_BE = frozenset({"sur", "sous", "dans", "en", "avec", "pour", "par", "chez", "entre"})
# "capable de travailler seul": « seul » after an infinitive speaks of the person too
FR_ALONE = re.compile(r"\b(\w+(?:er|ir|re)\s+)seul\b")
FR_FEMININE_ENDINGS = (
    ("if", "ive"), ("eux", "euse"), ("el", "elle"), ("ien", "ienne"), ("on", "onne"),
    ("er", "ère"), ("et", "ète"), ("et", "ette"), ("eur", "euse"), ("eur", "rice"),
    ("c", "que"), ("g", "gue"), ("s", "sse"), ("", "e"),
)  # fmt: skip


def fr_said_of_a_person(text: str) -> str:
    """The adjectives after « être » in the feminine, as « la personne » asks: "être
    opérationnel" -> "être opérationnelle"; an adjective with no feminine the lexicon knows is
    left as typed."""
    if not proofread.available():
        return text

    def agreed(match: re.Match[str]) -> str:
        word = match.group(2)
        if word in FR_NOT_AFTER_BE:
            return match.group(0)
        return match.group(1) + (fr_feminine(word) or fr_feminine(_participle(word)) or word)

    return FR_ALONE.sub(r"\1seule", FR_AFTER_BE.sub(agreed, text))


def _participle(word: str) -> str:
    """'passionne' after « être », typed without its accent: the participle « passionné »
    (a verb in the present cannot follow « être »)."""
    if any(":N" in reading for reading in proofread.readings(word)):
        return word  # "être force de proposition": a noun, no participle lost its accent
    if word.endswith("ee"):
        return word[:-2] + "ée"
    return word[:-1] + "é" if word.endswith("e") else word


def fr_feminine(word: str) -> str | None:
    """The feminine singular of a French adjective or participle, as the lexicon spells it
    ("opérationnel" -> "opérationnelle", "autonome" stays); `None` for a word that is none."""
    adjective = [t for t in proofread.readings(word) if ":A" in t or ":Q" in t]
    if not adjective:
        return None
    if any(tag in t for t in adjective for tag in (":f:s", ":e:s", ":f:i", ":e:i")):
        return word
    lemma = adjective[0].split("/", 1)[0]
    for ending, feminine in FR_FEMININE_ENDINGS:
        if not word.endswith(ending):
            continue
        candidate = word[: len(word) - len(ending)] + feminine
        for reading in proofread.readings(candidate):
            if reading.split("/", 1)[0] == lemma and ":f:s" in reading:
                return candidate
    return None
