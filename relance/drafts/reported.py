"""What the candidate may report having said at the interview ("Lors de notre échange, je vous
ai précisé que …", "In our conversation, I told you that …"): a clause that states a
strength by its verb — knowing, mastering, speaking, managing, leading, training, working
somewhere — never an event of the interview ("j'ai pu parler concret", "I made a flat
white"), a feeling, nor the recruiter's reaction ("… et vous avez souri").

Blind readers rejected three sentences in ten of that frame when any clause could fill it
(`bench/catchup_frame_rejects.py`); a clause led by another verb goes back to the
candidate, who writes it (issue 11: "the draft does not guess")."""

from __future__ import annotations

import re
from functools import cache

from relance.drafts.gate_shapes import EVENTS

STRENGTH_VERBS = {
    "fr": frozenset(
        [
            *("connaître", "maîtriser", "maîtrise", "gérer", "encadrer", "encadré", "piloter"),
            *("former", "manager", "diriger", "animer", "animé", "savoir", "travailler"),
        ]
    ),
    "en": frozenset(
        [
            *("know", "speak", "manage", "lead", "train", "run", "reduce", "increase"),
            *("supervise", "deliver", "coordinate", "improve", "cut"),
        ]
    ),
}
# The clause's verb: after its subject, an auxiliary and an adverb or two.
LEAD = {
    "fr": re.compile(
        r"^(?:je\s+|j['’])(?:(?:ai|avais)\s+)?(?:(?:bien|déjà|aussi|beaucoup)\s+)*"
        r"([a-zàâçéèêëîïôûù]+)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^I\s+(?:(?:have|had|also|already|really|well)\s+)*([a-z]+)\b", re.IGNORECASE
    ),
}
# Words of the interview itself besides `EVENTS`: "la simulation", "the role play".
INTERVIEW = frozenset(
    [
        *("simulation", "jeu", "rôle", "role", "play", "tasting", "dégustation", "exercice"),
        *("exercise", "question", "questions", "cas", "case"),
    ]
)
# Years spent in a trade or a place, after "fait"/"did": experience, not an event.
SPENT_YEARS = re.compile(
    r"^\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+(?:ans|années|mois|years?|months?)\b",
    re.IGNORECASE,
)
TO_THE_RECRUITER = re.compile(r"\b(?:vous|you)\b", re.IGNORECASE)


def strength_clause(clause: str, lang: str) -> bool:
    """May the e-mail report this clause as said at the interview?"""
    lead = LEAD[lang].match(clause.strip())
    if not lead or TO_THE_RECRUITER.search(clause):
        return False
    words = {word.lower() for word in re.findall(r"[\w'-]+", clause)}
    if words & (EVENTS[lang] | INTERVIEW):
        return False  # "j'ai bien géré la simulation" reads as the interview, not a strength
    verb = lead.group(1).lower()
    if verb in ("fait", "did", "done", "spent") and SPENT_YEARS.search(clause[lead.end() :]):
        return True  # « j'ai fait 4 ans à Leixões », "I did 2 years roofing" (writer BJ)
    if lang == "fr" and verb == "su":
        return False  # "j'ai su expliquer les 8D": what went well at the interview
    if lang == "fr" and verb == "parle":
        return True  # "je parle néerlandais"; "j'ai parlé des activités" recalls the interview
    return _lemma(verb, lang) in STRENGTH_VERBS[lang]


@cache
def _lemma(word: str, lang: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang))
