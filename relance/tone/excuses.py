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
- A cause told as a clause of its own in the past (told.py), after a comma, a colon or a semicolon
  (`told_in_past`: « la traite du matin m'a retenu », « mon GPS m'a envoyé vers l'ancienne
  entrée », "the printer jammed"): whatever its words, a finite past clause after the
  apology tells what happened. Only the hits before that clause are excused: « Désolé, je
  vous ai déjà relancé trois fois » keeps its count, and a clause whose subject is the
  recruiter (« vous avez oublié ») is no cause of the writer's.
Aggression and familiarity are never excused: an insult with a cause is still one.
"""

from __future__ import annotations

from relance.tone.context import in_frame, sentence_bounds
from relance.tone.lexing import Token
from relance.tone.patterns import Pattern, match_at
from relance.tone.rules import context_frames
from relance.tone.told import told_in_past

# the apology itself (supplication) yields to the cause in its own rules (`unless =
# ["stated_cause", "told_cause"]`): "Excusez mon français, je sais qu'il est mauvais" still
# runs the writer down
APOLOGY_EXCUSES = frozenset({"impatience", "demand"})
CONDITIONAL_EXCUSES = frozenset({"impatience", "demand"})
CONDITIONS = frozenset({"si", "s'", "if"})
# a condition opening the sentence in more than one word (contexts.toml `condition`: « au cas
# où », « dans l'hypothèse où », "in case", "should there be")
CONDITION_FRAME = "condition"


def excused(tokens: list[Token], lang: str, index: int) -> frozenset[str]:
    """The categories the sentence of tokens[index] excuses (none for most sentences)."""
    start, end = sentence_bounds(tokens, index)
    words = [i for i in range(start, end) if tokens[i].is_word]
    if not words:
        return frozenset()
    found: set[str] = set()
    frames = context_frames(lang)
    if _opens_with_condition(tokens, words[0], frames.get(CONDITION_FRAME, ())) and (
        (
            end < len(tokens)
            and tokens[end].text.startswith("?")
            and in_frame(frames.get("asking", ()), tokens, words[0])
        )
        or _offers(tokens, words, end)
    ):
        found |= CONDITIONAL_EXCUSES
    if owns_lapse(tokens, lang, words[0], index):
        found |= APOLOGY_EXCUSES
    return frozenset(found)


def owns_lapse(tokens: list[Token], lang: str, first: int, index: int) -> bool:
    """Does the sentence whose first word is tokens[first] apologise and tell its cause (a
    `stated_cause` or `told_cause` frame, or a clause told in the past after tokens[index])?"""
    frames = context_frames(lang)
    return in_frame(frames.get("apology", ()), tokens, first) and (
        in_frame(frames.get("stated_cause", ()), tokens, first)
        or in_frame(frames.get("told_cause", ()), tokens, first)
        or told_in_past(tokens, lang, index)
    )


# the writer's offer after a condition: « si vous avez besoin d'une réponse rapide de ma part,
# je suis joignable à tout moment », "should the committee need an answer, I'll give it the
# same day": the urgency is the writer's own service, no ultimatum
WRITER = frozenset({"je", "j'", "i"})
OFFER_WORDS = frozenset(
    {
        "peux",
        "pourrai",
        "pourrais",
        "engage",
        "joignable",
        "disponible",
        "reste",
        "organiser",
        "fournir",
        "ferai",
        "arranger",
        "donner",
        "enverrai",
        "can",
        "could",
        "arrange",
        "happy",
        "glad",
        "available",
        "reachable",
        "able",
        "give",
        "provide",
        "send",
        "post",
    }
)
NEGATIONS = frozenset(
    {"ne", "n'", "pas", "not", "n't", "no", "never", "jamais", "aucun", "aucune", "rien"}
)


def _offers(tokens: list[Token], words: list[int], end: int) -> bool:
    """A condition without negation, then a clause where the writer offers something."""
    for position in range(words[0] + 1, end):
        if tokens[position].text in NEGATIONS:
            return False
        if tokens[position].text in (",", ";"):
            following = [t for t in tokens[position + 1 : min(end, position + 6)] if t.is_word]
            return (
                bool(following)
                and following[0].text in WRITER
                and any(t.text in OFFER_WORDS for t in following[1:])
            )
    return False


def _opens_with_condition(tokens: list[Token], first: int, frames: tuple[Pattern, ...]) -> bool:
    if tokens[first].text in CONDITIONS:
        return True
    return any(
        pattern.elements[0].keys & tokens[first].keys and match_at(pattern, tokens, first) >= 0
        for pattern in frames
    )
