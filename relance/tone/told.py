"""A cause told in a clause of its own, in the past, after an apology (excuses.py): « Je vous
prie de m'excuser pour le changement de date, la traite du matin m'a retenu », "Apologies
for the wait at the gate, my GPS sent me to the old entrance". Whatever its words, a finite
past clause after a comma, a colon or a semicolon tells what happened; only the hits before
it are excused (« Désolé, je vous ai déjà relancé trois fois » keeps its count), and a
clause whose subject is the recruiter (« vous avez oublié ») is no cause of the writer's.
"""

from __future__ import annotations

import re

from relance.tone.context import sentence_bounds
from relance.tone.lexing import Token

# a separator after which the cause may be told in a clause of its own
SEPARATORS = frozenset({",", ";", ":", "car", "because", "as"})
FR_AUXILIARIES = frozenset(
    [
        "a",
        "ai",
        "as",
        "avons",
        "avez",
        "ont",
        "avait",
        "avais",
        "avions",
        "aviez",
        "avaient",
        "est",
        "suis",
        "es",
        "sommes",
        "êtes",
        "sont",
        "était",
        "étais",
        "étions",
        "étiez",
        "étaient",
    ]
)
FR_PARTICIPLE = re.compile(
    r"[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ise|u|ue|us|it|ite|ert|erte|ort|orte|eint|einte)$"
)
# words that end like a participle and are none (« il est mauvais », « je ne suis plus »)
FR_NOT_PARTICIPLES = frozenset(
    [
        "plus",
        "mauvais",
        "jamais",
        "mais",
        "puis",
        "depuis",
        "tous",
        "nous",
        "vous",
        "sous",
        "ici",
        "aussi",
        "ainsi",
        "parmi",
        "midi",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "merci",
        "si",
        "ni",
        "qui",
        "lui",
        "celui",
        "ceci",
        "cela",
        "précis",
        "gris",
        "exquis",
        "assis",
        "petit",
        "petite",
        "bref",
        "tout",
        "toute",
    ]
)
EN_PAST = re.compile(r"[^\W\d_]{3,}ed$")
EN_IRREGULAR_PAST = frozenset(
    [
        "was",
        "were",
        "had",
        "got",
        "went",
        "came",
        "took",
        "left",
        "lost",
        "broke",
        "fell",
        "ran",
        "sent",
        "wrote",
        "typed",
        "forgot",
        "overslept",
        "misheard",
        "misread",
        "caught",
        "made",
    ]
)
# what a writer wanted, asked or did to reach the recruiter is no cause of a lapse
EN_NOT_CAUSES = frozenset(
    [
        "wanted",
        "hoped",
        "wondered",
        "needed",
        "expected",
        "waited",
        "asked",
        "tried",
        "decided",
        "noticed",
        "realised",
        "realized",
        "followed",
        "emailed",
        "called",
        "contacted",
        "reached",
        "chased",
        "checked",
        "mailed",
        "phoned",
        "rang",
        "wrote",
        "sent",
    ]
)
# subjects whose past is no cause of the writer's: the recruiter's
OTHER_SUBJECTS = frozenset({"vous", "you"})
FR_CLITICS = frozenset({"m'", "me", "n'", "ne", "l'", "y", "en", "s'", "se", "nous", "lui"})


def told_in_past(tokens: list[Token], lang: str, index: int) -> bool:
    """Does a clause in the past follow tokens[index] in its sentence, after a separator?"""
    _, end = sentence_bounds(tokens, index)
    position = index + 1
    while position < end:
        if tokens[position].text in SEPARATORS and _past_clause(tokens, lang, position + 1, end):
            return True
        position += 1
    return False


def _past_clause(tokens: list[Token], lang: str, start: int, end: int) -> bool:
    """A finite past verb within the clause's first six words, its subject not "vous"."""
    stop = min(end, start + 8)
    for position in range(start, stop):
        text = tokens[position].text
        if text in SEPARATORS or not tokens[position].is_word:
            return False
        if lang == "fr" and position == start and _participle_phrase(tokens, position, end):
            return True  # « …, écrit après une longue garde », « …, bloqué dans les bouchons »
        if lang == "fr" and text in FR_AUXILIARIES:
            if _subject_is_other(tokens, start, position):
                return False
            following = tokens[position + 1 : min(end, position + 4)]
            return any(
                FR_PARTICIPLE.match(token.text) and token.text not in FR_NOT_PARTICIPLES
                for token in following
            )
        if lang == "en" and (text in EN_IRREGULAR_PAST or EN_PAST.match(text)):
            if _subject_is_other(tokens, start, position):
                return False
            if text in EN_NOT_CAUSES and not _thing_as_subject(tokens, start, position):
                return False  # "I wanted to ask", but "my GPS sent me to the old gate"
            return position > start  # a subject first: "the printer jammed"
    return False


PHRASE_PREPOSITIONS = frozenset({"après", "pendant", "par", "en", "sous", "lors", "dans", "avant"})


def _participle_phrase(tokens: list[Token], position: int, end: int) -> bool:
    text = tokens[position].text
    return (
        bool(FR_PARTICIPLE.match(text))
        and text not in FR_NOT_PARTICIPLES
        and any(
            t.text in PHRASE_PREPOSITIONS for t in tokens[position + 1 : min(end, position + 3)]
        )
    )


EN_DETERMINERS = frozenset({"my", "the", "our", "a", "an", "this", "that", "his", "her", "their"})


def _thing_as_subject(tokens: list[Token], start: int, verb: int) -> bool:
    return any(tokens[i].text in EN_DETERMINERS for i in range(start, verb))


def _subject_is_other(tokens: list[Token], start: int, verb: int) -> bool:
    position = verb - 1
    while position >= start and tokens[position].text in FR_CLITICS:
        position -= 1
    return position >= start and tokens[position].text in OTHER_SUBJECTS
