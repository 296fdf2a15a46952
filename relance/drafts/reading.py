"""Reading a debrief field's note items before they are phrased.

Each item is split into its list pieces ("accueil client, mise en rayon" is two; "CACES 1,
3 et 5" one), the recruiter and her company become "vous"/"votre" ("leur client" is "votre
client"), a place or a firm after "chez" takes its capital, and each piece is read by
`morph` (noun phrase, adjective, infinitive, finite clause). `phrasing` frames the result.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import credentials_fr, morph, voice
from relance.drafts.accents import brands
from relance.drafts.company_names import NAME_ACRONYMS
from relance.drafts.context import (
    EXPECTATIONS,
    MOTIVATION,
    RECRUITER_NEEDS,
    ROLE_UNDERSTOOD,
    STRONG_POINTS,
)
from relance.drafts.durations import linked, spanned
from relance.drafts.elision import elides
from relance.drafts.grammar import join as plain_join
from relance.drafts.morph import Shape

FR_NAME_BEFORE = re.compile(r"\b(chez\s+(?=[a-zà-ÿ]{3,})|à\s+(?=[a-zà-ÿ]{4,}))([a-zà-ÿ]+)\b")
EN_NAME_BEFORE = re.compile(r"\b((?:at|in|for)\s+)([a-z]{3,})\b")
FR_LIST_START = re.compile(
    r"^(?:qui|que|qu'|dont|où|si|pour|avec|sans|sur|de|du|des|à|au|aux|en|et|ou|puis|mais|"
    r"donc|car)\b",
    re.IGNORECASE,
)
EN_LIST_START = re.compile(
    r"^(?:who|that|which|if|for|with|without|on|of|to|in|at|and|or|then|but|so)\b", re.IGNORECASE
)
# A time phrase after a comma says when the piece before it happens: « démarrer vite, avant la
# fin du mois » is one piece (it was « l'avant la fin du mois », writer AC's ac22).
TIME_START = {
    "fr": re.compile(r"^(?:avant|après|apres|dès|d'ici|pendant|jusqu'|jusque)\b", re.IGNORECASE),
    "en": re.compile(r"^(?:before|after|by|within|until|during)\b", re.IGNORECASE),
}
LIST_COMMA = re.compile(r"(?<!\d),(?![^()]*\))|(?<=\d),(?!\s*\d)(?![^()]*\))")
INCLUSIVE = re.compile(r"(?<=\w)\((?:e|s|es|ne|le|se|rice|euse)\)|(?<=\w)[·•](?:e|s|es)\b")
# "colis + courrier": a plus between two words, typed for "et" ("R+5", "C++" stay as typed).
WORD_PLUS = re.compile(r"(?<=\w)\s+\+\s+(?=\w)")


def join(items: list[str], lang: str) -> str:
    """A list whose items hold their own "et": "X et Y ainsi que Z" rather than "X et Y et Z"."""
    # "energy, energy and energy" (writer AW's aw27: the recruiter's stress): each item once
    items = list(dict.fromkeys(items))
    conjunction = " et " if lang == "fr" else " and "
    if (
        len(items) > 1
        and conjunction in items[-1]
        and not any(conjunction in item for item in items[:-1])
    ):
        # "l'anglais courant" + "la rigueur et la diplomatie": one list, "…, la rigueur et la
        # diplomatie" (writer V's v09), when both sides of the last item's "et" are phrases
        # with their article
        first, _, second = items[-1].partition(conjunction)
        if _determined(first, lang) and _determined(second, lang):
            return plain_join([*items[:-1], first, second], lang)
    if len(items) > 1 and any(conjunction in item for item in items):
        # « la prospection et les estimations » + « les visites et le compromis » (writer AU's
        # au26): one list when each side of each "et" is a phrase with its article
        flat = [part for item in items for part in item.split(conjunction)]
        if all(_determined(part, lang) and _short_bare(part, lang) for part in flat):
            return plain_join(flat, lang)
        # « mon ISO 20022, et ma pratique de l'anglais et de l'allemand » read as a slip (writer
        # BE's reader): the last item joined by « ainsi que », "as well as"
        also = " as well as "
        if lang == "fr":  # « ainsi qu'un rang de six tables »
            also = " ainsi qu'" if elides(items[-1]) else " ainsi que "
        return ", ".join(items[:-1]) + also + items[-1]
    return plain_join(items, lang)


DETERMINED = {
    "fr": re.compile(r"^(?:le|la|les|l'|un|une|des|mon|ma|mes|son|sa|ses|leur|leurs)\b", re.I),
    "en": re.compile(r"^(?:the|a|an|my|their|its|our)\b", re.I),
}


# A word that ties what follows to the noun before it: « la préparation des entrées et
# desserts », « la rigueur sur les échéances le 5 et le 15 » are no two items.
TIES = {
    "fr": frozenset({"de", "des", "du", "d'", "sur", "à", "au", "aux", "en", "avec", "pour", "le",
                     "la", "les"}),
    "en": frozenset({"of", "on", "in", "at", "with", "for", "to", "the"}),
}  # fmt: skip


def _short_bare(phrase: str, lang: str) -> bool:
    """An article and a noun or two, nothing tied after them: « la prospection »."""
    words = phrase.replace("'", "' ").split()
    return len(words) <= 3 and not any(word.lower() in TIES[lang] for word in words[1:])


def _determined(phrase: str, lang: str) -> bool:
    return bool(DETERMINED[lang].match(phrase.strip())) and " et " not in phrase


FR_THAT_CLAUSE = re.compile(r"\bqu(?:e\s+|')(?:je|j'|il|elle|on|vous)\b", re.I)


def _plus(item: str, lang: str) -> str:
    """A plus between words: "et" when one side is a lone word ("colis + courrier", "build +
    maintain dashboards"), else a list's comma, each side read alone ("remplacer un départ +
    quelqu'un qui accepte des nuits")."""
    conjunction = " et " if lang == "fr" else " and "

    def between(match: re.Match[str]) -> str:
        before = re.split(r"[,;]", item[: match.start()])[-1].split()
        after = re.split(r"[,;]", item[match.end() :])[0].split()
        if len(before) == 1 or len(after) == 1:
            return conjunction
        # « il a apprécié que je connaisse tous les quartiers + le pays ajaccien » (ab12):
        # a second object of the clause's verb, never a strong point of its own
        clause = lang == "fr" and FR_THAT_CLAUSE.search(" ".join(before))
        return conjunction if clause and _determined(" ".join(after), lang) else ", "

    return WORD_PLUS.sub(between, item)


def pieces(item: str, lang: str) -> list[str]:
    """'accueil client, mise en rayon, encaissement' -> three pieces; 'j'aime X, Y' -> the
    clause, then Y on its own; a piece that continues the one before keeps them whole."""
    # Not inside brackets, nor between numbers ("CACES 1, 3 et 5").
    parts = [part.strip() for part in re.split(LIST_COMMA, _plus(item, lang)) if part.strip()]
    parts = _with_their_times(parts, TIME_START["en" if lang == "en" else "fr"])
    start = FR_LIST_START if lang == "fr" else EN_LIST_START
    if len(parts) < 2 or any(start.match(part) for part in parts[1:]):
        return [WORD_PLUS.sub(" et " if lang == "fr" else " and ", item)]
    return parts


def _with_their_times(parts: list[str], time_start: re.Pattern[str]) -> list[str]:
    joined: list[str] = []
    for part in parts:
        if joined and time_start.match(part):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


# Names in the acronyms' list a brand writes with one capital: « chez Fnac »
BRANDS_IN_CAPITAL_FIRST = frozenset({"fnac"})


def named(text: str, lang: str) -> str:
    """'chez lidl' -> 'chez Lidl': an unknown word after 'chez' or 'à' is a place or a firm."""
    pattern = FR_NAME_BEFORE if lang == "fr" else EN_NAME_BEFORE
    known = morph.fr_known if lang == "fr" else morph.en_known

    def capital(match: re.Match[str]) -> str:
        word = match.group(2)
        if known(word):
            return match.group(0)
        # « chez sfr » (writer AI's ai20): an acronym a firm's name is, in capitals
        acronym = word.lower() in NAME_ACRONYMS - BRANDS_IN_CAPITAL_FIRST
        written = word.upper() if acronym else word.capitalize()
        return f"{match.group(1)}{written}"

    return pattern.sub(capital, text)


# « leur » said of the people sought, never of the recruiter's company: after a plural
# « capables », or before what a person keeps of their own.
FR_THEIR_OWN = re.compile(
    r"\bcapables\b|\bleurs?\s+(?:sang-froid|calme|stress|patience|rythme|propre|santé|"
    r"émotions|nerfs)\b",
    re.IGNORECASE,
)


def as_yours(text: str, lang: str) -> str:
    """The recruiter's company spoken to: "leur client" -> "votre client"."""
    if lang == "fr":
        if FR_THEIR_OWN.search(text):
            return text  # « des agents capables de garder leur sang-froid » (writer AQ's aq03)
        return re.sub(r"\bleurs?\b", lambda m: "vos" if m.group(0) == "leurs" else "votre", text)
    # "someone who can run jobs on their own" (writer AB's ab26): the person sought's own;
    # "their is a checklist" (writer Y's y33) is "there is", typed as it sounds
    text = re.sub(r"\btheir(?=\s+(?:is|are|was|were|will|would|'s)\b)", "there", text)
    return re.sub(r"(?<!\bon )\btheir\b", "your", text)


PERSON_SOUGHT = {
    "fr": re.compile(r"^(?:quelqu'un|quelqu’un)\s+(?:de\b|d'|d’|qui\b)", re.IGNORECASE),
    "en": re.compile(r"^(?:someone|somebody)\s+(?:who|with|that)\b", re.IGNORECASE),
}


def sought(item: str, lang: str) -> bool:
    """'quelqu'un d'autonome', 'someone who drives': the person the recruiter seeks."""
    return bool(PERSON_SOUGHT[lang].match(item.strip()))


LETTERS = re.compile(r"[^\W\d_]+")


def legible(piece: str, lang: str, names_tools: bool = False) -> bool:
    """A piece a sentence may say: a word of two letters or more that the spell checker
    knows, or an acronym typed in capitals ("B", "0/0:B", "xqzt" are not; "autonome",
    "CACES 3" are)."""
    known = morph.fr_known if lang == "fr" else morph.en_known
    words = [word for word in LETTERS.findall(piece) if len(word) >= 2]
    return any(
        word.isupper() or known(word) or known(word.lower()) or (names_tools and _named(word))
        for word in words
    )


def _named(word: str) -> bool:
    """A tool or a brand typed with its capital ("Figma", "Jira", "Hootsuite"): a name the
    dictionaries lack, which a strong point says as a mastery (`determiners.fr_tools`)."""
    return (word[:1].isupper() and word[1:].islower() and len(word) >= 3) or word in brands()


def has_letters(item: str) -> bool:
    return bool(LETTERS.search(item))


# "quelqu'un qui connaît le secteur (Vire, Condé)", "il a aimé que je parle anglais (bcp de
# touristes)": an aside closing a need, a strong point or a reason gives examples or an
# acronym's meaning; the sentence says the piece without it.
ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
MIN_WORDS_LEFT = 3
ASIDE_PARTS = (RECRUITER_NEEDS, STRONG_POINTS, MOTIVATION)
# A relative clause typed without its antecedent among the needs: the person sought.
ANTECEDENT_LEFT = {
    "fr": re.compile(r"^qui\s+(?=\w)", re.IGNORECASE),
    "en": re.compile(r"^who\s+(?=\w)", re.IGNORECASE),
}
SOUGHT_ONE = {"fr": "quelqu'un qui ", "en": "someone who "}


def _without_aside(piece: str) -> str:
    kept = ASIDE.sub("", piece)
    return kept if kept != piece and len(kept.split()) >= MIN_WORDS_LEFT else piece


def read(items: list[str], lang: str, part: str) -> list[Shape]:
    shapes = []
    for typed in items:
        item = voice.to_recruiter(voice.without_hedge(typed), lang)
        item = INCLUSIVE.sub("", item)  # "un(e) alternant(e)": the sentence says "un alternant"
        if part in (RECRUITER_NEEDS, ROLE_UNDERSTOOD, EXPECTATIONS):
            item = as_yours(item, lang)
        if part == MOTIVATION:
            item = voice.own_motive(item, lang)
        if lang == "fr" and part == STRONG_POINTS:  # "ssiap1 + sst à jour": one list, one status
            item = credentials_fr.fr_listed(item)
        for typed_piece in pieces(item, lang):
            # (the role's and expectations' asides often hold the fact itself: kept)
            piece = _without_aside(typed_piece) if part in ASIDE_PARTS else typed_piece
            if part == RECRUITER_NEEDS:  # "qui sait former les extras": the person sought
                piece = ANTECEDENT_LEFT[lang].sub(SOUGHT_ONE[lang], piece)
            shape = morph.shape(linked(spanned(named(piece, lang), lang), lang), lang)
            # a tool's name alone ("Figma") is said only as a strong point's mastery
            if shape.clean and not legible(piece, lang, part == STRONG_POINTS):
                shape = replace(shape, clean=False, why="illegible")
            if shape.clean and (DENIED_LABEL.search(item) or EXCHANGE[lang].match(item)):
                shape = replace(shape, clean=False, why="not a fact to list")
            shapes.append(replace(shape, source=typed))
    return shapes


# A label the note answers "no" (« logement : non », writer BN's bn01): never « le poste
# comprend le logement »; a question and its answer typed as such ("Q: angry guest? A:
# apologise, offer lounge + drink", « Q : pourquoi nous ? R : … », bn30): an exchange the
# candidate tells in her own words, never listed as "my offer lounge and drink".
DENIED_LABEL = re.compile(r"^[^,]{1,40},\s*(?:non|no|nope|pas|aucun|aucune|none)\s*\.?$", re.I)
# (a French answer typed after « R : » reads as a strength more often than not: « R : titre
# ASV + 3 ans en mixte » is « mon titre ASV »; the English ones went wrong: "my used
# Proloquo2Go")
EXCHANGE = {
    "fr": re.compile(r"^(?:q|question)\s*\d*\s*,\s", re.I),
    "en": re.compile(r"^(?:q|a|question|answer)\s*\d*\s*,\s", re.I),
}


# A strong point's head that names the interview itself, its format or its questions
# ("panel of 2", "scenario q", "entretien de 45 min", "jury de 3"): it says how the
# interview went, not what the candidate brought, and "my panel of 2" makes no sense.
INTERVIEW_FORMAT = {
    "fr": re.compile(
        r"^(?:(?:un|une|le|la|l')\s*)?(?:entretien|jury|panel|question|questions|mise en situation"
        r"|cas pratique|format|durée)\b(?!\s+(?:de|du|d')\s*(?:mon|ma|mes)\b)"
        r"|^(?:\d+|deux|trois)\s+(?:entretiens|tours|étapes)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(?:(?:a|an|the)\s+)?(?:panel|interview|scenario|question|questions|q|format|"
        r"competency based|values based|case study)\b"
        # "2 rounds today: case study + partner chat" (writer AC's ac28): the day's programme
        r"|^(?:\d+|two|three)\s+(?:rounds|interviews|stages)\b",
        re.IGNORECASE,
    ),
}


# A line that only says who sat on the other side ("panel: MD, HR director, group ops
# director", « entretien avec mme le roi de la drh et le chef de service », writer BM): no
# strong point; its names read as the candidate's ("I was able to highlight MD"). A line
# that says how they took it ("panel: loved my portfolio") is a strong point.
WHO_WAS_THERE = {
    "fr": re.compile(
        r"^\s*(?:(?:jury|panel|présents?|interlocuteurs?)\s*[:=,]|"
        r"(?:entretien\s+(?:avec|devant)|rdv\s+avec|reçue?\s+par|vue?\s+par)\b)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^\s*(?:(?:panel|interviewers?|present)\s*[:=,]|"
        r"(?:interview(?:ed)?\s+(?:with|by)|met\s+with|seen\s+by)\b)",
        re.IGNORECASE,
    ),
}
HOW_THEY_TOOK_IT = re.compile(
    r"\b(?:lik\w*|lov\w*|impress\w*|happy|pleased|enjoy\w*|good|great|well|keen|aim\w*|"
    r"appréci\w*|content\w*|bien|plu|convaincu\w*|ravi\w*|intéress\w*|positi\w*)\b",
    re.IGNORECASE,
)


def who_was_there(line: str, lang: str) -> bool:
    """Does the note only name the people who interviewed the candidate?"""
    pattern = WHO_WAS_THERE.get(lang)
    return bool(pattern and pattern.match(line)) and not HOW_THEY_TOOK_IT.search(line)


def about_interview(text: str, lang: str) -> bool:
    """Does the piece name the interview itself ("panel of 2"), not what the candidate did?"""
    return bool(INTERVIEW_FORMAT[lang].match(text))
