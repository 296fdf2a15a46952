"""Whether a clause typed among the recruiter's needs or expectations may be said as one.

Writer S's blind reader quoted "Parmi vos besoins, vous m'avez précisé que beaucoup
abandonnent pendant la formation", "… que les bénéficiaires attendent", "Parmi vos attentes,
vous m'avez précisé que les clients c'est des particuliers": a fact about third parties, a
spoken dislocation, a verb left without its object. The frame says the recruiter's need, so
the clause must be one: the recruiter (or the person recruited) as its subject and a verb of
needing, seeking or expecting right after. Anything else goes back to the candidate.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts.accents import fold

# The recruiter ("vous", "we") or the employer's side ("le chef", "the manager") needing,
# seeking or expecting something, named after the verb.
_FR_VERB = (
    r"(?:recherch|cherch|souhait|voul|veu|attend|av(?:ez|ons) besoin|a besoin|ont besoin|"
    r"ten(?:ez|ons) a|tien\w* a|privilegi|prefer|compt\w* sur|exig|demand|voudri|aimeri)"
)
_EN_VERB = (
    r"(?:needs?|wants?|(?:are|is|were|was) looking for|looks? for|expects?|requires?|"
    r"prefers?|values?|would like|'d like|(?:are|is) after|(?:are|is) seeking|seeks?)"
)
NEED_CLAUSE = {
    "fr": re.compile(
        rf"^(?:vous|nous|(?:le|la|les|son|sa|ses|votre|vos|leur|leurs)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+"
        rf"(?:ne\s+)?(?:\w+\s+)?{_FR_VERB}\w*\s+\S"
    ),
    "en": re.compile(
        rf"^(?:you|we|(?:the|your|their|her|his)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+"
        rf"(?:really\s+|also\s+|mainly\s+)?{_EN_VERB}\s+\S"
    ),
}


def need_clause(clause: str, lang: str) -> bool:
    """'vous recherchez quelqu'un de stable', 'you need someone on nights': a need said."""
    text = fold(clause).lower().replace("’", "'").strip()
    return lang in NEED_CLAUSE and bool(NEED_CLAUSE[lang].match(text))
