"""What around a match changes its meaning: a negation before it, quotation marks around it."""

from __future__ import annotations

import re

from relance.tone.lexing import Token

NEGATORS = {
    "fr": frozenset({"ne", "n'", "pas", "jamais", "sans", "aucunement", "nullement", "ni"}),
    "en": frozenset({"not", "n't", "never", "without", "nor", "no"}),
}
CLAUSE_BREAKS = frozenset({",", "mais", "but", "car", "because", "however", "cependant", "(", ")"})
NEGATION_WINDOW = 6
QUOTE_RE = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


# "ne" negates only with one of these ("ne ... que" means "only": "ils ne sont que des…")
FR_SECOND_NEGATORS = frozenset(
    {"pas", "jamais", "plus", "rien", "aucun", "aucune", "guère", "point", "nullement"}
    | {"aucunement", "personne", "ni"}
)
# "que" after these compares or restricts: "pas mieux que des rats", "rien d'autre que"
COMPARATIVES = frozenset({"mieux", "plus", "moins", "autre", "pire", "rien", "than"})


def is_negated(tokens: list[Token], index: int, lang: str) -> bool:
    """A negation shortly before tokens[index], in the same clause, that bears on it."""
    negators = NEGATORS.get(lang, NEGATORS["fr"])
    for back in range(index - 1, max(-1, index - 1 - NEGATION_WINDOW), -1):
        token = tokens[back]
        if token.is_boundary or token.text in CLAUSE_BREAKS:
            return False
        previous = tokens[back - 1].text if back else ""
        if token.text in ("que", "qu'", "than") and previous in COMPARATIVES:
            return False
        if token.text == "sauf" and previous == "tout":  # "tout sauf stupides"
            return True
        if token.text in negators:
            if token.text in ("ne", "n'"):
                return _second_negator(tokens, back, index)
            return True
    return False


def _second_negator(tokens: list[Token], ne_index: int, index: int) -> bool:
    for token in tokens[ne_index + 1 : index + NEGATION_WINDOW]:
        if token.is_boundary:
            return False
        if token.text in FR_SECOND_NEGATORS:
            return True
    return False


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: the recruiter's words, not the candidate's."""
    return [(match.start(), match.end()) for match in QUOTE_RE.finditer(text)]


def is_quoted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(span_start < start and end <= span_end for span_start, span_end in spans)
