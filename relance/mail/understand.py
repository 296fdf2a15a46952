"""What the recruiter's reply says, in French or English: a proposal the candidate confirms.

Outcome in {rejection, next_round, postponed, offer, other}, the new date when there is one, and
the sentence that shows it (the evidence displayed next to the proposal). Quoted text (our own
follow-up below the reply) is cut first: it must not be read as the recruiter's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from relance.mail.dates import FoundDate, find_dates, fold


class Outcome(StrEnum):
    REJECTION = "rejection"
    NEXT_ROUND = "next_round"
    POSTPONED = "postponed"
    OFFER = "offer"
    OTHER = "other"


@dataclass(frozen=True)
class Understanding:
    outcome: Outcome
    new_date: date | None
    evidence: str


# Patterns run on folded text (lowercase, no accents, straight apostrophes).
OUTCOME_PATTERNS: list[tuple[Outcome, str]] = [
    (Outcome.REJECTION, "|".join([
        r"(?:pas|plus) (?:ete )?retenue?s?\b(?! avant)",
        r"ne (?:pas|plus) (?:pouvoir )?donner (?:une )?suite",
        r"(?:ne|n') ?(?:pouvons|pourrons|allons|souhaitons) pas (?:donner|poursuivre|retenir)",
        r"pas (?:pu )?donner une suite favorable",
        r"(?:avons|a) (?:finalement )?(?:retenu|choisi|selectionne) "
        r"(?:un autre|une autre|d'autres)",
        r"(?:s'est|se sont) porte(?:e|s)? sur (?:un autre|une autre|d'autres)",
        r"(?:au|avec) regret", r"reponse (?:est )?negative", r"ne correspond(?:ait)? pas",
        r"poursuivre (?:le processus )?avec (?:un autre|une autre|d'autres)",
        r"not (?:to )?(?:be )?mov(?:e|ing) forward", r"regret to inform",
        r"(?:decided|chosen) to (?:move forward|proceed|go ahead|continue) with (?:an?other|other)",
        r"not (?:been )?(?:selected|successful)", r"will not be (?:proceeding|progressing)",
        r"position has (?:now )?been filled", r"(?:pursue|pursuing) other candidates",
        r"(?:decided|decide) not to", r"(?:your|votre) (?:application|candidature) was not",
    ])),
    (Outcome.OFFER, "|".join([
        r"(?:vous )?proposer le poste", r"(?:promesse|proposition) (?:d'embauche|de contrat)",
        r"(?:faire|adresser) une (?:proposition|offre)", r"lettre d'(?:offre|engagement)",
        r"(?:le plaisir|heureux|heureuse|ravis?|ravie) de vous (?:annoncer|informer|confirmer)"
        r".{0,80}(?:retenue?|rejoindre|recrut|embauch|accueillir)",
        r"(?:vous accueillir|bienvenue) (?:dans|au sein|parmi)",
        r"(?:pleased|happy|delighted|thrilled) to (?:offer|extend)",
        r"offer you the (?:position|role|job)",
        r"(?:job|formal|written) offer", r"offer letter", r"extend (?:you )?an offer",
        r"welcome (?:you )?(?:to|aboard|on board)",
    ])),
    (Outcome.NEXT_ROUND, "|".join([
        r"(?:second|deuxieme|2e|2eme|dernier|nouvel|prochain|autre) entretien",
        r"vous (?:rencontrer|revoir) (?:a nouveau|de nouveau)",
        r"(?:convier|convoquer|inviter|recevoir) (?:a|pour) (?:un|une) (?:entretien|rencontre)",
        r"(?:prochaine|derniere) etape", r"etape suivante", r"(?:cas pratique|test technique)",
        r"rencontrer (?:notre|nos|le|la|les) "
        r"(?:directeur|directrice|manager|equipe|responsable|dg)",
        r"(?:second|final|next|another|further|follow-up) (?:round|interview|stage)",
        r"(?:next) step", r"invite you (?:to|for)",
        r"(?:meet|speak with) (?:the|our) (?:team|hiring)",
        r"(?:schedule|arrange|set up) (?:a|an|another) (?:call|interview|meeting)",
        r"technical (?:test|assessment|exercise)", r"take-home",
    ])),
    (Outcome.POSTPONED, "|".join([
        r"pas encore (?:pris|de|eu|fait|arrete|statue|finalise)", r"toujours en cours",
        r"(?:processus|process|recrutement|selection) (?:est |reste )?(?:toujours )?en cours",
        r"(?:reviendr|recontacter|tiendr|donnerons des nouvelles|ferons signe)\w*",
        r"(?:retard|decale|report|prolonge|repousse)\w*", r"decision (?:sera|devrait)",
        r"not (?:yet|made a decision)", r"still (?:reviewing|interviewing|in progress|assessing)",
        r"get back to you", r"keep you (?:posted|updated|informed)", r"(?:delayed|pushed back)",
        r"(?:haven't|have not|hasn't) (?:yet )?(?:made|reached|taken)", r"\bbe in touch\b",
        r"decision (?:by|will|should)", r"(?:more|further) time",
    ])),
]  # fmt: skip
COMPILED = [(outcome, re.compile(pattern)) for outcome, pattern in OUTCOME_PATTERNS]

QUOTE_START = re.compile(
    r"^(?:>|-{2,}\s*(?:original message|message d'origine|forwarded)|"
    r"le .{0,120}a ecrit\s*:|on .{0,120}wrote\s*:|"
    r"de\s*:\s|from\s*:\s|envoye\s*:\s|sent\s*:\s|--\s*$)",
    re.MULTILINE,
)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)


def strip_quoted(text: str) -> str:
    """The recruiter's own words: everything above the first quote marker or signature."""
    match = QUOTE_START.search(fold(text))
    return text[: match.start()] if match else text


def understand(text: str, received: date) -> Understanding:
    own = strip_quoted(text)
    folded = fold(own)
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(own) if m.group().strip()]
    dates = find_dates(own, received)
    for outcome, pattern in COMPILED:
        match = pattern.search(folded)
        if match is None:
            continue
        start, end = _sentence_at(sentences, match.start())
        new_date = None
        if outcome in (Outcome.POSTPONED, Outcome.NEXT_ROUND):
            found = _date_near(dates, (start, end), received)
            if found is not None:
                new_date = found.day
                # The evidence shows both the cue and the date: one contiguous span.
                date_start, date_end = _sentence_at(sentences, found.start)
                start, end = min(start, date_start), max(end, date_end)
        return Understanding(outcome, new_date, own[start:end].strip())
    if dates:  # "Je vous recontacte le 15" without a cue word is still a new date
        found = dates[0]
        sentence = _sentence_at(sentences, found.start)
        return Understanding(Outcome.POSTPONED, found.day, own[sentence[0] : sentence[1]].strip())
    return Understanding(Outcome.OTHER, None, "")


def _sentence_at(sentences: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= position < end:
            return start, end
    return position, position


def _date_near(
    dates: list[FoundDate], sentence: tuple[int, int], received: date
) -> FoundDate | None:
    future = [found for found in dates if found.day >= received]
    inside = [found for found in future if sentence[0] <= found.start < sentence[1]]
    after = [found for found in future if found.start >= sentence[0]]
    chosen = inside or after or future
    return chosen[0] if chosen else None


# An absence longer than this is not a holiday notice: more likely a date about something else.
LONGEST_ABSENCE_DAYS = 92


def return_date(text: str, received: date) -> date | None:
    """The return date an out-of-office notice gives: its latest plausible date, if any."""
    own = strip_quoted(text)
    future = [
        found.day
        for found in find_dates(own, received)
        if 0 <= (found.day - received).days <= LONGEST_ABSENCE_DAYS
    ]
    return max(future, default=None)
