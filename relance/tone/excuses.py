"""Sentence frames that excuse whole categories, whatever the trigger word: two of the six
false-alarm patterns of issue 12 are shapes of a sentence, not words.

- An apology with its cause ("Pardon de vous répondre seulement aujourd'hui, j'étais en
  formation sans accès à mes mails"; "Sorry for only replying today; I was on an audit"):
  owning a real lapse is courtesy, so the lapse it names ("seulement aujourd'hui", "tenue
  de travail") is not the writer's impatience or demand. The sentence needs an apology
  (contexts.toml `apology`) and a cause: a `stated_cause` frame or a clause told in the
  past (`told_cause`).
- A conditional question ("Si aucune décision n'est prise d'ici vendredi, préférez-vous que
  je vous recontacte ?"; "If I haven't heard by then, may I call you?"): a sentence opened
  by "si"/"if", closed by a question mark and asking (`asking`: "puis-je", "préférez-vous",
  "would you", "should I") asks leave; its dates set no ultimatum. On
  the training writers (A, E, F) every such sentence is clean, while the same condition
  followed by a statement is an ultimatum or a threat, which stays one.
- A cause told as a clause of its own in the past, after a comma, a colon or a semicolon
  (`told_in_past`: « la traite du matin m'a retenu », « mon GPS m'a envoyé vers l'ancienne
  entrée », "the printer jammed"): whatever its words, a finite past clause after the
  apology tells what happened. Only the hits before that clause are excused: « Désolé, je
  vous ai déjà relancé trois fois » keeps its count, and a clause whose subject is the
  recruiter (« vous avez oublié ») is no cause of the writer's.
Aggression and familiarity are never excused: an insult with a cause is still one.
"""

from __future__ import annotations

import re

from relance.tone.context import in_frame, sentence_bounds
from relance.tone.lexing import Token
from relance.tone.patterns import Pattern, match_at
from relance.tone.rules import context_frames

# the apology itself (supplication) yields to the cause in its own rules (`unless =
# ["stated_cause", "told_cause"]`): "Excusez mon français, je sais qu'il est mauvais" still
# runs the writer down
APOLOGY_EXCUSES = frozenset({"impatience", "demand"})
CONDITIONAL_EXCUSES = frozenset({"impatience", "demand"})
CONDITIONS = frozenset({"si", "s'", "if"})
# a condition opening the sentence in more than one word (contexts.toml `condition`: « au cas
# où », « dans l'hypothèse où », "in case", "should there be")
CONDITION_FRAME = "condition"


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
        and position + 1 < end
        and tokens[position + 1].text in PHRASE_PREPOSITIONS
    )


EN_DETERMINERS = frozenset({"my", "the", "our", "a", "an", "this", "that", "his", "her", "their"})


def _thing_as_subject(tokens: list[Token], start: int, verb: int) -> bool:
    return any(tokens[i].text in EN_DETERMINERS for i in range(start, verb))


def _subject_is_other(tokens: list[Token], start: int, verb: int) -> bool:
    position = verb - 1
    while position >= start and tokens[position].text in FR_CLITICS:
        position -= 1
    return position >= start and tokens[position].text in OTHER_SUBJECTS


def excused(tokens: list[Token], lang: str, index: int) -> frozenset[str]:
    """The categories the sentence of tokens[index] excuses (none for most sentences)."""
    start, end = sentence_bounds(tokens, index)
    words = [i for i in range(start, end) if tokens[i].is_word]
    if not words:
        return frozenset()
    found: set[str] = set()
    frames = context_frames(lang)
    if (
        _opens_with_condition(tokens, words[0], frames.get(CONDITION_FRAME, ()))
        and end < len(tokens)
        and tokens[end].text.startswith("?")
        and in_frame(frames.get("asking", ()), tokens, words[0])
    ):
        found |= CONDITIONAL_EXCUSES
    if in_frame(frames.get("apology", ()), tokens, words[0]) and (
        in_frame(frames.get("stated_cause", ()), tokens, words[0])
        or in_frame(frames.get("told_cause", ()), tokens, words[0])
        or told_in_past(tokens, lang, index)
    ):
        found |= APOLOGY_EXCUSES
    return frozenset(found)


def _opens_with_condition(tokens: list[Token], first: int, frames: tuple[Pattern, ...]) -> bool:
    if tokens[first].text in CONDITIONS:
        return True
    return any(
        pattern.elements[0].keys & tokens[first].keys and match_at(pattern, tokens, first) >= 0
        for pattern in frames
    )
